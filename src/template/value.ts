/**
 * The Go value model that text/template, Sprig and Helm operate on.
 *
 * Go's template engine is reflection-driven: behaviour depends on Go's static and
 * dynamic types, so JavaScript values alone cannot express it. The mapping is:
 *
 * | Go                                  | JavaScript                                         |
 * |-------------------------------------|----------------------------------------------------|
 * | invalid reflect.Value (untyped nil) | `undefined`                                        |
 * | nil `interface{}` (missing key, null)| `null`                                            |
 * | `string`                            | `string` (UTF-16 in JS; byte-based funcs convert)  |
 * | `bool`                              | `boolean`                                          |
 * | `float64`                           | `number`                                           |
 * | `int`, `int64`, `uint64`, `uint8`…  | {@link GoInt} (exact `bigint` plus its Go kind)    |
 * | maps (`map[string]interface {}` …)  | {@link GoMap}                                      |
 * | slices (`[]interface {}`, `[]string`…)| {@link GoSlice}                                  |
 * | structs, pointers, named types      | {@link GoStruct}                                   |
 * | `time.Time`                         | {@link GoTime}                                     |
 * | func values (for `call`)            | {@link GoFunc}                                     |
 *
 * Go types are named by their `%T` spelling (`map[string]interface {}`, `[]interface {}`,
 * `common.Values`), which is what `typeOf` prints and error messages quote.
 */

/** IntKind is the Go kind of an integer value. */
export type IntKind = 'int' | 'int64' | 'int32' | 'int8' | 'int16' | 'uint' | 'uint64' | 'uint32' | 'uint8' | 'uint16';

/** GoInt is a Go integer of a specific kind; `v` is exact and already wrapped to the kind's width. */
export class GoInt {
  constructor(
    readonly v: bigint,
    readonly kind: IntKind = 'int',
  ) {}
  toString(): string {
    return this.v.toString();
  }
}

/** GoMap is a Go map with string keys. `type` is its `%T` spelling. */
export class GoMap {
  constructor(
    readonly entries: Map<string, GoValue> = new Map(),
    /** e.g. `map[string]interface {}`, `common.Values`, `map[string]string`, `engine.files`. */
    readonly type: string = 'map[string]interface {}',
    /** Methods callable as fields (`.Values.YAML`, `.Files.Get`); they shadow same-named keys. */
    readonly methods?: Record<string, GoMethod>,
  ) {}
  /** elemType is the Go type of the map's values (`interface {}` for most maps). */
  get elemType(): string {
    if (this.type === 'map[string]interface {}' || this.type === 'common.Values' || this.type === 'chartutil.Values') return 'interface {}';
    const m = /^map\[string\](.*)$/.exec(this.type);
    if (m) return m[1];
    if (this.type === 'engine.files') return '[]uint8';
    return 'interface {}';
  }
  /** sortedKeys returns the keys in Go's fmtsort order (byte-wise). */
  sortedKeys(): string[] {
    return [...this.entries.keys()].sort(compareGoStrings);
  }
}

/** GoSlice is a Go slice. `type` is its `%T` spelling (`[]interface {}`, `[]string`, `[]int`, `[]uint8`). */
export class GoSlice {
  constructor(
    readonly items: GoValue[] = [],
    readonly type: string = '[]interface {}',
    /** true for a nil slice (prints `[]` like an empty one but is nil for `empty`/comparison). */
    readonly isNil = false,
    /** Methods of a named slice type (`common.VersionSet.Has`), callable as fields. */
    readonly methods?: Record<string, GoMethod>,
  ) {}
  get elemType(): string {
    return this.type.startsWith('[]') ? this.type.slice(2) : 'interface {}';
  }
}

/**
 * GoMethod is a method value reachable as a field (`.Files.Get "x"`).
 * `params` and `results` are Go type spellings used for argument conversion.
 */
export interface GoMethod {
  params: string[];
  variadic?: boolean;
  results: string[];
  fn: (...args: GoValue[]) => GoValue;
}

