#!/usr/bin/env node
// compare-real-charts.mjs renders real-world charts with the real helm and with k8slint
// (dist/, run `npm run build` first) and reports the byte-identical rate.
// Usage: node scripts/compare-real-charts.mjs [--helm 3|4] [--deps DIR]... [--set K=V]... CHART_DIR...
// Declared dependencies are vendored into a temporary copy from the --deps directories
// (a chart directory named like the dependency). Lines that differ between two helm runs
// (random passwords, generated certificates) are masked before comparing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { helmPath } from './oracle.mjs';

const args = process.argv.slice(2);
let helmVersion = 4;
const depDirs = [];
const charts = [];
const extra = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--helm') helmVersion = Number(args[++i]);
  else if (args[i] === '--deps') depDirs.push(resolve(args[++i]));
  else if (args[i] === '--set') extra.push(args[++i]);
  else charts.push(resolve(args[i]));
}
const { renderForCli } = await import('../dist/chart/cli-render.js');

function findDep(name) {
  for (const d of depDirs) if (existsSync(join(d, name, 'Chart.yaml'))) return join(d, name);
  return undefined;
}

/** vendor copies every declared dependency into charts/ (recursively); returns missing names. */
function vendor(dir, missing, depth = 0) {
  const cy = parse(readFileSync(join(dir, 'Chart.yaml'), 'utf8')) ?? {};
  for (const d of cy.dependencies ?? []) {
    const target = join(dir, 'charts', d.name);
    if (existsSync(target)) continue;
    const src = findDep(d.name);
    if (!src || depth > 5) {
      missing.push(d.name);
      continue;
    }
    cpSync(src, target, { recursive: true });
    vendor(target, missing, depth + 1);
  }
}

function mask(a, b, c) {
  // lines that differ between two helm runs are random: blank them in all three outputs
  const la = a.split('\n');
  const lb = b.split('\n');
  const lc = c.split('\n');
  if (la.length !== lb.length) return null;
  const out = [[], []];
  for (let i = 0; i < la.length; i++) {
    const random = la[i] !== lb[i];
    out[0].push(random ? '<random>' : la[i]);
    out[1].push(random ? '<random>' : lc[i]);
  }
  return [out[0].join('\n'), out[1].join('\n')];
}

let same = 0;
let total = 0;
const mismatches = [];
for (const chart of charts) {
  if (!existsSync(join(chart, 'Chart.yaml'))) continue;
  const tmp = mkdtempSync(join(tmpdir(), 'k8slint-real-'));
  const dir = join(tmp, basename(chart));
  cpSync(chart, dir, { recursive: true });
  const missing = [];
  vendor(dir, missing);
  if (missing.length) {
    console.log(`SKIP ${basename(chart)}: dependencies not available: ${missing.join(', ')}`);
    rmSync(tmp, { recursive: true, force: true });
    continue;
  }
  const setArgs = extra.flatMap((e) => ['--set', e]);
  const h1 = spawnSync(helmPath(helmVersion), ['template', dir, ...setArgs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const h2 = spawnSync(helmPath(helmVersion), ['template', dir, ...setArgs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let k;
  try {
    k = renderForCli(dir, { helmVersion, values: { set: extra } });
  } catch (e) {
    k = { stdout: '', stderr: `internal error: ${e.stack}`, exitCode: 2 };
  }
  total++;
  const helmOut = h1.status === 0 ? h1.stdout : h1.stderr;
  const ours = k.exitCode === 0 ? k.stdout : k.stderr.slice(k.stderr.indexOf('Error: '));
  const m = h1.status === 0 ? mask(h1.stdout, h2.stdout, ours) : [helmOut.slice(helmOut.indexOf('Error: ')), ours];
  const random = h1.stdout !== h2.stdout;
  if (m && m[0] === m[1] && (h1.status === 0) === (k.exitCode === 0)) {
    same++;
    console.log(`OK   ${basename(chart)}${random ? ' (random lines masked)' : ''}${h1.status !== 0 ? ' (same error)' : ''}`);
  } else {
    const a = (m ? m[0] : helmOut).split('\n');
    const b = (m ? m[1] : ours).split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    mismatches.push(basename(chart));
    console.log(`DIFF ${basename(chart)} at line ${i + 1}:\n  helm:    ${JSON.stringify(a[i])}\n  k8slint: ${JSON.stringify(b[i])}`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`\nhelm ${helmVersion}: ${same}/${total} byte-identical (${total ? ((100 * same) / total).toFixed(1) : 0}%)`);
if (mismatches.length) console.log(`mismatches: ${mismatches.join(' ')}`);
