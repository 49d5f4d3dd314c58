/**
 * Sprig v3.3.0 string functions (`strings.go` and the string entries of `functions.go`'s
 * genericMap). Signatures are Sprig's Go signatures: the executor converts arguments by them.
 */
import type { FunctionTable } from '../template/registry.js';
import { GoMap, GoSlice, compareGoStrings, type GoInt, type GoValue } from '../template/value.js';
import { byteLen, byteSlice, byteWise, fromBinary, hasRawBytes, toBinary } from './go/bytes.js';
import { abbreviateFull, deleteWhiteSpace, initials, swapCase, uncapitalize, wrapCustom } from './go/goutils.js';
import { goPanic, sliceBoundsError } from './go/panic.js';
import { formatV, strval } from './go/print.js';
import { goReplaceAll, goSplitN } from './go/split.js';
import { quote as goQuote } from './go/strconv.js';
import { goTitle, goToLower, goToUpper, goTrim, goTrimSpace } from './go/unicode.js';
import { toKebabCase, toPascalCase, toSnakeCase } from './go/xstrings.js';

const S = 'string';
const I = 'int';
const ANY = 'interface {}';

const num = (i: GoInt): number => Number(i.v);

/** goRepeat is strings.Repeat (negative counts and oversized results panic with Go's texts). */
export function goRepeat(s: string, count: GoInt | number): string {
  const n = typeof count === 'number' ? BigInt(count) : count.v;
  if (n < 0n) goPanic('strings: negative Repeat count');
  if (s === '' || n === 0n) return '';
  const size = BigInt(byteLen(s)) * n;
  if (size > (1n << 63n) - 1n) goPanic('strings: Repeat output length overflow');
  if (size > 1n << 48n) goPanic('runtime error: makeslice: len out of range');
  if (size > 1n << 29n) goPanic('runtime: out of memory');
  return s.repeat(Number(n));
}

/** substring is Sprig's `substr` on bytes (Go slicing panics when out of range). */
function substring(start: GoInt, end: GoInt, s: string): string {
  const a = num(start);
  const b = num(end);
  const len = byteLen(s);
  if (a < 0) {
    if (b < 0 || b > len) goPanic(sliceBoundsError(undefined, b, len));
    return byteSlice(s, 0, b);
  }
  if (b < 0 || b > len) {
    if (a > len) goPanic(sliceBoundsError(a, undefined, len));
    return byteSlice(s, a);
  }
  if (a > b) goPanic(sliceBoundsError(a, b, len));
  return byteSlice(s, a, b);
}

function trunc(c: GoInt, s: string): string {
  const n = num(c);
  const len = byteLen(s);
  if (n < 0 && len + n > 0) return byteSlice(s, len + n);
  if (n >= 0 && len > n) return byteSlice(s, 0, n);
  return s;
}

function indent(spaces: GoInt, v: string): string {
  const pad = goRepeat(' ', spaces);
  return pad + v.split('\n').join('\n' + pad);
}

/** toStringSlice is Sprig's `strslice`: lists become `[]string` (nil elements of `[]interface{}` dropped). */
export function toStringSlice(v: GoValue): GoSlice {
  if (v instanceof GoSlice) {
    if (v.type === '[]string') return v;
    const items = v.type === '[]interface {}' ? v.items.filter((x) => x !== null && x !== undefined) : v.items;
    return new GoSlice(items.map(strval), '[]string');
  }
  if (v === null || v === undefined) return new GoSlice([], '[]string');
  return new GoSlice([strval(v)], '[]string');
}

function splitMap(parts: string[]): GoMap {
  return new GoMap(new Map(parts.map((p, i) => [`_${i}`, p])), 'map[string]string');
}

const same = <T>(r: T): T => r;
const strBack = (r: string): string => fromBinary(r);
const listBack = (r: string[]): string[] => r.map(fromBinary);

/** bytesTest runs a byte-level predicate (`contains`, `hasPrefix`, …). */
function bytesTest(f: (a: string, b: string) => boolean) {
  return (a: string, b: string): boolean => byteWise([a, b], f, same);
}

/** bytesOp runs a byte-level string transformation. */
function bytesOp(f: (...xs: string[]) => string) {
  return (...xs: string[]): string => byteWise(xs, f, strBack);
}

const splitBytes = (s: string, sep: string, n: number): string[] =>
  sep === '' ? goSplitN(s, sep, n) : byteWise([s, sep], (x, y) => goSplitN(x, y, n), listBack);

function notNil(args: GoValue[]): GoValue[] {
  return args.filter((a) => a !== null && a !== undefined);
}

/** sortAlpha sorts byte-wise; a `[]string` argument is sorted in place, as Go's sort does. */
function sortAlpha(list: GoValue): GoSlice {
  if (list instanceof GoSlice) {
    const s = toStringSlice(list);
    const items = s.items as string[];
    if (hasRawBytes(...items)) {
      const keyed = items.map((x) => [toBinary(x), x] as const).sort((a, b) => compareGoStrings(a[0], b[0]));
      keyed.forEach(([, x], i) => (items[i] = x));
    } else items.sort(compareGoStrings);
    return s;
  }
  return new GoSlice([strval(list)], '[]string');
}

