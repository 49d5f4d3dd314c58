/** Go runtime panic texts that Sprig functions surface as `error calling X: <text>`. */
import { FunctionError } from '../../template/registry.js';
import { goKindOf, type GoValue } from '../../template/value.js';

export const NIL_DEREFERENCE = 'runtime error: invalid memory address or nil pointer dereference';

/** goPanic fails the call with a recovered panic's text. */
export function goPanic(msg: string): never {
  throw new FunctionError(msg);
}

/** kindOfOrPanic is `reflect.TypeOf(v).Kind()`: a nil interface dereferences a nil Type. */
export function kindOfOrPanic(v: GoValue): string {
  if (v === undefined || v === null) goPanic(NIL_DEREFERENCE);
  return goKindOf(v);
}

/** sliceBoundsError is Go's message for `s[a:b]` out of range. */
export function sliceBoundsError(start: number | bigint | undefined, end: number | bigint | undefined, len: number): string {
  if (start === undefined) {
    return `runtime error: slice bounds out of range [:${end}]` + (Number(end) < 0 ? '' : ` with length ${len}`);
  }
  if (end === undefined) return `runtime error: slice bounds out of range [${start}:${len}]`;
  return `runtime error: slice bounds out of range [${start}:${end}]`;
}
