import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { lint } from '../../src/findings/lint.js';
import { extractError, oracleAvailable, oraclePath, stripDebugNote } from '../helpers/helm-oracle.mjs';

const chart = 'fixtures/lint/legacy';

describe('lint', () => {
  test('an old chart across versions: removals, capabilities branches, template positions', () => {
    const r = lint([chart, 'fixtures/lint/manifests/cronjob.yaml'], { kubeVersions: ['1.16', '1.22', '1.25', '1.29'] });
    expect(r.kubeVersions).toEqual(['1.16', '1.22', '1.25', '1.29']);
    const rows = Object.fromEntries(r.matrix.map((m) => [m.resource, m.cells]));
    // extensions/v1beta1 Deployment is removed from 1.16 on
    expect(rows['Deployment release-name-legacy']).toEqual({ '1.16': 'removed', '1.22': 'removed', '1.25': 'removed', '1.29': 'removed' });
    // the Ingress follows .Capabilities: networking.k8s.io/v1beta1 at 1.16 (deprecated from 1.19, fine at 1.16), v1 from 1.19
    expect(rows['Ingress release-name-legacy']).toEqual({ '1.16': 'ok', '1.22': 'ok', '1.25': 'ok', '1.29': 'ok' });
    // the PodSecurityPolicy exists only while the cluster serves it
    expect(rows['PodSecurityPolicy release-name-legacy']).toEqual({ '1.16': 'ok', '1.22': 'deprecated', '1.25': 'absent', '1.29': 'absent' });
    expect(rows['CronJob nightly']).toEqual({ '1.16': 'ok', '1.22': 'deprecated', '1.25': 'removed', '1.29': 'removed' });
    const removed = r.findings.filter((f) => f.ruleId === 'api-removed' && f.resource.kind === 'Deployment');
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({ file: 'fixtures/lint/legacy/templates/deployment.yaml', line: 1, column: 13, kubeVersion: '1.16,1.22,1.25,1.29' });
    const registry = r.findings.find((f) => f.ruleId === 'image-registry-deprecated');
    expect(registry).toMatchObject({ file: 'fixtures/lint/legacy/templates/deployment.yaml', line: 14, column: 16, kubeVersion: '1.25,1.29' });
    expect(r.summary.errors).toBeGreaterThan(0);
  });

  test('a render failure is an error finding at the template position, with helm\'s message', () => {
    expect(oracleAvailable(4), 'helm 4 oracle missing: npm run oracle').toBe(true);
    const helm = spawnSync(oraclePath(4), ['template', 'fixtures/lint/broken', '--kube-version', '1.29.0'], { encoding: 'utf8' });
    const message = stripDebugNote(extractError(helm.stderr)).trimEnd().replace(/^Error: /, '');
    expect(message).toMatch(/^execution error at \(broken\/templates\/cm\.yaml:6:8\)/);
    const r = lint(['fixtures/lint/broken'], { kubeVersions: ['1.29'] });
    expect(r.findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.message])).toEqual([
      ['render-error', 'fixtures/lint/broken/templates/cm.yaml', 6, 9, message],
    ]);
    expect(lint(['fixtures/lint/broken'], { kubeVersions: ['1.29'], render: { values: { set: ['a=x'] } } }).findings).toEqual([]);
  });

  test('versions outside the bundle still get deprecation rules for the exact version', () => {
    const r = lint(['fixtures/lint/manifests/cronjob.yaml'], { kubeVersions: ['1.21', '1.25'] });
    const byVersion = r.findings.filter((f) => f.ruleId.startsWith('api-')).map((f) => [f.ruleId, f.kubeVersion]);
    expect(byVersion.sort()).toEqual([
      ['api-deprecated', '1.21'],
      ['api-removed', '1.25'],
    ]);
    // no schema error for an API the target still serves, only the nearest-version notice
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['api-removed']);
    expect(r.findings.some((f) => f.messageId === 'nearestVersion')).toBe(true);
  });
  test("a chart's own crds/ register the schemas of its custom resources", () => {
    const ok = lint(['fixtures/lint/chart-crds'], { kubeVersions: ['1.29'] });
    expect(ok.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const bad = lint(['fixtures/lint/chart-crds'], { kubeVersions: ['1.29'], render: { values: { set: ['size=big'] } } });
    expect(bad.findings.map((f) => [f.ruleId, f.file, f.line, f.path])).toEqual([['schema-invalid', 'fixtures/lint/chart-crds/templates/widget.yaml', 6, 'spec.size']]);
  });
});

describe('lint capabilities per version', () => {
  test('a group/version guard follows the target version (helm default APIs are replaced, not added to)', () => {
    const r = lint(['fixtures/lint/gv-guard'], { kubeVersions: ['1.24', '1.25', '1.29'] });
    expect(r.matrix.map((m) => [m.resource, m.cells])).toEqual([['PodSecurityPolicy guarded', { '1.24': 'deprecated', '1.25': 'absent', '1.29': 'absent' }]]);
    expect(r.summary.errors).toBe(0);
  });
});

describe('messages in the requested locale', () => {
  test('rules render their zh-CN text when the finding is created; ids stay English', () => {
    const r = lint(['fixtures/lint/manifests/cronjob.yaml'], { kubeVersions: ['1.25'], locale: 'zh-CN' });
    const removed = r.findings.find((f) => f.ruleId === 'api-removed');
    expect(removed?.message).toBe('CronJob batch/v1beta1 已在 Kubernetes 1.25 中移除；请改用 batch/v1 CronJob（自 1.21 起提供）。');
    expect(r.findings.find((f) => f.messageId === 'nearestVersion')?.message).toBe('没有内置 Kubernetes 1.25 的 schema；改用最接近的内置版本 1.26 进行校验。');
  });
});
