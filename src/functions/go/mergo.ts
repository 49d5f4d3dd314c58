/**
 * dario.cat/mergo v1.0.1 `Merge` / `MergeWithOverwrite` for `map[string]interface{}` as Sprig's
 * `merge`/`mergeOverwrite` call it. Maps are merged in place (nested maps too, as Go's maps are
 * references); `Merge` only fills keys whose destination value is empty.
 */
import { GoMap, GoSlice, type GoValue } from '../../template/value.js';
// mergo's isEmptyValue for a value read out of a map (interfaces dereferenced) is Sprig's `empty`
import { goEmpty } from './empty.js';

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
    if (has && !goEmpty(d)) {
      if (s instanceof GoSlice) {
        if (overwrite) dst.entries.set(key, s);
        continue;
      }
      if (s instanceof GoMap && d instanceof GoMap) continue;
    }
    if (overwrite || !has || goEmpty(d)) dst.entries.set(key, s);
  }
}
