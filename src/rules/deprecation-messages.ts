/**
 * deprecationMessages holds the English text of every deprecation message id, with
 * `{{placeholders}}` filled from a hit's data. Rule ids and message ids are stable; the
 * zh-CN catalog translates these strings.
 */
export const deprecationMessages = {
  'api-removed': {
    removed:
      '{{kind}} {{apiVersion}} was removed in Kubernetes {{removedIn}}; use {{replacement}} (served since {{servedSince}}). {{migration}}',
    removedNoReplacement: '{{kind}} {{apiVersion}} was removed in Kubernetes {{removedIn}} and has no replacement API: {{migration}}',
    notYetServed: '{{kind}} {{apiVersion}} is not served before Kubernetes {{servedSince}}; Kubernetes {{target}} serves {{older}}.',
    notYetServedNoAlternative: '{{kind}} {{apiVersion}} is not served before Kubernetes {{servedSince}} (target {{target}}).',
  },
  'api-deprecated': {
    deprecated:
      '{{kind}} {{apiVersion}} is deprecated since Kubernetes {{deprecatedIn}} and removed in {{removedIn}}; use {{replacement}} (served since {{servedSince}}). {{migration}}',
    deprecatedReplacementLater:
      '{{kind}} {{apiVersion}} is deprecated since Kubernetes {{deprecatedIn}} and removed in {{removedIn}}; its replacement {{replacement}} is served from {{servedSince}}, later than the target version. {{migration}}',
    deprecatedNoReplacement:
      '{{kind}} {{apiVersion}} is deprecated since Kubernetes {{deprecatedIn}} and removed in {{removedIn}}; it has no replacement API. {{migration}}',
  },
  'api-alpha': {
    alpha: '{{kind}} {{apiVersion}} is an alpha API: clusters serve it only when its feature gate is enabled, and it may change or disappear in any release.',
  },
  'field-deprecated': {
    fieldDeprecated: '{{kind}} field {{field}} is deprecated since Kubernetes {{deprecatedIn}}; use {{replacement}}. {{migration}}',
    valueDeprecated: '{{kind}} {{field}}: {{value}} is deprecated since Kubernetes {{deprecatedIn}}; use {{replacement}}. {{migration}}',
    fieldRemoved: '{{kind}} field {{field}} was removed in Kubernetes {{removedIn}}. {{migration}}',
  },
  'annotation-deprecated': {
    annotationDeprecated: 'annotation {{annotation}} is deprecated since Kubernetes {{deprecatedIn}}; use {{replacement}}.',
    annotationRemoved: 'annotation {{annotation}} is deprecated since Kubernetes {{deprecatedIn}} and has {{removedMeaning}} (Kubernetes {{removedIn}}); use {{replacement}}.',
  },
  'label-deprecated': {
    labelDeprecated: 'label {{label}} is deprecated since Kubernetes {{deprecatedIn}}; use {{replacement}}.',
  },
  'image-registry-deprecated': {
    registryFrozen: 'image {{image}} comes from {{registry}}, frozen since {{frozenOn}}; use {{suggested}} ({{replacement}}).',
  },
  'volume-plugin-removed': {
    pluginRemoved: 'in-tree volume plugin {{plugin}} was removed in Kubernetes {{removedIn}}; use {{replacement}}.',
    pluginDeprecated: 'in-tree volume plugin {{plugin}} is deprecated since Kubernetes {{deprecatedIn}} (removed in {{removedIn}}); use {{replacement}}.',
  },
} as const satisfies Record<string, Record<string, string>>;

/** fillMessage replaces `{{name}}` placeholders; an unknown placeholder is a programming error. */
export function fillMessage(template: string, data: Record<string, string>): string {
  return template
    .replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
      if (!(k in data)) throw new Error(`message placeholder {{${k}}} has no data`);
      return data[k];
    })
    .replace(/\s+$/, '');
}
