#!/usr/bin/env node
/* global performance, Response */
// bench-validate measures `validateManifests` throughput, single-file cold start and peak memory
// on rendered charts (a directory of rendered YAML, repeated to at least 10,000 resources), side by
// side with @monokle/validation on the same input when that package is installed.
//
// Usage: node scripts/bench-validate.mjs [DIR_OF_RENDERED_YAML] [--kube-version 1.33]
// Default input: $K8SLINT_BENCH_DIR, else fixtures/manifests (render charts with helm template first
// for a realistic run; rendered charts are not committed).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

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
const cpuStart = process.cpuUsage();
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
const k8slintCpu = process.cpuUsage(cpuStart);
const k8slintCpuRate = resources / ((k8slintCpu.user + k8slintCpu.system) / 1e6);

// Cold start: a fresh process validating one file through the CLI.
const cold = [];
const coldCpu = [];
// the CLI as users run it: the esbuild bundle when built (npm run build), else the tsc output
const cliEntry = existsSync(join(root, 'dist/bundle/k8slint.js')) ? 'dist/bundle/k8slint.js' : 'dist/cli/main.js';
const probe = `const { main } = await import(${JSON.stringify(pathToFileURL(join(root, cliEntry)).href)});
const w = process.stdout.write.bind(process.stdout); process.stdout.write = () => true;
await main(['validate', ${JSON.stringify(join(root, 'fixtures/manifests/valid/deployment.yaml'))}, '-k', ${JSON.stringify(kubeVersion)}]);
const c = process.cpuUsage(); w(JSON.stringify({ wall: performance.now(), cpu: (c.user + c.system) / 1000 }));`;
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  const r = JSON.parse(out);
  cold.push(r.wall);
  coldCpu.push(r.cpu);
}
cold.sort((a, b) => a - b);
coldCpu.sort((a, b) => a - b);

const lines = [
  `input: ${dir} (${texts.length} files, ${perRound} resources, x${rounds})`,
  `k8slint: ${resources} resources in ${k8slintSeconds.toFixed(2)} s wall = ${k8slintRate.toFixed(0)} resources/s wall, ${k8slintCpuRate.toFixed(0)} resources/CPU-s (${errors} errors), peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`,
  `k8slint cold start (single file, ${cliEntry} in a fresh node, median of 5): ${cold[2].toFixed(0)} ms wall since process start, ${coldCpu[2].toFixed(0)} ms CPU`,
];

let monokle;
try {
  const dir = process.env.K8SLINT_MONOKLE_DIR;
  monokle = dir
    ? await import(pathToFileURL(join(dir, 'node_modules/@monokle/validation/lib/node.js')).href)
    : await import('@monokle/validation');
} catch {
  lines.push('monokle: @monokle/validation is not installed (set K8SLINT_MONOKLE_DIR to a directory where it is npm-installed)');
}
if (monokle) {
  try {
    lines.push(...(await benchMonokle(monokle)));
  } catch (err) {
    lines.push(`monokle: failed to run (${String(err.message).split('\n')[0]})`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);

/**
 * benchMonokle runs Monokle's kubernetes-schema plugin on the same input. Monokle downloads its
 * schemas at run time; to run offline the bench serves it the same Kubernetes OpenAPI
 * definitions k8slint bundles (int-or-string and quantity as oneOf string/integer).
 */
async function benchMonokle(m) {
  const minor = kubeVersion.replace(/^v/, '').split('.').slice(0, 2).join('.');
  const swagger = JSON.parse(gunzipSync(readFileSync(resolve(root, '..', 'shared', 'kubernetes-openapi', `v${minor}.json.gz`))));
  const defs = swagger.definitions;
  for (const k of ['io.k8s.apimachinery.pkg.util.intstr.IntOrString', 'io.k8s.apimachinery.pkg.api.resource.Quantity']) {
    defs[k] = { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'number' }] };
  }
  const body = JSON.stringify({ definitions: defs });
  globalThis.fetch = async (url) =>
    String(url).endsWith('-standalone/definitions.json')
      ? new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
      : new Response('{}', { status: 404 });
  const { parseAllDocuments } = await import('yaml');
  const validator = m.createDefaultMonokleValidator();
  await validator.preload({
    plugins: { 'kubernetes-schema': true, 'yaml-syntax': true },
    settings: { 'kubernetes-schema': { schemaVersion: `${minor}.0` } },
  });
  const cpu0 = process.cpuUsage();
  const m0 = performance.now();
  let count = 0;
  let problems = 0;
  for (let i = 0; i < inputs.length; i += 50) {
    const resources = [];
    for (const input of inputs.slice(i, i + 50)) {
      for (const doc of parseAllDocuments(input.content)) {
        const content = doc.toJS();
        if (!content || typeof content !== 'object' || !content.kind) continue;
        const text = input.content.slice(doc.range[0], doc.range[2]);
        resources.push({
          id: `${input.file}#${resources.length}`,
          fileId: input.file,
          filePath: input.file,
          fileOffset: 0,
          text,
          content,
          apiVersion: content.apiVersion,
          kind: content.kind,
          name: content.metadata?.name ?? '',
          namespace: content.metadata?.namespace,
        });
      }
    }
    count += resources.length;
    const response = await validator.validate({ resources });
    for (const run of response.runs) problems += run.results.length;
  }
  const seconds = (performance.now() - m0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return [
    `monokle: ${count} resources in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU = ${(count / seconds).toFixed(0)} resources/s wall, ${(count / cpuSeconds).toFixed(0)} resources/CPU-s (${problems} results)`,
    `ratio k8slint/monokle: ${(k8slintRate / (count / seconds)).toFixed(1)}x wall, ${(k8slintCpuRate / (count / cpuSeconds)).toFixed(1)}x CPU`,
  ];
}
