#!/usr/bin/env node
// golden.mjs renders template case suites with the real helm binaries and writes their goldens.
//   npm run golden                    # every suite in fixtures/template/cases/
//   npm run golden -- lang-text ...   # only these suites
//   npm run golden -- --verify [...]  # also cross-check each output against a direct --debug render
// Each fixtures/template/golden/<suite>.json maps case name → { hash, "3": result, "4": result }
// where result is { output } or { error, exitCode } (helm's stderr from `Error: `).
// A result with `anomaly` means the rendering mechanics broke for that case: investigate it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { GOLDEN_DIR, HELM_VERSIONS, caseHash, goldenPath, listSuites, loadSuite } from '../test/helpers/cases.mjs';
import { HelmOracle, Limiter, oracleAvailable, oraclePath } from '../test/helpers/helm-oracle.mjs';

async function main() {
  const verify = process.argv.includes('--verify');
  const args = process.argv.slice(2).filter((a) => a !== '--verify');
  const all = listSuites();
  const suites = args.length ? args.map((a) => a.replace(/\.(yaml|json)$/, '').replace(/^.*\//, '')) : all;
  for (const s of suites) {
    if (!all.includes(s)) {
      console.error(`golden: no case file fixtures/template/cases/${s}.yaml`);
      process.exit(2);
    }
  }
  for (const major of [3, 4]) {
    if (!oracleAvailable(major)) {
      console.error(`golden: helm oracle missing at ${oraclePath(major)}; run npm run oracle`);
      process.exit(2);
    }
  }
  const limiter = new Limiter(Math.max(1, availableParallelism()));
  const oracles = { 3: new HelmOracle(3, { limiter }), 4: new HelmOracle(4, { limiter }) };
  mkdirSync(GOLDEN_DIR, { recursive: true });
  const t0 = Date.now();
  const reports = await Promise.all(suites.map((suite) => generateSuite(suite, oracles, verify)));
  const anomalies = reports.reduce((n, r) => n + r, 0);
  console.error(`golden: done in ${((Date.now() - t0) / 1000).toFixed(1)}s (${oracles[3].runs + oracles[4].runs} helm runs)`);
  if (anomalies) process.exit(1);
}

/** generateSuite renders one suite with both helm versions and writes its golden; returns the anomaly count. */
async function generateSuite(suite, oracles, verify) {
  const cases = loadSuite(suite);
  const results = {};
  await Promise.all(
    [3, 4].map(async (major) => {
      const mine = cases.filter((c) => c.helm.includes(major));
      const rs = await oracles[major].render(mine);
      mine.forEach((c, i) => ((results[c.name] ??= {})[major] = rs[i]));
    }),
  );
  const golden = { suite, helm: HELM_VERSIONS, cases: {} };
  const counts = { output: 0, error: 0, anomaly: 0 };
  for (const c of cases) {
    const entry = { hash: caseHash(c) };
    for (const major of [3, 4]) {
      const r = results[c.name]?.[major];
      if (!r) continue;
      entry[`helm${major}`] = r;
      if (r.anomaly) {
        counts.anomaly++;
        console.error(`golden: ANOMALY ${suite}/${c.name} helm ${major}: ${r.anomaly}\n${r.includeError ?? ''}`);
      } else if ('output' in r) counts.output++;
      else counts.error++;
    }
    golden.cases[c.name] = entry;
  }
  if (verify) {
    const checks = [];
    for (const c of cases) {
      for (const major of [3, 4]) {
        const r = results[c.name]?.[major];
        if (r && r.output !== undefined && r.output.trim() !== '') {
          checks.push(
            oracles[major].verifyDirect(c, r.output).then((problem) => {
              if (!problem) return;
              counts.anomaly++;
              console.error(`golden: MECHANICS ${suite}/${c.name} helm ${major}: ${problem}`);
            }),
          );
        }
      }
    }
    await Promise.all(checks);
  }
  writeFileSync(goldenPath(suite), JSON.stringify(golden, null, 2) + '\n');
  console.error(`golden: ${suite}: ${cases.length} cases, ${counts.output} outputs, ${counts.error} errors${counts.anomaly ? `, ${counts.anomaly} ANOMALIES` : ''}`);
  return counts.anomaly;
}

main().catch((e) => {
  console.error(`golden: ${e.message}`);
  process.exit(1);
});
