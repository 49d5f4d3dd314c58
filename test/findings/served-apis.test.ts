import { describe, expect, test } from 'vitest';
import { lint } from '../../src/findings/lint.js';
import { servedApiVersions } from '../../src/findings/served-apis.js';
import { SchemaBundle } from '../../src/schemas/schema-bundle.js';

const bundle = new SchemaBundle();

describe('servedApiVersions', () => {
  test('a version older than the bundle does not offer APIs introduced later', () => {
    const at = (v: string): Set<string> => new Set(servedApiVersions(bundle, v));
    const v116 = at('1.16');
    // GA replacements that came after 1.16 (their servedSince in the table)
    for (const gvk of ['networking.k8s.io/v1/Ingress', 'batch/v1/CronJob', 'policy/v1/PodDisruptionBudget', 'autoscaling/v2/HorizontalPodAutoscaler', 'discovery.k8s.io/v1/EndpointSlice', 'events.k8s.io/v1/Event']) {
      expect(v116.has(gvk), gvk).toBe(false);
    }
    // betas introduced after 1.16 (their introducedIn), and their group/version entries
    expect(v116.has('flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema')).toBe(false);
    expect(v116.has('flowcontrol.apiserver.k8s.io/v1beta3')).toBe(false);
    // what 1.16 did serve
    for (const gvk of ['networking.k8s.io/v1beta1/Ingress', 'extensions/v1beta1/Ingress', 'batch/v1beta1/CronJob', 'policy/v1beta1/PodSecurityPolicy', 'autoscaling/v2beta2/HorizontalPodAutoscaler', 'apps/v1/Deployment', 'v1/Pod']) {
      expect(v116.has(gvk), gvk).toBe(true);
    }
    expect(v116.has('extensions/v1beta1/Deployment')).toBe(false);
    const v122 = at('1.22');
    expect(v122.has('autoscaling/v2/HorizontalPodAutoscaler')).toBe(false);
    expect(v122.has('batch/v1/CronJob')).toBe(true);
    expect(v122.has('networking.k8s.io/v1beta1/Ingress')).toBe(false);
    expect(at('1.25').has('autoscaling/v2/HorizontalPodAutoscaler')).toBe(true);
  });

  test('a bundled version keeps its own list', () => {
    const v129 = new Set(servedApiVersions(bundle, '1.29'));
    expect(v129.has('flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema')).toBe(true);
    expect(v129.has('flowcontrol.apiserver.k8s.io/v1/FlowSchema')).toBe(true);
    expect(v129.has('batch/v1beta1/CronJob')).toBe(false);
  });

  test('lint renders a chart with capabilities that match each target version', () => {
    // the fixture fails to render when .Capabilities offers an API before its version serves it
    const r = lint(['fixtures/lint/capabilities'], { kubeVersions: ['1.16', '1.20', '1.22', '1.25', '1.29'] });
    expect(r.findings.filter((f) => f.ruleId === 'render-error')).toEqual([]);
    expect(r.matrix.map((m) => m.cells)).toEqual([{ '1.16': 'ok', '1.20': 'ok', '1.22': 'ok', '1.25': 'ok', '1.29': 'ok' }]);
  });
});
