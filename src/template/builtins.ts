/**
 * text/template's builtin functions (golang/go src/text/template/funcs.go). Parameters of
 * type `reflect.Value` receive values unconverted (undefined = untyped nil, null = nil
 * interface). `and`, `or` and `call` are special-cased by the executor.
 */
import { FunctionError, type FunctionTable, type GoFunction } from './registry.js';
import { goEq, goLe, goLt, type ComparisonOptions } from './compare.js';
import { complexParts } from './complex.js';
import { sprint, sprintf, sprintln } from './fmt.js';
import { derefStruct, zeroValue } from './go-types.js';
import { byteAt, byteLength, byteSlice, goStringToBytes, decodeAt } from './utf8.js';
import { GoFunc, GoInt, GoMap, GoSlice, GoStruct, goTypeOf, type GoValue } from './value.js';
import { isGoPrint } from './go-literals.js';

const V = 'reflect.Value';

function unreachable(): GoValue {
  throw new FunctionError('unreachable');
}

function indexArg(index: GoValue, cap: number): number {
  if (index instanceof GoInt) {
    const x = index.v;
    if (x < 0n || x > BigInt(cap)) throw new FunctionError(`index out of range: ${x}`);
    return Number(x);
  }
  if (index === undefined || index === null) throw new FunctionError('cannot index slice/array with nil');
  throw new FunctionError(`cannot index slice/array with type ${goTypeOf(index)}`);
}

function mapKey(index: GoValue): string {
  if (index === undefined || index === null) throw new FunctionError('value is nil; should be of type string');
  if (typeof index === 'string') return index;
  throw new FunctionError(`value has type ${goTypeOf(index)}; should be string`);
}

/** goIndex implements `index x i j...`. */
export function goIndex(item: GoValue, ...indexes: GoValue[]): GoValue {
  if (item === null) item = undefined;
  if (item === undefined) throw new FunctionError('index of untyped nil');
  for (let index of indexes) {
    if (index === null) index = undefined;
    if (item === null || item === undefined) throw new FunctionError('index of nil pointer');
    if (item instanceof GoSlice) {
      const x = indexArg(index, item.items.length);
      if (x === item.items.length) throw new FunctionError('reflect: slice index out of range');
      const e: GoValue = item.items[x];
      item = e === undefined ? zeroValue(item.elemType) : e;
    } else if (typeof item === 'string') {
      const n = byteLength(item);
      const x = indexArg(index, n);
      if (x === n) throw new FunctionError('reflect: string index out of range');
      item = new GoInt(BigInt(byteAt(item, x) ?? 0), 'uint8');
    } else if (item instanceof GoMap) {
      const k = mapKey(index);
      const e = item.entries.get(k);
      item = e === undefined ? zeroValue(item.elemType) : e;
    } else {
      // indirect() has already dereferenced pointers: the error names the pointed-to type.
      throw new FunctionError(
        `can't index item of type ${goTypeOf(item instanceof GoStruct ? derefStruct(item) : item)}`,
      );
    }
  }
  return item;
}

/** goSlice implements the builtin `slice x i j k` (shadowed by Sprig's `slice` in Helm). */
function goSliceBuiltin(item: GoValue, ...indexes: GoValue[]): GoValue {
  if (item === null) item = undefined;
  if (item === undefined) throw new FunctionError('slice of untyped nil');
  if (indexes.length > 3) throw new FunctionError(`too many slice indexes: ${indexes.length}`);
  let len: number;
  if (typeof item === 'string') {
    if (indexes.length === 3) throw new FunctionError('cannot 3-index slice a string');
    len = byteLength(item);
  } else if (item instanceof GoSlice) len = item.items.length;
  else throw new FunctionError(`can't slice item of type ${goTypeOf(item)}`);
  const idx = [0, len, 0];
  indexes.forEach((ix, i) => (idx[i] = indexArg(ix === null ? undefined : ix, len)));
  if (idx[0] > idx[1]) throw new FunctionError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) throw new FunctionError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (typeof item === 'string') return byteSlice(item, idx[0], idx[1]);
  return new GoSlice(item.items.slice(idx[0], idx[1]), item.type);
}

/** goLen implements `len x`. */
function goLen(item: GoValue): GoValue {
  if (item === null) throw new FunctionError('len of nil pointer');
  if (item === undefined) throw new FunctionError('reflect: call of reflect.Value.Type on zero Value');
  if (typeof item === 'string') return new GoInt(BigInt(byteLength(item)), 'int');
  if (item instanceof GoSlice) return new GoInt(BigInt(item.items.length), 'int');
  if (item instanceof GoMap) return new GoInt(BigInt(item.entries.size), 'int');
  throw new FunctionError(`len of type ${goTypeOf(item instanceof GoStruct ? derefStruct(item) : item)}`);
}

/** truth is Go's truth(): isTrue of the indirected value. */
export function truth(v: GoValue): boolean {
  if (v === undefined || v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'number':
      return v !== 0;
  }
  if (v instanceof GoInt) return v.v !== 0n;
  if (v instanceof GoSlice) return v.items.length > 0;
  if (v instanceof GoMap) return v.entries.size > 0;
  const c = complexParts(v);
  if (c) return c[0] !== 0 || c[1] !== 0;
  return true;
}

