import type { PathSegment } from '../../common/path.js';
import { asList, asMap, get, isCoreWorkload, type ObjectCheck, type ObjectReport } from './object-check.js';

const SELECTOR_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/** matchesSelector evaluates a LabelSelector (matchLabels and matchExpressions) against labels. */
export function matchesSelector(selector: Record<string, unknown>, labels: Record<string, unknown>): boolean {
  for (const [k, v] of Object.entries(asMap(selector.matchLabels) ?? {})) {
    if (labels[k] !== v) return false;
  }
  for (const e of asList(selector.matchExpressions)) {
    const x = asMap(e);
    if (!x || typeof x.key !== 'string') continue;
    const has = Object.prototype.hasOwnProperty.call(labels, x.key);
    const values = asList(x.values);
    const val = labels[x.key];
    switch (x.operator) {
      case 'In':
        if (!has || !values.includes(val)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(val)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        break;
    }
  }
  return true;
}

function checkExpressions(report: ObjectReport, base: PathSegment[], selector: Record<string, unknown>): boolean {
  let ok = true;
  asList(selector.matchExpressions).forEach((e, i) => {
    const x = asMap(e);
    if (!x) return;
    const n = asList(x.values).length;
    if ((x.operator === 'In' || x.operator === 'NotIn') && n === 0) ok = false;
    if ((x.operator === 'Exists' || x.operator === 'DoesNotExist') && n > 0) ok = false;
    if ((x.operator === 'In' || x.operator === 'NotIn') && n === 0) report('selectorValues', [...base, 'matchExpressions', i, 'values'], { operator: String(x.operator) });
    if ((x.operator === 'Exists' || x.operator === 'DoesNotExist') && n > 0) report('selectorNoValues', [...base, 'matchExpressions', i, 'values'], { operator: String(x.operator) });
  });
  return ok;
}

/** selectorCheck: apps/v1 workloads need a non-empty selector that matches the pod template's labels. */
export const selectorCheck: ObjectCheck = {
  id: 'selector',
  description: 'Deployments, ReplicaSets, StatefulSets and DaemonSets have a non-empty spec.selector that matches spec.template.metadata.labels; In/NotIn expressions have values, Exists/DoesNotExist none. A ReplicationController selector, when given, matches its template labels.',
  source: 'pkg/apis/apps/validation/validation.go ValidateDeploymentSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec; k8s.io/apimachinery/pkg/apis/meta/v1/validation ValidateLabelSelector',
  check(res, report) {
    if (!isCoreWorkload(res)) return;
    const labels = asMap(get(res.object, ['spec', 'template', 'metadata', 'labels'])) ?? {};
    if (res.kind === 'ReplicationController') {
      const sel = asMap(get(res.object, ['spec', 'selector']));
      if (sel && Object.keys(sel).length > 0 && !matchesSelector({ matchLabels: sel }, labels)) report('selectorMismatch', ['spec', 'selector']);
      return;
    }
    if (!SELECTOR_KINDS.has(res.kind) || !res.apiVersion.startsWith('apps/')) return;
    const sel = asMap(get(res.object, ['spec', 'selector']));
    if (!sel || (Object.keys(asMap(sel.matchLabels) ?? {}).length === 0 && asList(sel.matchExpressions).length === 0)) {
      report('selectorRequired', ['spec', 'selector']);
      return;
    }
    // An invalid selector cannot be matched; the API server reports only its syntax then.
    if (!checkExpressions(report, ['spec', 'selector'], sel)) return;
    if (!matchesSelector(sel, labels)) report('selectorMismatch', ['spec', 'selector']);
  },
};
