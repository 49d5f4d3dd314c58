type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** PodSecurityLevel is a Pod Security Standards level. */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

const BASELINE_VOLUMES_FORBIDDEN = ['hostPath', '*'];
const RESTRICTED_VOLUMES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
const BASELINE_CAPS = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);

/**
 * closestPodSecurityLevel maps a PodSecurityPolicy spec to the strictest Pod Security
 * Standards level that still admits every pod the policy admitted, with the reasons that
 * kept it from the next stricter level (Pod Security Standards, kubernetes.io/docs/concepts/security/pod-security-standards).
 */
export function closestPodSecurityLevel(spec: unknown): { level: PodSecurityLevel; reasons: string[] } {
  const s = isObj(spec) ? spec : {};
  const notBaseline: string[] = [];
  if (s.privileged === true) notBaseline.push('privileged: true');
  for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) if (s[f] === true) notBaseline.push(`${f}: true`);
  if (Array.isArray(s.hostPorts) && s.hostPorts.length) notBaseline.push('hostPorts');
  const volumes = Array.isArray(s.volumes) ? s.volumes.map(String) : [];
  for (const v of volumes) if (BASELINE_VOLUMES_FORBIDDEN.includes(v)) notBaseline.push(`volumes: ${v}`);
  const caps = Array.isArray(s.allowedCapabilities) ? s.allowedCapabilities.map(String) : [];
  for (const c of caps) if (!BASELINE_CAPS.has(c)) notBaseline.push(`allowedCapabilities: ${c}`);
  if (notBaseline.length) return { level: 'privileged', reasons: notBaseline };
  const notRestricted: string[] = [];
  if (s.allowPrivilegeEscalation !== false) notRestricted.push('allowPrivilegeEscalation is not false');
  const rule = isObj(s.runAsUser) ? s.runAsUser.rule : undefined;
  if (rule !== 'MustRunAsNonRoot' && !(rule === 'MustRunAs' && isObj(s.runAsUser) && nonRootRanges(s.runAsUser))) notRestricted.push('runAsUser does not require non-root');
  const drop = Array.isArray(s.requiredDropCapabilities) ? s.requiredDropCapabilities.map(String) : [];
  if (!drop.includes('ALL')) notRestricted.push('requiredDropCapabilities does not include ALL');
  for (const v of volumes) if (!RESTRICTED_VOLUMES.has(v)) notRestricted.push(`volumes: ${v}`);
  if (caps.some((c) => c !== 'NET_BIND_SERVICE')) notRestricted.push('allowedCapabilities beyond NET_BIND_SERVICE');
  return notRestricted.length ? { level: 'baseline', reasons: notRestricted } : { level: 'restricted', reasons: [] };
}

function nonRootRanges(runAsUser: Obj): boolean {
  const ranges = Array.isArray(runAsUser.ranges) ? runAsUser.ranges : [];
  return ranges.length > 0 && ranges.every((r) => isObj(r) && typeof r.min === 'number' && r.min > 0);
}
