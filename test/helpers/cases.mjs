// cases.mjs loads template case files (fixtures/template/cases/<suite>.yaml) and their goldens
// (fixtures/template/golden/<suite>.json). Shared by scripts/golden.mjs and the golden test.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CASES_DIR = join(ROOT, 'fixtures', 'template', 'cases');
export const GOLDEN_DIR = join(ROOT, 'fixtures', 'template', 'golden');
export const HELM_VERSIONS = { 3: 'v3.17.3', 4: 'v4.1.4' };

const KEYS = new Set(['name', 'template', 'values', 'set', 'helm', 'random', 'shape', 'note']);

/** listSuites returns the suite names (case file basenames), sorted. */
export function listSuites() {
  if (!existsSync(CASES_DIR)) return [];
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** caseHash fingerprints the inputs of a case, so a golden made from older inputs is detected. */
export function caseHash(c) {
  const key = JSON.stringify([c.template, c.values ?? '', c.set ?? []]);
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** loadSuite reads and validates one case file; throws with a clear message on a malformed case. */
export function loadSuite(suite) {
  const file = join(CASES_DIR, `${suite}.yaml`);
  const doc = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(doc)) throw new Error(`${file}: expected a YAML list of cases`);
  const seen = new Set();
  return doc.map((c, i) => {
    const where = `${file}: case #${i + 1}${c && c.name ? ` (${c.name})` : ''}`;
    if (!c || typeof c !== 'object') throw new Error(`${where}: not a mapping`);
    for (const k of Object.keys(c)) if (!KEYS.has(k)) throw new Error(`${where}: unknown key "${k}"`);
    if (typeof c.name !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.name)) throw new Error(`${where}: name must be kebab-case`);
    if (seen.has(c.name)) throw new Error(`${where}: duplicate name`);
    seen.add(c.name);
    if (typeof c.template !== 'string') throw new Error(`${where}: template must be a string`);
    if (c.values !== undefined && typeof c.values !== 'string') throw new Error(`${where}: values must be a YAML text (use "values: |")`);
    if (c.set !== undefined && (!Array.isArray(c.set) || c.set.some((s) => typeof s !== 'string'))) throw new Error(`${where}: set must be a list of strings`);
    const helm = c.helm ?? [3, 4];
    if (!Array.isArray(helm) || helm.length === 0 || helm.some((h) => h !== 3 && h !== 4)) throw new Error(`${where}: helm must be a list of 3 and/or 4`);
    if (c.random && typeof c.shape !== 'string') throw new Error(`${where}: random cases need a shape regex`);
    return { name: c.name, template: c.template, values: c.values, set: c.set, helm, random: !!c.random, shape: c.shape };
  });
}

/** goldenPath is where a suite's golden file lives. */
export function goldenPath(suite) {
  return join(GOLDEN_DIR, `${suite}.json`);
}

/** loadGolden reads a suite's golden file, or returns undefined when there is none. */
export function loadGolden(suite) {
  const p = goldenPath(suite);
  if (!existsSync(p)) return undefined;
  return JSON.parse(readFileSync(p, 'utf8'));
}
