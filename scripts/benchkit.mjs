// benchkit holds what the template and function benchmarks share: a throwaway chart on disk,
// k8slint's in-process chart render (from dist/, run `npm run build` first), timed helm runs,
// and the output check. It is not a benchmark itself (bench.mjs runs only bench-*.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const helmBin = (version = '4.1.4') => join(root, `node_modules/.cache/k8slint-oracle/helm-${version}/helm`);

/** writeChart writes a chart (Chart.yaml, values.yaml and `files` by relative path) to a temp dir. */
export function writeChart(name, values, files) {
  const dir = mkdtempSync(join(tmpdir(), `k8slint-bench-${name}-`));
  const chart = join(dir, name);
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`);
  writeFileSync(join(chart, 'values.yaml'), values);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(chart, rel)), { recursive: true });
    writeFileSync(join(chart, rel), text);
  }
  return { chart, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** numberOption reads `--name N` from the command line, or returns def. */
export function numberOption(name, def) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

let api;
/** k8slint loads the compiled chart renderer from dist/. */
export async function k8slint() {
  if (api) return api;
  const file = join(root, 'dist/chart/render-chart.js');
  if (!existsSync(file)) throw new Error('dist/ is missing: run npm run build first');
  const { renderChart, formatTemplateOutput } = await import(file);
  const { loadChart } = await import(join(root, 'dist/chart/loader.js'));
  const { helmFunctions } = await import(join(root, 'dist/functions/index.js'));
  api = {
    render: (chart, helmVersion = 4) => formatTemplateOutput(renderChart(chart, { helmVersion }), {}),
    loadChart,
    helmFunctions,
  };
  return api;
}

/** timeIt runs `fn` `runs` times after `warm` untimed runs; returns the median ms and the last result. */
export function timeIt(fn, { runs, warm = 2 }) {
  let out;
  for (let i = 0; i < warm; i++) out = fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    out = fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), min: Math.min(...times), output: out };
}

/** helmRunner returns a function running `helm template <chart>` once and returning stdout. */
function helmRunner(chart, version) {
  const bin = helmBin(version);
  if (!existsSync(bin)) throw new Error(`helm oracle missing at ${bin}: run npm run oracle`);
  const env = { ...process.env, HELM_CACHE_HOME: join(tmpdir(), 'k8slint-bench-helm-cache'), HELM_CONFIG_HOME: join(tmpdir(), 'k8slint-bench-helm-config'), HELM_DATA_HOME: join(tmpdir(), 'k8slint-bench-helm-data') };
  return () => execFileSync(bin, ['template', chart], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'], env });
}

/**
 * compare times `chart` both ways, interleaved so that both see the same machine load:
 * helm 4.1.4 `helm template` wall time per run, and k8slint in-process like `helm template`
 * (load, values, render, sort, print) plus the render of the already-loaded chart (no file
 * reading or values.yaml parsing). One untimed warm-up each. Returns medians and both outputs.
 */
export async function compare(chart, { runs, helmRuns, version = '4.1.4', helmVersion = 4 }) {
  const { render, loadChart } = await k8slint();
  const helm = helmRunner(chart, version);
  const loaded = loadChart(chart, helmVersion);
  const helmOut = helm();
  const mineOut = render(chart, helmVersion);
  if (render(loaded, helmVersion) !== mineOut) throw new Error('rendering a pre-loaded chart gave another output');
  const t = { helm: [], whole: [], preloaded: [] };
  const clock = (list, fn) => {
    const s = performance.now();
    fn();
    list.push(performance.now() - s);
  };
  for (let i = 0; i < Math.max(runs, helmRuns); i++) {
    if (i < helmRuns) clock(t.helm, helm);
    if (i < runs) {
      clock(t.whole, () => render(chart, helmVersion));
      clock(t.preloaded, () => render(loaded, helmVersion));
    }
  }
  return { helmMs: median(t.helm), wholeMs: median(t.whole), preloadedMs: median(t.preloaded), helmOut, mineOut };
}

/** assertSame fails the benchmark loudly when k8slint's output differs from helm's. */
export function assertSame(label, mine, helm) {
  if (mine === helm) return;
  const a = mine.split('\n');
  const b = helm.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ctx = (xs) => xs.slice(Math.max(0, i - 2), i + 3).map((l, k) => `    ${Math.max(0, i - 2) + k + 1}: ${JSON.stringify(l)}`).join('\n');
  throw new Error(`${label}: k8slint output differs from helm's (k8slint ${mine.length} bytes, helm ${helm.length} bytes), first difference at line ${i + 1}\n  k8slint:\n${ctx(a)}\n  helm:\n${ctx(b)}`);
}

/** table prints rows of [label, k8slint ms, helm ms] with the ratio k8slint / helm. */
export function table(title, rows) {
  const head = ['case', 'k8slint in-process (median ms)', 'helm template whole run (median ms)', 'ratio k8slint/helm'];
  const body = rows.map(([label, mine, helm]) => [label, mine.toFixed(1), helm.toFixed(1), `${(mine / helm).toFixed(2)}x`]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [title, line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
