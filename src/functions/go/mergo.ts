/**
 * dario.cat/mergo v1.0.1 `Merge` / `MergeWithOverwrite` for `map[string]interface{}` as Sprig's
 * `merge`/`mergeOverwrite` call it. Maps are merged in place (nested maps too, as Go's maps are
 * references); `Merge` only fills keys whose destination value is empty.
 */
import { GoInt, GoMap, GoSlice, type GoValue } from '../../template/value.js';

/** mergoEmpty is mergo's isEmptyValue for a value read out of a map (interfaces dereferenced). */
function mergoEmpty(v: GoValue): boolean {
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

const isNil = (v: GoValue): boolean => v === undefined || v === null;

/**
 * mergeMap merges `src` into `dst` (mergo deepMerge, map case). mergo's slice branch only ever
 * re-stores the value that the final assignment below decides, so it needs no separate step.
 */
export function mergeMap(dst: GoMap, src: GoMap, overwrite: boolean): void {
  for (const [key, s] of src.entries) {
    const has = dst.entries.has(key);
    const d = dst.entries.get(key);
    if (isNil(s)) {
      if (overwrite) dst.entries.set(key, null);
      continue;
    }
    if (s instanceof GoMap && d instanceof GoMap) mergeMap(d, s, overwrite);
    if (has && !mergoEmpty(d)) {
      if (s instanceof GoSlice) {
        if (overwrite) dst.entries.set(key, s);
        continue;
      }
      if (s instanceof GoMap && d instanceof GoMap) continue;
    }
    if (overwrite || !has || mergoEmpty(d)) dst.entries.set(key, s);
  }
}