/** GoStruct is a Go struct value (or pointer to struct when `pointer` is set). */
export class GoStruct {
  constructor(
    /** `%T` spelling, e.g. `*common.Capabilities`, `common.KubeVersion`. */
    readonly type: string,
    /** Exported fields in declaration order. */
    readonly fields: Map<string, GoValue>,
    readonly methods: Record<string, GoMethod> = {},
    readonly pointer = false,
    /** Printed form with `%v` when the value implements fmt.Stringer/error (e.g. KubeVersion → `v1.35.0`). */
    readonly stringer?: () => string,
    /** JSON encoding (encoding/json with json tags) used by toJson/toYaml; defaults to fields. */
    readonly json?: () => GoValue,
  ) {}
}

/** GoTime is a `time.Time`: an instant plus the zone it is displayed in. */
export class GoTime {
  constructor(
    /** nanoseconds since the Unix epoch (UTC). */
    readonly unixNano: bigint,
    /** IANA zone name or `UTC`/`Local`. */
    readonly zone: string = 'UTC',
    /** Fixed offset in seconds east of UTC for `zone` at this instant. */
    readonly offset: number = 0,
    /** Abbreviation printed by Time.String (e.g. `UTC`, `CET`, `+0800`). */
    readonly abbrev: string = 'UTC',
  ) {}
}

/** GoFunc is a function value (only reachable through `call`). */
export class GoFunc {
  constructor(
    readonly type: string,
    readonly params: string[],
    readonly results: string[],
    readonly fn: (...args: GoValue[]) => GoValue,
    readonly variadic = false,
  ) {}
}

/** GoValue is any value a template can see. */
export type GoValue = undefined | null | string | boolean | number | GoInt | GoMap | GoSlice | GoStruct | GoTime | GoFunc;

/** compareGoStrings compares strings byte-wise in UTF-8 order, as Go's `<` on strings does. */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  // UTF-16 code-unit order equals UTF-8 byte order except for surrogate pairs vs U+E000..U+FFFF.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys && (x >= 0xe000 || y >= 0xe000)) return xs ? 1 : -1;
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

/** int makes a Go `int` value. */
export function goInt(v: number | bigint, kind: IntKind = 'int'): GoInt {
  return new GoInt(wrapInt(typeof v === 'bigint' ? v : BigInt(Math.trunc(v)), kind), kind);
}

const WIDTH: Record<IntKind, [number, boolean]> = {
  int: [64, true],
  int64: [64, true],
  int32: [32, true],
  int16: [16, true],
  int8: [8, true],
  uint: [64, false],
  uint64: [64, false],
  uint32: [32, false],
  uint16: [16, false],
  uint8: [8, false],
};

/** wrapInt truncates `v` to the width of `kind` with two's-complement wrap-around, as Go arithmetic does. */
export function wrapInt(v: bigint, kind: IntKind): bigint {
  const [bits, signed] = WIDTH[kind];
  return signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

/** isSignedKind tells whether an integer kind is signed. */
export function isSignedKind(kind: IntKind): boolean {
  return WIDTH[kind][1];
}

/** goTypeOf returns the `%T` spelling of a value (`<nil>` for both kinds of nil). */
export function goTypeOf(v: GoValue): string {
  if (v === undefined || v === null) return '<nil>';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return 'float64';
  }
  if (v instanceof GoInt) return v.kind;
  if (v instanceof GoTime) return 'time.Time';
  return v.type;
}

/** GoKind is reflect.Kind's name for a value (`kindOf`). */
export function goKindOf(v: GoValue): string {
  if (v === undefined || v === null) return 'invalid';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return 'float64';
  }
  if (v instanceof GoInt) return v.kind;
  if (v instanceof GoMap) return 'map';
  if (v instanceof GoSlice) return 'slice';
  if (v instanceof GoTime) return 'struct';
  if (v instanceof GoFunc) return 'func';
  return v.pointer ? 'ptr' : 'struct';
}

/** newMap builds a `map[string]interface {}` from JS entries. */
export function newMap(entries: Iterable<[string, GoValue]> = [], type = 'map[string]interface {}'): GoMap {
  return new GoMap(new Map(entries), type);
}

/** newList builds a `[]interface {}`. */
export function newList(items: GoValue[] = [], type = '[]interface {}'): GoSlice {
  return new GoSlice(items, type);
}
