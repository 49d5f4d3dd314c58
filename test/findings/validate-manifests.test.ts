import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateManifests, ValidateOptionsError } from '../../src/findings/validate-manifests.js';

const casesDir = new URL('../../fixtures/manifests/cases/', import.meta.url);
const cases = readdirSync(casesDir).filter((f) => f.endsWith('.yaml')).sort();

/** Each fixture states the Kubernetes version (`# kube:`) and the exact findings expected (`# expect:`). */
function header(text: string, key: string): string | undefined {
  return new RegExp(`^# ${key}: (.*)$`, 'm').exec(text)?.[1].trim();
}

describe('fixtures/manifests/cases', () => {
  test('has a valid and an invalid fixture for the rules', () => {
    for (const rule of ['yaml-syntax', 'yaml-duplicate-key', 'schema-invalid', 'schema-unknown-field', 'schema-missing', 'object-invalid']) {
      expect(cases.some((c) => c.startsWith(rule) && c.endsWith('.invalid.yaml')), rule).toBe(true);
    }
    expect(cases.filter((c) => c.endsWith('.valid.yaml')).length).toBeGreaterThan(8);
  });

  test.each(cases)('%s', (name) => {
    const content = readFileSync(new URL(name, casesDir), 'utf8');
    const expected = header(content, 'expect');
    expect(expected, 'fixture needs an "# expect:" header').toBeDefined();
    const report = validateManifests([{ file: name, content }], { kubeVersion: header(content, 'kube') ?? '1.33' });
    const actual = report.findings.map((f) => `${f.ruleId}/${f.messageId}@${f.line}:${f.column}`).sort();
    const want = expected === 'none' ? [] : expected!.split(/\s+/).sort();
    expect(actual, JSON.stringify(report.findings, null, 1)).toEqual(want);
  });
});

const DEPLOYMENT = readFileSync(new URL('../../fixtures/manifests/invalid/deployment.yaml', import.meta.url), 'utf8');

describe('validateManifests', () => {
  test('returns the shared JSON finding shape with file, line, column, resource and path', () => {
    const report = validateManifests({ file: 'd.yaml', content: DEPLOYMENT }, { kubeVersion: 'v1.33.0' });
    const port = report.findings.find((f) => f.messageId === 'portRange');
    expect(port).toMatchObject({
      ruleId: 'object-invalid',
      severity: 'error',
      file: 'd.yaml',
      line: 22,
      column: 30,
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'Web_App' },
      path: 'spec.template.spec.containers[0].ports[0].containerPort',
      kubeVersion: '1.33',
    });
    // The list-map duplicate warning on containers[1] is covered by the duplicate-name error there.
    expect(report.summary).toEqual({ files: 1, resources: 1, errors: 8, warnings: 0 });
  });

  test('accepts plain strings and reports the valid fixtures clean at 1.33', () => {
    const text = readFileSync(new URL('../../fixtures/manifests/valid/deployment.yaml', import.meta.url), 'utf8');
    expect(validateManifests(text, { kubeVersion: '1.33' }).findings).toEqual([]);
  });

  test.each([
    ['1.27', '1.28'],
    ['1.24', '1.26'],
    ['1.40', '1.36'],
  ])('validates %s against the nearest bundled version %s and says so once', (requested, used) => {
    const report = validateManifests(['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n'], { kubeVersion: requested });
    expect(report.findings.map((f) => f.message)).toEqual([
      `No bundled schemas for Kubernetes ${requested}; validating against ${used}, the nearest bundled version.`,
    ]);
    expect(report.findings[0].kubeVersion).toBe(requested);
  });

  test('rejects a malformed version with a typed error', () => {
    expect(() => validateManifests('a: 1', { kubeVersion: 'latest' })).toThrow(ValidateOptionsError);
  });

  test('registers CRDs given separately and lets rules be turned off or downgraded', () => {
    const crd = readFileSync(new URL('../../fixtures/manifests/cases/crd-cel.invalid.yaml', import.meta.url), 'utf8').split('\n---\n')[0];
    const cr = 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {minReplicas: 5, maxReplicas: 1}\n';
    expect(validateManifests(cr).findings.map((f) => f.ruleId)).toEqual(['schema-missing']);
    const withCrd = validateManifests(cr, { crds: crd, kubeVersion: '1.33' });
    expect(withCrd.findings.map((f) => f.message)).toEqual(['minReplicas must not exceed maxReplicas']);
    const off = validateManifests(cr, { crds: crd, kubeVersion: '1.33', rules: { 'schema-invalid': 'warning' } });
    expect(off.summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(validateManifests('apiVersion: example.com/v1\nkind: W\nmetadata: {name: w}\n', { rules: { 'schema-missing': 'off' } }).findings).toEqual([]);
  });

  test('remaps positions through a source map hook', () => {
    const report = validateManifests([
      { file: 'out.yaml', content: 'apiVersion: v1\nkind: Pod\nmetadata: {name: P}\nspec: {containers: [{name: c}]}\n', mapPosition: (p, i) => ({ file: `templates/pod-${i}.yaml`, line: p.line + 10, column: p.column }) },
    ]);
    expect(report.findings[0]).toMatchObject({ file: 'templates/pod-0.yaml', line: 13, messageId: 'dns1123Subdomain' });
  });
});
