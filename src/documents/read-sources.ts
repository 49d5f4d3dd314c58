import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestSource } from './manifest-document.js';

/** ReadError is one input path that could not be read. */
export interface ReadError {
  path: string;
  message: string;
}

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (MANIFEST_FILE.test(entry.name)) out.push(p);
  }
}

/**
 * readSources reads manifest files; a directory contributes its *.yaml, *.yml and *.json files,
 * recursively and in name order. Unreadable paths are returned as errors, not thrown.
 */
export function readSources(paths: readonly string[]): { sources: ManifestSource[]; errors: ReadError[] } {
  const sources: ManifestSource[] = [];
  const errors: ReadError[] = [];
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) {
        const files: string[] = [];
        walk(path, files);
        for (const f of files) sources.push({ file: f, content: withoutBom(readFileSync(f, 'utf8')) });
      } else {
        sources.push({ file: path, content: withoutBom(readFileSync(path, 'utf8')) });
      }
    } catch (err) {
      const code = (err as { code?: string }).code;
      const message = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
      errors.push({ path, message });
    }
  }
  return { sources, errors };
}

/** withoutBom drops a leading UTF-8 byte-order mark, as kubectl and helm do. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
