/**
 * printValue's text for an action's result (golang/go exec.go printValue/printableValue):
 * untyped nil prints `<no value>`, pointers are dereferenced once, Stringers print their
 * String(); everything else is formatted with fmt's %v.
 */
import { formatValue } from './fmt.js';
import { derefStruct } from './go-types.js';
import { GoFunc, GoStruct, type GoValue } from './value.js';

/** printableText returns the printed form of a value, or undefined when Go cannot print it (funcs). */
export function printableText(v: GoValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v === undefined || v === null) return '<no value>';
  if (v instanceof GoStruct) {
    const s = derefStruct(v);
    return s.stringer ? s.stringer() : formatValue(s);
  }
  if (v instanceof GoFunc) return undefined;
  return formatValue(v);
}
