import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

// The package as users get it: `npm pack` → install the tarball in an empty directory →
// `npx k8slint lint` on a fixture. Needs dist/ and the schema bundle, which `npm ci` builds.
test('the packed tarball installs and runs k8slint lint', () => {
  const root = resolve('.');
  expect(existsSync(join(root, 'dist/cli/main.js')), 'dist/ is missing: run npm run build (npm ci does)').toBe(true);
  const tmp = mkdtempSync(join(tmpdir(), 'k8slint-pack-'));
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp], { cwd: root, stdio: 'pipe' });
  const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
  const app = join(tmp, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}');
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(tmp, tgz)], { cwd: app, stdio: 'pipe' });
  let out: string;
  let code = 0;
  try {
    out = execFileSync('npx', ['--no-install', 'k8slint', 'lint', join(root, 'fixtures/lint/manifests/cronjob.yaml'), '-k', '1.25', '-o', 'json'], {
      cwd: app,
      stdio: 'pipe',
    }).toString();
  } catch (e) {
    const err = e as { status: number; stdout: Buffer };
    code = err.status;
    out = err.stdout.toString();
  }
  expect(code).toBe(1);
  const report = JSON.parse(out) as { findings: { ruleId: string }[] };
  expect(report.findings.map((f) => f.ruleId)).toContain('api-removed');
  const version = execFileSync('npx', ['--no-install', 'k8slint', '--version'], { cwd: app }).toString().trim();
  expect(version).toMatch(/^\d+\.\d+\.\d+$/);
}, 180_000);
