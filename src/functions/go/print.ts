/** `%v` printing and Sprig's `strval` for the function library (Go fmt lives in src/template/fmt.ts). */
import { formatValue } from '../../template/fmt.js';
import { GoInt, GoSlice, type GoValue } from '../../template/value.js';
import { fromGoBytes } from './bytes.js';

/** formatV is fmt's `%v` for one operand (`<nil>` for nil). */
export function formatV(v: GoValue): string {
  return formatValue(v);
}

/**
 * strval is Sprig's `strval`: strings as-is, `[]byte` as text, else `%v` (fmt applies Stringer/error
 * exactly when Go's type switch would: a struct whose String has a pointer receiver prints as fields).
 */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof GoSlice && v.type === '[]uint8') return fromGoBytes(v.items.map((x) => Number((x as GoInt).v)));
  return formatValue(v);
}
