/**
 * Sprig v3.3.0 `dict.go`. Dict parameters are typed `map[string]interface{}`; `set`, `unset`
 * and `merge*` mutate the given map in place and return it (it may be shared with `.Values`).
 * A nil map (an untyped nil piped into a map parameter) arrives as null/undefined.
 */
import { FunctionError, type FunctionTable } from '../template/registry.js';
import { GoInt, GoMap, GoSlice, GoStruct, goTypeOf, type GoValue } from '../template/value.js';
import { mergeMap } from './go/mergo.js';
import { goPanic } from './go/panic.js';
import { strval } from './go/print.js';

const ANY = 'interface {}';
const MAP = 'map[string]interface {}';
const S = 'string';

type MaybeMap = GoMap | null | undefined;

/** plain is the map as a `map[string]interface{}` (a named map type such as common.Values loses its name when passed to Sprig). */
const plain = (d: GoMap): GoMap => (d.type === MAP ? d : new GoMap(d.entries, MAP));

const entriesOf = (d: MaybeMap): Map<string, GoValue> => d?.entries ?? new Map();

function dict(...v: GoValue[]): GoMap {
  const m = new GoMap();
  for (let i = 0; i < v.length; i += 2) m.entries.set(strval(v[i]), i + 1 < v.length ? v[i + 1] : '');
  return m;
}

function merge(overwrite: boolean) {
  return (dst: MaybeMap, ...srcs: MaybeMap[]): GoValue => {
    let d = dst;
    for (const src of srcs) {
      if (!d) {
        if (!src) continue;
        d = new GoMap(new Map(), MAP);
      }
      if (src) mergeMap(d, src, overwrite);
    }
    return d ? plain(d) : new GoMap();
  };
}

/**
 * deepCopyValue is copystructure.Copy for template values: maps, slices and structs are copied
 * with their types; unexported struct fields (lower-case names) are not copied and read as zero.
 */
export function deepCopyValue(v: GoValue): GoValue {
  if (v instanceof GoMap) return new GoMap(new Map([...v.entries].map(([k, x]) => [k, deepCopyValue(x)])), v.type, v.methods);
  if (v instanceof GoSlice) return new GoSlice(v.items.map(deepCopyValue), v.type, v.isNil);
  if (v instanceof GoStruct && v.fields.size > 0) {
    const fields = [...v.fields].map(([k, x]): [string, GoValue] => [k, /^[A-Z]/.test(k) ? deepCopyValue(x) : zeroLike(x)]);
    return new GoStruct(v.type, new Map(fields), v.methods, v.pointer, v.stringer, v.json);
  }
  return v;
}

/** zeroLike is the zero value of a field's type, judged from its current value. */
function zeroLike(v: GoValue): GoValue {
  if (typeof v === 'string') return '';
  if (typeof v === 'number') return 0;
  if (typeof v === 'boolean') return false;
  if (v instanceof GoInt) return new GoInt(0n, v.kind);
  if (v instanceof GoSlice) return new GoSlice([], v.type, true);
  if (v instanceof GoMap) return new GoMap(new Map(), v.type);
  return null;
}

function deepCopy(v: GoValue): GoValue {
  if (v === null || v === undefined) goPanic('reflect: call of reflect.Value.Type on zero Value');
  const c = deepCopyValue(v);
  // The copy is returned in an interface, so it is not addressable: a String method with a
  // pointer receiver (KubeVersion) no longer applies when it is printed.
  if (c instanceof GoStruct && !c.pointer && c !== v) return new GoStruct(c.type, c.fields, c.methods, false, undefined, c.json);
  return c;
}

function assertionError(v: GoValue, want: string): string {
  const got = v === null || v === undefined ? 'nil' : goTypeOf(v);
  return `interface conversion: interface {} is ${got}, not ${want}`;
}

