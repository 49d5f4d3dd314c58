#!/usr/bin/env node
// bench-lint compares one `k8slint lint CHART -k 1.27..1.36` run (10 renders with each version's
// .Capabilities, validation, deprecation rules) with what it replaces: `helm template CHART
// --kube-version 1.N.0` run 10 times, once per version (rendering only, no checks). Both are
// cold processes; the figure is the wall-time ratio k8slint / helm (lower is better).
//
// Usage: node scripts/bench-lint.mjs [--runs N] [CHART_DIR]
// Chart: the argument, else $K8SLINT_BENCH_LINT_CHART (e.g. a kube-prometheus-stack checkout with
// its dependencies in charts/), else a generated chart (40 components, every workload kind, with
// .Capabilities branches) written to a temp dir, so the bench always runs offline.
// Requires `npm run build` (dist/) and `npm run oracle` (helm).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { helmBin, median, root, writeChart } from './benchkit.mjs';

const VERSIONS = Array.from({ length: 10 }, (_, i) => `1.${27 + i}`);
const args = process.argv.slice(2);
let runs = 3;
let chartArg;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else chartArg = resolve(args[i]);
}

/** generatedChart writes a chart of `n` components: Deployment, Service, Ingress, HPA, PDB, CronJob, ConfigMap each. */
function generatedChart(n) {
  const components = Array.from({ length: n }, (_, i) => `  - name: svc-${i}\n    replicas: ${1 + (i % 3)}\n    port: ${8000 + i}\n    schedule: "*/${1 + (i % 30)} * * * *"\n    env:\n      LOG_LEVEL: info\n      SHARD: "${i}"`).join('\n');
  const values = `image:\n  repository: registry.k8s.io/pause\n  tag: "3.9"\nlabels:\n  team: platform\ncomponents:\n${components}\n`;
  const helpers = `{{- define "bench.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
helm.sh/chart: {{ .root.Chart.Name }}-{{ .root.Chart.Version }}
{{- with .root.Values.labels }}
{{ toYaml . }}
{{- end }}
{{- end }}
{{- define "bench.ingressApi" -}}
{{- if .Capabilities.APIVersions.Has "networking.k8s.io/v1/Ingress" }}networking.k8s.io/v1{{ else }}networking.k8s.io/v1beta1{{ end }}
{{- end }}
{{- define "bench.hpaApi" -}}
{{- if .Capabilities.APIVersions.Has "autoscaling/v2/HorizontalPodAutoscaler" }}autoscaling/v2{{ else }}autoscaling/v2beta2{{ end }}
{{- end }}
`;
  const each = (body) => `{{- range .Values.components }}\n{{- $c := dict "name" .name "root" $ }}\n---\n${body}\n{{- end }}\n`;
  const files = {
    'templates/_helpers.tpl': helpers,
    'templates/deployment.yaml': each(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $.Release.Name }}-{{ .name }}
  labels:
    {{- include "bench.labels" $c | nindent 4 }}
spec:
  replicas: {{ .replicas }}
  selector:
    matchLabels:
      app.kubernetes.io/name: {{ .name }}
  template:
    metadata:
      labels:
        {{- include "bench.labels" $c | nindent 8 }}
    spec:
      containers:
        - name: main
          image: "{{ $.Values.image.repository }}:{{ $.Values.image.tag }}"
          ports:
            - containerPort: {{ .port }}
          env:
            {{- range $k, $v := .env }}
            - name: {{ $k }}
              value: {{ $v | quote }}
            {{- end }}
          resources:
            limits: {cpu: 100m, memory: 64Mi}`),
    'templates/service.yaml': each(`apiVersion: v1
kind: Service
metadata:
  name: {{ $.Release.Name }}-{{ .name }}
  labels:
    {{- include "bench.labels" $c | nindent 4 }}
spec:
  selector:
    app.kubernetes.io/name: {{ .name }}
  ports:
    - port: 80
      targetPort: {{ .port }}`),
    'templates/ingress.yaml': each(`apiVersion: {{ include "bench.ingressApi" $ }}
kind: Ingress
metadata:
  name: {{ $.Release.Name }}-{{ .name }}
spec:
  rules:
    - host: {{ .name }}.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ $.Release.Name }}-{{ .name }}
                port:
                  number: 80`),
    'templates/hpa.yaml': each(`apiVersion: {{ include "bench.hpaApi" $ }}
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $.Release.Name }}-{{ .name }}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: {{ $.Release.Name }}-{{ .name }}}
  minReplicas: 1
  maxReplicas: 5
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 80}}`),
    'templates/pdb.yaml': each(`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $.Release.Name }}-{{ .name }}
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: {{ .name }}`),
    'templates/cronjob.yaml': each(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{ $.Release.Name }}-{{ .name }}
spec:
  schedule: {{ .schedule | quote }}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: job
              image: "{{ $.Values.image.repository }}:{{ $.Values.image.tag }}"`),
    'templates/configmap.yaml': each(`apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ $.Release.Name }}-{{ .name }}
data:
  config.yaml: |
    {{- toYaml . | nindent 4 }}`),
  };
  return writeChart('lintbench', values, files);
}

