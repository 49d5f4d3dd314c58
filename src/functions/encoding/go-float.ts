/**
 * go-float is strconv.FormatFloat(f, fmt, -1, bitSize) for fmt 'g', 'e' and 'f': the shortest
 * digits that round-trip at the given bit size, laid out as Go does (`1e+06`, `1.5e-07`).
 */

/** shortestDigits returns the shortest round-tripping decimal digits and the decimal point position. */
function shortestDigits(f: number, bitSize: 32 | 64): { digits: string; dp: number } {
  let s: string;
  if (bitSize === 32) {
    s = f.toExponential();
    for (let p = 1; p <= 9; p++) {
      const t = f.toExponential(p - 1);
      if (Math.fround(Number(t)) === f) {
        s = t;
        break;
      }
    }
  } else s = f.toExponential();
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
  const digits = (m[1] + (m[2] ?? '')).replace(/0+$/, '') || '0';
  return { digits, dp: Number(m[3]) + 1 };
}

/** formatGoFloat formats like Go's strconv.FormatFloat with precision -1. */
export function formatGoFloat(f: number, fmt: 'g' | 'e' | 'f', prec: -1, bitSize: 32 | 64 = 64): string {
  void prec;
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  const neg = f < 0 || Object.is(f, -0);
  const sign = neg ? '-' : '';
  if (f === 0) return sign + (fmt === 'e' ? '0e+00' : '0');
  const { digits, dp } = shortestDigits(Math.abs(f), bitSize);
  const exp = dp - 1;
  // %g with shortest precision switches to %e when the exponent is < -4 or >= 6 (strconv/ftoa.go).
  if (fmt === 'e' || (fmt === 'g' && (exp < -4 || exp >= 6))) {
    return sign + fmtE(digits, exp);
  }
  return sign + fmtF(digits, dp);
}

function fmtE(digits: string, exp: number): string {
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const e = Math.abs(exp);
  return `${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : e}`;
}

function fmtF(digits: string, dp: number): string {
  if (dp <= 0) return '0.' + '0'.repeat(-dp) + digits;
  if (dp >= digits.length) return digits + '0'.repeat(dp - digits.length);
  return digits.slice(0, dp) + '.' + digits.slice(dp);
}
