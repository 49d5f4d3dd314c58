import type { Path } from './doc-edit.js';
import type { KindMigration, MigrationContext } from './migration-types.js';
import { podSpecLocations } from '../pod-specs.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** ingressBackend rewrites one v1beta1 backend (serviceName/servicePort) to the v1 shape. */
function ingressBackend(ctx: MigrationContext, path: Path): void {
  const b = ctx.edit.js(path);
  if (!isObj(b) || b.serviceName === undefined) return;
  const port = b.servicePort;
  const portObj = typeof port === 'number' || (typeof port === 'string' && /^\d+$/.test(port)) ? { number: Number(port) } : { name: String(port) };
  const nameComment = ctx.edit.comment([...path, 'serviceName']);
  const portComment = ctx.edit.comment([...path, 'servicePort']);
  ctx.edit.delete([...path, 'servicePort']);
  ctx.edit.renameKey(path, 'serviceName', 'service');
  ctx.edit.set([...path, 'service'], { name: b.serviceName, port: portObj });
  ctx.edit.setComment([...path, 'service', 'name'], nameComment);
  ctx.edit.setComment([...path, 'service', 'port', Object.keys(portObj)[0]], portComment);
}

const ingress: KindMigration = {
  kind: 'Ingress',
  from: /^(extensions|networking\.k8s\.io)\/v1beta1$/,
  apply(ctx) {
    const e = ctx.edit;
    if (e.has(['spec', 'backend'])) {
      e.renameKey(['spec'], 'backend', 'defaultBackend');
      ingressBackend(ctx, ['spec', 'defaultBackend']);
    }
    const rules = e.seqLength(['spec', 'rules']);
    for (let i = 0; i < rules; i++) {
      const paths = e.seqLength(['spec', 'rules', i, 'http', 'paths']);
      for (let j = 0; j < paths; j++) {
        const p: Path = ['spec', 'rules', i, 'http', 'paths', j];
        ingressBackend(ctx, [...p, 'backend']);
        if (!e.has([...p, 'pathType'])) {
          e.insertAfter(p, 'path', 'pathType', 'ImplementationSpecific');
          ctx.note('pathTypeAdded', { path: String(e.js([...p, 'path']) ?? '/') }, [...p, 'pathType'], 'info');
        }
      }
    }
    const cls = e.js(['metadata', 'annotations', 'kubernetes.io/ingress.class']);
    if (typeof cls === 'string' && !e.has(['spec', 'ingressClassName'])) {
      e.delete(['metadata', 'annotations', 'kubernetes.io/ingress.class']);
      if (e.keys(['metadata', 'annotations']).length === 0) e.delete(['metadata', 'annotations']);
      if (!e.map(['spec'])) e.set(['spec'], {});
      e.insertAfter(['spec'], undefined, 'ingressClassName', cls);
      const m = e.map(['spec'])!;
      m.items.unshift(m.items.pop()!);
      ctx.note('ingressClassMoved', { ingressClass: cls }, ['spec', 'ingressClassName'], 'info');
    }
    return true;
  },
};

/** hpaTarget turns v2beta1 target fields into a v2 `target`. */
function hpaTarget(src: Obj): Obj | undefined {
  if (src.targetAverageUtilization !== undefined) return { type: 'Utilization', averageUtilization: src.targetAverageUtilization };
  if (src.targetAverageValue !== undefined) return { type: 'AverageValue', averageValue: src.targetAverageValue };
  if (src.targetValue !== undefined) return { type: 'Value', value: src.targetValue };
  return undefined;
}

