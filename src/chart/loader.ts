import { readFileSync, readdirSync, statSync, existsSync, lstatSync, realpathSync } from 'node:fs';
import { join, resolve, extname, sep } from 'node:path';
import { GoMap, type GoValue } from '../template/value.js';
import { loadArchiveFiles, stripBom, isGzip, MAX_FILE_SIZE } from './archive.js';
import { ChartError, ChartLoadError } from './errors.js';
import { IgnoreRules } from './ignore.js';
import { decodeMetadataInto, emptyMetadata, validateMetadata } from './metadata.js';
import { valuesFromYaml, yamlToGo, yamlToJson } from './yaml.js';
import type { Chart, ChartFile } from './types.js';

/** HelmVersion selects which Helm major's behaviour to reproduce. */
export type HelmVersion = 3 | 4;

const decoder = new TextDecoder();

/** text decodes chart file bytes as UTF-8. */
export function fileText(f: ChartFile | Uint8Array): string {
  return decoder.decode(f instanceof Uint8Array ? f : f.data);
}

/** loadValuesText parses a values file for `helmVersion` (see {@link valuesFromYaml}). */
export function loadValuesText(text: string, helmVersion: HelmVersion): GoMap {
  return valuesFromYaml(text, helmVersion);
}

function wrap(prefix: string, e: unknown): never {
  if (e instanceof ChartError) throw new ChartError(`${prefix}: ${e.message}`, e.code);
  throw e;
}

/** loadFiles builds a chart from in-memory files (helm/helm pkg/chart/v2/loader/load.go `LoadFiles`). */
export function loadFiles(files: ChartFile[], helmVersion: HelmVersion): Chart {
  const c: Chart = { metadata: emptyMetadata(), templates: [], values: new GoMap(), files: [], raw: [], dependencies: [] };
  let haveMetadata = false;
  for (const f of files) {
    c.raw.push(f);
    if (f.name !== 'Chart.yaml') continue;
    haveMetadata = true;
    try {
      decodeMetadataInto(c.metadata, yamlToJson(fileText(f)), helmVersion);
    } catch (e) {
      if (e instanceof ChartError && e.message.startsWith('cannot load Chart.yaml')) throw e;
      wrap('cannot load Chart.yaml', e);
    }
    if (c.metadata.apiVersion === '') c.metadata.apiVersion = 'v1';
  }
  const subcharts = new Map<string, ChartFile[]>();
  for (const f of files) {
    const n = f.name;
    if (n === 'Chart.yaml') continue;
    if (n === 'Chart.lock' || n === 'requirements.lock') {
      c.lock = f;
      if (n === 'requirements.lock' && c.metadata.apiVersion === 'v1') c.files.push(f);
    } else if (n === 'values.yaml') {
      try {
        c.values = loadValuesText(fileText(f), helmVersion);
      } catch (e) {
        wrap('cannot load values.yaml', e);
      }
    } else if (n === 'values.schema.json') {
      c.schema = f.data;
    } else if (n === 'requirements.yaml') {
      haveMetadata = true;
      try {
        decodeMetadataInto(c.metadata, yamlToJson(fileText(f)), helmVersion);
      } catch (e) {
        wrap('cannot load requirements.yaml', e);
      }
      if (c.metadata.apiVersion === 'v1') c.files.push(f);
    } else if (n.startsWith('templates/')) {
      c.templates.push(f);
    } else if (n.startsWith('charts/')) {
      if (extname(n) === '.prov') {
        c.files.push(f);
        continue;
      }
      const rest = n.slice('charts/'.length);
      const cname = rest.split('/')[0];
      const list = subcharts.get(cname) ?? [];
      list.push({ name: rest, data: f.data });
      subcharts.set(cname, list);
    } else {
      c.files.push(f);
    }
  }
  if (!haveMetadata) throw new ChartLoadError('Chart.yaml file is missing');
  validateMetadata(c.metadata, helmVersion);
  for (const [n, list] of subcharts) {
    if (n.startsWith('_') || n.startsWith('.')) continue;
    let sc: Chart;
    try {
      if (extname(n) === '.tgz') {
        const file = list[0];
        if (file.name !== n) throw new ChartLoadError(`error unpacking subchart tar in ${c.metadata.name}: expected ${n}, got ${file.name}`);
        sc = loadArchive(file.data, helmVersion);
      } else {
        const buff: ChartFile[] = [];
        for (const f of list) {
          const i = f.name.indexOf('/');
          if (i < 0) continue;
          buff.push({ name: f.name.slice(i + 1), data: f.data });
        }
        sc = loadFiles(buff, helmVersion);
      }
    } catch (e) {
      if (e instanceof ChartError && e.message.startsWith('error unpacking subchart tar')) throw e;
      wrap(`error unpacking subchart ${n} in ${c.metadata.name}`, e);
    }
    sc.parent = c;
    c.dependencies.push(sc);
  }
  return c;
}

/** loadArchive loads a chart from gzipped tar bytes. */
export function loadArchive(gz: Uint8Array, helmVersion: HelmVersion): Chart {
  return loadFiles(loadArchiveFiles(gz), helmVersion);
}

/**
 * outsideLink returns why the symbolic link `full` may not be followed: it resolves outside the
 * chart directory, or to a directory already being walked (a cycle); undefined when it is safe.
 * Helm follows every link; k8slint never reads outside the chart it was given.
 */
