#!/usr/bin/env node
// bench-template measures the template engine on a large generated chart: `range` over big value
// lists, nested `include`s of defines, printf, toYaml | indent/nindent, conditionals, with/default.
// (a) k8slint renders it in-process (renderChart + helm template's printing, from dist/) N times:
//     median ms per render; (b) real helm 4.1.4 `helm template` wall time per run (median).
// Both outputs must be byte-identical, otherwise the benchmark fails.
//
// Usage: node scripts/bench-template.mjs [--items 600] [--runs 5] [--helm-runs 5]
import { assertSame, compare, table, writeChart, numberOption } from './benchkit.mjs';

const ITEMS = numberOption('items', 600);
const RUNS = numberOption('runs', 5);
const HELM_RUNS = numberOption('helm-runs', 5);

/** valuesYaml builds values.yaml text: `services` (ITEMS entries with nested maps/lists), `config`, flags. */
function valuesYaml(n) {
  const out = ['global:', '  env: production', '  registry: registry.example.com', '  team: platform', 'features:', '  metrics: true', '  tracing: false', 'services:'];
  for (let i = 0; i < n; i++) {
    out.push(`  - name: svc-${i}`);
    out.push(`    port: ${8000 + (i % 1000)}`);
    out.push(`    replicas: ${1 + (i % 5)}`);
    out.push(`    enabled: ${i % 7 !== 3}`);
    out.push(`    image: {repository: app-${i % 40}, tag: "1.${i % 13}.${i % 29}"}`);
    out.push('    labels:');
    out.push(`      tier: ${['web', 'api', 'worker', 'batch'][i % 4]}`);
    out.push(`      shard: "${i % 16}"`);
    out.push('    env:');
    for (let j = 0; j < 3 + (i % 4); j++) out.push(`      - {name: VAR_${j}, value: "value-${i}-${j} with some text"}`);
    if (i % 3 === 0) out.push(`    resources: {limits: {cpu: ${100 + i}m, memory: ${64 + (i % 512)}Mi}, requests: {cpu: 50m}}`);
    if (i % 5 === 0) out.push(`    annotations: {example.com/owner: team-${i % 9}, example.com/note: "generated ${i}"}`);
  }
  out.push('config:');
  for (let i = 0; i < 200; i++) out.push(`  key${i}: "config value number ${i}"`);
  return `${out.join('\n')}\n`;
}

const helpers = `{{- define "bench.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "bench.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .svc.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "bench.selectorLabels" -}}
app.kubernetes.io/name: {{ include "bench.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .svc.name | quote }}
{{- end -}}
{{- define "bench.labels" -}}
{{ include "bench.selectorLabels" . }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- with .svc.labels }}
{{ toYaml . }}
{{- end }}
{{- end -}}
{{- define "bench.image" -}}
{{- printf "%s/%s:%s" .root.Values.global.registry .svc.image.repository (.svc.image.tag | toString) -}}
{{- end -}}
`;

const services = `{{- range $i, $svc := .Values.services }}
{{- $ctx := dict "root" $ "svc" $svc }}
{{- if $svc.enabled }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "bench.fullname" $ctx }}
  labels:
    {{- include "bench.labels" $ctx | nindent 4 }}
  {{- with $svc.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ if eq (mod $i 10) 0 }}NodePort{{ else }}ClusterIP{{ end }}
  ports:
    - port: {{ $svc.port }}
      targetPort: {{ printf "http-%d" (int $svc.port) | quote }}
      name: http
  selector:
    {{- include "bench.selectorLabels" $ctx | nindent 4 }}
{{- end }}
{{- end }}
`;

const deployments = `{{- range $i, $svc := .Values.services }}
{{- if and $svc.enabled (ne (index $svc.labels "tier") "batch") }}
{{- $ctx := dict "root" $ "svc" $svc }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "bench.fullname" $ctx }}
  labels:
{{ include "bench.labels" $ctx | indent 4 }}
spec:
  replicas: {{ $svc.replicas }}
  selector:
    matchLabels:
      {{- include "bench.selectorLabels" $ctx | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "bench.selectorLabels" $ctx | nindent 8 }}
    spec:
      containers:
        - name: {{ $svc.name | upper | lower }}
          image: {{ include "bench.image" $ctx | quote }}
          env:
            - name: ENVIRONMENT
              value: {{ $.Values.global.env | quote }}
            {{- range $svc.env }}
            - name: {{ .name }}
              value: {{ .value | quote }}
            {{- end }}
          {{- if $svc.resources }}
          resources:
            {{- toYaml $svc.resources | nindent 12 }}
          {{- else }}
          resources: {}
          {{- end }}
          {{- if $.Values.features.metrics }}
          ports:
            - containerPort: {{ add $svc.port 1000 }}
              name: metrics
          {{- end }}
{{- end }}
{{- end }}
`;

const configmap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
data:
  config.yaml: |
{{ toYaml .Values.config | indent 4 }}
  services.txt: |
    {{- range .Values.services }}
    {{ printf "%-12s %5d %v" .name (int .port) .enabled }}
    {{- end }}
`;

const { chart, cleanup } = writeChart('bench', valuesYaml(ITEMS), {
  'templates/_helpers.tpl': helpers,
  'templates/services.yaml': services,
  'templates/deployments.yaml': deployments,
  'templates/configmap.yaml': configmap,
});
try {
  const r = await compare(chart, { runs: RUNS, helmRuns: HELM_RUNS });
  assertSame('bench-template', r.mineOut, r.helmOut);
  const lines = r.helmOut.split('\n').length;
  process.stdout.write(
    `${table(`template: ${ITEMS} services, ${lines} output lines, ${(r.helmOut.length / 1024).toFixed(0)} KiB (outputs identical)`, [
      ['large chart render', r.wholeMs, r.helmMs],
      ['  same, chart already loaded', r.preloadedMs, r.helmMs],
    ])}\n`,
  );
} finally {
  cleanup();
}