function hpaMetric(m: Obj): Obj {
  const type = String(m.type ?? '');
  const key = type.charAt(0).toLowerCase() + type.slice(1);
  const src = isObj(m[key]) ? (m[key] as Obj) : undefined;
  // already in the v2 shape: `target` holds {type, …} (in v2beta1 `object.target` is the described object)
  if (!src || (isObj(src.target) && typeof (src.target as Obj).type === 'string')) return m;
  const out: Obj = {};
  if (key === 'resource' || key === 'containerResource') {
    out.name = src.name;
    if (src.container !== undefined) out.container = src.container;
  } else {
    const metric: Obj = { name: src.metricName };
    const sel = src.selector ?? src.metricSelector;
    if (sel !== undefined) metric.selector = sel;
    if (key === 'object') out.describedObject = src.target;
    out.metric = metric;
  }
  out.target = hpaTarget(src);
  return { ...m, [key]: out };
}

const hpa: KindMigration = {
  kind: 'HorizontalPodAutoscaler',
  from: /^autoscaling\/v2beta[12]$/,
  apply(ctx) {
    const n = ctx.edit.seqLength(['spec', 'metrics']);
    for (let i = 0; i < n; i++) {
      const m = ctx.edit.js(['spec', 'metrics', i]);
      if (!isObj(m)) continue;
      const next = hpaMetric(m);
      if (next !== m) ctx.edit.set(['spec', 'metrics', i], next);
    }
    return true;
  },
};

const priorityLevel: KindMigration = {
  kind: 'PriorityLevelConfiguration',
  from: /^flowcontrol\.apiserver\.k8s\.io\/v1beta[123]$/,
  apply(ctx) {
    if (ctx.edit.renameKey(['spec', 'limited'], 'assuredConcurrencyShares', 'nominalConcurrencyShares')) {
      ctx.note('sharesRenamed', {}, ['spec', 'limited', 'nominalConcurrencyShares'], 'info');
    }
    if (ctx.toApiVersion.endsWith('/v1') && ctx.edit.js(['spec', 'limited', 'nominalConcurrencyShares']) === 0) {
      ctx.note('zeroSharesKept', {}, ['spec', 'limited', 'nominalConcurrencyShares']);
    }
    return true;
  },
};

const endpointSlice: KindMigration = {
  kind: 'EndpointSlice',
  from: /^discovery\.k8s\.io\/v1beta1$/,
  apply(ctx) {
    const n = ctx.edit.seqLength(['endpoints']);
    for (let i = 0; i < n; i++) {
      const topo = ctx.edit.js(['endpoints', i, 'topology']);
      if (!isObj(topo)) continue;
      const rest: Obj = { ...topo };
      const ep: Path = ['endpoints', i];
      if (rest['kubernetes.io/hostname'] !== undefined) {
        ctx.edit.set([...ep, 'nodeName'], rest['kubernetes.io/hostname']);
        delete rest['kubernetes.io/hostname'];
      }
      if (rest['topology.kubernetes.io/zone'] !== undefined) {
        ctx.edit.set([...ep, 'zone'], rest['topology.kubernetes.io/zone']);
        delete rest['topology.kubernetes.io/zone'];
      }
      ctx.edit.delete([...ep, 'topology']);
      if (Object.keys(rest).length > 0) ctx.edit.set([...ep, 'deprecatedTopology'], rest);
    }
    return true;
  },
};

const eventRenames: [Path, Path][] = [
  [['involvedObject'], ['regarding']],
  [['firstTimestamp'], ['deprecatedFirstTimestamp']],
  [['lastTimestamp'], ['deprecatedLastTimestamp']],
  [['count'], ['deprecatedCount']],
  [['source'], ['deprecatedSource']],
];

const event: KindMigration = {
  kind: 'Event',
  from: /^events\.k8s\.io\/v1beta1$/,
  apply(ctx) {
    for (const [from, to] of eventRenames) if (ctx.edit.has(from)) ctx.edit.move(from, to);
    const type = ctx.edit.js(['type']);
    if (type !== undefined && type !== 'Normal' && type !== 'Warning') {
      ctx.note('eventType', { type: String(type) }, ['type'], 'error');
      return false;
    }
    for (const f of ['reportingController', 'reportingInstance', 'eventTime']) {
      if (!ctx.edit.has([f])) ctx.note('eventRequired', { field: f }, [], 'warning');
    }
    return true;
  },
};