/** comparisonOptions picks the comparison error style of the Go toolchain the running Helm was built with. */
function cmp(self: unknown): ComparisonOptions {
  const v = (self as { helmVersion?: number } | undefined)?.helmVersion;
  return { typesInErrors: v !== 3 };
}

/** evalArgs formats arguments like fmt.Sprint, but untyped nil prints `<no value>` (html/js/urlquery). */
function evalArgs(args: GoValue[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(
    args.map((a) => (a === null || a === undefined ? '<no value>' : a instanceof GoStruct ? derefStruct(a) : a)),
  );
}

const HTML_ESC: Record<string, string> = {
  '\0': '\uFFFD',
  '"': '&#34;',
  "'": '&#39;',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

/** htmlEscape is Go's HTMLEscapeString. */
export function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => HTML_ESC[c]);
}

const JS_ESC: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '<': '\\u003C',
  '>': '\\u003E',
  '&': '\\u0026',
  '=': '\\u003D',
};

/** jsEscape is Go's JSEscapeString. */
export function jsEscape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const ch = s[i];
      if (JS_ESC[ch]) out += JS_ESC[ch];
      else if (c < 0x20) out += '\\u00' + c.toString(16).toUpperCase().padStart(2, '0');
      else out += ch;
      i++;
      continue;
    }
    const [r, units] = decodeAt(s, i);
    out += isGoPrint(r) ? s.slice(i, i + units) : '\\u' + r.toString(16).toUpperCase().padStart(4, '0');
    i += units;
  }
  return out;
}

/** queryEscape is Go's url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of goStringToBytes(s)) {
    if (
      (b >= 0x30 && b <= 0x39) ||
      (b >= 0x41 && b <= 0x5a) ||
      (b >= 0x61 && b <= 0x7a) ||
      b === 0x2d ||
      b === 0x5f ||
      b === 0x2e ||
      b === 0x7e
    ) {
      out += String.fromCharCode(b);
    } else if (b === 0x20) out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** goCall implements `call fn args...`; `name` is the callee's source text. */
function goCall(name: string, fn: GoValue, ...args: GoValue[]): GoValue {
  if (fn === null || fn === undefined) throw new FunctionError('call of nil');
  if (!(fn instanceof GoFunc)) throw new FunctionError(`non-function ${name} of type ${goTypeOf(fn)}`);
  const n = fn.params.length;
  if (fn.variadic) {
    if (args.length < n - 1)
      throw new FunctionError(`wrong number of args for ${name}: got ${args.length} want at least ${n - 1}`);
  } else if (args.length !== n) {
    throw new FunctionError(`wrong number of args for ${name}: got ${args.length} want ${n}`);
  }
  return fn.fn(...args.map((a) => (a === undefined ? null : a)));
}

function fixed(params: string[], results: string[], fn: GoFunction['fn'], variadic = false): GoFunction {
  return { params, results, fn, variadic };
}

/** builtinFunctions is Go's builtins() FuncMap. */
export const builtinFunctions: FunctionTable = {
  and: fixed([V, V], [V], unreachable, true),
  or: fixed([V, V], [V], unreachable, true),
  call: fixed([V, V], ['interface {}', 'error'], goCall as GoFunction['fn'], true),
  not: fixed([V], ['bool'], (a: GoValue) => !truth(a)),
  len: fixed([V], ['int', 'error'], goLen),
  index: fixed([V, V], ['interface {}', 'error'], goIndex, true),
  slice: fixed([V, V], ['interface {}', 'error'], goSliceBuiltin, true),
  print: fixed(['interface {}'], ['string'], (...a: GoValue[]) => sprint(a), true),
  printf: fixed(['string', 'interface {}'], ['string'], (f: string, ...a: GoValue[]) => sprintf(f, a), true),
  println: fixed(['interface {}'], ['string'], (...a: GoValue[]) => sprintln(a), true),
  html: fixed(['interface {}'], ['string'], (...a: GoValue[]) => htmlEscape(evalArgs(a)), true),
  js: fixed(['interface {}'], ['string'], (...a: GoValue[]) => jsEscape(evalArgs(a)), true),
  urlquery: fixed(['interface {}'], ['string'], (...a: GoValue[]) => queryEscape(evalArgs(a)), true),
  eq: fixed(
    [V, V],
    ['bool', 'error'],
    function (this: unknown, a: GoValue, ...b: GoValue[]) {
      return goEq(a, b, cmp(this));
    },
    true,
  ),
  ne: fixed([V, V], ['bool', 'error'], function (this: unknown, a: GoValue, b: GoValue) {
    return !goEq(a, [b], cmp(this));
  }),
  lt: fixed([V, V], ['bool', 'error'], function (this: unknown, a: GoValue, b: GoValue) {
    return goLt(a, b, cmp(this));
  }),
  le: fixed([V, V], ['bool', 'error'], function (this: unknown, a: GoValue, b: GoValue) {
    return goLe(a, b, cmp(this));
  }),
  gt: fixed([V, V], ['bool', 'error'], function (this: unknown, a: GoValue, b: GoValue) {
    return !goLe(a, b, cmp(this));
  }),
  ge: fixed([V, V], ['bool', 'error'], function (this: unknown, a: GoValue, b: GoValue) {
    return !goLt(a, b, cmp(this));
  }),
};
