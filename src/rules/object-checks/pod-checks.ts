import type { PathSegment } from '../../common/path.js';
import { isDns1123Label, isEnvVarName, isPortName } from './k8s-names.js';
import { asList, asMap, podSpecOf, type ObjectCheck, type ObjectReport } from './object-check.js';
import { parseQuantity } from './quantity.js';

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

interface ContainerAt {
  path: PathSegment[];
  c: Record<string, unknown>;
}

function containersOf(spec: Record<string, unknown>, base: string[]): ContainerAt[] {
  const out: ContainerAt[] = [];
  for (const list of CONTAINER_LISTS) {
    asList(spec[list]).forEach((c, i) => {
      const m = asMap(c);
      if (m) out.push({ path: [...base, list, i], c: m });
    });
  }
  return out;
}

/** containersCheck: at least one container; names are DNS-1123 labels, unique across all container lists. */
export const containersCheck: ObjectCheck = {
  id: 'containers',
  description: 'A pod spec has at least one container; container names (containers, initContainers, ephemeralContainers) are DNS-1123 labels and unique.',
  source: 'pkg/apis/core/validation/validation.go validateContainers, validateInitContainers, ValidatePodSpec',
  check(res, report) {
    const pod = podSpecOf(res);
    if (!pod) return;
    if (asList(pod.spec.containers).length === 0) report('noContainers', [...pod.path, 'containers']);
    const seen = new Set<string>();
    for (const { path, c } of containersOf(pod.spec, pod.path)) {
      if (typeof c.name !== 'string') continue;
      for (const p of isDns1123Label(c.name)) report(p.messageId, [...path, 'name'], { value: JSON.stringify(c.name), what: 'container name', limit: p.limit ?? 0 });
      if (seen.has(c.name)) report('duplicateContainer', [...path, 'name'], { value: JSON.stringify(c.name) });
      seen.add(c.name);
    }
  },
};

function checkPortNumber(report: ObjectReport, path: PathSegment[], v: unknown, min: number, what: string): void {
  if (typeof v === 'number' && Number.isInteger(v) && (v < min || v > 65535)) {
    report('portRange', path, { value: v, min, what });
  }
}

/** checkIntOrName checks a port given as a number (1–65535) or an IANA port name. */
export function checkIntOrName(report: ObjectReport, path: PathSegment[], v: unknown, what: string): void {
  if (typeof v === 'number') checkPortNumber(report, path, v, 1, what);
  else if (typeof v === 'string' && !/^\d+$/.test(v)) {
    for (const p of isPortName(v)) report(p.messageId, path, { value: JSON.stringify(v), what, limit: 0 });
  }
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/** portsCheck: container and probe ports in range, port names are IANA service names. */
export const portsCheck: ObjectCheck = {
  id: 'container-ports',
  description: 'containerPort is 1–65535, hostPort 0–65535 (0: none), port names are IANA service names (at most 15 lowercase alphanumerics or "-", with a letter); probe ports are 1–65535 or a port name.',
  source: 'pkg/apis/core/validation/validation.go validateContainerPorts, validateHTTPGetAction, validateTCPSocketAction; pkg/util/validation IsValidPortNum, IsValidPortName',
  check(res, report) {
    const pod = podSpecOf(res);
    if (!pod) return;
    for (const { path, c } of containersOf(pod.spec, pod.path)) {
      asList(c.ports).forEach((p, i) => {
        const port = asMap(p);
        if (!port) return;
        checkPortNumber(report, [...path, 'ports', i, 'containerPort'], port.containerPort, 1, 'containerPort');
        checkPortNumber(report, [...path, 'ports', i, 'hostPort'], port.hostPort, 0, 'hostPort');
        if (typeof port.name === 'string') {
          for (const e of isPortName(port.name)) report(e.messageId, [...path, 'ports', i, 'name'], { value: JSON.stringify(port.name), what: 'port name', limit: 0 });
        }
      });
      for (const probe of PROBES) {
        const pr = asMap(c[probe]);
        if (!pr) continue;
        for (const action of ['httpGet', 'tcpSocket', 'grpc'] as const) {
          const a = asMap(pr[action]);
          if (!a) continue;
          if (action === 'grpc') checkPortNumber(report, [...path, probe, action, 'port'], a.port, 1, 'probe port');
          else checkIntOrName(report, [...path, probe, action, 'port'], a.port, 'probe port');
        }
      }
    }
  },
};

/** envCheck: environment variable names (version-dependent, see isEnvVarName). */
export const envCheck: ObjectCheck = {
  id: 'env-names',
  description: 'env[].name is a valid environment variable name: before 1.32 [-._a-zA-Z][-._a-zA-Z0-9]*, from 1.32 any printable ASCII except "=".',
  source: 'pkg/apis/core/validation/validation.go ValidateEnv; pkg/util/validation IsEnvVarName (RelaxedEnvironmentVariableValidation)',
  check(res, report, minor) {
    const pod = podSpecOf(res);
    if (!pod) return;
    for (const { path, c } of containersOf(pod.spec, pod.path)) {
      asList(c.env).forEach((e, i) => {
        const name = asMap(e)?.name;
        if (typeof name !== 'string') return;
        for (const p of isEnvVarName(name, minor)) report(p.messageId, [...path, 'env', i, 'name'], { value: JSON.stringify(name), what: 'environment variable name', limit: 0 });
      });
    }
  },
};

/** resourcesCheck: quantities parse, are not negative, and requests do not exceed limits. */
export const resourcesCheck: ObjectCheck = {
  id: 'container-resources',
  description: 'resources.requests and resources.limits values are valid, non-negative quantities, and a request is not above its limit.',
  source: 'pkg/apis/core/validation/validation.go ValidateResourceRequirements, ValidateResourceQuantityValue; k8s.io/apimachinery/pkg/api/resource ParseQuantity',
  check(res, report) {
    const pod = podSpecOf(res);
    if (!pod) return;
    for (const { path, c } of containersOf(pod.spec, pod.path)) {
      const r = asMap(c.resources);
      if (!r) continue;
      const parsed: Record<'limits' | 'requests', Record<string, number>> = { limits: {}, requests: {} };
      for (const kind of ['limits', 'requests'] as const) {
        for (const [name, v] of Object.entries(asMap(r[kind]) ?? {})) {
          const p = [...path, 'resources', kind, name];
          const q = parseQuantity(v);
          if (q === undefined) {
            if (typeof v === 'string') report('quantity', p, { value: JSON.stringify(v) });
            continue;
          }
          if (q < 0) report('negativeQuantity', p, { value: JSON.stringify(v) });
          parsed[kind][name] = q;
        }
      }
      for (const [name, req] of Object.entries(parsed.requests)) {
        const lim = parsed.limits[name];
        if (lim !== undefined && req > lim * (1 + 1e-12)) {
          report('requestAboveLimit', [...path, 'resources', 'requests', name], {
            resource: name,
            request: String(asMap(r.requests)?.[name]),
            limit: String(asMap(r.limits)?.[name]),
          });
        }
      }
    }
  },
};
