/**
 * Golden differential test: every case of fixtures/template/cases/*.yaml is rendered by
 * k8slint for Helm 4 and Helm 3 and compared byte for byte with the committed output of the
 * real helm (fixtures/template/golden/*.json, written by `npm run golden -- <suite>`).
 */
import { describe, expect, test } from 'vitest';
import { caseHash, listSuites, loadGolden, loadSuite, type TemplateCase } from '../helpers/cases.mjs';
import { actualText, expectedText, type GoldenResult } from '../helpers/golden-compare.js';
import { renderCase, type HelmMajor } from '../helpers/k8slint-case.js';

interface Row {
  id: string;
  suite: string;
  c: TemplateCase;
  v: HelmMajor;
  golden: GoldenResult | undefined;
  stale: boolean;
}

function rows(suite: string): Row[] {
  const golden = loadGolden(suite);
  const out: Row[] = [];
  for (const c of loadSuite(suite)) {
    const entry = golden?.cases[c.name];
    for (const v of [4, 3] as const) {
      if (!c.helm.includes(v)) continue;
      out.push({
        id: `${c.name} [helm ${v}]`,
        suite,
        c,
        v,
        golden: entry?.[`helm${v}`],
        stale: entry !== undefined && entry.hash !== caseHash(c),
      });
    }
  }
  return out;
}

const suites = listSuites();

test('there are template case suites', () => {
  expect(suites.length).toBeGreaterThan(0);
});

test.each(suites)('%s golden has no entries for removed cases', (suite) => {
  const golden = loadGolden(suite);
  if (!golden) return; // reported per case below
  const names = new Set(loadSuite(suite).map((c) => c.name));
  const orphans = Object.keys(golden.cases).filter((n) => !names.has(n));
  expect(orphans, `run npm run golden -- ${suite}`).toEqual([]);
});

describe.each(suites)('%s', (suite) => {
  test.each(rows(suite).map((r) => [r.id, r] as const))('%s', async (_id, r) => {
    const hint = `run npm run golden -- ${r.suite}`;
    if (!r.golden) throw new Error(`no golden for ${r.suite}/${r.c.name} (helm ${r.v}): ${hint}`);
    if (r.stale) throw new Error(`golden for ${r.suite}/${r.c.name} was made from different inputs: ${hint}`);
    if (r.golden.anomaly) throw new Error(`golden for ${r.suite}/${r.c.name} records an oracle anomaly: ${r.golden.anomaly}`);
    const actual = await renderCase(r.c, r.v);
    if (r.c.random && r.golden.output !== undefined) {
      expect(actualText(actual), `shape ${r.c.shape}`).toMatch(new RegExp(r.c.shape ?? ''));
      return;
    }
    expect(actualText(actual)).toBe(expectedText(r.golden));
  });
});
