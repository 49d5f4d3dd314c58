import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const openapi = join(root, '..', 'shared', 'kubernetes-openapi');
const out = mkdtempSync(join(tmpdir(), 'k8slint-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function json<T>(file: string): T {
  return JSON.parse(readFileSync(join(out, file), 'utf8')) as T;
}

describe('scripts/build-schemas.mjs', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts/build-schemas.mjs'), '--from', join(openapi, 'v1.32.json.gz'), '--from', join(openapi, 'v1.33.json.gz'), '--out', out], { encoding: 'utf8' });

  test('builds a bundle from the files given with --from', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(json<{ versions: string[] }>('manifest.json').versions).toEqual(['1.32', '1.33']);
  });

  test('shares identical definitions across versions and keeps only what validation needs', () => {
    type Index = { kinds: Record<string, string>; defs: Record<string, string> };
    const a = json<Index>('v1.32.json');
    const b = json<Index>('v1.33.json');
    expect(a.kinds['apps/v1/Deployment']).toBe('io.k8s.api.apps.v1.Deployment');
    const shared = Object.keys(a.defs).filter((k) => b.defs[k] === a.defs[k]).length;
    expect(shared / Object.keys(b.defs).length).toBeGreaterThan(0.7);
    const meta = json<Record<string, { p?: Record<string, unknown>; description?: string }>>('defs/io.k8s.apimachinery.pkg.apis.meta.v1.json');
    const objectMeta = meta[b.defs['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta']];
    expect(Object.keys(objectMeta.p ?? {})).toContain('labels');
    expect(JSON.stringify(objectMeta)).not.toContain('description');
  });

  test('the full bundle stays within 3 MB', () => {
    const dir = join(root, 'schemas', 'bundle');
    const size = (d: string): number => readdirSync(d).reduce((n, f) => n + (statSync(join(d, f)).isDirectory() ? size(join(d, f)) : statSync(join(d, f)).size), 0);
    expect(size(dir)).toBeLessThan(3 * 1024 * 1024);
  });

  test('fails clearly on a missing input', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/build-schemas.mjs'), '--from', '/nonexistent/v1.40.json', '--out', join(out, 'x')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^build-schemas: /);
  });
});
