/**
 * Masterminds/semver v3 `Version` (v3.3.0 in Helm 3.17, v3.4.0 in Helm 4.1): parsing with
 * coercion (`1.2` → `1.2.0`, `v` prefix), comparison and printing. Helm uses it for
 * `semver`/`semverCompare`, Chart.yaml `kubeVersion` and dependency version ranges.
 */

/** SemverLib selects the library release whose texts and prerelease rules apply. */
export type SemverLib = '3.3' | '3.4';

/** semverLibFor maps a Helm major version to the Masterminds/semver release it links. */
export function semverLibFor(helmVersion: 3 | 4): SemverLib {
  return helmVersion === 3 ? '3.3' : '3.4';
}

/** SemverError is an error returned by the semver library (message is Go's text). */
export class SemverError extends Error {
  readonly code = 'SEMVER_ERROR';
  constructor(message: string) {
    super(message);
    this.name = 'SemverError';
  }
}

const MESSAGES = {
  invalid: { '3.3': 'Invalid Semantic Version', '3.4': 'invalid semantic version' },
  segmentZero: { '3.3': 'Version segment starts with 0', '3.4': 'version segment starts with 0' },
  prerelease: { '3.3': 'Invalid Prerelease string', '3.4': 'invalid prerelease string' },
  metadata: { '3.3': 'Invalid Metadata string', '3.4': 'invalid metadata string' },
  segment: { '3.3': 'Error parsing version segment: ', '3.4': 'error parsing version segment: ' },
} as const;

/** semverMessage returns one of the library's fixed error texts. */
export function semverMessage(key: keyof typeof MESSAGES, lib: SemverLib): string {
  return MESSAGES[key][lib];
}

// looseSemVerRegex (v3.4) = semVerRegex (v3.3); Go's \s is not used here.
const LOOSE =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const MAX_UINT64 = (1n << 64n) - 1n;
const NUM = /^[0-9]*$/;
const ALLOWED = /^[0-9A-Za-z-]*$/;

/** SemverVersion is `*semver.Version`. */
export class SemverVersion {
  constructor(
    readonly major: bigint,
    readonly minor: bigint,
    readonly patch: bigint,
    readonly pre: string,
    readonly metadata: string,
    readonly original: string,
  ) {}

  /** String is the normalized form (`1.2.0`, no `v`). */
  toString(): string {
    let s = `${this.major}.${this.minor}.${this.patch}`;
    if (this.pre !== '') s += `-${this.pre}`;
    if (this.metadata !== '') s += `+${this.metadata}`;
    return s;
  }

  /** compare returns -1, 0 or 1 (metadata ignored; a prerelease sorts before its release). */
  compare(o: SemverVersion): number {
    for (const [a, b] of [
      [this.major, o.major],
      [this.minor, o.minor],
      [this.patch, o.patch],
    ]) {
      if (a !== b) return a < b ? -1 : 1;
    }
    if (this.pre === '' && o.pre === '') return 0;
    if (this.pre === '') return 1;
    if (o.pre === '') return -1;
    return comparePrerelease(this.pre, o.pre);
  }

  lessThan(o: SemverVersion): boolean {
    return this.compare(o) < 0;
  }

  equal(o: SemverVersion): boolean {
    return this.compare(o) === 0;
  }

  /** vPrefix is the original leading `v`, kept by the Inc/Set methods. */
  private vPrefix(): string {
    return this.original.startsWith('v') ? 'v' : '';
  }

  /** with copies the version with new parts; `original` is recomputed as IncMajor, SetPrerelease etc. do. */
  with(parts: { major?: bigint; minor?: bigint; patch?: bigint; pre?: string; metadata?: string }): SemverVersion {
    const v = new SemverVersion(
      parts.major ?? this.major,
      parts.minor ?? this.minor,
      parts.patch ?? this.patch,
      parts.pre ?? this.pre,
      parts.metadata ?? this.metadata,
      '',
    );
    return new SemverVersion(v.major, v.minor, v.patch, v.pre, v.metadata, this.vPrefix() + v.toString());
  }
}

function parseUint(s: string, lib: SemverLib): bigint {
  const n = BigInt(s);
  if (n > MAX_UINT64) {
    throw new SemverError(
      `${semverMessage('segment', lib)}strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range`,
    );
  }
  return n;
}

/** validatePrerelease checks dot-separated identifiers (numeric ones without leading zeros). */
export function validatePrerelease(p: string, lib: SemverLib): void {
  for (const part of p.split('.')) {
    if (lib === '3.4' && part === '') throw new SemverError(semverMessage('prerelease', lib));
    if (NUM.test(part)) {
      if (part.length > 1 && part[0] === '0') throw new SemverError(semverMessage('segmentZero', lib));
    } else if (!ALLOWED.test(part)) throw new SemverError(semverMessage('prerelease', lib));
  }
}

/** validateMetadata checks dot-separated metadata identifiers. */
export function validateMetadata(m: string, lib: SemverLib): void {
  for (const part of m.split('.')) {
    if ((lib === '3.4' && part === '') || !ALLOWED.test(part)) throw new SemverError(semverMessage('metadata', lib));
  }
}

/** parseVersion is `semver.NewVersion` (coercing); it throws {@link SemverError}. */
export function parseVersion(v: string, lib: SemverLib): SemverVersion {
  const m = LOOSE.exec(v);
  if (!m) throw new SemverError(semverMessage('invalid', lib));
  const major = parseUint(m[1], lib);
  const minor = m[2] ? parseUint(m[2].slice(1), lib) : 0n;
  const patch = m[3] ? parseUint(m[3].slice(1), lib) : 0n;
  const pre = m[5] ?? '';
  const metadata = m[8] ?? '';
  if (pre !== '') validatePrerelease(pre, lib);
  if (metadata !== '') validateMetadata(metadata, lib);
  return new SemverVersion(major, minor, patch, pre, metadata, v);
}

/** zeroVersion is `StrictNewVersion("0.0.0")`, the version of an empty constraint. */
export function zeroVersion(): SemverVersion {
  return new SemverVersion(0n, 0n, 0n, '', '', '0.0.0');
}

/** comparePrerelease orders prerelease strings part by part (numeric parts numerically, before alphanumerics). */
export function comparePrerelease(v: string, o: string): number {
  const sp = v.split('.');
  const op = o.split('.');
  const l = Math.max(sp.length, op.length);
  for (let i = 0; i < l; i++) {
    const d = comparePrePart(sp[i] ?? '', op[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

/** asUint is strconv.ParseUint(s, 10, 64) or undefined when it fails. */
function asUint(s: string): bigint | undefined {
  if (!/^[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n > MAX_UINT64 ? undefined : n;
}

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return -1;
  if (o === '') return 1;
  const oi = asUint(o);
  const si = asUint(s);
  if (oi === undefined && si === undefined) return s > o ? 1 : -1;
  if (oi === undefined) return -1;
  if (si === undefined) return 1;
  return si > oi ? 1 : -1;
}
