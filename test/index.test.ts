import { expect, test } from 'vitest';
import * as api from '../src/index.js';

// The public API as README documents it: every name exists and the main entry points work.
test('public API', () => {
  for (const name of ['renderChart', 'validateManifests', 'lint', 'fix', 'parseTemplate', 'executeTemplate', 'formatters', 'loadFormatter']) {
    expect(api[name as keyof typeof api], name).toBeDefined();
  }
  const r = api.renderChart('fixtures/charts/example');
  expect(r.manifests.length).toBeGreaterThan(0);
  expect(r.manifests[0].name).toMatch(/^example\/templates\//);
  expect(Object.keys(api.formatters).sort()).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
});
