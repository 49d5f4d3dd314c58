import { describe, expect, test } from 'vitest';
import { checkDeprecations } from '../../src/rules/deprecation-checks.js';
import { deprecationMessages, fillMessage } from '../../src/rules/deprecation-messages.js';
import { isAlphaVersion, loadDeprecationTable, minorOf } from '../../src/rules/deprecation-table.js';

const table = loadDeprecationTable();
const ids = (o: unknown, v: number) => checkDeprecations(o, v).map((h) => `${h.ruleId}:${h.messageId}`);

// One generated fixture per API row at three target versions: before deprecation (clean),
// while deprecated (warning), at removal (error).
describe('api rows', () => {
  test.each(table.apis.map((r) => [`${r.apiVersion} ${r.kind}`, r] as const))('%s', (_, row) => {
    const obj = { apiVersion: row.apiVersion, kind: row.kind, metadata: { name: 'x' } };
    const alpha = isAlphaVersion(row.apiVersion);
    if (row.removedIn) {
      const hits = checkDeprecations(obj, minorOf(row.removedIn));
      expect(hits.map((h) => h.ruleId)).toEqual(['api-removed']);
      expect(hits[0].severity).toBe('error');
      expect(hits[0].path).toEqual(['apiVersion']);
      const msg = fillMessage((deprecationMessages['api-removed'] as Record<string, string>)[hits[0].messageId], hits[0].data);
      expect(msg).toContain(`was removed in Kubernetes ${row.removedIn}`);
      if (row.replacement) expect(msg).toContain(`${row.replacement.apiVersion} ${row.replacement.kind}`);
      expect(ids(obj, minorOf(row.removedIn) + 3)).toEqual(['api-removed:' + hits[0].messageId]);
    }
    if (row.deprecatedIn && !alpha) {
      const at = minorOf(row.deprecatedIn);
      if (!row.removedIn || at < minorOf(row.removedIn)) {
        expect(checkDeprecations(obj, at).map((h) => [h.ruleId, h.severity])).toEqual([['api-deprecated', 'warning']]);
      }
      if (at > 0) expect(ids(obj, at - 1)).toEqual([]);
    }
    if (alpha && (!row.removedIn || minorOf(row.removedIn) > 16)) {
      expect(ids(obj, 16)).toEqual(['api-alpha:alpha']);
    }
  });
});

