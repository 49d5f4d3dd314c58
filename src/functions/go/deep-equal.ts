import { GoFunc, GoInt, GoMap, GoSlice, GoStruct, GoTime, goTypeOf, type GoValue } from '../../template/value.js';

/**
 * goDeepEqual is Go's reflect.DeepEqual over template values: dynamic types must be identical
 * (`int` 1 ≠ `int64` 1 ≠ `float64` 1), nil and empty slices/maps differ, NaN ≠ NaN.
 */
export function goDeepEqual(a: GoValue, b: GoValue): boolean {
  const an = a === undefined || a === null;
  const bn = b === undefined || b === null;
  if (an || bn) return an && bn;
  if (goTypeOf(a) !== goTypeOf(b)) return false;
  return deepValueEqual(a, b);
}

function deepValueEqual(a: GoValue, b: GoValue): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof GoInt && b instanceof GoInt) return a.v === b.v;
  if (a instanceof GoSlice && b instanceof GoSlice) {
    if (a.isNil !== b.isNil || a.items.length !== b.items.length) return false;
    return a.items.every((x, i) => goDeepEqual(x, b.items[i]));
  }
  if (a instanceof GoMap && b instanceof GoMap) {
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, v] of a.entries) {
      if (!b.entries.has(k) || !goDeepEqual(v, b.entries.get(k))) return false;
    }
    return true;
  }
  if (a instanceof GoTime && b instanceof GoTime) {
    return a.unixNano === b.unixNano && a.zone === b.zone && a.offset === b.offset;
  }
  if (a instanceof GoStruct && b instanceof GoStruct) {
    if (a.fields.size === 0 && b.fields.size === 0) return opaqueEqual(a, b);
    if (a.fields.size !== b.fields.size) return false;
    for (const [k, v] of a.fields) if (!goDeepEqual(v, b.fields.get(k))) return false;
    return true;
  }
  if (a instanceof GoFunc && b instanceof GoFunc) return false;
  return false;
}

/**
 * opaqueEqual compares structs modelled without fields (their state lives behind methods, e.g.
 * `*semver.Version`): equal when their printed form and their zero-argument string methods agree.
 */
function opaqueEqual(a: GoStruct, b: GoStruct): boolean {
  if (a.stringer?.() !== b.stringer?.()) return false;
  for (const [name, m] of Object.entries(a.methods)) {
    const other = b.methods[name];
    if (m.params.length !== 0 || m.results[0] !== 'string' || !other) continue;
    if (m.fn() !== other.fn()) return false;
  }
  return true;
}
