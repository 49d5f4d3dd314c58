import { loadDeprecationTable, minorOf } from '../rules/deprecation-table.js';
import { nearestKubeVersion } from '../schemas/kube-version.js';
import type { SchemaBundle } from '../schemas/schema-bundle.js';

const cache = new Map<string, string[]>();

/**
 * servedApiVersions lists what a cluster of version `1.N` serves, as `.Capabilities.APIVersions`
 * entries: every `group/version` and every `group/version/Kind` (core as `v1`, `v1/Pod`). For an
 * unbundled version the nearest bundled list is corrected with the deprecation table: APIs
 * removed by then dropped, APIs still served then added, and APIs not yet served then (a row's
 * `introducedIn`, a replacement's `servedSince` later than `1.N`) dropped — so a chart asking
 * `.Capabilities.APIVersions.Has "networking.k8s.io/v1/Ingress"` at 1.16 takes its v1beta1 branch.
 */
export function servedApiVersions(bundle: SchemaBundle, kubeVersion: string): string[] {
  const hit = cache.get(kubeVersion);
  if (hit) return hit;
  const minor = minorOf(kubeVersion);
  const nearest = nearestKubeVersion(kubeVersion, bundle.versions) ?? bundle.versions[bundle.versions.length - 1];
  const gvks = new Set(bundle.allGvks().filter((g) => bundle.servedIn(g).includes(nearest) && !g.endsWith('List')));
  const rows = loadDeprecationTable().apis;
  if (minor < minorOf(nearest)) {
    for (const row of rows) {
      const r = row.replacement;
      if (r?.servedSince && minor < minorOf(r.servedSince)) gvks.delete(`${r.apiVersion}/${r.kind}`);
    }
  }
  for (const row of rows) {
    const gvk = `${row.apiVersion}/${row.kind}`;
    const introduced = row.introducedIn ? minorOf(row.introducedIn) : 0;
    const removed = row.removedIn ? minorOf(row.removedIn) : Infinity;
    if (minor >= removed || minor < introduced) gvks.delete(gvk);
    else if (!/alpha/.test(row.apiVersion)) gvks.add(gvk);
  }
  const out = new Set<string>();
  for (const g of gvks) {
    out.add(g);
    out.add(g.slice(0, g.lastIndexOf('/')));
  }
  const list = [...out].sort();
  cache.set(kubeVersion, list);
  return list;
}
