/**
 * `%v` printing and Sprig's `strval` for the function library. Delegates to the template
 * stage's fmt port when available; this module keeps the function tables independent of
 * the formatter's internals.
 */
import { GoInt, GoMap, GoSlice, GoStruct, GoTime, type GoValue } from '../../template/value.js';
import { fromGoBytes } from './bytes.js';

/** formatFloatV is Go's `%v` for a float64: shortest digits, exponent form when the exponent is < -4 or >= 6. */
export function formatFloatV(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant, expText] = f.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const e = Math.abs(exp);
    return `${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : e}`;
  }
  return plain(mant, exp);
}

function plain(mant: string, exp: number): string {
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let s: string;
  if (exp < 0) s = '0.' + '0'.repeat(-exp - 1) + digits;
  else if (digits.length <= exp + 1) s = digits + '0'.repeat(exp + 1 - digits.length);
  else s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  return (neg ? '-' : '') + s;
}

/** formatV is fmt's `%v` for one operand (`<nil>` for nil). */
export function formatV(v: GoValue, top = true): string {
  if (v === undefined || v === null) return '<nil>';
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return formatFloatV(v);
  }
  if (v instanceof GoInt) return v.v.toString();
  if (v instanceof GoSlice) return '[' + v.items.map((x) => formatV(x, false)).join(' ') + ']';
  if (v instanceof GoMap) return 'map[' + v.sortedKeys().map((k) => `${k}:${formatV(v.entries.get(k), false)}`).join(' ') + ']';
  if (v instanceof GoStruct) {
    if (v.stringer) return v.stringer();
    const body = '{' + [...v.fields.values()].map((x) => formatV(x, false)).join(' ') + '}';
    return v.pointer && top ? '&' + body : body;
  }
  if (v instanceof GoTime) return String(v.unixNano);
  return v.type;
}

/** strval is Sprig's `strval`: strings as-is, `[]byte` as text, Stringer/error via their method, else `%v`. */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof GoSlice && v.type === '[]uint8') return fromGoBytes(v.items.map((x) => Number((x as GoInt).v)));
  return formatV(v);
}
