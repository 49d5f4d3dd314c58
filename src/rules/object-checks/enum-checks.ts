import type { PathSegment } from '../../common/path.js';
import type { Resource } from '../../documents/resource.js';
import { asList, asMap, podSpecOf, type ObjectCheck, type ObjectReport } from './object-check.js';

/** EnumField is one closed set of values the API server accepts for a field. */
interface EnumField {
  /** path below the anchor; '*' walks every item of a list. */
  path: string[];
  values: string[];
}

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

const CONTAINER_FIELDS: EnumField[] = [
  { path: ['imagePullPolicy'], values: ['Always', 'IfNotPresent', 'Never'] },
  { path: ['terminationMessagePolicy'], values: ['File', 'FallbackToLogsOnError'] },
  { path: ['ports', '*', 'protocol'], values: PROTOCOLS },
  ...['livenessProbe', 'readinessProbe', 'startupProbe'].map((p) => ({ path: [p, 'httpGet', 'scheme'], values: ['HTTP', 'HTTPS'] })),
];

const POD_FIELDS: EnumField[] = [
  { path: ['dnsPolicy'], values: ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'] },
  { path: ['tolerations', '*', 'operator'], values: ['Exists', 'Equal'] },
  { path: ['tolerations', '*', 'effect'], values: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] },
  { path: ['topologySpreadConstraints', '*', 'whenUnsatisfiable'], values: ['DoNotSchedule', 'ScheduleAnyway'] },
  { path: ['preemptionPolicy'], values: ['PreemptLowerPriority', 'Never'] },
];

/** OBJECT_FIELDS lists enum fields of whole objects, by apiVersion and kind. */
const OBJECT_FIELDS: Record<string, EnumField[]> = {
  'v1/Service': [
    { path: ['spec', 'type'], values: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] },
    { path: ['spec', 'externalTrafficPolicy'], values: ['Cluster', 'Local'] },
    { path: ['spec', 'internalTrafficPolicy'], values: ['Cluster', 'Local'] },
    { path: ['spec', 'sessionAffinity'], values: ['None', 'ClientIP'] },
    { path: ['spec', 'ipFamilyPolicy'], values: ['SingleStack', 'PreferDualStack', 'RequireDualStack'] },
    { path: ['spec', 'ports', '*', 'protocol'], values: PROTOCOLS },
  ],
  'v1/PersistentVolumeClaim': [
    { path: ['spec', 'accessModes', '*'], values: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] },
    { path: ['spec', 'volumeMode'], values: ['Filesystem', 'Block'] },
  ],
  'apps/v1/Deployment': [{ path: ['spec', 'strategy', 'type'], values: ['Recreate', 'RollingUpdate'] }],
  'apps/v1/StatefulSet': [
    { path: ['spec', 'podManagementPolicy'], values: ['OrderedReady', 'Parallel'] },
    { path: ['spec', 'updateStrategy', 'type'], values: ['RollingUpdate', 'OnDelete'] },
    { path: ['spec', 'volumeClaimTemplates', '*', 'spec', 'accessModes', '*'], values: ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] },
  ],
  'apps/v1/DaemonSet': [{ path: ['spec', 'updateStrategy', 'type'], values: ['RollingUpdate', 'OnDelete'] }],
  'batch/v1/CronJob': [{ path: ['spec', 'concurrencyPolicy'], values: ['Allow', 'Forbid', 'Replace'] }],
  'networking.k8s.io/v1/Ingress': [{ path: ['spec', 'rules', '*', 'http', 'paths', '*', 'pathType'], values: ['Exact', 'Prefix', 'ImplementationSpecific'] }],
};

/** RESTART_POLICIES: what a pod template's restartPolicy may be, by controller kind. */
const RESTART_POLICIES: Record<string, string[]> = {
  Pod: ['Always', 'OnFailure', 'Never'],
  PodTemplate: ['Always', 'OnFailure', 'Never'],
  Deployment: ['Always'],
  ReplicaSet: ['Always'],
  StatefulSet: ['Always'],
  DaemonSet: ['Always'],
  ReplicationController: ['Always'],
  Job: ['OnFailure', 'Never'],
  CronJob: ['OnFailure', 'Never'],
};

function walk(report: ObjectReport, value: unknown, base: PathSegment[], field: EnumField, i = 0): void {
  if (i === field.path.length) {
    if (typeof value === 'string' && value !== '' && !field.values.includes(value)) {
      report('unsupportedValue', base, { value: JSON.stringify(value), allowed: field.values.map((v) => JSON.stringify(v)).join(', ') });
    }
    return;
  }
  const seg = field.path[i];
  if (seg === '*') asList(value).forEach((item, k) => walk(report, item, [...base, k], field, i + 1));
  else {
    const m = asMap(value);
    if (m && seg in m) walk(report, m[seg], [...base, seg], field, i + 1);
  }
}

function checkPod(res: Resource, report: ObjectReport): void {
  const pod = podSpecOf(res);
  if (!pod) return;
  for (const f of POD_FIELDS) walk(report, pod.spec, pod.path, f);
  const restart = RESTART_POLICIES[res.kind];
  if (restart) walk(report, pod.spec, pod.path, { path: ['restartPolicy'], values: restart });
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    asList(pod.spec[list]).forEach((c, i) => {
      for (const f of CONTAINER_FIELDS) walk(report, c, [...pod.path, list, i], f);
    });
  }
}

/** enumCheck: fields with a closed set of values, which newer OpenAPI documents no longer list. */
export const enumCheck: ObjectCheck = {
  id: 'enum-values',
  description:
    'Fields with a closed set of values: imagePullPolicy, terminationMessagePolicy, protocols, probe schemes, dnsPolicy, tolerations, Service type and traffic policies, PVC access modes, update strategies, CronJob concurrencyPolicy, Ingress pathType; a pod template restartPolicy is Always for Deployments, ReplicaSets, StatefulSets and DaemonSets and OnFailure or Never for Jobs and CronJobs.',
  source: 'pkg/apis/core/validation/validation.go (validatePullPolicy, validateRestartPolicy, validateDNSPolicy, ValidateService...), pkg/apis/apps/validation, pkg/apis/batch/validation (ValidateJobSpec restartPolicy), pkg/apis/networking/validation (pathType)',
  check(res, report) {
    checkPod(res, report);
    for (const f of OBJECT_FIELDS[`${res.apiVersion}/${res.kind}`] ?? []) walk(report, res.object, [], f);
  },
};