function outsideLink(topdir: string, full: string, n: string, active: Set<string>): string | undefined {
  let target: string;
  try {
    if (!lstatSync(full).isSymbolicLink()) return undefined;
    target = realpathSync(full);
  } catch {
    return undefined;
  }
  const root = realpathSync(topdir);
  if (target !== root && !target.startsWith(root + sep)) return `chart file ${JSON.stringify(n)} is a symbolic link to ${target}, outside the chart directory; k8slint does not follow it`;
  if (active.has(target)) return `chart directory ${JSON.stringify(n)} is a symbolic link cycle`;
  return undefined;
}

function walkDir(topdir: string, rel: string, rules: IgnoreRules, out: ChartFile[], active = new Set<string>([realpathSync(topdir)])): void {
  const abs = rel === '' ? topdir : join(topdir, rel);
  const names = readdirSync(abs).sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : a === b ? 0 : 1));
  for (const name of names) {
    const n = rel === '' ? name : `${rel}/${name}`;
    const full = join(topdir, n);
    let st;
    try {
      st = statSync(full);
    } catch {
      if (rules.ignore(n, false)) continue;
      throw new ChartLoadError(`stat ${full}: no such file or directory`);
    }
    if (st.isDirectory()) {
      if (rules.ignore(n, true)) continue;
      const bad = outsideLink(topdir, full, n, active);
      if (bad) throw new ChartLoadError(bad);
      const real = realpathSync(full);
      active.add(real);
      walkDir(topdir, n, rules, out, active);
      active.delete(real);
      continue;
    }
    if (rules.ignore(n, false)) continue;
    const bad = outsideLink(topdir, full, n, active);
    if (bad) throw new ChartLoadError(bad);
    if (!st.isFile()) throw new ChartLoadError(`cannot load irregular file ${full} as it has file mode type bits set`);
    if (st.size > MAX_FILE_SIZE) throw new ChartLoadError(`chart file ${JSON.stringify(name)} is larger than the maximum file size ${MAX_FILE_SIZE}`);
    out.push({ name: n, data: stripBom(readFileSync(full)) });
  }
}

/** loadDir loads a chart directory honouring its root `.helmignore` (helm `LoadDir`). */
export function loadDir(dir: string, helmVersion: HelmVersion): Chart {
  const topdir = resolve(dir);
  const ifile = join(topdir, '.helmignore');
  const badIgnore = outsideLink(topdir, ifile, '.helmignore', new Set());
  if (badIgnore) throw new ChartLoadError(badIgnore);
  const rules = existsSync(ifile) ? IgnoreRules.parse(readFileSync(ifile, 'utf8')) : new IgnoreRules();
  rules.addDefaults();
  const files: ChartFile[] = [];
  walkDir(topdir, '', rules, files);
  return loadFiles(files, helmVersion);
}

function checkApiVersion(raw: GoValue, helmVersion: HelmVersion): void {
  if (helmVersion === 3 || !(raw instanceof GoMap)) return;
  const v = raw.entries.get('apiVersion');
  const s = typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
  if (s === 'v3') throw new ChartError('invalid chart apiVersion', 'LOAD');
  if (s !== '' && s !== 'v1' && s !== 'v2') throw new ChartError('unsupported chart version', 'LOAD');
}

/**
 * loadChart loads a chart from a directory or a `.tgz` file path, as `helm template` does
 * (helm/helm pkg/chart/loader/load.go).
 */
export function loadChart(path: string, helmVersion: HelmVersion = 4): Chart {
  let st;
  try {
    st = statSync(path);
  } catch {
    if (helmVersion === 4 || path.startsWith('/') || path.startsWith('.')) throw new ChartLoadError(`path ${JSON.stringify(path)} not found`);
    throw new ChartLoadError(`non-absolute URLs should be in form of repo_name/path_to_chart, got: ${path}`);
  }
  if (st.isDirectory()) {
    const cy = join(resolve(path), 'Chart.yaml');
    // helm 4 pkg/chart/loader/load.go reads Chart.yaml first to pick the chart API version.
    if (helmVersion === 4 && !existsSync(cy)) throw new ChartLoadError(`unable to detect chart at ${cy}: open ${cy}: no such file or directory`);
    if (existsSync(cy) && !outsideLink(path, cy, 'Chart.yaml', new Set())) {
      let raw: GoValue;
      try {
        raw = yamlToGo(readFileSync(cy, 'utf8'));
      } catch {
        raw = null;
      }
      checkApiVersion(raw, helmVersion);
    }
    return loadDir(path, helmVersion);
  }
  const data = readFileSync(path);
  const abs = resolve(path);
  if (!isGzip(data)) {
    if (abs.endsWith('.yml') || abs.endsWith('.yaml')) throw new ChartLoadError(`file '${abs}' seems to be a YAML file, but expected a gzipped archive`);
    throw new ChartLoadError(`file '${abs}' does not appear to be a gzipped archive; got '${detectContentType(data)}'`);
  }
  const files = loadArchiveFiles(data);
  const cy = files.find((f) => f.name === 'Chart.yaml');
  if (cy) {
    try {
      checkApiVersion(yamlToGo(fileText(cy)), helmVersion);
    } catch (e) {
      if (e instanceof ChartError && e.code === 'LOAD') throw e;
    }
  }
  return loadFiles(files, helmVersion);
}

/** detectContentType approximates Go's http.DetectContentType for the common non-gzip cases. */
function detectContentType(data: Uint8Array): string {
  // helm reads into a zeroed 512-byte buffer, so short files always look binary.
  const head = new Uint8Array(512);
  head.set(data.subarray(0, 512));
  const binary = head.some((b) => b <= 0x08 || b === 0x0b || (b >= 0x0e && b <= 0x1a) || (b >= 0x1c && b <= 0x1f));
  if (binary) return 'application/octet-stream';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'text/plain; charset=utf-8';
  return 'text/plain; charset=utf-8';
}