const accessReview = (kind: string): KindMigration => ({
  kind,
  from: /^authorization\.k8s\.io\/v1beta1$/,
  apply(ctx) {
    const g = ctx.edit.js(['spec', 'group']);
    if (g !== undefined) {
      ctx.edit.renameKey(['spec'], 'group', 'groups');
      ctx.edit.set(['spec', 'groups'], Array.isArray(g) ? g : [g]);
    }
    return true;
  },
});

const csr: KindMigration = {
  kind: 'CertificateSigningRequest',
  from: /^certificates\.k8s\.io\/v1beta1$/,
  apply(ctx) {
    let ok = true;
    for (const f of ['signerName', 'usages']) {
      if (!ctx.edit.has(['spec', f])) {
        ctx.note('csrRequired', { field: `spec.${f}` }, ['spec'], 'error');
        ok = false;
      }
    }
    return ok;
  },
};

const webhook = (kind: string): KindMigration => ({
  kind,
  from: /^admissionregistration\.k8s\.io\/v1beta1$/,
  apply(ctx) {
    const n = ctx.edit.seqLength(['webhooks']);
    let ok = true;
    for (let i = 0; i < n; i++) {
      const w = ctx.edit.js(['webhooks', i]);
      if (!isObj(w)) continue;
      if (!w.admissionReviewVersions) ctx.edit.set(['webhooks', i, 'admissionReviewVersions'], ['v1beta1']);
      const se = w.sideEffects;
      if (se !== 'None' && se !== 'NoneOnDryRun') {
        ctx.note('webhookSideEffects', { name: String(w.name ?? i), value: String(se ?? 'Unknown') }, ['webhooks', i], 'error');
        ok = false;
      }
      const changed: string[] = [];
      if (w.failurePolicy === undefined) changed.push('failurePolicy Ignore → Fail');
      if (w.matchPolicy === undefined) changed.push('matchPolicy Exact → Equivalent');
      if (w.timeoutSeconds === undefined) changed.push('timeoutSeconds 30 → 10');
      if (changed.length) ctx.note('defaultsChanged', { what: `webhook ${String(w.name ?? i)}`, changes: changed.join(', ') }, ['webhooks', i]);
    }
    return ok;
  },
});

/** workloadSelector derives spec.selector from the template labels when apps/v1 requires it. */
const workload = (kind: string, strategyKey: string | undefined, removed: string[]): KindMigration => ({
  kind,
  from: /^(extensions\/v1beta1|apps\/v1beta[12])$/,
  apply(ctx) {
    const e = ctx.edit;
    if (!e.has(['spec', 'selector'])) {
      const labels = e.js(['spec', 'template', 'metadata', 'labels']);
      if (!isObj(labels) || Object.keys(labels).length === 0) {
        ctx.note('selectorUnknown', { kind }, ['spec'], 'error');
        return false;
      }
      e.insertAfter(['spec'], 'replicas', 'selector', { matchLabels: labels });
      ctx.note('selectorAdded', { labels: Object.entries(labels).map(([k, v]) => `${k}=${String(v)}`).join(',') }, ['spec', 'selector'], 'info');
    }
    for (const f of removed) {
      if (e.has(['spec', f])) {
        e.delete(['spec', f]);
        ctx.note('fieldDropped', { field: `spec.${f}` }, ['spec']);
      }
    }
    if (strategyKey && !e.has(['spec', strategyKey])) {
      ctx.note('defaultsChanged', { what: kind, changes: DEFAULTS[kind] ?? '' }, ['spec']);
    }
    return true;
  },
});

const DEFAULTS: Record<string, string> = {
  Deployment: 'strategy rollingUpdate maxSurge/maxUnavailable 1 → 25%, progressDeadlineSeconds 600, revisionHistoryLimit 10',
  DaemonSet: 'updateStrategy OnDelete → RollingUpdate',
  StatefulSet: 'updateStrategy OnDelete → RollingUpdate',
};