/** stringFunctions are Sprig's string functions. */
export const stringFunctions: FunctionTable = {
  hello: { params: [], results: [S], fn: () => 'Hello!' },
  trim: { params: [S], results: [S], fn: goTrimSpace },
  trimAll: { params: [S, S], results: [S], fn: (a: string, b: string) => goTrim(b, a) },
  trimall: { params: [S, S], results: [S], fn: (a: string, b: string) => goTrim(b, a) },
  trimPrefix: { params: [S, S], results: [S], fn: bytesOp((a, b) => (b.startsWith(a) ? b.slice(a.length) : b)) },
  trimSuffix: {
    params: [S, S],
    results: [S],
    fn: bytesOp((a, b) => (a !== '' && b.endsWith(a) ? b.slice(0, b.length - a.length) : b)),
  },
  upper: { params: [S], results: [S], fn: goToUpper },
  lower: { params: [S], results: [S], fn: goToLower },
  title: { params: [S], results: [S], fn: goTitle },
  untitle: { params: [S], results: [S], fn: uncapitalize },
  substr: { params: [I, I, S], results: [S], fn: substring },
  repeat: { params: [I, S], results: [S], fn: (n: GoInt, s: string) => goRepeat(s, n) },
  trunc: { params: [I, S], results: [S], fn: trunc },
  nospace: { params: [S], results: [S], fn: deleteWhiteSpace },
  abbrev: {
    params: [I, S],
    results: [S],
    fn: (w: GoInt, s: string) => (num(w) < 4 ? s : abbreviateFull(s, 0, num(w))),
  },
  abbrevboth: {
    params: [I, I, S],
    results: [S],
    fn: (l: GoInt, r: GoInt, s: string) =>
      num(r) < 4 || (num(l) > 0 && num(r) < 7) ? s : abbreviateFull(s, num(l), num(r)),
  },
  initials: { params: [S], results: [S], fn: initials },
  swapcase: { params: [S], results: [S], fn: swapCase },
  snakecase: { params: [S], results: [S], fn: toSnakeCase },
  camelcase: { params: [S], results: [S], fn: toPascalCase },
  kebabcase: { params: [S], results: [S], fn: toKebabCase },
  wrap: { params: [I, S], results: [S], fn: (l: GoInt, s: string) => wrapCustom(s, num(l), '', false) },
  wrapWith: {
    params: [I, S, S],
    results: [S],
    fn: (l: GoInt, sep: string, s: string) => wrapCustom(s, num(l), sep, true),
  },
  contains: { params: [S, S], results: ['bool'], fn: bytesTest((sub, s) => s.includes(sub)) },
  hasPrefix: { params: [S, S], results: ['bool'], fn: bytesTest((p, s) => s.startsWith(p)) },
  hasSuffix: { params: [S, S], results: ['bool'], fn: bytesTest((p, s) => s.endsWith(p)) },
  quote: {
    params: [ANY],
    variadic: true,
    results: [S],
    fn: (...args: GoValue[]) =>
      notNil(args)
        .map((a) => goQuote(strval(a)))
        .join(' '),
  },
  squote: {
    params: [ANY],
    variadic: true,
    results: [S],
    fn: (...args: GoValue[]) =>
      notNil(args)
        .map((a) => `'${formatV(a)}'`)
        .join(' '),
  },
  cat: {
    params: [ANY],
    variadic: true,
    results: [S],
    fn: (...args: GoValue[]) =>
      notNil(args)
        .map((a) => formatV(a))
        .join(' '),
  },
  indent: { params: [I, S], results: [S], fn: indent },
  nindent: { params: [I, S], results: [S], fn: (n: GoInt, v: string) => '\n' + indent(n, v) },
  replace: {
    params: [S, S, S],
    results: [S],
    fn: (o: string, n: string, s: string) =>
      o === '' ? goReplaceAll(s, o, n) : bytesOp((x, y, z) => goReplaceAll(z, x, y))(o, n, s),
  },
  plural: { params: [S, S, I], results: [S], fn: (one: string, many: string, n: GoInt) => (n.v === 1n ? one : many) },
  toString: { params: [ANY], results: [S], fn: (v: GoValue) => strval(v) },
  toStrings: { params: [ANY], results: ['[]string'], fn: toStringSlice },
  split: {
    params: [S, S],
    results: ['map[string]string'],
    fn: (sep: string, s: string) => splitMap(splitBytes(s, sep, -1)),
  },
  splitList: {
    params: [S, S],
    results: ['[]string'],
    fn: (sep: string, s: string) => new GoSlice(splitBytes(s, sep, -1), '[]string'),
  },
  splitn: {
    params: [S, I, S],
    results: ['map[string]string'],
    fn: (sep: string, n: GoInt, s: string) => splitMap(splitBytes(s, sep, num(n))),
  },
  join: {
    params: [S, ANY],
    results: [S],
    fn: (sep: string, v: GoValue) => (toStringSlice(v).items as string[]).join(sep),
  },
  sortAlpha: { params: [ANY], results: ['[]string'], fn: sortAlpha },
};
