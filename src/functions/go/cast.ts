/**
 * spf13/cast v1.7.0 conversions as Sprig uses them (`toInt64`, `toInt`, `toFloat64`): errors
 * are ignored by Sprig, so every failure is 0.
 */
import { GoInt, type GoValue } from '../../template/value.js';
import { parseFloat64, parseInt64 } from './strconv.js';

const MIN_INT64 = -(1n << 63n);
const TWO63 = 2 ** 63;

/** floatToInt64 is Go's int64(f) on amd64: truncation; NaN and out-of-range give MinInt64. */
export function floatToInt64(f: number): bigint {
  if (Number.isNaN(f) || f >= TWO63 || f < -TWO63) return MIN_INT64;
  return BigInt(Math.trunc(f));
}

/** trimZeroDecimal is cast's helper that drops a `.0…` suffix (`"1.00"` → `"1"`). */
export function trimZeroDecimal(s: string): string {
  let foundZero = false;
  for (let i = s.length; i > 0; i--) {
    const c = s[i - 1];
    if (c === '.') {
      if (foundZero) return s.slice(0, i - 1);
    } else if (c === '0') foundZero = true;
    else return s;
  }
  return s;
}

/** castToInt64 is cast.ToInt64 (also cast.ToInt: Go's int is 64-bit). */
export function castToInt64(v: GoValue): bigint {
  if (v === undefined || v === null) return 0n;
  switch (typeof v) {
    case 'number':
      return floatToInt64(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'string': {
      const r = parseInt64(trimZeroDecimal(v), 0);
      return r.err ? 0n : r.value;
    }
  }
  if (v instanceof GoInt) return BigInt.asIntN(64, v.v);
  return 0n;
}

/** castToFloat64 is cast.ToFloat64. */
export function castToFloat64(v: GoValue): number {
  if (v === undefined || v === null) return 0;
  switch (typeof v) {
    case 'number':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return parseFloat64(v) ?? 0;
  }
  if (v instanceof GoInt) return Number(v.v);
  return 0;
}
