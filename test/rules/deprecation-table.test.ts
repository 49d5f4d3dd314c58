import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { isAlphaVersion, loadDeprecationTable, minorOf } from '../../src/rules/deprecation-table.js';

// Every row of schemas/deprecations.yaml is checked against the upstream OpenAPI documents
// (the same inputs the schema bundle is built from) wherever the versions overlap.
const openapiDir = new URL('../../../shared/kubernetes-openapi/', import.meta.url);

function servedKinds(): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const f of readdirSync(openapiDir).filter((n) => n.endsWith('.json.gz'))) {
    const doc = JSON.parse(gunzipSync(readFileSync(new URL(f, openapiDir))).toString()) as {
      definitions: Record<string, { 'x-kubernetes-group-version-kind'?: { group: string; version: string; kind: string }[] }>;
    };
    const set = new Set<string>();
    for (const d of Object.values(doc.definitions)) {
      for (const g of d['x-kubernetes-group-version-kind'] ?? []) set.add(`${g.group ? `${g.group}/` : ''}${g.version}/${g.kind}`);
    }
    out.set(minorOf(f.replace(/\.json\.gz$/, '')), set);
  }
  return out;
}

const table = loadDeprecationTable();
const served = servedKinds();
const bundled = [...served.keys()].sort((a, b) => a - b);

describe('schemas/deprecations.yaml', () => {
  test('the OpenAPI documents are there', () => {
    expect(bundled).toEqual([26, 28, 29, 30, 31, 32, 33, 34, 35, 36]);
  });

  test.each(table.apis.map((r) => [`${r.apiVersion} ${r.kind}`, r] as const))('%s agrees with OpenAPI', (_, row) => {
    expect(row.sources.length).toBeGreaterThan(0);
    if (row.deprecatedIn && row.removedIn) expect(minorOf(row.deprecatedIn)).toBeLessThan(minorOf(row.removedIn));
    const gvk = `${row.apiVersion}/${row.kind}`;
    for (const v of bundled) {
      const has = served.get(v)!.has(gvk);
      if (row.removedIn && v >= minorOf(row.removedIn)) {
        expect(has, `${gvk} is still served in 1.${v} but the table says removed in ${row.removedIn}`).toBe(false);
      } else if (
        has === false &&
        !isAlphaVersion(row.apiVersion) &&
        row.introducedIn &&
        v >= minorOf(row.introducedIn) &&
        row.sources.includes('openapi')
      ) {
        throw new Error(`${gvk} is missing from 1.${v} although the table says it is served`);
      }
    }
    if (row.replacement?.servedSince) {
      const rep = `${row.replacement.apiVersion}/${row.replacement.kind}`;
      const repRow = table.apis.find((r) => `${r.apiVersion}/${r.kind}` === rep);
      for (const v of bundled) {
        if (v < minorOf(row.replacement.servedSince)) continue;
        if (repRow?.removedIn && v >= minorOf(repRow.removedIn)) continue;
        expect(served.get(v)!.has(rep), `replacement ${rep} not served in 1.${v}`).toBe(true);
      }
    }
  });

  test('every removal seen between bundled OpenAPI documents has a row', () => {
    const missing: string[] = [];
    for (let i = 1; i < bundled.length; i++) {
      const prev = served.get(bundled[i - 1])!;
      const cur = served.get(bundled[i])!;
      for (const gvk of prev) {
        if (cur.has(gvk) || /\/(DeleteOptions|WatchEvent|Status|\w+List)$/.test(gvk)) continue;
        const row = table.apis.find((r) => `${r.apiVersion}/${r.kind}` === gvk);
        if (!row?.removedIn || minorOf(row.removedIn) > bundled[i]) missing.push(`${gvk} (gone in 1.${bundled[i]})`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('the removals the migration guide names are rows', () => {
    const expectRemoved: [string, string, string][] = [
      ['extensions/v1beta1', 'Ingress', '1.22'],
      ['networking.k8s.io/v1beta1', 'Ingress', '1.22'],
      ['policy/v1beta1', 'PodSecurityPolicy', '1.25'],
      ['batch/v1beta1', 'CronJob', '1.25'],
      ['flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema', '1.26'],
      ['flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema', '1.29'],
      ['flowcontrol.apiserver.k8s.io/v1beta3', 'PriorityLevelConfiguration', '1.32'],
      ['apps/v1beta2', 'Deployment', '1.16'],
      ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.26'],
      ['storage.k8s.io/v1beta1', 'CSIStorageCapacity', '1.27'],
    ];
    for (const [a, k, r] of expectRemoved) {
      expect(table.apis.find((x) => x.apiVersion === a && x.kind === k)?.removedIn, `${a} ${k}`).toBe(r);
    }
  });
});
