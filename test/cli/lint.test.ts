import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('k8slint lint', () => {
  test('several versions, a matrix and a summary line; exit 1 on removed APIs', async () => {
    const r = await runCli(['lint', 'fixtures/lint/legacy', 'fixtures/lint/manifests', '-k', '1.16', '-k', '1.22,1.25', '--kube-version', '1.29']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^resource +1\.16 +1\.22 +1\.25 +1\.29$/m);
    expect(r.out).toMatch(/^CronJob nightly {2}fixtures\/lint\/manifests\/cronjob\.yaml +ok +deprecated +REMOVED +REMOVED$/m);
    expect(r.out).toMatch(/^4 resources in 2 files \(1 chart\): 2 errors, \d+ warnings \(\d+\.\d\ds\)$/m);
    expect(r.out).toContain('fixtures/lint/legacy/templates/deployment.yaml\n  1:13 ');
  });

  test('a range of versions, JSON with the matrix', async () => {
    const r = await runCli(['lint', 'fixtures/lint/manifests/cronjob.yaml', '-k', '1.24..1.26', '-o', 'json']);
    const j = JSON.parse(r.out) as { kubeVersions: string[]; matrix: { cells: Record<string, string> }[]; summary: { errors: number } };
    expect(j.kubeVersions).toEqual(['1.24', '1.25', '1.26']);
    expect(j.matrix[0].cells).toEqual({ '1.24': 'deprecated', '1.25': 'removed', '1.26': 'removed' });
    expect(r.code).toBe(1);
  });

  test('config file: versions and rule severities; --max-warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k8slint-lint-'));
    cpSync('fixtures/lint/manifests/cronjob.yaml', join(dir, 'cronjob.yaml'));
    writeFileSync(join(dir, '.k8slintrc.yaml'), 'kubeVersion: "1.22"\nrules:\n  api-deprecated: "off"\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const clean = await runCli(['lint', 'cronjob.yaml']);
      expect(clean.code).toBe(0);
      expect(clean.out).not.toContain('api-deprecated');
      writeFileSync(join(dir, '.k8slintrc.yaml'), 'kubeVersion: "1.22"\n');
      const warned = await runCli(['lint', 'cronjob.yaml', '--max-warnings', '0']);
      expect(warned.code).toBe(1);
      expect(warned.out).toContain('api-deprecated');
      writeFileSync(join(dir, '.k8slintrc.yaml'), 'kubeVersion: "1.22"\nrules: {api-deprecated: loud}\n');
      const bad = await runCli(['lint', 'cronjob.yaml']);
      expect(bad.code).toBe(2);
      expect(bad.err).toBe(`k8slint lint: ${join(dir, '.k8slintrc.yaml')}:2:25: rules.api-deprecated: must be one of "off", "warn", "error", "info"\n`);
      writeFileSync(join(dir, '.k8slintrc.yaml'), 'kubeVersion: 1.30\n');
      expect((await runCli(['lint', 'cronjob.yaml'])).err).toContain('.k8slintrc.yaml:1:14: kubeVersion: write versions as strings ("1.30"): YAML reads 1.30 as the number 1.3');
    } finally {
      process.chdir(cwd);
    }
  });

  test('suppression comments and annotations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k8slint-lint-'));
    const text = readFileSync('fixtures/lint/manifests/cronjob.yaml', 'utf8');
    writeFileSync(join(dir, 'a.yaml'), `# k8slint-disable-next-line api-removed\n${text}`);
    writeFileSync(join(dir, 'b.yaml'), text.replace('  name: nightly', '  name: nightly\n  annotations:\n    k8slint.io/ignore: api-removed,schema-invalid'));
    writeFileSync(join(dir, 'c.yaml'), `# k8slint-disable-next-line object-invalid\n${text}`);
    const r = await runCli(['lint', join(dir, 'a.yaml'), join(dir, 'b.yaml'), join(dir, 'c.yaml'), '-k', '1.29', '-o', 'json', '--report-unused-disables']);
    const j = JSON.parse(r.out) as { findings: { ruleId: string; file: string; line: number }[] };
    const got = j.findings.filter((f) => f.ruleId !== 'schema-missing').map((f) => `${f.file.split('/').pop()}:${f.line} ${f.ruleId}`);
    expect(got).toEqual(['c.yaml:1 unused-disable', 'c.yaml:2 api-removed']);
  });

  test('Chinese messages', async () => {
    const r = await runCli(['lint', 'fixtures/lint/manifests/cronjob.yaml', '-k', '1.25', '--locale', 'zh-CN']);
    expect(r.out).toContain('CronJob batch/v1beta1 已在 Kubernetes 1.25 中移除；请改用 batch/v1 CronJob（自 1.21 起提供）。');
  });

  test('values matrix: one render per values file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k8slint-lint-'));
    cpSync('fixtures/lint/legacy', join(dir, 'legacy'), { recursive: true });
    mkdirSync(join(dir, 'legacy/ci'));
    writeFileSync(join(dir, 'legacy/ci/a-values.yaml'), 'ingress:\n  enabled: false\n');
    writeFileSync(join(dir, 'legacy/ci/b-values.yaml'), 'ingress:\n  enabled: true\n  host: b.example.com\n');
    const r = await runCli(['lint', join(dir, 'legacy'), '-k', '1.28', '-k', '1.29', '--values-matrix', 'ci/*-values.yaml', '-o', 'json']);
    const j = JSON.parse(r.out) as { matrix: { resource: string }[] };
    expect(j.matrix.map((m) => m.resource).sort()).toEqual([
      'Deployment release-name-legacy [ci/a-values.yaml]',
      'Deployment release-name-legacy [ci/b-values.yaml]',
      'Ingress release-name-legacy [ci/b-values.yaml]',
    ]);
  });

  test('usage errors exit 2', async () => {
    expect((await runCli(['lint', 'nope.yaml'])).code).toBe(2);
    const bad = await runCli(['lint', 'fixtures/lint/manifests', '-k', '1.30..1.20']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('1.30 is after 1.20');
    expect((await runCli(['lint', 'fixtures/lint/manifests', '-o', 'xml'])).err).toContain('unknown format "xml"');
  });
});

describe('k8slint fix', () => {
  test('prints a diff by default and writes with --write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k8slint-fix-'));
    cpSync('fixtures/lint/manifests/cronjob.yaml', join(dir, 'cronjob.yaml'));
    const diff = await runCli(['fix', join(dir, 'cronjob.yaml'), '-k', '1.29']);
    expect(diff.code).toBe(0);
    expect(diff.out).toContain('-apiVersion: batch/v1beta1\n+apiVersion: batch/v1\n');
    expect(readFileSync(join(dir, 'cronjob.yaml'), 'utf8')).toContain('batch/v1beta1');
    const w = await runCli(['fix', join(dir, 'cronjob.yaml'), '-k', '1.29', '--write']);
    expect(w.code).toBe(0);
    expect(readFileSync(join(dir, 'cronjob.yaml'), 'utf8')).toMatch(/^apiVersion: batch\/v1\n/);
    expect((await runCli(['fix', join(dir, 'cronjob.yaml')])).code).toBe(2);
  });

  test('exit 1 when something needs a manual migration', async () => {
    const r = await runCli(['fix', 'fixtures/fix/misc@1.25.yaml', '-k', '1.25']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('PodSecurityPolicy privileged has no replacement object. Closest Pod Security Admission level: privileged');
  });
});
