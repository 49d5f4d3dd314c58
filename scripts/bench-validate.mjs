#!/usr/bin/env node
// bench-validate measures `validateManifests` throughput, single-file cold start and peak memory
// on rendered charts (a directory of rendered YAML, repeated to at least 10,000 resources), side by
// side with @monokle/validation on the same input when that package is installed.
//
// Usage: node scripts/bench-validate.mjs [DIR_OF_RENDERED_YAML] [--kube-version 1.33]
// Default input: $K8SLINT_BENCH_DIR, else fixtures/manifests (render charts with helm template first
// for a realistic run; rendered charts are not committed).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const kubeVersion = args.includes('--kube-version') ? args[args.indexOf('--kube-version') + 1] : '1.33';
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--kube-version') ?? process.env.K8SLINT_BENCH_DIR ?? join(root, 'fixtures/manifests/valid');
const TARGET = 10_000;

function readDocs(d) {
  const files = readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).sort();
  return files.map((f) => readFileSync(join(d, f), 'utf8'));
}

const texts = readDocs(dir);
const perRound = texts.join('\n---\n').split(/^---\s*$/m).filter((t) => /\bkind:/.test(t)).length;
const rounds = Math.max(1, Math.ceil(TARGET / Math.max(1, perRound)));
const inputs = [];
for (let r = 0; r < rounds; r++) texts.forEach((t, i) => inputs.push({ file: `r${r}-${i}.yaml`, content: t }));

const { validateManifests } = await import(join(root, 'dist/index.js'));
let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
validateManifests(inputs.slice(0, texts.length), { kubeVersion }); // warm the schema cache
const t0 = performance.now();
let resources = 0;
let errors = 0;
for (let i = 0; i < inputs.length; i += 50) {
  const report = validateManifests(inputs.slice(i, i + 50), { kubeVersion });
  resources += report.summary.resources;
  errors += report.summary.errors;
  sample();
}
const k8slintSeconds = (performance.now() - t0) / 1000;
const k8slintRate = resources / k8slintSeconds;

// Cold start: a fresh process validating one file through the CLI.
const cold = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  try {
    execFileSync(process.execPath, [join(root, 'bin/k8slint.js'), 'validate', join(root, 'fixtures/manifests/valid/deployment.yaml'), '-k', kubeVersion], { stdio: 'ignore' });
  } catch {
    // exit code 1 still measures the run
  }
  cold.push(performance.now() - s);
}
cold.sort((a, b) => a - b);

const lines = [
  `input: ${dir} (${texts.length} files, ${perRound} resources, x${rounds})`,
  `k8slint: ${resources} resources in ${k8slintSeconds.toFixed(2)} s = ${k8slintRate.toFixed(0)} resources/s (${errors} errors), peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`,
  `k8slint cold start (single file, CLI, median of 5): ${cold[2].toFixed(0)} ms`,
];

let monokle;
try {
  monokle = await import('@monokle/validation');
} catch {
  lines.push('monokle: @monokle/validation is not installed; install it as a devDependency to compare');
}
if (monokle) {
  try {
    const validator = monokle.createDefaultMonokleValidator();
    await validator.preload({ plugins: { 'kubernetes-schema': true, 'yaml-syntax': true }, settings: { 'kubernetes-schema': { schemaVersion: `v${kubeVersion}.0` } } });
    const { extractK8sResources, readFiles } = monokle;
    const resourcesIn = (list) => (extractK8sResources ? extractK8sResources(list.map((x) => ({ path: x.file, content: x.content }))) : []);
    const all = resourcesIn(inputs);
    const m0 = performance.now();
    await validator.validate({ resources: all });
    const ms = (performance.now() - m0) / 1000;
    const rate = all.length / ms;
    lines.push(`monokle: ${all.length} resources in ${ms.toFixed(2)} s = ${rate.toFixed(0)} resources/s`);
    lines.push(`ratio k8slint/monokle: ${(k8slintRate / rate).toFixed(1)}x`);
    void readFiles;
  } catch (err) {
    lines.push(`monokle: failed to run (${err.message.split('\n')[0]})`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
