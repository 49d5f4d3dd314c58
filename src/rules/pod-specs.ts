/** PodSpecLocation is where a pod spec (and its metadata) sits inside a workload object. */
export interface PodSpecLocation {
  /** path segments to the pod template's metadata (undefined for a bare Pod: its own metadata). */
  metadata: string[];
  spec: string[];
}

const TEMPLATE: PodSpecLocation = { metadata: ['spec', 'template', 'metadata'], spec: ['spec', 'template', 'spec'] };

/** podSpecLocations maps workload kinds to where their pod spec lives. */
export const podSpecLocations: Record<string, PodSpecLocation> = {
  Pod: { metadata: ['metadata'], spec: ['spec'] },
  Deployment: TEMPLATE,
  StatefulSet: TEMPLATE,
  DaemonSet: TEMPLATE,
  ReplicaSet: TEMPLATE,
  ReplicationController: TEMPLATE,
  Job: TEMPLATE,
  PodTemplate: { metadata: ['template', 'metadata'], spec: ['template', 'spec'] },
  CronJob: {
    metadata: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
    spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  },
};

/** getPath walks plain parsed YAML along `path`; undefined when a step is missing. */
export function getPath(obj: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}
