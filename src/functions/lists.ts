/**
 * Sprig v3.3.0 `list.go`. Lists are taken as `interface{}` and inspected by reflection: any
 * slice works, nil panics (reflect.TypeOf(nil).Kind()), other kinds fail with Sprig's message.
 * The `must*` variants return that message as an error; the plain ones panic with it, which a
 * template shows the same way.
 */
import { FunctionError, type FunctionTable, type GoFunction } from '../template/registry.js';
import { GoSlice, type GoInt, type GoValue } from '../template/value.js';
import { castToInt64 } from './go/cast.js';
import { goDeepEqual } from './go/deep-equal.js';
import { goEmpty } from './go/empty.js';
import { goPanic, kindOfOrPanic } from './go/panic.js';

const ANY = 'interface {}';
const LIST = '[]interface {}';

/** items returns a list argument's elements or fails with `<verb> on type <kind>`. */
function items(v: GoValue, what: string): GoValue[] {
  const kind = kindOfOrPanic(v);
  if (v instanceof GoSlice) return v.items;
  throw new FunctionError(`${what} ${kind}`);
}

const list = (xs: GoValue[], isNil = false): GoSlice => new GoSlice(xs, LIST, isNil);
const nilList = (): GoSlice => list([], true);

/** pair registers `name` and `mustName` with the same implementation and result type. */
function pair(name: string, params: string[], result: string, fn: GoFunction['fn'], variadic = false): FunctionTable {
  const mustName = 'must' + name[0].toUpperCase() + name.slice(1);
  const f: GoFunction = { params, results: [result], fn, variadic };
  return { [name]: f, [mustName]: { ...f, results: [result, 'error'] } };
}

function chunk(size: GoInt, l: GoValue): GoSlice {
  const xs = items(l, 'Cannot chunk type');
  const n = Number(size.v);
  const len = xs.length;
  const cs = Math.floor((len - 1) / n) + 1;
  if (!Number.isFinite(cs) || cs < 0) goPanic('runtime error: makeslice: len out of range');
  const out: GoSlice[] = [];
  for (let i = 0; i < cs; i++) {
    let clen = n;
    if (i === cs - 1) {
      clen = Math.floor(len % n);
      if (clen === 0 || Object.is(clen, -0)) clen = n;
    }
    if (clen < 0) goPanic('runtime error: makeslice: len out of range');
    const row: GoValue[] = [];
    for (let j = 0; j < clen; j++) {
      const ix = i * n + j;
      if (ix >= len) goPanic(`runtime error: index out of range [${ix}] with length ${len}`);
      row.push(xs[ix]);
    }
    out.push(list(row));
  }
  return new GoSlice(out, '[][]interface {}');
}

function slice(l: GoValue, ...indices: GoValue[]): GoValue {
  const kind = kindOfOrPanic(l);
  if (!(l instanceof GoSlice)) throw new FunctionError(`list should be type of slice or array but ${kind}`);
  const len = l.items.length;
  if (len === 0) return null;
  const start = indices.length > 0 ? castToInt64(indices[0]) : 0n;
  const end = indices.length < 2 ? BigInt(len) : castToInt64(indices[1]);
  if (start < 0n || end < start || end > BigInt(len)) goPanic('reflect.Value.Slice: slice index out of bounds');
  return new GoSlice(l.items.slice(Number(start), Number(end)), l.type);
}

function concat(...lists: GoValue[]): GoSlice {
  const out: GoValue[] = [];
  for (const l of lists) {
    const kind = kindOfOrPanic(l);
    if (!(l instanceof GoSlice)) goPanic(`Cannot concat type ${kind} as list`);
    out.push(...l.items);
  }
  return out.length === 0 ? nilList() : list(out);
}

function has(needle: GoValue, haystack: GoValue): boolean {
  if (haystack === null || haystack === undefined) return false;
  return items(haystack, 'Cannot find has on type').some((x) => goDeepEqual(needle, x));
}

function uniq(l: GoValue): GoSlice {
  const out: GoValue[] = [];
  for (const x of items(l, 'Cannot find uniq on type')) if (!out.some((y) => goDeepEqual(x, y))) out.push(x);
  return list(out);
}

/** listFunctions are Sprig's list functions and their `must*` variants. */
export const listFunctions: FunctionTable = {
  list: { params: [ANY], variadic: true, results: [LIST], fn: (...v: GoValue[]) => list(v) },
  tuple: { params: [ANY], variadic: true, results: [LIST], fn: (...v: GoValue[]) => list(v) },
  ...pair('push', [ANY, ANY], LIST, (l: GoValue, v: GoValue) => list([...items(l, 'Cannot push on type'), v])),
  ...pair('append', [ANY, ANY], LIST, (l: GoValue, v: GoValue) => list([...items(l, 'Cannot push on type'), v])),
  ...pair('prepend', [ANY, ANY], LIST, (l: GoValue, v: GoValue) => list([v, ...items(l, 'Cannot prepend on type')])),
  ...pair('chunk', ['int', ANY], '[][]interface {}', chunk),
  ...pair('first', [ANY], ANY, (l: GoValue) => items(l, 'Cannot find first on type')[0] ?? null),
  ...pair('last', [ANY], ANY, (l: GoValue) => items(l, 'Cannot find last on type').at(-1) ?? null),
  ...pair('rest', [ANY], LIST, (l: GoValue) => {
    const xs = items(l, 'Cannot find rest on type');
    return xs.length === 0 ? nilList() : list(xs.slice(1));
  }),
  ...pair('initial', [ANY], LIST, (l: GoValue) => {
    const xs = items(l, 'Cannot find initial on type');
    return xs.length === 0 ? nilList() : list(xs.slice(0, -1));
  }),
  ...pair('reverse', [ANY], LIST, (l: GoValue) => list([...items(l, 'Cannot find reverse on type')].reverse())),
  ...pair('compact', [ANY], LIST, (l: GoValue) => list(items(l, 'Cannot compact on type').filter((x) => !goEmpty(x)))),
  ...pair('uniq', [ANY], LIST, uniq),
  ...pair(
    'without',
    [ANY, ANY],
    LIST,
    (l: GoValue, ...omit: GoValue[]) => list(items(l, 'Cannot find without on type').filter((x) => !omit.some((o) => goDeepEqual(o, x)))),
    true,
  ),
  ...pair('has', [ANY, ANY], 'bool', has),
  ...pair('slice', [ANY, ANY], ANY, slice, true),
  concat: { params: [ANY], variadic: true, results: [ANY], fn: concat },
};
