#!/usr/bin/env node
// bench-functions measures function-heavy templates against real helm 4.1.4:
//  - toYaml of a large values tree (--keys leaf keys, nested maps and lists, long strings), as a
//    whole chart render and as the bare toYaml call on the loaded values;
//  - a string-heavy template (upper/lower/replace/trunc/quote/printf/regexReplaceAll/trim/title/
//    b64enc/sha256sum... over --strings items).
// k8slint runs in-process (from dist/), helm as `helm template` (wall time per run, median).
// Outputs must be byte-identical, otherwise the benchmark fails.
//
// Usage: node scripts/bench-functions.mjs [--keys 50000] [--strings 3000] [--runs 3] [--helm-runs 3]
import { assertSame, compare, k8slint, table, timeIt, writeChart, numberOption } from './benchkit.mjs';

const KEYS = numberOption('keys', 50_000);
const STRINGS = numberOption('strings', 3000);
const RUNS = numberOption('runs', 3);
const HELM_RUNS = numberOption('helm-runs', 3);

const WORDS = ['alpha', 'Beta', 'gamma', 'DELTA', 'epsilon', 'zeta', 'eta-theta', 'iota_kappa', 'lambda', 'mu'];
const longText = (i) => Array.from({ length: 12 }, (_, k) => WORDS[(i + k * 7) % WORDS.length]).join(' ') + ` #${i} ünïcödé ✓`;

/** treeValues builds a values tree with about `keys` leaf keys: groups of maps with scalars, lists and nested maps. */
function treeValues(keys) {
  const out = ['tree:'];
  let n = 0;
  for (let g = 0; n < keys; g++) {
    out.push(`  group-${g}:`);
    for (let s = 0; s < 10 && n < keys; s++) {
      out.push(`    section_${s}:`);
      out.push(`      name: "${longText(n)}"`, `      count: ${n}`, `      ratio: ${(n / 7).toFixed(3)}`, `      enabled: ${n % 2 === 0}`, `      empty: null`);
      out.push(`      description: "${longText(n + 1)} ${longText(n + 2)}"`);
      out.push('      items:');
      for (let k = 0; k < 3; k++) out.push(`        - {id: ${n + k}, label: "item ${k}: ${WORDS[k]}", tags: [a, "b c", "1.0"]}`);
      out.push('      nested:', `        zkey: "${WORDS[s]}"`, `        akey: '${n}'`, '        deeper:', `          x: ${n * 3}`, `          y: "multi\\nline\\ttext ${n}"`);
      n += 22;
    }
  }
  return `${out.join('\n')}\n`;
}

const toYamlTemplate = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-tree
data:
  tree.yaml: |
{{ toYaml .Values.tree | indent 4 }}
`;

function stringValues(n) {
  const out = ['items:'];
  for (let i = 0; i < n; i++) out.push(`  - {name: "${WORDS[i % 10]}-Item_${i}", text: "${longText(i)}", n: ${i}}`);
  return `${out.join('\n')}\n`;
}

const stringTemplate = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-strings
data:
  {{- range $i, $it := .Values.items }}
  {{ printf "k%05d" $i }}: {{ printf "%s|%s|%s|%d" (upper $it.name) (lower $it.text | replace " " "-") (trunc 20 $it.text) (int $it.n) | quote }}
  {{ printf "r%05d" $i }}: {{ regexReplaceAll "[aeiou]+" $it.text "_" | trim | quote }}
  {{ printf "t%05d" $i }}: {{ $it.name | title | trimSuffix "_" | nospace | squote }}
  {{ printf "s%05d" $i }}: {{ list $it.name ($it.n | toString) (kebabcase $it.name) | join "," | quote }}
  {{ printf "h%05d" $i }}: {{ printf "%s-%v" $it.name $it.n | sha256sum | trunc 16 }}{{ if contains "alpha" $it.text }}-a{{ else }}-z{{ end }}
  {{ printf "b%05d" $i }}: {{ $it.text | b64enc | quote }}
  {{- end }}
`;

const { helmFunctions, loadChart } = await k8slint();
const rows = [];
const notes = [];

const tree = writeChart('bench-toyaml', treeValues(KEYS), { 'templates/tree.yaml': toYamlTemplate });
try {
  const r = await compare(tree.chart, { runs: RUNS, helmRuns: HELM_RUNS });
  assertSame('bench-functions toYaml', r.mineOut, r.helmOut);
  const values = loadChart(tree.chart, 4).values.entries.get('tree');
  const toYaml = helmFunctions(4).get('toYaml').fn;
  const call = timeIt(() => toYaml(values), { runs: RUNS });
  if (!r.helmOut.includes(call.output.split('\n', 1)[0])) throw new Error('bench-functions: toYaml call output does not appear in the render');
  rows.push(['toYaml large tree: chart render', r.wholeMs, r.helmMs], ['  same, chart already loaded', r.preloadedMs, r.helmMs], ['  toYaml call alone', call.ms, r.helmMs]);
  notes.push(`toYaml tree: ~${KEYS} keys, ${(call.output.length / 1024).toFixed(0)} KiB of YAML`);
} finally {
  tree.cleanup();
}

const str = writeChart('bench-strings', stringValues(STRINGS), { 'templates/strings.yaml': stringTemplate });
try {
  const r = await compare(str.chart, { runs: RUNS, helmRuns: HELM_RUNS });
  assertSame('bench-functions strings', r.mineOut, r.helmOut);
  rows.push(['string functions: chart render', r.wholeMs, r.helmMs], ['  same, chart already loaded', r.preloadedMs, r.helmMs]);
  notes.push(`strings: ${STRINGS} items x 6 keys, ${(r.helmOut.length / 1024).toFixed(0)} KiB of output`);
} finally {
  str.cleanup();
}

process.stdout.write(`${table(`functions (${notes.join('; ')}; outputs identical)`, rows)}\n`);
