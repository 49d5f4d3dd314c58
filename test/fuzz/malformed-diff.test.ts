/**
 * Differential fuzz of malformed templates against real helm: fast-check (fixed seed) glues
 * template tokens into mostly ill-formed templates; helm 4.1.4 and 3.17.3 render them, and
 * k8slint must fail exactly when helm fails, with the same message (or print the same output).
 * `K8SLINT_FUZZ_RUNS` scales the case count for long local runs.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { caseYaml } from '../helpers/case-yaml.js';
import { actualText, expectedText } from '../helpers/golden-compare.js';
import { HelmOracle, oracleAvailable, oraclePath, type OracleResult } from '../helpers/helm-oracle.mjs';
import { renderCase, type HelmMajor } from '../helpers/k8slint-case.js';

const SEED = Number(process.env.K8SLINT_FUZZ_SEED ?? 20261123);
const COUNT = Math.min(Number(process.env.K8SLINT_FUZZ_RUNS ?? 120), 2000);
const TOKENS = [
  '{{', '}}', '{{- ', ' -}}', '{{/* c */}}', '{{/*', ' ', '\n', 'if ', 'else', 'else if ', 'end', 'range ', 'with ', 'define "d"', 'template "d" .', 'break', 'continue',
  '"x"', '"unterminated', '`raw`', "'c'", "'cc'", '1', '-1', '0x1G', '1e', '3.5', 'nil', 'true', '$', '$x', '$x := 1', '$y = 2', ':=', '=', '.', '.Values.a', '.a.', '..',
  '|', '(', ')', ')', ',', 'include "d" .', 'include "missing" .', 'tpl "{{ .x " .', 'until 3', 'list 1 2', 'dict "a"', 'toYaml', 'printf "%d"', 'len', 'index . 1',
  'nosuchfunc', 'default', 'eq 1', 'and', 'not', 'quote', 'b64enc', 'trunc', 'splitList', 'required "r"', 'fail "boom"', '@', '#', '\\', '{{{', '}}}',
];
const gen = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 14 }).map((xs) => xs.join(''));
const templates = [...new Set(fc.sample(gen, { numRuns: COUNT * 2, seed: SEED }))].slice(0, COUNT);
const cases = templates.map((template, i) => ({ name: `malformed-${SEED}-${i}`, template }));
const versions: HelmMajor[] = [4, 3];
const results = new Map<HelmMajor, OracleResult[]>();

describe(`malformed templates vs helm (seed ${SEED})`, () => {
  beforeAll(async () => {
    const missing = versions.filter((v) => !oracleAvailable(v));
    if (missing.length > 0) throw new Error(`helm oracle missing (${missing.map((v) => oraclePath(v)).join(', ')}); run npm run oracle`);
    await Promise.all(versions.map(async (v) => results.set(v, await new HelmOracle(v, { concurrency: 1, batchSize: 30 }).render(cases))));
  }, 900_000);

  test('the generator yields mostly distinct templates', () => {
    expect(cases.length).toBeGreaterThan(COUNT * 0.9);
  });

  const rows = versions.flatMap((v) => cases.map((c, i) => [`${c.name} [helm ${v}]`, v, i] as const));
  test.each(rows)('%s', async (_id, v, i) => {
    const golden = results.get(v)?.[i];
    if (!golden) throw new Error('helm oracle did not render this case (see the beforeAll error)');
    const c = cases[i];
    if (golden.anomaly) throw new Error(`oracle anomaly: ${golden.anomaly}\n${caseYaml({ ...c, helm: [v] })}`);
    const actual = await renderCase(c, v);
    expect(actualText(actual), `mismatch with helm ${v}:\n${caseYaml({ ...c, helm: [v] })}`).toBe(expectedText(golden));
  });
});
