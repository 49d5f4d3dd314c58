const KUBE_VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/;

/** parseKubeVersion normalises `1.29`, `1.29.0` and `v1.29.0` to `1.29`; undefined if malformed. */
export function parseKubeVersion(text: string): string | undefined {
  const m = KUBE_VERSION.exec(text.trim());
  if (!m) return undefined;
  return `${Number(m[1])}.${Number(m[2])}`;
}

/** compareKubeVersions orders `major.minor` strings numerically. */
export function compareKubeVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** nearestKubeVersion picks the bundled version closest to `wanted` (the newer one on a tie). */
export function nearestKubeVersion(wanted: string, available: readonly string[]): string | undefined {
  const minor = (v: string): number => {
    const [maj, min] = v.split('.').map(Number);
    return maj * 1000 + min;
  };
  let best: string | undefined;
  for (const v of available) {
    if (best === undefined) {
      best = v;
      continue;
    }
    const d = Math.abs(minor(v) - minor(wanted));
    const bd = Math.abs(minor(best) - minor(wanted));
    if (d < bd || (d === bd && minor(v) > minor(best))) best = v;
  }
  return best;
}
