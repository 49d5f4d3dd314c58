/**
 * Randomized differential test: a fixed seed generates ≥300 random templates (well-formed and
 * ill-formed, over random values), real helm 4 and helm 3 render them, and k8slint must produce
 * the same output or the same error text for every one. A mismatch prints a ready-to-paste case
 * for fixtures/template/cases/lang-regressions.yaml. Long local runs: `npm run random-diff`.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { caseYaml } from '../helpers/case-yaml.js';
import { actualText, expectedText } from '../helpers/golden-compare.js';
import { HelmOracle, oracleAvailable, oraclePath, type OracleResult } from '../helpers/helm-oracle.mjs';
import { renderCase, type HelmMajor } from '../helpers/k8slint-case.js';
import { randomCases } from '../helpers/random-template.js';

const SEED = 20261123;
const COUNT = 300;
const cases = randomCases(SEED, COUNT);
const versions: HelmMajor[] = [4, 3];
const results = new Map<HelmMajor, OracleResult[]>();

describe(`random templates (seed ${SEED})`, () => {
  beforeAll(async () => {
    const missing = versions.filter((v) => !oracleAvailable(v));
    if (missing.length > 0) {
      throw new Error(`helm oracle missing (${missing.map((v) => oraclePath(v)).join(', ')}); it is installed by npm ci (npm run oracle)`);
    }
    await Promise.all(
      versions.map(async (v) => {
        results.set(v, await new HelmOracle(v, { concurrency: 1, batchSize: 25 }).render(cases));
      }),
    );
  }, 900_000);

  const rows = versions.flatMap((v) => cases.map((c, i) => [`${c.name} [helm ${v}]`, v, i] as const));
  test.each(rows)('%s', async (_id, v, i) => {
    const golden = results.get(v)?.[i];
    if (!golden) throw new Error('helm oracle did not render this case (see the beforeAll error)');
    const c = cases[i];
    if (golden.anomaly) throw new Error(`oracle anomaly: ${golden.anomaly}\n${caseYaml({ ...c, helm: [v] })}`);
    const actual = await renderCase(c, v);
    const hint = `mismatch with helm ${v}; add to fixtures/template/cases/lang-regressions.yaml:\n${caseYaml({ name: `random-${SEED}-${i}`, template: c.template, values: c.values, set: c.set })}`;
    expect(actualText(actual), hint).toBe(expectedText(golden));
  });
});