const pdb: KindMigration = {
  kind: 'PodDisruptionBudget',
  from: /^policy\/v1beta1$/,
  apply(ctx) {
    const sel = ctx.edit.js(['spec', 'selector']);
    if (isObj(sel) && Object.keys(sel).length === 0) ctx.note('pdbEmptySelector', {}, ['spec', 'selector']);
    return true;
  },
};

function crdVersionFields(ctx: MigrationContext, spec: Obj): Obj {
  const fields: Obj = {};
  const schema = isObj(spec.validation) ? (spec.validation as Obj).openAPIV3Schema : undefined;
  let s: Obj = isObj(schema) ? { ...(schema as Obj) } : { type: 'object' };
  if (!isObj(schema)) {
    s = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
    ctx.note('crdSchemaAdded', {}, ['spec']);
  }
  if (spec.preserveUnknownFields === true) {
    s['x-kubernetes-preserve-unknown-fields'] = true;
    ctx.note('crdPreserveUnknown', {}, ['spec', 'preserveUnknownFields']);
  }
  fields.schema = { openAPIV3Schema: s };
  if (spec.subresources !== undefined) fields.subresources = spec.subresources;
  if (Array.isArray(spec.additionalPrinterColumns)) {
    fields.additionalPrinterColumns = spec.additionalPrinterColumns.map((c) => {
      if (!isObj(c)) return c;
      const { JSONPath, ...rest } = c;
      return JSONPath === undefined ? c : { ...rest, jsonPath: JSONPath };
    });
  }
  return fields;
}

const crd: KindMigration = {
  kind: 'CustomResourceDefinition',
  from: /^apiextensions\.k8s\.io\/v1beta1$/,
  apply(ctx) {
    const e = ctx.edit;
    const spec = e.js(['spec']);
    if (!isObj(spec)) return false;
    const common = crdVersionFields(ctx, spec);
    const versions = Array.isArray(spec.versions) && spec.versions.length
      ? spec.versions.map((v) => (isObj(v) ? { ...v } : v))
      : [{ name: spec.version, served: true, storage: true }];
    const next = versions.map((v) => (isObj(v) ? { ...v, ...Object.fromEntries(Object.entries(common).filter(([k]) => v[k] === undefined)) } : v));
    for (const f of ['version', 'validation', 'subresources', 'additionalPrinterColumns', 'preserveUnknownFields']) e.delete(['spec', f]);
    e.set(['spec', 'versions'], next);
    if (spec.scope === undefined) {
      e.set(['spec', 'scope'], 'Namespaced');
      ctx.note('crdScope', {}, ['spec', 'scope'], 'info');
    }
    const conv = spec.conversion;
    if (isObj(conv) && (conv.webhookClientConfig !== undefined || conv.conversionReviewVersions !== undefined)) {
      const webhook: Obj = {};
      if (conv.webhookClientConfig !== undefined) webhook.clientConfig = conv.webhookClientConfig;
      webhook.conversionReviewVersions = conv.conversionReviewVersions ?? ['v1beta1'];
      e.set(['spec', 'conversion'], { strategy: conv.strategy ?? 'Webhook', webhook });
    }
    return true;
  },
};

/** kindMigrations is the table of field-level rewrites that go with an apiVersion change. */
export const kindMigrations: KindMigration[] = [
  ingress,
  hpa,
  priorityLevel,
  endpointSlice,
  event,
  accessReview('SubjectAccessReview'),
  accessReview('LocalSubjectAccessReview'),
  csr,
  webhook('MutatingWebhookConfiguration'),
  webhook('ValidatingWebhookConfiguration'),
  workload('Deployment', 'strategy', ['rollbackTo']),
  workload('DaemonSet', 'updateStrategy', ['templateGeneration']),
  workload('StatefulSet', 'updateStrategy', []),
  workload('ReplicaSet', undefined, []),
  pdb,
  crd,
];

/** podSpecPath returns where the pod spec is for a kind (for seccomp and label migrations). */
export function podSpecPath(kind: string): { metadata: string[]; spec: string[] } | undefined {
  return podSpecLocations[kind];
}
