#!/usr/bin/env node
// golden-charts.mjs renders every fixture chart case (fixtures/charts/<name>/k8slint-case.yaml)
// with the real helm 4.1.4 and 3.17.3 and writes fixtures/charts/<name>/golden.json:
// stdout, stderr, exit code (and written files for --output-dir cases) per helm version.
// Usage: npm run golden:charts [-- <chart names...>]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { helmPath } from './oracle.mjs';
import { caseArgs, chartsDir, cleanup, fixtureHash, listCharts, loadCases, maskWorkdir, readOutputDir, workdir } from '../test/helpers/chart-cases.mjs';

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : listCharts();
for (const name of names) {
  const golden = {};
  for (const c of loadCases(name)) {
    const entry = { hash: fixtureHash(name, c) };
    for (const v of c.helm) {
      const cwd = workdir(name);
      try {
        const r = spawnSync(helmPath(v), ['template', ...caseArgs(c, name)], {
          cwd,
          encoding: 'utf8',
          env: { PATH: process.env.PATH, HOME: cwd, HELM_CACHE_HOME: join(cwd, '.cache'), HELM_CONFIG_HOME: join(cwd, '.config'), HELM_DATA_HOME: join(cwd, '.data') },
        });
        const result = { stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
        if (c.outputDir) result.files = readOutputDir(join(cwd, c.outputDir)) ?? {};
        entry[`helm${v}`] = maskWorkdir(result, cwd);
      } finally {
        cleanup(cwd);
      }
    }
    golden[c.name] = entry;
  }
  writeFileSync(join(chartsDir, name, 'golden.json'), JSON.stringify(golden, null, 2) + '\n');
  console.error(`golden-charts: ${name} (${Object.keys(golden).length} cases)`);
}
