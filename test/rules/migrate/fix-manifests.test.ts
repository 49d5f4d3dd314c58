import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkDeprecations } from '../../../src/rules/deprecation-checks.js';
import { minorOf } from '../../../src/rules/deprecation-table.js';
import { fillMessage } from '../../../src/rules/deprecation-messages.js';
import { fixManifestText } from '../../../src/rules/migrate/fix-manifests.js';
import { migrationMessages } from '../../../src/rules/migrate/migration-messages.js';

// fixtures/fix/<name>@<version>.yaml is migrated for <version>; the reviewed result is
// <name>@<version>.fixed.yaml and the notes <name>@<version>.notes.txt
// (K8SLINT_UPDATE_FIX=1 rewrites them; review the diff before committing).
const dir = new URL('../../../fixtures/fix/', import.meta.url);
const cases = readdirSync(dir).filter((f) => /^[\w-]+@[\d.]+\.yaml$/.test(f));
const update = process.env.K8SLINT_UPDATE_FIX === '1';

function notesText(notes: ReturnType<typeof fixManifestText>['notes']): string {
  return notes.map((n) => `${n.line}:${n.column} ${n.severity} ${n.ruleId}/${n.messageId}: ${fillMessage(migrationMessages[n.messageId], n.data)}\n`).join('');
}

describe('fix', () => {
  test('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(6));

  test.each(cases)('%s', (name) => {
    const version = name.slice(name.indexOf('@') + 1, -'.yaml'.length);
    const input = readFileSync(new URL(name, dir), 'utf8');
    const r = fixManifestText(input, version);
    const fixedFile = new URL(name.replace(/\.yaml$/, '.fixed.yaml'), dir);
    const notesFile = new URL(name.replace(/\.yaml$/, '.notes.txt'), dir);
    for (const n of r.notes) expect(migrationMessages[n.messageId], n.messageId).toBeDefined();
    const notes = notesText(r.notes);
    if (update || !existsSync(fixedFile)) {
      writeFileSync(fixedFile, r.fixed);
      writeFileSync(notesFile, notes);
      if (!update) throw new Error(`wrote ${fixedFile.pathname}; review it and run again`);
    }
    expect(r.fixed).toBe(readFileSync(fixedFile, 'utf8'));
    expect(notes).toBe(readFileSync(notesFile, 'utf8'));
    // idempotent: fixing the fixed text changes nothing
    expect(fixManifestText(r.fixed, version).fixed).toBe(r.fixed);
    // nothing removed remains, except documents the notes say must be migrated by hand
    const manual = new Set(r.notes.filter((n) => n.severity === 'error').map((n) => n.line));
    const docs = parseAllDocuments(r.fixed);
    for (const d of Array.isArray(docs) ? docs : []) {
      const obj = d.toJS() as Record<string, unknown>;
      const removed = checkDeprecations(obj, minorOf(version)).filter((h) => h.ruleId === 'api-removed');
      if (removed.length && obj.kind !== 'PodSecurityPolicy') expect(manual.size, `${String(obj.kind)} left removed`).toBeGreaterThan(0);
    }
  });

  test('documents that need no change keep their exact bytes', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}   # odd  spacing\ndata:\n  k:    "v"\n';
    expect(fixManifestText(text, '1.29')).toMatchObject({ fixed: text, changed: false });
  });
  test('each changed document keeps its own block-sequence indentation (helm output mixes styles)', () => {
    const first = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  finalizers:\n    - x\n    - y\n';
    const role = (api: string) =>
      `apiVersion: ${api}\nkind: ClusterRole\nmetadata:\n  name: r\nrules:\n- apiGroups:\n  - ""\n  resources:\n  - pods\n  - services\n  verbs:\n  - list\n`;
    const r = fixManifestText(`${first}---\n${role('rbac.authorization.k8s.io/v1beta1')}`, '1.29');
    // only the apiVersion line changes: the role's flush sequences are not re-indented like the ConfigMap's
    expect(r.fixed).toBe(`${first}---\n${role('rbac.authorization.k8s.io/v1')}`);
    // and the other way round: indented sequences after a flush-style document
    const flush = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  finalizers:\n  - x\n';
    const indented = (api: string) =>
      `apiVersion: ${api}\nkind: ClusterRole\nmetadata:\n  name: r\nrules:\n  - apiGroups:\n      - ""\n    resources:\n      - pods\n    verbs:\n      - list\n`;
    const back = fixManifestText(`${flush}---\n${indented('rbac.authorization.k8s.io/v1beta1')}`, '1.29').fixed;
    expect(back).toBe(`${flush}---\n${indented('rbac.authorization.k8s.io/v1')}`);
  });
});
