/**
 * zhCN is the Simplified Chinese message catalog, keyed `<namespace>.<messageId>`.
 * Placeholders (`{{name}}`) must match the English template exactly (test/common/i18n.test.ts).
 */
export const zhCN: Record<string, string> = {
  // api-removed / api-deprecated / api-alpha
  'api-removed.removed': '{{kind}} {{apiVersion}} 已在 Kubernetes {{removedIn}} 中移除；请改用 {{replacement}}（自 {{servedSince}} 起提供）。{{migration}}',
  'api-removed.removedNoReplacement': '{{kind}} {{apiVersion}} 已在 Kubernetes {{removedIn}} 中移除，且没有替代 API：{{migration}}',
  'api-deprecated.deprecated':
    '{{kind}} {{apiVersion}} 自 Kubernetes {{deprecatedIn}} 起已弃用，将在 {{removedIn}} 中移除；请改用 {{replacement}}（自 {{servedSince}} 起提供）。{{migration}}',
  'api-deprecated.deprecatedReplacementLater':
    '{{kind}} {{apiVersion}} 自 Kubernetes {{deprecatedIn}} 起已弃用，将在 {{removedIn}} 中移除；其替代 {{replacement}} 自 {{servedSince}} 起才提供，晚于目标版本。{{migration}}',
  'api-deprecated.deprecatedNoReplacement': '{{kind}} {{apiVersion}} 自 Kubernetes {{deprecatedIn}} 起已弃用，将在 {{removedIn}} 中移除；没有替代 API。{{migration}}',
  'api-alpha.alpha': '{{kind}} {{apiVersion}} 是 alpha API：仅当集群启用对应的特性门控时才会提供，且可能在任何版本中变更或消失。',
  'field-deprecated.fieldDeprecated': '{{kind}} 字段 {{field}} 自 Kubernetes {{deprecatedIn}} 起已弃用；请改用 {{replacement}}。{{migration}}',
  'field-deprecated.valueDeprecated': '{{kind}} {{field}}: {{value}} 自 Kubernetes {{deprecatedIn}} 起已弃用；请改用 {{replacement}}。{{migration}}',
  'field-deprecated.fieldRemoved': '{{kind}} 字段 {{field}} 已在 Kubernetes {{removedIn}} 中移除。{{migration}}',
  'annotation-deprecated.annotationDeprecated': '注解 {{annotation}} 自 Kubernetes {{deprecatedIn}} 起已弃用；请改用 {{replacement}}。',
  'annotation-deprecated.annotationRemoved':
    '注解 {{annotation}} 自 Kubernetes {{deprecatedIn}} 起已弃用，并且{{removedMeaning}}（Kubernetes {{removedIn}}）；请改用 {{replacement}}。',
  'label-deprecated.labelDeprecated': '标签 {{label}} 自 Kubernetes {{deprecatedIn}} 起已弃用；请改用 {{replacement}}。',
  'image-registry-deprecated.registryFrozen': '镜像 {{image}} 来自 {{registry}}，该仓库自 {{frozenOn}} 起已冻结；请改用 {{suggested}}（{{replacement}}）。',
  'volume-plugin-removed.pluginRemoved': '树内卷插件 {{plugin}} 已在 Kubernetes {{removedIn}} 中移除；请改用 {{replacement}}。',
  'volume-plugin-removed.pluginDeprecated': '树内卷插件 {{plugin}} 自 Kubernetes {{deprecatedIn}} 起已弃用（将在 {{removedIn}} 中移除）；请改用 {{replacement}}。',

  // fix (migration notes)
  'fix.pathTypeAdded': '路径 {{path}} 已设置 pathType: ImplementationSpecific，以保持 v1beta1 的匹配行为；建议改为 Prefix 或 Exact。',
  'fix.ingressClassMoved': 'kubernetes.io/ingress.class 注解已改为 spec.ingressClassName: {{ingressClass}}；集群中必须存在名为 {{ingressClass}} 的 IngressClass。',
  'fix.sharesRenamed': 'spec.limited.assuredConcurrencyShares 已重命名为 nominalConcurrencyShares。',
  'fix.zeroSharesKept': '在 flowcontrol v1 中，显式的 nominalConcurrencyShares: 0 保持为 0（早期版本会默认设为 30）。',
  'fix.eventType': 'events.k8s.io/v1 只接受 Normal 或 Warning 类型，而不是 {{type}}：请手动迁移此 Event。',
  'fix.eventRequired': 'events.k8s.io/v1 的 Event 需要 {{field}}；请设置它（k8slint 无法代为编造）。',
  'fix.csrRequired': 'certificates.k8s.io/v1 要求 {{field}}；k8slint 无法代为选择：请手动迁移此 CertificateSigningRequest。',
  'fix.webhookSideEffects': 'webhook {{name}}：admissionregistration.k8s.io/v1 要求 sideEffects 为 None 或 NoneOnDryRun（当前为 {{value}}）：请手动迁移。',
  'fix.defaultsChanged': '{{what}}：新 apiVersion 的默认值发生变化（{{changes}}）；如依赖旧值，请显式设置。',
  'fix.selectorUnknown': '{{kind}} 在 apps/v1 中需要 spec.selector，但其 Pod 模板没有可推导的标签：请手动迁移。',
  'fix.selectorAdded': 'spec.selector 已根据 Pod 模板标签推导（{{labels}}）；创建后不可修改。',
  'fix.fieldDropped': '{{field}} 在新 apiVersion 中不存在，已删除。',
  'fix.pdbEmptySelector': '在 policy/v1 中，空的 spec.selector 会选中命名空间内所有 Pod（在 v1beta1 中不选中任何 Pod）。',
  'fix.crdSchemaAdded': 'apiextensions.k8s.io/v1 要求提供 schema；已添加一个宽松的 schema（x-kubernetes-preserve-unknown-fields）：请替换为真实结构。',
  'fix.crdPreserveUnknown': 'v1 不允许 preserveUnknownFields: true；已在 schema 根上设置 x-kubernetes-preserve-unknown-fields: true。',
  'fix.crdScope': 'v1 中 scope 必须显式指定；已写入 Namespaced（v1beta1 的默认值）。',
  'fix.seccompUnknown': '注解 {{annotation}}: {{value}} 没有对应的 seccompProfile：请手动迁移。',
  'fix.pspLevel':
    'PodSecurityPolicy {{name}} 没有替代对象。最接近的 Pod 安全准入级别：{{level}}（为命名空间添加标签 pod-security.kubernetes.io/enforce: {{level}}）；原因：{{reasons}}。',
  'fix.noTarget': '{{kind}} {{apiVersion}} 在 Kubernetes {{target}} 中没有可用的替代版本：请手动迁移。',
  'fix.manual': '{{kind}} {{apiVersion}} 未迁移到 {{to}}：请先修复上述问题。',
};
