import type { Resource } from '../documents/resource.js';
import { checkDeprecations, type DeprecationHit, type DeprecationRuleId } from './deprecation-checks.js';
import { minorOf } from './deprecation-table.js';
import type { ReportDescriptor } from './define-rule.js';

const cache = new WeakMap<object, Map<string, DeprecationHit[]>>();

/** deprecationHits runs the table checks once per (object, target version) and shares the hits among the rules. */
export function deprecationHits(res: Resource, kubeVersion: string, ruleId: DeprecationRuleId): DeprecationHit[] {
  let byVersion = cache.get(res.object);
  if (!byVersion) cache.set(res.object, (byVersion = new Map()));
  let hits = byVersion.get(kubeVersion);
  if (!hits) byVersion.set(kubeVersion, (hits = checkDeprecations(res.object, minorOf(kubeVersion))));
  return hits.filter((h) => h.ruleId === ruleId);
}

/** hitReport turns a hit into what a rule reports (keys of maps are reported at the key). */
export function hitReport<M extends string>(h: DeprecationHit): ReportDescriptor<M> {
  const last = h.path[h.path.length - 1];
  const atKey = h.ruleId === 'annotation-deprecated' || (h.ruleId === 'label-deprecated' && last !== 'key' && last !== 'topologyKey');
  return { messageId: h.messageId as M, data: h.data, path: h.path, target: atKey ? 'key' : 'value', severity: h.severity };
}
