/**
 * Sprig v3.3.0 arithmetic (`numeric.go` and `functions.go`). Integer functions convert every
 * operand with cast.ToInt64 and compute in wrapping int64; the `*f` functions go through
 * shopspring/decimal so `addf 0.1 0.2` is `0.3`.
 */
import { FunctionError, type FunctionTable } from '../template/registry.js';
import { GoInt, GoSlice, goInt, type GoValue } from '../template/value.js';
import { castToFloat64, castToInt64 } from './go/cast.js';
import { decimalAdd, decimalDiv, decimalFromFloat, decimalMul, decimalSub, decimalToFloat, type Decimal } from './go/decimal.js';
import { goPanic } from './go/panic.js';
import { sequenceLength, sequenceTooLong } from '../common/limits.js';

const ANY = 'interface {}';
const I64 = 'int64';
const F64 = 'float64';

const int64 = (v: bigint): GoInt => goInt(v, 'int64');
const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

function divide(a: GoValue, b: GoValue, op: (x: bigint, y: bigint) => bigint): GoInt {
  const y = castToInt64(b);
  if (y === 0n) goPanic('runtime error: integer divide by zero');
  return int64(wrap(op(castToInt64(a), y)));
}

function decimalOp(a: GoValue, rest: GoValue[], op: (x: Decimal, y: Decimal) => Decimal): number {
  let acc = decimalFromFloat(castToFloat64(a));
  for (const x of rest) acc = op(acc, decimalFromFloat(castToFloat64(x)));
  return decimalToFloat(acc);
}

/** untilStep is Sprig's untilStep on Go ints (empty when the step cannot reach stop). */
export function untilStep(start: bigint, stop: bigint, step: bigint): bigint[] {
  const tooLong = sequenceTooLong(sequenceLength(start, stop, step));
  if (tooLong) throw new FunctionError(tooLong);
  const v: bigint[] = [];
  if (stop < start) {
    if (step >= 0n) return v;
    for (let i = start; i > stop; i += step) v.push(i);
    return v;
  }
  if (step <= 0n) return v;
  for (let i = start; i < stop; i += step) v.push(i);
  return v;
}

const intList = (xs: bigint[]): GoSlice => new GoSlice(xs.map((x) => goInt(x)), '[]int');

function seq(...params: GoInt[]): string {
  const p = params.map((x) => x.v);
  let r: bigint[] = [];
  if (p.length === 1) {
    const inc = p[0] < 1n ? -1n : 1n;
    r = untilStep(1n, p[0] + inc, inc);
  } else if (p.length === 2) {
    const step = p[1] < p[0] ? -1n : 1n;
    r = untilStep(p[0], p[1] + step, step);
  } else if (p.length === 3) {
    const [start, step, end] = p;
    let inc = 1n;
    if (end < start) {
      inc = -1n;
      if (step > 0n) return '';
    }
    r = untilStep(start, end + inc, step);
  }
  return r.join(' ');
}

function round(a: GoValue, p: GoInt, ...rOpt: number[]): number {
  const roundOn = rOpt.length > 0 ? rOpt[0] : 0.5;
  const val = castToFloat64(a);
  const pow = Math.pow(10, Number(p.v));
  const digit = pow * val;
  const frac = Number.isFinite(digit) ? digit - Math.trunc(digit) : NaN;
  return (frac >= roundOn ? Math.ceil(digit) : Math.floor(digit)) / pow;
}

/** mathFunctions are Sprig's integer and float arithmetic, ranges and rounding. */
export const mathFunctions: FunctionTable = {
  add: {
    params: [ANY],
    variadic: true,
    results: [I64],
    fn: (...v: GoValue[]) => int64(v.reduce<bigint>((a, b) => wrap(a + castToInt64(b)), 0n)),
  },
  add1: { params: [ANY], results: [I64], fn: (v: GoValue) => int64(wrap(castToInt64(v) + 1n)) },
  sub: { params: [ANY, ANY], results: [I64], fn: (a: GoValue, b: GoValue) => int64(wrap(castToInt64(a) - castToInt64(b))) },
  mul: {
    params: [ANY, ANY],
    variadic: true,
    results: [I64],
    fn: (a: GoValue, ...v: GoValue[]) => int64(v.reduce<bigint>((x, y) => wrap(x * castToInt64(y)), castToInt64(a))),
  },
  div: { params: [ANY, ANY], results: [I64], fn: (a: GoValue, b: GoValue) => divide(a, b, (x, y) => x / y) },
  mod: { params: [ANY, ANY], results: [I64], fn: (a: GoValue, b: GoValue) => divide(a, b, (x, y) => x % y) },
  max: { params: [ANY, ANY], variadic: true, results: [I64], fn: (a: GoValue, ...v: GoValue[]) => int64(extreme(a, v, 1n)) },
  biggest: { params: [ANY, ANY], variadic: true, results: [I64], fn: (a: GoValue, ...v: GoValue[]) => int64(extreme(a, v, 1n)) },
  min: { params: [ANY, ANY], variadic: true, results: [I64], fn: (a: GoValue, ...v: GoValue[]) => int64(extreme(a, v, -1n)) },
  maxf: {
    params: [ANY, ANY],
    variadic: true,
    results: [F64],
    fn: (a: GoValue, ...v: GoValue[]) => v.reduce<number>((x, y) => Math.max(x, castToFloat64(y)), castToFloat64(a)),
  },
  minf: {
    params: [ANY, ANY],
    variadic: true,
    results: [F64],
    fn: (a: GoValue, ...v: GoValue[]) => v.reduce<number>((x, y) => Math.min(x, castToFloat64(y)), castToFloat64(a)),
  },
  add1f: { params: [ANY], results: [F64], fn: (a: GoValue) => decimalOp(a, [goInt(1)], decimalAdd) },
  addf: { params: [ANY], variadic: true, results: [F64], fn: (...v: GoValue[]) => decimalOp(0, v, decimalAdd) },
  subf: { params: [ANY, ANY], variadic: true, results: [F64], fn: (a: GoValue, ...v: GoValue[]) => decimalOp(a, v, decimalSub) },
  mulf: { params: [ANY, ANY], variadic: true, results: [F64], fn: (a: GoValue, ...v: GoValue[]) => decimalOp(a, v, decimalMul) },
  divf: { params: [ANY, ANY], variadic: true, results: [F64], fn: (a: GoValue, ...v: GoValue[]) => decimalOp(a, v, decimalDiv) },
  floor: { params: [ANY], results: [F64], fn: (a: GoValue) => Math.floor(castToFloat64(a)) },
  ceil: { params: [ANY], results: [F64], fn: (a: GoValue) => Math.ceil(castToFloat64(a)) },
  round: { params: [ANY, 'int', F64], variadic: true, results: [F64], fn: round },
  until: {
    params: ['int'],
    results: ['[]int'],
    fn: (n: GoInt) => intList(untilStep(0n, n.v, n.v < 0n ? -1n : 1n)),
  },
  untilStep: {
    params: ['int', 'int', 'int'],
    results: ['[]int'],
    fn: (a: GoInt, b: GoInt, c: GoInt) => intList(untilStep(a.v, b.v, c.v)),
  },
  seq: { params: ['int'], variadic: true, results: ['string'], fn: seq },
};

function extreme(a: GoValue, rest: GoValue[], sign: bigint): bigint {
  let acc = castToInt64(a);
  for (const x of rest) {
    const b = castToInt64(x);
    if ((sign > 0n && b > acc) || (sign < 0n && b < acc)) acc = b;
  }
  return acc;
}
