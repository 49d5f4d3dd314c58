import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Several charts are linted in worker threads by the built CLI (dist/); the result must equal
// the in-process run of the TypeScript sources.
test('worker threads give the same report as an in-process run', async () => {
  expect(existsSync('dist/cli/lint-worker.js'), 'dist/ is missing: run npm run build (npm ci does)').toBe(true);
  const args = ['lint', 'fixtures/lint/legacy', 'fixtures/lint/broken', 'fixtures/charts/example', '-k', '1.22,1.29', '-o', 'json'];
  let out: string;
  try {
    out = execFileSync(process.execPath, ['bin/k8slint.js', ...args], { stdio: 'pipe' }).toString();
  } catch (e) {
    out = (e as { stdout: Buffer }).stdout.toString();
  }
  const viaWorkers = JSON.parse(out) as { charts: number; findings: unknown[]; matrix: unknown[] };
  const inline = JSON.parse((await runCli(args)).out) as typeof viaWorkers;
  expect(viaWorkers.charts).toBe(3);
  expect(viaWorkers.findings).toEqual(inline.findings);
  expect(viaWorkers.matrix).toEqual(inline.matrix);
});
