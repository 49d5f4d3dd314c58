/**
 * Randomized differential test: random Sprig string/list/dict/default/number/conversion/
 * reflection/path calls (fixed seed) rendered by real helm 4 and 3 and by k8slint.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { actualText, expectedText, type GoldenResult } from '../helpers/golden-compare.js';
import { HelmOracle, oracleAvailable } from '../helpers/helm-oracle.mjs';
import { renderCase } from '../helpers/k8slint-case.js';
import { FUNCTION_NAMES, RANDOM_FN_SET, RANDOM_FN_VALUES, randomFunctionTemplates } from '../helpers/random-functions.js';

// A different seed/count can be tried locally with K8SLINT_FN_SEED / K8SLINT_FN_COUNT.
const SEED = Number(process.env.K8SLINT_FN_SEED ?? 20261123);
const COUNT = Number(process.env.K8SLINT_FN_COUNT ?? 240);
const templates = randomFunctionTemplates(SEED, COUNT);
const versions = [4, 3] as const;
// Sprig is the same in both; Helm 3 differs only in error formatting, so a third of the cases suffice there.
const casesFor = (v: 3 | 4): string[] => (v === 4 ? templates : templates.slice(0, Math.ceil(COUNT / 3)));
const available = versions.every((v) => oracleAvailable(v));

test('the generator covers every listed function', () => {
  const used = new Set(templates.flatMap((t) => [...t.matchAll(/(?<=[{(|]\s*)[a-zA-Z0-9]+/g)].map((m) => m[0])));
  const missing = FUNCTION_NAMES.filter((f) => !used.has(f));
  expect(missing.length, `not generated: ${missing.join(' ')}`).toBeLessThan(FUNCTION_NAMES.length / 10);
});

test('the helm oracle is installed (npm run oracle)', () => {
  expect(available).toBe(true);
});

describe.runIf(available).each(versions)('helm %i', (v) => {
  let golden: GoldenResult[] = [];
  beforeAll(async () => {
    const oracle = new HelmOracle(v);
    golden = await oracle.render(casesFor(v).map((template) => ({ template, values: RANDOM_FN_VALUES, set: RANDOM_FN_SET })));
  });
  test.each(casesFor(v).map((t, i) => [i, t] as const))('#%i %s', async (i, template) => {
    const g = golden[i];
    expect(g.anomaly, `oracle anomaly: ${g.anomaly}`).toBeUndefined();
    const actual = await renderCase({ template, values: RANDOM_FN_VALUES, set: RANDOM_FN_SET }, v);
    // The oracle's channel (toJson) shows invalid UTF-8 bytes as U+FFFD; k8slint keeps them as raw bytes.
    expect(actualText(actual).replace(/\p{Cs}/gu, '\ufffd')).toBe(expectedText(g));
  });
});
