/**
 * Go type rules the executor needs for argument conversion (reflect's AssignableTo,
 * canBeNil, Zero) over the `%T` type spellings of the value model.
 */
import { GoInt, GoMap, GoSlice, GoStruct, goTypeOf, type GoValue, type IntKind } from './value.js';

/** TypeKind is reflect.Kind, coarsened to what argument conversion distinguishes. */
export type TypeKind =
  | 'bool'
  | 'string'
  | 'int'
  | 'uint'
  | 'float'
  | 'complex'
  | 'iface'
  | 'value'
  | 'map'
  | 'slice'
  | 'ptr'
  | 'func'
  | 'struct';

const INT_KINDS = new Set(['int', 'int8', 'int16', 'int32', 'int64']);
const UINT_KINDS = new Set(['uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);

/** NAMED_UNDERLYING lists the named (defined) types Helm exposes and their underlying types. */
const NAMED_UNDERLYING: Record<string, string> = {
  'common.Values': 'map[string]interface {}',
  'chartutil.Values': 'map[string]interface {}',
  'engine.files': 'map[string][]uint8',
  'common.VersionSet': '[]string',
  'chartutil.VersionSet': '[]string',
};

const kindCache = new Map<string, TypeKind>();

/** typeKind returns the kind of a Go type spelling. */
export function typeKind(t: string): TypeKind {
  let k = kindCache.get(t);
  if (k === undefined) {
    k = computeKind(t);
    kindCache.set(t, k);
  }
  return k;
}

function computeKind(t: string): TypeKind {
  if (t === 'interface {}' || t === 'any') return 'iface';
  if (t === 'reflect.Value') return 'value';
  if (t === 'string') return 'string';
  if (t === 'bool') return 'bool';
  if (INT_KINDS.has(t)) return 'int';
  if (UINT_KINDS.has(t) || t === 'byte') return 'uint';
  if (t === 'float64' || t === 'float32') return 'float';
  if (t === 'complex128' || t === 'complex64') return 'complex';
  if (t.startsWith('map[')) return 'map';
  if (t.startsWith('[]')) return 'slice';
  if (t.startsWith('*')) return 'ptr';
  if (t.startsWith('func')) return 'func';
  if (t.startsWith('interface')) return 'iface';
  const u = NAMED_UNDERLYING[t];
  if (u) return computeKind(u);
  return 'struct';
}

/** canBeNil reports whether an untyped nil can be assigned to the type (reflect.Zero is nil). */
export function canBeNil(t: string): boolean {
  switch (typeKind(t)) {
    case 'iface':
    case 'value':
    case 'map':
    case 'slice':
    case 'ptr':
    case 'func':
      return true;
  }
  return false;
}

/** zeroValue returns Go's zero value of a type (nil maps and slices are empty and nil). */
export function zeroValue(t: string): GoValue {
  switch (typeKind(t)) {
    case 'value':
      return undefined;
    case 'iface':
    case 'ptr':
    case 'func':
      return null;
    case 'string':
      return '';
    case 'bool':
      return false;
    case 'float':
      return 0;
    case 'int':
    case 'uint':
      return new GoInt(0n, (t === 'byte' ? 'uint8' : t) as IntKind);
    case 'map':
      return new GoMap(new Map(), t);
    case 'slice':
      return new GoSlice([], t, true);
    default:
      return null;
  }
}

function isNamed(t: string): boolean {
  return t in NAMED_UNDERLYING;
}

function underlyingOf(v: GoValue, vt: string): string {
  if (v instanceof GoMap) return NAMED_UNDERLYING[vt] ?? `map[string]${v.elemType}`;
  if (v instanceof GoSlice) return NAMED_UNDERLYING[vt] ?? `[]${v.elemType}`;
  return NAMED_UNDERLYING[vt] ?? vt;
}

/** assignable reports whether a (non-nil) value is assignable to type `t` (reflect AssignableTo). */
export function assignable(v: GoValue, t: string): boolean {
  if (v === null || v === undefined) return typeKind(t) === 'iface';
  if (t === 'interface {}' || t === 'any') return true;
  const vt = goTypeOf(v);
  if (vt === t) return true;
  if (typeKind(t) === 'iface') return false;
  if (isNamed(vt) && isNamed(t)) return false;
  return underlyingOf(v, vt) === (NAMED_UNDERLYING[t] ?? t);
}

/** derefStruct returns the struct a pointer-to-struct value points to (Go's indirect). */
export function derefStruct(v: GoStruct): GoStruct {
  if (!v.pointer) return v;
  return new GoStruct(
    v.type.startsWith('*') ? v.type.slice(1) : v.type,
    v.fields,
    v.methods,
    false,
    v.stringer,
    v.json,
  );
}
