import { GoInt, GoMap, GoSlice, type GoValue } from '../../template/value.js';

/**
 * goEmpty is Sprig's `empty`: nil, false, numeric zero and zero-length strings, slices and maps
 * are empty; structs (and `time.Time`) never are; non-nil pointers and funcs are not.
 */
export function goEmpty(v: GoValue): boolean {
  if (v === undefined || v === null) return true;
  switch (typeof v) {
    case 'string':
      return v.length === 0;
    case 'boolean':
      return !v;
    case 'number':
      return v === 0;
  }
  if (v instanceof GoInt) return v.v === 0n;
  if (v instanceof GoMap) return v.entries.size === 0;
  if (v instanceof GoSlice) return v.items.length === 0;
  return false;
}
