import { GoMap } from '../template/value.js';

/**
 * mergeMaps merges `b` over `a` recursively for map/map pairs; anything else in `b` replaces
 * (helm/helm pkg/cli/values/options.go and pkg/chart/v2/loader `MergeMaps`). Inputs are not mutated.
 */
export function mergeMaps(a: GoMap, b: GoMap): GoMap {
  const out = new Map(a.entries);
  for (const [k, v] of b.entries) {
    const cur = out.get(k);
    if (v instanceof GoMap && cur instanceof GoMap) out.set(k, mergeMaps(cur, v));
    else out.set(k, v);
  }
  return new GoMap(out);
}
