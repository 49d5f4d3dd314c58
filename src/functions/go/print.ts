/** `%v` printing and Sprig's `strval` for the function library (Go fmt lives in src/template/fmt.ts). */
import { formatValue } from '../../template/fmt.js';
import { GoInt, GoSlice, GoStruct, type GoValue } from '../../template/value.js';
import { fromGoBytes } from './bytes.js';

/** formatV is fmt's `%v` for one operand (`<nil>` for nil). */
export function formatV(v: GoValue): string {
  return formatValue(v);
}

/** strval is Sprig's `strval`: strings as-is, `[]byte` as text, Stringer/error via their method, else `%v`. */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof GoSlice && v.type === '[]uint8') return fromGoBytes(v.items.map((x) => Number((x as GoInt).v)));
  if (v instanceof GoStruct && v.stringer) return v.stringer();
  return formatValue(v);
}
