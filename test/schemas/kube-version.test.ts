import { describe, expect, test } from 'vitest';
import { nearestKubeVersion, parseKubeVersion } from '../../src/schemas/kube-version.js';
import { SchemaBundle } from '../../src/schemas/schema-bundle.js';

describe('parseKubeVersion', () => {
  test.each([
    ['1.29', '1.29'],
    ['1.29.0', '1.29'],
    ['v1.29.0', '1.29'],
    ['v1.33.1-gke.100', '1.33'],
    ['latest', undefined],
    ['1', undefined],
  ])('%s -> %s', (input, want) => expect(parseKubeVersion(input)).toBe(want));
});

describe('nearestKubeVersion', () => {
  const bundled = ['1.26', '1.28', '1.29', '1.36'];
  test.each([
    ['1.27', '1.28'],
    ['1.24', '1.26'],
    ['1.30', '1.29'],
    ['1.40', '1.36'],
  ])('%s -> %s', (v, want) => expect(nearestKubeVersion(v, bundled)).toBe(want));
});

describe('SchemaBundle', () => {
  const bundle = new SchemaBundle();
  test('bundles 1.26 and 1.28-1.36 (run npm run build:schemas if this fails)', () => {
    expect(bundle.versions).toEqual(['1.26', '1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36']);
  });
  test('knows which versions serve an API', () => {
    expect(bundle.servedIn('flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema')).toEqual(['1.26', '1.28']);
    expect(bundle.servedIn('policy/v1beta1/PodSecurityPolicy')).toEqual([]);
    expect(bundle.definitionName('1.33', 'apps/v1/Deployment')).toBe('io.k8s.api.apps.v1.Deployment');
  });
  test('keeps deprecated notes of fields', () => {
    const pod = bundle.definition('1.33', 'io.k8s.api.core.v1.Volume');
    expect(pod?.p?.awsElasticBlockStore?.dp).toMatch(/deprecated/i);
  });
  test('reports a missing bundle with a clear message', () => {
    expect(() => new SchemaBundle('/nonexistent').versions).toThrow(/npm run build:schemas/);
  });
});
