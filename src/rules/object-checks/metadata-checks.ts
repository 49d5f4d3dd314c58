import type { PathSegment } from '../../common/path.js';
import type { Resource } from '../../documents/resource.js';
import {
  isDns1035Label, isDns1123Label, isDns1123Subdomain, isLabelValue, isPathSegmentName, isQualifiedName, type NameProblem,
} from './k8s-names.js';
import { asMap, get, templateMetadataPaths, type ObjectCheck, type ObjectReport } from './object-check.js';

type NameRule = (s: string) => NameProblem[];

/** NAME_RULES gives the name validation of kinds that do not use DNS-1123 subdomains (pkg/apis/*\/validation). */
const NAME_RULES: Record<string, NameRule> = {
  Service: isDns1035Label,
  Namespace: isDns1123Label,
  Role: isPathSegmentName,
  ClusterRole: isPathSegmentName,
  RoleBinding: isPathSegmentName,
  ClusterRoleBinding: isPathSegmentName,
};

const BUILTIN_GROUP = /^(v1|[a-z]+\/v\d\w*|[a-z.]+\.k8s\.io\/v\d\w*)$/;
const MAX_ANNOTATIONS_BYTES = 256 * 1024;

/** Review kinds are evaluated by the API server and never stored: they need no name. */
const NAMELESS_KINDS = new Set([
  'TokenReview',
  'SubjectAccessReview',
  'SelfSubjectAccessReview',
  'LocalSubjectAccessReview',
  'SelfSubjectRulesReview',
  'SelfSubjectReview',
]);

function reportName(report: ObjectReport, path: PathSegment[], value: string, problems: NameProblem[], what: string, target: 'key' | 'value' = 'value'): void {
  for (const p of problems) report(p.messageId, path, { value: JSON.stringify(value), what, limit: p.limit ?? 0 }, target);
}

/** nameCheck: metadata.name syntax per kind (ValidateObjectMeta with the kind's name function). */
export const nameCheck: ObjectCheck = {
  id: 'metadata-name',
  description: 'metadata.name (or generateName) is set and is a DNS-1123 subdomain; a DNS-1035 label for Service, a DNS-1123 label for Namespace, a path segment for RBAC objects.',
  source: 'k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMeta; pkg/apis/core/validation/validation.go ValidateServiceName, ValidateNamespaceName',
  check(res, report) {
    if (res.apiVersion === 'v1' && res.kind === 'List') return;
    const meta = asMap(res.object.metadata);
    const name = meta?.name;
    if (name === undefined || name === null || name === '') {
      if (NAMELESS_KINDS.has(res.kind)) return;
      if (typeof meta?.generateName !== 'string' || meta.generateName === '') report('nameRequired', ['metadata', 'name']);
      return;
    }
    if (typeof name !== 'string') return;
    const rule = NAME_RULES[res.kind] && BUILTIN_GROUP.test(res.apiVersion) ? NAME_RULES[res.kind] : isDns1123Subdomain;
    reportName(report, ['metadata', 'name'], name, rule(name), 'name');
    const ns = meta?.namespace;
    if (typeof ns === 'string' && ns !== '') reportName(report, ['metadata', 'namespace'], ns, isDns1123Label(ns), 'namespace');
  },
};

function checkLabels(report: ObjectReport, base: string[], labels: unknown): void {
  const map = asMap(labels);
  if (!map) return;
  for (const k in map) {
    const v = map[k];
    const keyProblems = isQualifiedName(k);
    if (keyProblems.length) reportName(report, [...base, k], k, keyProblems, 'label key', 'key');
    const valueProblems = typeof v === 'string' ? isLabelValue(v) : [];
    if (valueProblems.length) reportName(report, [...base, k], v as string, valueProblems, 'label value');
  }
}

function checkAnnotations(report: ObjectReport, base: string[], annotations: unknown): void {
  const map = asMap(annotations);
  if (!map) return;
  let size = 0;
  for (const k in map) {
    const v = map[k];
    const keyProblems = isQualifiedName(k.toLowerCase());
    if (keyProblems.length) reportName(report, [...base, k], k, keyProblems, 'annotation key', 'key');
    size += k.length + (typeof v === 'string' ? Buffer.byteLength(v) : 0);
  }
  if (size > MAX_ANNOTATIONS_BYTES) report('annotationsTooLarge', base, { size, limit: MAX_ANNOTATIONS_BYTES });
}

function metadataPaths(res: Resource): string[][] {
  return [['metadata'], ...templateMetadataPaths(res)];
}

/** labelsCheck: label keys are qualified names and values valid label values (ValidateLabels). */
export const labelsCheck: ObjectCheck = {
  id: 'labels',
  description: 'Label keys are qualified names (optional DNS-1123 subdomain prefix, name at most 63 characters); values are at most 63 characters of alphanumerics, "-", "_", "." beginning and ending alphanumeric.',
  source: 'k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabels; pkg/util/validation IsQualifiedName, IsValidLabelValue',
  check(res, report) {
    for (const p of metadataPaths(res)) checkLabels(report, [...p, 'labels'], get(res.object, [...p, 'labels']));
  },
};

/** annotationsCheck: annotation keys are qualified names; all annotations total at most 256 KiB. */
export const annotationsCheck: ObjectCheck = {
  id: 'annotations',
  description: 'Annotation keys are qualified names (checked lowercased); keys and values together are at most 256 KiB.',
  source: 'k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateAnnotations',
  check(res, report) {
    for (const p of metadataPaths(res)) checkAnnotations(report, [...p, 'annotations'], get(res.object, [...p, 'annotations']));
  },
};

/** crdNameCheck: a CRD's name is `<plural>.<group>` (ValidateCustomResourceDefinition). */
export const crdNameCheck: ObjectCheck = {
  id: 'crd-name',
  description: 'A CustomResourceDefinition is named "<spec.names.plural>.<spec.group>".',
  source: 'k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go ValidateCustomResourceDefinition',
  check(res, report) {
    if (res.kind !== 'CustomResourceDefinition' || !res.apiVersion.startsWith('apiextensions.k8s.io/')) return;
    const plural = get(res.object, ['spec', 'names', 'plural']);
    const group = get(res.object, ['spec', 'group']);
    if (typeof plural !== 'string' || typeof group !== 'string' || typeof res.name !== 'string') return;
    if (res.name !== `${plural}.${group}`) report('crdName', ['metadata', 'name'], { value: JSON.stringify(res.name), expected: `${plural}.${group}` });
  },
};
