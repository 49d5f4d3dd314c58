import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fix } from '../../src/findings/fix.js';
import { validateManifests } from '../../src/findings/validate-manifests.js';
import { deprecationRules } from '../../src/rules/deprecation-rules.js';
import { fixManifestText } from '../../src/rules/migrate/fix-manifests.js';

const dir = 'fixtures/fix';
const cases = readdirSync(dir).filter((f) => /^[\w-]+@[\d.]+\.yaml$/.test(f));

describe('fix output validates at the target version', () => {
  test.each(cases)('%s', (name) => {
    const version = name.slice(name.indexOf('@') + 1, -'.yaml'.length);
    const r = fixManifestText(readFileSync(join(dir, name), 'utf8'), version);
    const manualLines = new Set(r.notes.filter((n) => n.severity === 'error').map((n) => n.line));
    const report = validateManifests([{ file: name, content: r.fixed }], { kubeVersion: version, extraRules: deprecationRules });
    const errors = report.findings.filter((f) => f.severity === 'error');
    // the only errors left are on objects fix reported as needing a human (PSP, CSR without signer, …)
    const kinds = [...new Set(errors.map((e) => e.resource.kind))].sort();
    const expectedManual: Record<string, string[]> = {
      'apis@1.22.yaml': ['CertificateSigningRequest', 'MutatingWebhookConfiguration'],
      'misc@1.25.yaml': ['PodSecurityPolicy'],
      'workloads@1.16.yaml': ['ReplicaSet'],
    };
    expect(kinds, JSON.stringify(errors, null, 1)).toEqual(expectedManual[name] ?? []);
    if (kinds.length) expect(manualLines.size).toBeGreaterThan(0);
  });
});

describe('fix on a chart', () => {
  test('edits literal template text only, and says what to do with the rest', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'k8slint-fix-'));
    cpSync('fixtures/lint/legacy', join(tmp, 'legacy'), { recursive: true });
    const r = fix([join(tmp, 'legacy')], '1.29', { cwd: tmp });
    expect(r.files.map((f) => f.file.slice(tmp.length + 1))).toEqual(['legacy/templates/deployment.yaml']);
    const after = r.files[0].after.split('\n');
    expect(after[0]).toBe('apiVersion: apps/v1');
    expect(after[13]).toBe('        image: {{ .Values.image }}');
    expect(r.files[0].diff).toContain('-apiVersion: extensions/v1beta1\n+apiVersion: apps/v1');
    // the image comes from values: not literal in the template
    const manual = r.notes.filter((n) => n.messageId === 'manualTemplate').map((n) => [n.ruleId, n.file, n.line]);
    expect(manual).toEqual([['image-registry-deprecated', 'legacy/templates/deployment.yaml', 14]]);
    expect(r.notes.find((n) => n.messageId === 'templateApiVersion')?.message).toMatch(/^apiVersion extensions\/v1beta1 → apps\/v1 in the template; check the fields of Deployment too: /);
  });
});
