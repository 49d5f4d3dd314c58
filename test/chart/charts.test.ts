/**
 * Golden chart test: every case of fixtures/charts/<name>/k8slint-case.yaml is run through
 * `k8slint render ... --no-lint --helm-version N` in-process and compared byte for byte
 * (stdout, stderr, exit code, files written by --output-dir) with the committed output of the
 * real helm (golden.json, written by `npm run golden:charts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { captureCli } from '../helpers/run-cli.js';
import { caseArgs, chartsDir, cleanup, fixtureHash, listCharts, loadCases, maskWorkdir, readOutputDir, workdir, type ChartGoldenResult } from '../helpers/chart-cases.mjs';

type Golden = Record<string, { hash: string } & Partial<Record<'helm3' | 'helm4', ChartGoldenResult>>>;

const runK8slint = (cwd: string, args: string[]): Promise<ChartGoldenResult> => captureCli(args, cwd);

const charts = listCharts();

test('there are at least 40 fixture charts with goldens', () => {
  expect(charts.length).toBeGreaterThanOrEqual(40);
  for (const c of charts) expect(existsSync(join(chartsDir, c, 'golden.json')), c).toBe(true);
});

describe.each(charts)('%s', (name) => {
  const goldenPath = join(chartsDir, name, 'golden.json');
  const golden: Golden = existsSync(goldenPath) ? JSON.parse(readFileSync(goldenPath, 'utf8')) : {};
  const rows = loadCases(name).flatMap((c) => c.helm.map((v) => [`${c.name} [helm ${v}]`, c, v] as const));
  test.each(rows)('%s', async (_id, c, v) => {
    const entry = golden[c.name];
    const expected = entry?.[`helm${v}`];
    if (!entry || !expected) throw new Error(`no golden for ${name}/${c.name} (helm ${v}): run npm run golden:charts -- ${name}`);
    if (entry.hash !== fixtureHash(name, c)) throw new Error(`golden for ${name}/${c.name} is stale: run npm run golden:charts -- ${name}`);
    const cwd = workdir(name);
    try {
      const actual = await runK8slint(cwd, ['render', ...caseArgs(c, name), '--no-lint', '--helm-version', String(v)]);
      if (c.outputDir) actual.files = readOutputDir(join(cwd, c.outputDir)) ?? {};
      expect(maskWorkdir(actual, cwd)).toEqual(expected);
    } finally {
      cleanup(cwd);
    }
  });
});
