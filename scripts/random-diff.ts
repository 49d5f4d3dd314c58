/**
 * random-diff runs the randomized differential test at scale with a random (or given) seed:
 *   npm run random-diff -- [--count 2000] [--seed N] [--helm 4|3|both] [--out FILE]
 * Every template whose k8slint result differs from real helm's is written to FILE (default
 * $TMPDIR/k8slint-random-<seed>.yaml) as a ready-to-paste case for
 * fixtures/template/cases/lang-regressions.yaml. Exit code 1 when there are mismatches.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseYaml } from '../test/helpers/case-yaml.js';
import { actualText, expectedText } from '../test/helpers/golden-compare.js';
import { HelmOracle, oracleAvailable, oraclePath } from '../test/helpers/helm-oracle.mjs';
import { renderCase, type HelmMajor } from '../test/helpers/k8slint-case.js';
import { randomCases } from '../test/helpers/random-template.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

async function main(): Promise<number> {
  const seed = Number(option('seed', String(Math.floor(Math.random() * 2 ** 31))));
  const count = Number(option('count', '2000'));
  const helm = option('helm', 'both');
  const versions: HelmMajor[] = helm === 'both' ? [4, 3] : [Number(helm) as HelmMajor];
  const out = option('out', join(tmpdir(), `k8slint-random-${seed}.yaml`));
  for (const v of versions) {
    if (!oracleAvailable(v)) {
      console.error(`random-diff: helm oracle missing at ${oraclePath(v)}; run npm run oracle`);
      return 2;
    }
  }
  const cases = randomCases(seed, count);
  console.error(`random-diff: seed ${seed}, ${count} templates, helm ${versions.join(' and ')}`);
  const t0 = Date.now();
  const mismatches: string[] = [];
  let compared = 0;
  for (const v of versions) {
    const golden = await new HelmOracle(v, { batchSize: 25 }).render(cases);
    for (const [i, c] of cases.entries()) {
      const g = golden[i];
      if (g.anomaly) {
        console.error(`random-diff: oracle anomaly for ${c.name} (helm ${v}): ${g.anomaly}`);
        continue;
      }
      compared++;
      const actual = actualText(await renderCase(c, v));
      const expected = expectedText(g);
      if (actual === expected) continue;
      const entry = caseYaml({ name: `random-${seed}-${i}-helm${v}`, template: c.template, values: c.values, set: c.set, helm: [v] });
      mismatches.push(`# helm ${v} expected: ${JSON.stringify(expected).slice(0, 300)}\n# k8slint actual:  ${JSON.stringify(actual).slice(0, 300)}\n${entry}`);
    }
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (mismatches.length === 0) {
    console.error(`random-diff: ${compared} comparisons, no mismatch (${secs}s)`);
    return 0;
  }
  writeFileSync(out, mismatches.join('\n'));
  console.error(`random-diff: ${mismatches.length} mismatches of ${compared} comparisons (${secs}s); cases written to ${out}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`random-diff: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