describe('fields, annotations, labels, registries, volume plugins', () => {
  const deploy = (podSpec: object, podMeta: object = {}) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'd' },
    spec: { template: { metadata: podMeta, spec: podSpec } },
  });

  test('serviceAccount in a pod template', () => {
    const hits = checkDeprecations(deploy({ serviceAccount: 'a', containers: [] }), 29);
    expect(hits.map((h) => [h.ruleId, h.path.join('.')])).toEqual([['field-deprecated', 'spec.template.spec.serviceAccount']]);
  });

  test('PersistentVolume Recycle only for that value', () => {
    const pv = (p: string) => ({ apiVersion: 'v1', kind: 'PersistentVolume', spec: { persistentVolumeReclaimPolicy: p } });
    expect(ids(pv('Recycle'), 29)).toEqual(['field-deprecated:valueDeprecated']);
    expect(ids(pv('Retain'), 29)).toEqual([]);
  });

  test('seccomp annotations: deprecated from 1.19, error from 1.27, also on pod templates', () => {
    const d = deploy({ containers: [] }, { annotations: { 'container.seccomp.security.alpha.kubernetes.io/app': 'runtime/default' } });
    expect(ids(d, 18)).toEqual([]);
    expect(checkDeprecations(d, 20).map((h) => h.severity)).toEqual(['warning']);
    expect(checkDeprecations(d, 27).map((h) => h.severity)).toEqual(['error']);
  });

  test('ingress.class annotation only on Ingress', () => {
    const ing = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { annotations: { 'kubernetes.io/ingress.class': 'nginx' } } };
    expect(ids(ing, 29)).toEqual(['annotation-deprecated:annotationDeprecated']);
    expect(ids({ ...ing, kind: 'Service', apiVersion: 'v1' }, 29)).toEqual([]);
  });

  test('beta topology labels in nodeSelector, affinity and topology keys', () => {
    const d = deploy({
      nodeSelector: { 'beta.kubernetes.io/os': 'linux' },
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: 'failure-domain.beta.kubernetes.io/zone', operator: 'In', values: ['a'] }] }],
          },
        },
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, podAffinityTerm: { topologyKey: 'failure-domain.beta.kubernetes.io/region' } }],
        },
      },
      containers: [],
    });
    const hits = checkDeprecations(d, 29);
    expect(hits.map((h) => h.data.label)).toEqual([
      'beta.kubernetes.io/os',
      'failure-domain.beta.kubernetes.io/zone',
      'failure-domain.beta.kubernetes.io/region',
    ]);
    expect(hits.map((h) => h.data.replacement)).toEqual(['kubernetes.io/os', 'topology.kubernetes.io/zone', 'topology.kubernetes.io/region']);
  });

  test('k8s.gcr.io images in CronJob containers', () => {
    const cj = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'a', image: 'k8s.gcr.io/pause:3.9' }, { name: 'b', image: 'registry.k8s.io/pause:3.9' }] } } } } },
    };
    const hits = checkDeprecations(cj, 29);
    expect(hits.map((h) => [h.ruleId, h.data.suggested])).toEqual([['image-registry-deprecated', 'registry.k8s.io/pause:3.9']]);
    expect(hits[0].path).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'image']);
  });

  test('in-tree volume plugins: pod volume, PersistentVolume, StorageClass provisioner', () => {
    expect(checkDeprecations({ apiVersion: 'v1', kind: 'Pod', spec: { volumes: [{ name: 'v', glusterfs: {} }] } }, 26).map((h) => h.severity)).toEqual(['error']);
    expect(checkDeprecations({ apiVersion: 'v1', kind: 'Pod', spec: { volumes: [{ name: 'v', glusterfs: {} }] } }, 25).map((h) => h.severity)).toEqual(['warning']);
    expect(ids({ apiVersion: 'v1', kind: 'PersistentVolume', spec: { cinder: {} } }, 26)).toEqual(['volume-plugin-removed:pluginRemoved']);
    expect(ids({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', provisioner: 'kubernetes.io/rbd' }, 31)).toEqual(['volume-plugin-removed:pluginRemoved']);
    expect(ids({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', provisioner: 'ebs.csi.aws.com' }, 31)).toEqual([]);
  });

  test('every message id used has text and all placeholders are filled', () => {
    for (const [rule, msgs] of Object.entries(deprecationMessages)) {
      for (const [id, text] of Object.entries(msgs)) {
        expect(text.length, `${rule}.${id}`).toBeGreaterThan(10);
      }
    }
    expect(() => fillMessage('{{nope}}', {})).toThrow(/no data/);
  });
});

describe('APIs used before they are served', () => {
  test('networking.k8s.io/v1 Ingress at 1.16, batch/v1 CronJob at 1.20', () => {
    const ing = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'i' } };
    const hits = checkDeprecations(ing, 16);
    expect(hits.map((h) => [h.ruleId, h.messageId, h.data.servedSince, h.data.older])).toEqual([['api-removed', 'notYetServed', '1.19', 'networking.k8s.io/v1beta1']]);
    expect(ids(ing, 19)).toEqual([]);
    expect(ids({ apiVersion: 'batch/v1', kind: 'CronJob' }, 20)).toEqual(['api-removed:notYetServed']);
    expect(ids({ apiVersion: 'batch/v1', kind: 'CronJob' }, 21)).toEqual([]);
    expect(ids({ apiVersion: 'apps/v1', kind: 'Deployment' }, 16)).toEqual([]);
    expect(ids({ apiVersion: 'v1', kind: 'ConfigMap' }, 16)).toEqual([]);
  });
});
