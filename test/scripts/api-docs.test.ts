import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { apiEntries, renderApiDocs } from '../../scripts/api-docs-lib.js';
import * as api from '../../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('docs/api.md', () => {
  const entries = apiEntries(ROOT);

  test('is up to date (npm run docs:api)', () => {
    const onDisk = readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8');
    expect(onDisk, 'docs/api.md is stale: run npm run docs:api').toBe(renderApiDocs(ROOT));
  }, 30_000);

  test('lists every runtime export of src/index.ts, with its kind and doc comment', () => {
    const names = new Set(entries.map((e) => e.name));
    expect(Object.keys(api).filter((k) => !names.has(k))).toEqual([]);
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('renderChart')).toMatchObject({ kind: 'function', file: 'src/chart/render-chart.ts' });
    expect(byName.get('renderChart')!.signature).toMatch(/^function renderChart\(.*\): RenderChartResult$/);
    expect(byName.get('GoInt')).toMatchObject({ kind: 'class' });
    expect(byName.get('GoInt')!.signature).toContain('readonly kind: IntKind;');
    expect(byName.get('FormatterContext')!.signature).toContain('  color?: boolean;');
    expect(byName.get('Severity')!.signature).toBe("type Severity = 'error' | 'warning' | 'info';");
    expect(byName.get('DEFAULT_RENDER_TIMEOUT_MS')!.kind).toBe('constant');
    const undocumented = entries.filter((e) => e.doc === '').map((e) => e.name);
    expect(undocumented, 'exports without a doc comment').toEqual([]);
  });
});
