// chart-cases.mjs: shared by scripts/golden-charts.mjs (goldens from real helm) and
// test/chart/charts.test.ts (k8slint against the goldens). A fixture chart lives in
// fixtures/charts/<name>/ with its chart in chart/ (plus any values files next to it) and
// k8slint-case.yaml, a list of { name, args, helm?, outputDir? }; `CHART` in args stands for
// the chart path. Each case runs in a fresh copy of the fixture directory as working directory.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const chartsDir = fileURLToPath(new URL('../../fixtures/charts/', import.meta.url));

/** listCharts returns the fixture chart names that have a k8slint-case.yaml. */
export function listCharts() {
  return readdirSync(chartsDir)
    .filter((n) => existsSync(join(chartsDir, n, 'k8slint-case.yaml')))
    .sort();
}

/** loadCases reads a fixture's case list (defaults: helm [3, 4]). */
export function loadCases(name) {
  const list = parse(readFileSync(join(chartsDir, name, 'k8slint-case.yaml'), 'utf8')) ?? [];
  return list.map((c) => ({ helm: [3, 4], ...c }));
}

function walk(dir, base, out) {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, base, out);
    else out.push([relative(base, p), readFileSync(p)]);
  }
  return out;
}

/** fixtureHash hashes a case with every input file of its fixture (goldens record it to detect staleness). */
export function fixtureHash(name, c) {
  const h = createHash('sha256');
  h.update(JSON.stringify({ args: c.args, outputDir: c.outputDir ?? null }));
  for (const [p, data] of walk(join(chartsDir, name), join(chartsDir, name), [])) {
    if (p === 'golden.json' || p === 'k8slint-case.yaml') continue;
    h.update(p).update('\0').update(data).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/** workdir copies a fixture into a fresh temporary directory and returns its path. */
export function workdir(name) {
  const dir = mkdtempSync(join(tmpdir(), `k8slint-chart-${name}-`));
  cpSync(join(chartsDir, name), dir, { recursive: true, filter: (src) => !src.endsWith('golden.json') });
  return dir;
}

/** readOutputDir returns the files under `dir` (if any) as path → text. */
export function readOutputDir(dir) {
  if (!existsSync(dir)) return undefined;
  return Object.fromEntries(walk(dir, dir, []).map(([p, d]) => [p, d.toString('utf8')]));
}

/** caseArgs replaces `CHART` with the chart path: `chart`, or `.` when the fixture itself is the chart. */
export function caseArgs(c, name) {
  const path = name && existsSync(join(chartsDir, name, 'Chart.yaml')) ? '.' : 'chart';
  return c.args.map((a) => (a === 'CHART' ? path : a));
}

/** maskWorkdir replaces the temporary working directory in texts with `$WORKDIR`. */
export function maskWorkdir(result, dir) {
  const mask = (s) => (typeof s === 'string' ? s.split(dir).join('$WORKDIR') : s);
  const out = { ...result, stdout: mask(result.stdout), stderr: mask(result.stderr) };
  if (result.files) out.files = Object.fromEntries(Object.entries(result.files).map(([k, v]) => [k, mask(v)]));
  return out;
}

export function cleanup(dir) {
  rmSync(dir, { recursive: true, force: true });
}
