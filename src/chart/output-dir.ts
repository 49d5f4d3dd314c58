import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { ChartError } from './errors.js';
import { isTestHook, type CrdFile } from './output.js';
import type { Hook, Manifest } from './manifests.js';

/**
 * `helm template --output-dir DIR` (helm/helm v4.1.4 pkg/action/install.go `writeToFile`,
 * pkg/cmd/template.go): each document is written as `---\n# Source: <name>\n<content>\n` to
 * `DIR/<name>` (manifests and hooks under `DIR/<release>/` with `--release-name`); the first
 * write of a path in a run truncates, later ones append; hooks append when the file exists.
 * Files are only ever written below DIR. Returns the `wrote <path>` lines helm prints.
 */
export interface OutputDirOptions {
  outputDir: string;
  releaseName: string;
  useReleaseName: boolean;
  includeCrds: boolean;
  noHooks: boolean;
  skipTests: boolean;
}

function writeOne(dir: string, root: string, name: string, data: string, append: boolean): string {
  const outfile = `${dir}${sep}${name}`;
  const abs = resolve(outfile);
  const base = resolve(root);
  if (abs !== base && !abs.startsWith(base + sep)) throw new ChartError(`refusing to write ${outfile} outside ${root}`, 'OUTPUT');
  try {
    mkdirSync(dirname(abs), { recursive: true });
    const text = `---\n# Source: ${name}\n${data}\n`;
    if (append) appendFileSync(abs, text);
    else writeFileSync(abs, text);
  } catch (e) {
    throw new ChartError((e as Error).message, 'OUTPUT');
  }
  return `wrote ${outfile}\n`;
}

/** writeOutputDir writes CRDs, manifests and hooks and returns helm's stdout for the run. */
export function writeOutputDir(crds: CrdFile[], manifests: Manifest[], hooks: Hook[], o: OutputDirOptions): string {
  let out = '';
  const written = new Set<string>();
  if (o.includeCrds) {
    for (const crd of crds) {
      out += writeOne(o.outputDir, o.outputDir, crd.filename, crd.content, written.has(crd.filename));
      written.add(crd.filename);
    }
  }
  const dir = o.useReleaseName ? `${o.outputDir}${sep}${o.releaseName}` : o.outputDir;
  for (const m of manifests) {
    out += writeOne(dir, o.outputDir, m.name, m.content, written.has(m.name));
    written.add(m.name);
  }
  if (!o.noHooks) {
    for (const h of hooks) {
      if (o.skipTests && isTestHook(h)) continue;
      const exists = existsSync(`${dir}${sep}${h.name}`);
      out += writeOne(dir, o.outputDir, h.name, h.content, exists);
    }
  }
  return `${out}\n`;
}