function wall(cmd, argv) {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ms: performance.now() - t0, code: r.status, out: r.stdout, err: r.stderr };
}

const helm = helmBin('4.1.4');
if (!existsSync(helm)) {
  console.error(`bench-lint: helm oracle missing at ${helm} (npm run oracle)`);
  process.exit(1);
}
const bin = join(root, 'bin/k8slint.js');
if (!existsSync(join(root, 'dist/cli'))) {
  console.error('bench-lint: dist/ is missing (npm run build)');
  process.exit(1);
}
const chosen = chartArg ?? process.env.K8SLINT_BENCH_LINT_CHART;
const generated = chosen ? undefined : generatedChart(40);
const chart = chosen ? resolve(chosen) : generated.chart;
try {
  const lintArgs = [bin, 'lint', chart, '-k', `${VERSIONS[0]}..${VERSIONS[VERSIONS.length - 1]}`, '-o', 'json'];
  const helmTimes = [];
  const lintTimes = [];
  let helmBytes = 0;
  let report;
  for (let i = 0; i < runs; i++) {
    let total = 0;
    helmBytes = 0;
    for (const v of VERSIONS) {
      const h = wall(helm, ['template', chart, '--kube-version', `${v}.0`]);
      if (h.code !== 0) throw new Error(`helm template --kube-version ${v}.0 failed: ${h.err.trim().split('\n')[0]}`);
      total += h.ms;
      helmBytes += h.out.length;
    }
    helmTimes.push(total);
    const k = wall(process.execPath, lintArgs);
    if ((k.code !== 0 && k.code !== 1) || !k.out.trim()) throw new Error(`k8slint lint exited ${k.code}: ${k.err.trim().split('\n')[0]}`);
    lintTimes.push(k.ms);
    report = JSON.parse(k.out);
  }
  const renderErrors = report.findings.filter((f) => f.ruleId === 'render-error');
  if (renderErrors.length) throw new Error(`k8slint could not render the chart: ${renderErrors[0].message}`);
  const h = median(helmTimes);
  const l = median(lintTimes);
  const name = generated ? 'generated (40 components)' : basename(chart);
  console.log(`chart: ${name}, ${report.summary.resources} resources, helm output ${(helmBytes / VERSIONS.length / 1024).toFixed(0)} KiB per version`);
  console.log(`versions: ${VERSIONS.join(', ')}; ${runs} runs, medians, cold processes`);
  console.log(`| k8slint lint (1 process, 10 versions, render+checks) | ${l.toFixed(0)} ms |`);
  console.log(`| helm template x10 (10 processes, render only)         | ${h.toFixed(0)} ms |`);
  console.log(`ratio k8slint/helm: ${(l / h).toFixed(2)}x (findings: ${report.summary.errors} errors, ${report.summary.warnings} warnings)`);
} finally {
  generated?.cleanup();
}