function dig(...ps: GoValue[]): GoValue {
  if (ps.length < 3) goPanic('dig needs at least three arguments');
  const last = ps[ps.length - 1];
  if (!(last instanceof GoMap) || last.type !== MAP) goPanic(assertionError(last, MAP));
  const def = ps[ps.length - 2];
  const keys = ps.slice(0, -2).map((k) => (typeof k === 'string' ? k : goPanic(assertionError(k, S))));
  let cur: GoMap = last;
  for (let i = 0; ; i++) {
    if (!cur.entries.has(keys[i])) return def;
    const step = cur.entries.get(keys[i]) ?? null;
    if (i === keys.length - 1) return step;
    if (!(step instanceof GoMap) || step.type !== MAP) goPanic(assertionError(step, MAP));
    cur = step;
  }
}

/** dictFunctions are Sprig's dict functions. */
export const dictFunctions: FunctionTable = {
  dict: { params: [ANY], variadic: true, results: [MAP], fn: dict },
  get: {
    params: [MAP, S],
    results: [ANY],
    fn: (d: MaybeMap, k: string) => (entriesOf(d).has(k) ? (entriesOf(d).get(k) ?? null) : ''),
  },
  set: {
    params: [MAP, S, ANY],
    results: [MAP],
    fn: (d: MaybeMap, k: string, v: GoValue) => {
      if (!d) throw new FunctionError('assignment to entry in nil map');
      d.entries.set(k, v);
      return plain(d);
    },
  },
  unset: {
    params: [MAP, S],
    results: [MAP],
    fn: (d: MaybeMap, k: string) => {
      d?.entries.delete(k);
      return d ? plain(d) : new GoMap();
    },
  },
  hasKey: { params: [MAP, S], results: ['bool'], fn: (d: MaybeMap, k: string) => entriesOf(d).has(k) },
  pluck: {
    params: [S, MAP],
    variadic: true,
    results: ['[]interface {}'],
    fn: (k: string, ...ds: MaybeMap[]) =>
      new GoSlice(ds.filter((d) => entriesOf(d).has(k)).map((d) => entriesOf(d).get(k) ?? null)),
  },
  keys: {
    params: [MAP],
    variadic: true,
    results: ['[]string'],
    hermetic: false,
    fn: (...ds: MaybeMap[]) => new GoSlice(ds.flatMap((d) => (d ? d.sortedKeys() : [])), '[]string'),
  },
  values: {
    params: [MAP],
    results: ['[]interface {}'],
    hermetic: false,
    fn: (d: MaybeMap) => new GoSlice(d ? d.sortedKeys().map((k) => d.entries.get(k) ?? null) : []),
  },
  pick: {
    params: [MAP, S],
    variadic: true,
    results: [MAP],
    fn: (d: MaybeMap, ...keys: string[]) => {
      const e = entriesOf(d);
      return new GoMap(new Map(keys.filter((k) => e.has(k)).map((k) => [k, e.get(k) ?? null])));
    },
  },
  omit: {
    params: [MAP, S],
    variadic: true,
    results: [MAP],
    fn: (d: MaybeMap, ...keys: string[]) => new GoMap(new Map([...entriesOf(d)].filter(([k]) => !keys.includes(k)))),
  },
  merge: { params: [MAP, MAP], variadic: true, results: [ANY], fn: merge(false) },
  mustMerge: { params: [MAP, MAP], variadic: true, results: [ANY, 'error'], fn: merge(false) },
  mergeOverwrite: { params: [MAP, MAP], variadic: true, results: [ANY], fn: merge(true) },
  mustMergeOverwrite: { params: [MAP, MAP], variadic: true, results: [ANY, 'error'], fn: merge(true) },
  deepCopy: { params: [ANY], results: [ANY], fn: deepCopy },
  mustDeepCopy: { params: [ANY], results: [ANY, 'error'], fn: deepCopy },
  dig: { params: [ANY], variadic: true, results: [ANY, 'error'], fn: dig },
};
