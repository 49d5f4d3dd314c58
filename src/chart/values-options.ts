import { readFileSync } from 'node:fs';
import { GoMap } from '../template/value.js';
import { ChartError } from './errors.js';
import { jsonToGo } from './json-decode.js';
import { loadValuesText, type HelmVersion } from './loader.js';
import { mergeMaps } from '../functions/encoding/yaml-load.js';
import { parseStrvalsInto, StrvalsError, type StrvalsMode } from './strvals.js';

/** ValueOptions are the user-value flags of `helm template`. */
export interface ValueOptions {
  /** `-f/--values` files, in order (`-` = stdin text given in `stdin`). */
  valueFiles?: string[];
  set?: string[];
  setString?: string[];
  setFile?: string[];
  setJson?: string[];
  setLiteral?: string[];
}

/** ValueFileReader reads a values file or `--set-file` path; it throws ChartError with Go's text. */
export type ValueFileReader = (path: string) => string;

/** readLocalFile reads a file from disk with Go's `open X: no such file or directory` error text. */
export function readLocalFile(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code);
    if (code === 'EISDIR') throw new ChartError(`read ${path}: ${why}`, 'VALUES');
    throw new ChartError(`open ${path}: ${why}`, 'VALUES');
  }
}

function strvals(flag: string, mode: StrvalsMode, list: string[] | undefined, base: GoMap, read: ValueFileReader): void {
  for (const value of list ?? []) {
    try {
      parseStrvalsInto(value, base, mode, (p) => read(p));
    } catch (e) {
      if (e instanceof StrvalsError || e instanceof ChartError) throw new ChartError(`failed parsing ${flag} data: ${e.message}`, 'STRVALS');
      throw e;
    }
  }
}

/**
 * mergeValues combines user-supplied values in Helm's fixed order — `-f` files, `--set-json`,
 * `--set`, `--set-string`, `--set-file`, `--set-literal` — regardless of their order on the
 * command line (helm/helm pkg/cli/values/options.go `MergeValues`).
 */
export function mergeValues(opts: ValueOptions, helmVersion: HelmVersion, read: ValueFileReader = readLocalFile): GoMap {
  let base = new GoMap();
  for (const file of opts.valueFiles ?? []) {
    const raw = read(file);
    let current: GoMap;
    try {
      current = loadValuesText(raw, helmVersion);
    } catch (e) {
      if (e instanceof ChartError) {
        throw new ChartError(`failed to parse ${file}: ${e.message}`, 'VALUES');
      }
      throw e;
    }
    base = mergeMaps(base, current);
  }
  for (const value of opts.setJson ?? []) {
    const trimmed = value.trim();
    if (helmVersion === 4 && trimmed.startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(trimmed);
      } catch {
        throw new ChartError(`failed parsing --set-json data JSON: ${value}`, 'STRVALS');
      }
      const m = jsonToGo(parsed);
      if (!(m instanceof GoMap)) throw new ChartError(`failed parsing --set-json data JSON: ${value}`, 'STRVALS');
      base = mergeMaps(base, m);
      continue;
    }
    try {
      parseStrvalsInto(value, base, 'json');
    } catch (e) {
      if (e instanceof StrvalsError) throw new ChartError(`failed parsing --set-json data ${value}`, 'STRVALS');
      throw e;
    }
  }
  strvals('--set', 'typed', opts.set, base, read);
  strvals('--set-string', 'string', opts.setString, base, read);
  strvals('--set-file', 'file', opts.setFile, base, read);
  strvals('--set-literal', 'literal', opts.setLiteral, base, read);
  return base;
}
