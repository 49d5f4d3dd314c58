import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { oracleAvailable, oraclePath } from '../helpers/helm-oracle.mjs';

// The package as users get it: `npm pack` → install the tarball in an empty directory →
// `npx k8slint lint` on a fixture. Needs dist/ and the schema bundle, which `npm ci` builds.
test('the packed tarball installs and runs k8slint lint and render', () => {
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

  // Modules loaded on first use (re2js for regex functions) resolve from the installed layout:
  // the installed k8slint renders them exactly like helm.
  expect(oracleAvailable(4), 'helm 4 oracle missing: npm run oracle').toBe(true);
  const chart = join(tmp, 'lazy');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: lazy\nversion: 0.1.0\n');
  // An anchor and a block scalar send values.yaml to the full YAML parser (bundled, loaded with the chunk).
  writeFileSync(join(chart, 'values.yaml'), 'base: &b {port: 80}\nsvc: *b\nnote: |\n  two\n  lines\n');
  writeFileSync(
    join(chart, 'templates', 'cm.yaml'),
    'data:\n  a: {{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" | quote }}\n  b: {{ regexFindAll "[0-9]+" "a1b22c333" -1 | toJson | quote }}\n  c: {{ semverCompare ">=1.2" "1.10.0" }}\n  d: {{ .Values.svc.port }}\n  e: {{ .Values.note | quote }}\n',
  );
  const rendered = execFileSync('npx', ['--no-install', 'k8slint', 'render', '--no-lint', chart], { cwd: app }).toString();
  expect(rendered).toBe(execFileSync(oraclePath(4), ['template', chart]).toString());
}, 180_000);
