import type { MessageData } from '../../common/messages.js';
import type { PathSegment } from '../../common/path.js';
import type { Resource } from '../../documents/resource.js';

/** ObjectMessageId lists the message ids of the object-invalid rule. */
export type ObjectMessageId =
  | 'dns1123Label' | 'dns1123Subdomain' | 'dns1035Label' | 'qualifiedName' | 'labelValue' | 'portName'
  | 'envVarName' | 'configMapKey' | 'pathSegment' | 'tooLong' | 'nameRequired' | 'annotationsTooLarge'
  | 'selectorRequired' | 'selectorMismatch' | 'selectorValues' | 'selectorNoValues' | 'portRange'
  | 'noContainers' | 'duplicateContainer' | 'quantity' | 'negativeQuantity' | 'requestAboveLimit'
  | 'cronSchedule' | 'cronTimeZone' | 'servicePortNameRequired' | 'duplicateServicePortName'
  | 'duplicateServicePort' | 'crdName' | 'unsupportedValue';

/** ObjectReport reports one API-server check failure at a path of the resource. */
export type ObjectReport = (messageId: ObjectMessageId, path: PathSegment[], data?: MessageData, target?: 'key' | 'value') => void;

/** ObjectCheck is one API-server validation, with where it comes from in Kubernetes. */
export interface ObjectCheck {
  id: string;
  description: string;
  /** source names the Kubernetes function the check follows. */
  source: string;
  check(res: Resource, report: ObjectReport, minor: number): void;
}

/** asMap narrows a value to a plain object. */
export function asMap(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** asList narrows a value to an array (empty otherwise). */
export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** get follows a path of map keys. */
export function get(v: unknown, path: readonly string[]): unknown {
  let cur = v;
  for (const k of path) {
    const m = asMap(cur);
    if (!m) return undefined;
    cur = m[k];
  }
  return cur;
}

const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** isBuiltin tells whether an apiVersion belongs to Kubernetes itself (not a custom resource group). */
export function isCoreWorkload(res: Resource): boolean {
  return /^(v1|apps\/v1\w*|batch\/v1\w*|extensions\/v1beta1)$/.test(res.apiVersion);
}

/** podSpecOf returns the pod spec of a workload and its path. */
export function podSpecOf(res: Resource): { path: string[]; spec: Record<string, unknown> } | undefined {
  const path = POD_SPEC_PATHS[res.kind];
  if (!path || !isCoreWorkload(res)) return undefined;
  const spec = asMap(get(res.object, path));
  return spec ? { path, spec } : undefined;
}

/** templateMetadataPaths lists the metadata maps nested in a workload (pod and claim templates). */
export function templateMetadataPaths(res: Resource): string[][] {
  const pod = POD_SPEC_PATHS[res.kind];
  if (!pod || !isCoreWorkload(res) || res.kind === 'Pod') return [];
  return [[...pod.slice(0, -1), 'metadata']];
}
