import { describe, expect, test } from 'vitest';
import { sortByKind, splitManifests, INSTALL_ORDER_V3, INSTALL_ORDER_V4, type Manifest } from '../../src/chart/manifests.js';
import { sortTemplates } from '../../src/chart/render.js';

describe('SplitManifests', () => {
  test.each([
    ['a: 1\n---\nb: 2\n', ['a: 1', 'b: 2']],
    ['---\na: 1', ['a: 1']],
    ['a: 1\n---\n---\nb: 2', ['a: 1', '---\nb: 2']],
    ['a: 1\n---#x\nb: 2', ['a: 1', '#x\nb: 2']],
    ['a: 1\n  ---\nb: 2', ['a: 1\n  ---\nb: 2']],
    ['  \n\n', []],
  ])('%j', (input, docs) => {
    expect(splitManifests(input)).toEqual(docs);
  });
});

describe('kind order', () => {
  const m = (kind: string, i: number): Manifest => ({ name: `f${i}`, content: '', head: { apiVersion: '', kind, name: '', annotations: null }, index: i });
  test('known kinds by install order, unknown after, alphabetical, stable', () => {
    const list = ['Zeta', 'Deployment', '', 'Namespace', 'Alpha', 'Deployment', 'ValidatingWebhookConfiguration'].map(m);
    expect(sortByKind(list, INSTALL_ORDER_V4).map((x) => `${x.head.kind}${x.index}`)).toEqual(['Namespace3', 'Deployment1', 'Deployment5', 'ValidatingWebhookConfiguration6', '2', 'Alpha4', 'Zeta0']);
    expect(sortByKind(list, INSTALL_ORDER_V3).map((x) => `${x.head.kind}${x.index}`)).toEqual(['Namespace3', 'Deployment1', 'Deployment5', '2', 'Alpha4', 'ValidatingWebhookConfiguration6', 'Zeta0']);
  });
});

describe('template parse/execution order', () => {
  test('more slashes first, then reverse byte order', () => {
    expect(sortTemplates(['c/templates/a.yaml', 'c/templates/b.yaml', 'c/charts/s/templates/x.yaml', 'c/templates/z/c.yaml', 'c/templates/_h.tpl'])).toEqual([
      'c/charts/s/templates/x.yaml',
      'c/templates/z/c.yaml',
      'c/templates/b.yaml',
      'c/templates/a.yaml',
      'c/templates/_h.tpl',
    ]);
  });
});
