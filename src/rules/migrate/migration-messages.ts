/**
 * migrationMessages holds the English text of the notes `fix` reports instead of silently
 * changing behaviour (message ids are stable; the zh-CN catalog translates these strings).
 */
export const migrationMessages: Record<string, string> = {
  pathTypeAdded: 'path {{path}} got pathType: ImplementationSpecific, which keeps the v1beta1 matching behaviour; consider Prefix or Exact.',
  ingressClassMoved: 'the kubernetes.io/ingress.class annotation became spec.ingressClassName: {{ingressClass}}; an IngressClass named {{ingressClass}} must exist.',
  sharesRenamed: 'spec.limited.assuredConcurrencyShares was renamed to nominalConcurrencyShares.',
  zeroSharesKept: 'in flowcontrol v1 an explicit nominalConcurrencyShares: 0 stays 0 (earlier versions defaulted it to 30).',
  eventType: 'events.k8s.io/v1 accepts only type Normal or Warning, not {{type}}: migrate this Event by hand.',
  eventRequired: 'events.k8s.io/v1 Events need {{field}}; set it (k8slint cannot invent it).',
  csrRequired: 'certificates.k8s.io/v1 requires {{field}}; k8slint cannot choose it: migrate this CertificateSigningRequest by hand.',
  webhookSideEffects: 'webhook {{name}}: admissionregistration.k8s.io/v1 requires sideEffects None or NoneOnDryRun (found {{value}}): migrate it by hand.',
  defaultsChanged: '{{what}}: defaults change with the new apiVersion ({{changes}}); set the old values explicitly if you rely on them.',
  selectorUnknown: '{{kind}} needs spec.selector in apps/v1 and its pod template has no labels to derive it from: migrate it by hand.',
  selectorAdded: 'spec.selector was derived from the pod template labels ({{labels}}); it is immutable once created.',
  fieldDropped: '{{field}} does not exist in the new apiVersion and was removed.',
  pdbEmptySelector: 'in policy/v1 an empty spec.selector selects every pod in the namespace (in v1beta1 it selected none).',
  crdSchemaAdded: 'apiextensions.k8s.io/v1 requires a schema; a permissive one (x-kubernetes-preserve-unknown-fields) was added: replace it with the real structure.',
  crdPreserveUnknown: 'preserveUnknownFields: true is not allowed in v1; x-kubernetes-preserve-unknown-fields: true was set on the schema root instead.',
  crdScope: 'scope must be explicit in v1; Namespaced (the v1beta1 default) was written.',
  seccompUnknown: 'annotation {{annotation}}: {{value}} has no seccompProfile equivalent: migrate it by hand.',
  pspLevel:
    'PodSecurityPolicy {{name}} has no replacement object. Closest Pod Security Admission level: {{level}} (label the namespaces pod-security.kubernetes.io/enforce: {{level}}); why: {{reasons}}.',
  noTarget: '{{kind}} {{apiVersion}} has no replacement served in Kubernetes {{target}}: migrate it by hand.',
  manual: '{{kind}} {{apiVersion}} was not migrated to {{to}}: fix the problems above first.',
};
