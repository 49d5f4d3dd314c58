/** Go's `time.Duration`: ParseDuration, String and Round on int64 nanoseconds (bigint). */

const MAX_I64 = (1n << 63n) - 1n;
const LIMIT = 1n << 63n;

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n,
  μs: 1000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** SECOND is one second in nanoseconds. */
export const SECOND = 1_000_000_000n;

/** DurationError is a `time.ParseDuration` failure with Go's message. */
export class DurationError extends Error {
  readonly code = 'GO_DURATION';
  constructor(message: string) {
    super(message);
    this.name = 'DurationError';
  }
}

/** timeQuote is the `time` package's own quote (non-ASCII and control bytes as `\xNN`). */
export function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x80 || c < 0x20) {
      for (const b of Buffer.from(ch, 'utf8')) out += '\\x' + b.toString(16).padStart(2, '0');
    } else out += ch === '"' || ch === '\\' ? '\\' + ch : ch;
  }
  return out + '"';
}

/** parseDuration is `time.ParseDuration`; returns nanoseconds or throws {@link DurationError}. */
export function parseDuration(orig: string): bigint {
  const invalid = (): DurationError => new DurationError(`time: invalid duration ${timeQuote(orig)}`);
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') throw invalid();
  let d = 0n;
  while (s !== '') {
    if (!/^[0-9.]/.test(s)) throw invalid();
    const intPart = /^[0-9]*/.exec(s)?.[0] ?? '';
    let v = 0n;
    for (const c of intPart) {
      if (v > LIMIT / 10n) throw invalid();
      v = v * 10n + BigInt(c.charCodeAt(0) - 48);
      if (v > LIMIT) throw invalid();
    }
    s = s.slice(intPart.length);
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s.startsWith('.')) {
      s = s.slice(1);
      const frac = /^[0-9]*/.exec(s)?.[0] ?? '';
      post = frac.length > 0;
      let overflow = false;
      for (const c of frac) {
        if (overflow) continue;
        if (f > MAX_I64 / 10n) {
          overflow = true;
          continue;
        }
        const y = f * 10n + BigInt(c.charCodeAt(0) - 48);
        if (y > LIMIT) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      s = s.slice(frac.length);
    }
    if (intPart === '' && !post) throw invalid();
    const u = /^[^0-9.]*/.exec(s)?.[0] ?? '';
    if (u === '') throw new DurationError(`time: missing unit in duration ${timeQuote(orig)}`);
    s = s.slice(u.length);
    const unit = UNITS[u];
    if (unit === undefined)
      throw new DurationError(`time: unknown unit ${timeQuote(u)} in duration ${timeQuote(orig)}`);
    if (v > LIMIT / unit) throw invalid();
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > LIMIT) throw invalid();
    }
    d += v;
    if (d > LIMIT) throw invalid();
  }
  if (neg) return -d;
  if (d > MAX_I64) throw invalid();
  return d;
}

/** fmtFrac renders v's last `prec` digits as `.ddd` without trailing zeros. */
function fmtFrac(v: bigint, prec: number): [string, bigint] {
  const p = 10n ** BigInt(prec);
  const digits = (v % p).toString().padStart(prec, '0').replace(/0+$/, '');
  return [digits === '' ? '' : '.' + digits, v / p];
}

/** durationString is Go's `Duration.String()` (`1h1m1s`, `1.5s`, `2ms`, `0s`). */
export function durationString(d: bigint): string {
  const neg = d < 0n;
  let u = BigInt.asUintN(64, neg ? -d : d);
  let out: string;
  if (u < SECOND) {
    if (u === 0n) return '0s';
    let prec: number;
    let unit: string;
    if (u < 1000n) [prec, unit] = [0, 'ns'];
    else if (u < 1_000_000n) [prec, unit] = [3, 'µs'];
    else [prec, unit] = [6, 'ms'];
    const [frac, whole] = fmtFrac(u, prec);
    out = `${whole}${frac}${unit}`;
  } else {
    const [frac, secs] = fmtFrac(u, 9);
    out = `${secs % 60n}${frac}s`;
    u = secs / 60n;
    if (u > 0n) {
      out = `${u % 60n}m${out}`;
      u /= 60n;
      if (u > 0n) out = `${u}h${out}`;
    }
  }
  return neg ? '-' + out : out;
}

/** roundDuration is `Duration.Round(m)` with Go's saturation on overflow. */
export function roundDuration(d: bigint, m: bigint): bigint {
  if (m <= 0n) return d;
  let r = d % m;
  const lessThanHalf = (x: bigint): boolean => BigInt.asUintN(64, x + x) < BigInt.asUintN(64, m);
  if (d < 0n) {
    r = -r;
    if (lessThanHalf(r)) return d + r;
    const d1 = d - m + r;
    return d1 < d && d1 >= -LIMIT ? d1 : -LIMIT;
  }
  if (lessThanHalf(r)) return d - r;
  const d1 = d + m - r;
  return d1 > d && d1 <= MAX_I64 ? d1 : MAX_I64;
}
