/**
 * The slice of shopspring/decimal v1.4.0 that Sprig's float arithmetic (`addf`, `subf`, `mulf`,
 * `divf`, `add1f`) goes through: floats become exact shortest decimals, the operation is exact
 * (division rounds half away from zero at 16 fractional digits) and the result is the nearest
 * float64.
 */
import { FunctionError } from '../../template/registry.js';

/** Decimal is value × 10^exp. */
export interface Decimal {
  value: bigint;
  exp: number;
}

const DIVISION_PRECISION = 16;

/** decimalFromFloat is decimal.NewFromFloat (shortest round-trip digits); NaN/Inf panic. */
export function decimalFromFloat(f: number): Decimal {
  if (!Number.isFinite(f)) {
    throw new FunctionError(`Cannot create a Decimal from ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  }
  if (f === 0) return { value: 0n, exp: 0 };
  const [mant, e] = f.toExponential().split('e');
  const digits = mant.replace('.', '');
  const frac = mant.includes('.') ? mant.length - mant.indexOf('.') - 1 : 0;
  return { value: BigInt(digits), exp: Number(e) - frac };
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exp = Math.min(a.exp, b.exp);
  return [a.value * pow10(a.exp - exp), b.value * pow10(b.exp - exp), exp];
}

export function decimalAdd(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return { value: x + y, exp };
}

export function decimalSub(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return { value: x - y, exp };
}

export function decimalMul(a: Decimal, b: Decimal): Decimal {
  return { value: a.value * b.value, exp: a.exp + b.exp };
}

/** decimalDiv is Decimal.Div: DivRound to 16 places; division by zero panics. */
export function decimalDiv(a: Decimal, b: Decimal): Decimal {
  if (b.value === 0n) throw new FunctionError('decimal division by 0');
  // a/b × 10^16 = a.value × 10^(a.exp - b.exp + 16) / b.value
  const shift = a.exp - b.exp + DIVISION_PRECISION;
  let num = a.value;
  let den = b.value;
  if (shift >= 0) num *= pow10(shift);
  else den *= pow10(-shift);
  let q = num / den;
  const r = num % den;
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  if (2n * abs(r) >= abs(den)) q += (a.value < 0n) !== (b.value < 0n) ? -1n : 1n;
  return { value: q, exp: -DIVISION_PRECISION };
}

/** decimalToFloat is Decimal.Float64: the float64 nearest to the exact value. */
export function decimalToFloat(d: Decimal): number {
  if (d.value === 0n) return 0;
  return Number(`${d.value}e${d.exp}`);
}
