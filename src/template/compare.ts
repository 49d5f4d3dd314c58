/**
 * Builtin comparison functions eq/ne/lt/le/gt/ge with Go's type rules
 * (golang/go src/text/template/funcs.go): basic kinds must match except signed vs
 * unsigned integers; nil compares only to nil; maps and slices are not comparable.
 */
import { FunctionError } from './registry.js';
import { sprintf } from './fmt.js';
import { complexParts } from './complex.js';
import {
  GoFunc,
  GoInt,
  GoMap,
  GoSlice,
  GoStruct,
  GoTime,
  compareGoStrings,
  goTypeOf,
  isSignedKind,
  type GoValue,
} from './value.js';

const enum Kind {
  Invalid,
  Bool,
  Complex,
  Int,
  Float,
  String,
  Uint,
}

function basicKind(v: GoValue): Kind {
  switch (typeof v) {
    case 'boolean':
      return Kind.Bool;
    case 'number':
      return Kind.Float;
    case 'string':
      return Kind.String;
  }
  if (v instanceof GoInt) return isSignedKind(v.kind) ? Kind.Int : Kind.Uint;
  if (complexParts(v)) return Kind.Complex;
  return Kind.Invalid;
}

/** indirectInterface turns a nil interface into an invalid value (untyped nil). */
function ind(v: GoValue): GoValue {
  return v === null ? undefined : v;
}

function reflectKind(v: GoValue): string {
  if (v === undefined || v === null) return 'invalid';
  if (v instanceof GoMap) return 'map';
  if (v instanceof GoSlice) return 'slice';
  if (v instanceof GoFunc) return 'func';
  if (v instanceof GoStruct) return v.pointer ? 'ptr' : 'struct';
  if (v instanceof GoTime) return 'struct';
  return typeof v;
}

function isNil(v: GoValue): boolean {
  if (v === undefined || v === null) return true;
  if (v instanceof GoSlice) return v.isNil;
  return false;
}

function comparable(v: GoValue): boolean {
  return !(v instanceof GoMap || v instanceof GoSlice || v instanceof GoFunc);
}

function sameValue(a: GoValue, b: GoValue): boolean {
  if (a === b) return true;
  if (a instanceof GoTime && b instanceof GoTime)
    return a.unixNano === b.unixNano && a.zone === b.zone && a.offset === b.offset;
  if (a instanceof GoStruct && b instanceof GoStruct) {
    if (a.pointer || b.pointer || a.type !== b.type) return false;
    for (const [k, v] of a.fields) if (!sameValue(v, b.fields.get(k))) return false;
    return true;
  }
  return false;
}

function intVal(v: GoValue): bigint {
  return (v as GoInt).v;
}

/**
 * ComparisonOptions: `typesInErrors` is false for Go 1.23 (Helm 3.17), whose
 * `incompatible types for comparison` error did not name the types.
 */
export interface ComparisonOptions {
  typesInErrors: boolean;
}

const DETAILED: ComparisonOptions = { typesInErrors: true };

function incompatible(o: ComparisonOptions, a: GoValue, b: GoValue): FunctionError {
  return new FunctionError(
    o.typesInErrors
      ? `incompatible types for comparison: ${goTypeOf(a)} and ${goTypeOf(b)}`
      : 'incompatible types for comparison',
  );
}

/** goEq implements `eq arg1 arg2...`: true if arg1 equals any of the others. */
export function goEq(arg1: GoValue, arg2: GoValue[], o: ComparisonOptions = DETAILED): boolean {
  arg1 = ind(arg1);
  if (arg2.length === 0) throw new FunctionError('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (let arg of arg2) {
    arg = ind(arg);
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if ((k1 === Kind.Int && k2 === Kind.Uint) || (k1 === Kind.Uint && k2 === Kind.Int)) {
        truth = intVal(arg1) >= 0n && intVal(arg) >= 0n && intVal(arg1) === intVal(arg);
      } else if (arg1 !== undefined && arg !== undefined) {
        throw incompatible(o, arg1, arg);
      }
    } else {
      switch (k1) {
        case Kind.Bool:
        case Kind.Float:
        case Kind.String:
          truth = arg1 === arg;
          break;
        case Kind.Int:
        case Kind.Uint:
          truth = intVal(arg1) === intVal(arg);
          break;
        case Kind.Complex: {
          const [ar, ai] = complexParts(arg1)!;
          const [br, bi] = complexParts(arg)!;
          truth = ar === br && ai === bi;
          break;
        }
        default: {
          const ka = reflectKind(arg1);
          const kb = reflectKind(arg);
          if (ka !== kb && ka !== 'invalid' && kb !== 'invalid') {
            throw new FunctionError(
              `non-comparable types ${sprintf('%s', [arg1])}: ${goTypeOf(arg1)}, ${goTypeOf(arg)}: ${sprintf('%v', [arg])}`,
            );
          }
          if (isNil(arg1) || isNil(arg)) truth = isNil(arg) === isNil(arg1);
          else if (!comparable(arg))
            throw new FunctionError(`non-comparable type ${sprintf('%s', [arg])}: ${goTypeOf(arg)}`);
          else truth = sameValue(arg1, arg);
        }
      }
    }
    if (truth) return true;
  }
  return false;
}

/** goLt implements `lt a b` on basic kinds. */
export function goLt(arg1: GoValue, arg2: GoValue, o: ComparisonOptions = DETAILED): boolean {
  arg1 = ind(arg1);
  const k1 = basicKind(arg1);
  if (k1 === Kind.Invalid) throw new FunctionError('invalid type for comparison');
  arg2 = ind(arg2);
  const k2 = basicKind(arg2);
  if (k2 === Kind.Invalid) throw new FunctionError('invalid type for comparison');
  if (k1 !== k2) {
    if (k1 === Kind.Int && k2 === Kind.Uint) return intVal(arg1) < 0n || intVal(arg1) < intVal(arg2);
    if (k1 === Kind.Uint && k2 === Kind.Int) return intVal(arg2) >= 0n && intVal(arg1) < intVal(arg2);
    throw incompatible(o, arg1, arg2);
  }
  switch (k1) {
    case Kind.Bool:
    case Kind.Complex:
      throw new FunctionError('invalid type for comparison');
    case Kind.Float:
      return (arg1 as number) < (arg2 as number);
    case Kind.String:
      return compareGoStrings(arg1 as string, arg2 as string) < 0;
    default:
      return intVal(arg1) < intVal(arg2);
  }
}

/** goLe implements `le a b` (lt or eq). */
export function goLe(a: GoValue, b: GoValue, o: ComparisonOptions = DETAILED): boolean {
  return goLt(a, b, o) || goEq(a, [b], o);
}
