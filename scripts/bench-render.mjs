#!/usr/bin/env node
// bench-render compares k8slint's `render` with `helm template` on the same charts:
// cold-process wall time per chart (node bin/k8slint.js render --no-lint vs helm template) and
// k8slint's in-process render time (renderChart + printing, warm) against helm's whole run.
// Targets: cold ratio <= 1, in-process ratio <= 0.5. It also prints node's own start time
// (node -e 0), the floor for any Node program, and notes NODE_EXTRA_CA_CERTS when it is set.
//
// Usage: node scripts/bench-render.mjs [--runs N] [--helm 3|4] [CHART_DIR...]
// Default charts: $K8SLINT_BENCH_CHARTS (colon-separated) or the bundled fixture charts.
// Requires `npm run build` (dist/) and `npm run oracle` (helm).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { helmPath } from './oracle.mjs';
import { median, root } from './benchkit.mjs';

const args = process.argv.slice(2);
let runs = 7;
let helmVersion = 4;
const charts = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--helm') helmVersion = Number(args[++i]);
  else charts.push(resolve(args[i]));
}
if (charts.length === 0) {
  const env = process.env.K8SLINT_BENCH_CHARTS;
  if (env) charts.push(...env.split(':').filter(Boolean).map((p) => resolve(p)));
  else {
    for (const n of ['example', 'subcharts-deep', 'values-typing', 'kind-ordering']) {
      const d = join(root, 'fixtures/charts', n);
      charts.push(existsSync(join(d, 'Chart.yaml')) ? d : join(d, 'chart'));
    }
  }
}
const helm = helmPath(helmVersion);
if (!existsSync(helm)) {
  console.error(`bench-render: helm ${helmVersion} oracle missing (npm run oracle)`);
  process.exit(1);
}
const bin = join(root, 'bin/k8slint.js');

function wall(cmd, argv) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  return { ms, out: r.stdout, code: r.status };
}

// The floor for any Node program: node's own start (same env), measured in the same run.
const nodeStart = [];
const nodeStartPlain = [];
const plainEnv = { ...process.env };
delete plainEnv.NODE_EXTRA_CA_CERTS;
for (let i = 0; i < runs * 2; i++) {
  nodeStart.push(wall(process.execPath, ['-e', '0']).ms);
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env: plainEnv });
    nodeStartPlain.push(performance.now() - t0);
  }
}

const { renderChart, formatTemplateOutput } = await import(join(root, 'dist/chart/render-chart.js'));
const rows = [];
for (const chart of charts) {
  const helmTimes = [];
  const coldTimes = [];
  let same = true;
  for (let i = 0; i < runs; i++) {
    const h = wall(helm, ['template', chart]);
    const k = wall(process.execPath, [bin, 'render', chart, '--no-lint', '--helm-version', String(helmVersion)]);
    helmTimes.push(h.ms);
    coldTimes.push(k.ms);
    if (h.code !== k.code) same = false;
  }
  const opts = { helmVersion };
  formatTemplateOutput(renderChart(chart, opts), opts);
  const inproc = [];
  for (let i = 0; i < Math.max(runs, 10); i++) {
    const t0 = performance.now();
    formatTemplateOutput(renderChart(chart, opts), opts);
    inproc.push(performance.now() - t0);
  }
  const h = median(helmTimes);
  const c = median(coldTimes);
  const p = median(inproc);
  rows.push({ chart: basename(basename(chart) === 'chart' ? resolve(chart, '..') : chart), helm: h, cold: c, inproc: p, same });
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`helm ${helmVersion} vs k8slint render (median of ${runs} runs, ms)`);
console.log(`${pad('chart', 28)}${pad('helm', 10)}${pad('k8slint cold', 14)}${pad('cold ratio', 12)}${pad('in-process', 12)}in-process ratio`);
for (const r of rows) {
  console.log(
    `${pad(r.chart, 28)}${pad(r.helm.toFixed(1), 10)}${pad(r.cold.toFixed(1), 14)}${pad((r.cold / r.helm).toFixed(2), 12)}${pad(r.inproc.toFixed(2), 12)}${(r.inproc / r.helm).toFixed(3)}${r.same ? '' : '  (exit codes differ)'}`,
  );
}
const g = (k) => Math.exp(rows.reduce((a, r) => a + Math.log(r[k] / r.helm), 0) / rows.length);
const helmMedian = median(rows.map((r) => r.helm));
console.log(`node's own start (node -e 0): ${median(nodeStart).toFixed(1)} ms = ${(median(nodeStart) / helmMedian).toFixed(2)}x helm's median run`);
if (nodeStartPlain.length > 0)
  console.log(`  NODE_EXTRA_CA_CERTS is set: node reads it at every start; without it node starts in ${median(nodeStartPlain).toFixed(1)} ms`);
console.log(`geometric mean: cold ratio ${g('cold').toFixed(2)} (target <= 1), in-process ratio ${g('inproc').toFixed(3)} (target <= 0.5)`);
