import { parseKubeVersion } from '../schemas/kube-version.js';

/** KubeVersionsError is a `--kube-version` value that is not a version or a range of versions. */
export class KubeVersionsError extends Error {
  readonly code = 'INVALID_KUBE_VERSION';
  override readonly name = 'KubeVersionsError';
}

/**
 * expandKubeVersions turns `--kube-version` values into a sorted list of `1.N` targets:
 * each value is a version (`1.29`, `1.29.0`, `v1.29.0`), a comma-separated list of them, or an
 * inclusive range `1.25..1.36`.
 */
export function expandKubeVersions(values: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    const range = raw.split('..');
    if (range.length > 2) throw new KubeVersionsError(`invalid Kubernetes version range "${raw}": use FROM..TO such as 1.25..1.36`);
    const parsed = range.map((r) => parseKubeVersion(r));
    if (parsed.some((p) => p === undefined || !p.startsWith('1.'))) {
      throw new KubeVersionsError(`invalid Kubernetes version "${raw}": use a version such as 1.29, 1.29.0 or v1.29.0, or a range such as 1.25..1.36`);
    }
    const [from, to] = parsed.map((p) => Number(p!.split('.')[1]));
    const hi = to ?? from;
    if (hi < from) throw new KubeVersionsError(`invalid Kubernetes version range "${raw}": ${range[0]} is after ${range[1]}`);
    for (let m = from; m <= hi; m++) out.add(`1.${m}`);
  }
  return [...out].sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
}
