import { GoMap, GoSlice, type GoValue } from '../../template/value.js';

/**
 * go-json-decode ports encoding/json's Unmarshal into `interface{}`-typed targets
 * (golang/go src/encoding/json/scanner.go and decode.go): the whole input is first checked by
 * the scanner state machine (so syntax errors win and carry Go's exact text), then decoded with
 * numbers as float64, objects as `map[string]interface {}` and arrays as `[]interface {}`.
 */

/** JsonTarget is the Go type Unmarshal decodes into. */
export type JsonTarget = 'interface' | 'map' | 'slice';

/** JsonDecodeResult is the decoded value plus the first error (Go keeps decoding after type errors). */
export interface JsonDecodeResult {
  value: GoValue;
  error?: string;
}

const TARGET_TYPE: Record<JsonTarget, string> = {
  interface: 'interface {}',
  map: 'map[string]interface {}',
  slice: '[]interface {}',
};

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** quoteChar formats a byte as Go's json scanner does in messages (`'x'`, `'\n'`, `'Ã'`). */
export function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return '\'"\'';
  return "'" + goQuoteRune(c) + "'";
}

function goQuoteRune(c: number): string {
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v', 0x5c: '\\\\' };
  if (named[c]) return named[c];
  if (c < 0x20 || c === 0x7f) return '\\x' + c.toString(16).padStart(2, '0');
  if (c >= 0x80 && c < 0xa0) return '\\u' + c.toString(16).padStart(4, '0');
  if (c === 0xad) return '\\u00ad';
  return String.fromCharCode(c);
}

const enum PS {
  ObjectKey,
  ObjectValue,
  ArrayValue,
}

type State = (c: number) => State | string;

/** checkValid runs Go's JSON scanner state machine over `b`; it returns the SyntaxError text or undefined. */
export function checkValid(b: Uint8Array): string | undefined {
  const stack: PS[] = [];
  let endTop = false;
  const err = (c: number, ctx: string): string => `invalid character ${quoteChar(c)} ${ctx}`;
  const literal = (word: string, k: number, next: State): State => (c) =>
    c === word.charCodeAt(k) ? next : err(c, `in literal ${word} (expecting '${word[k]}')`);
  const push = (p: PS, next: State): State | string => {
    if (stack.length >= 10000) return 'exceeded max depth';
    stack.push(p);
    return next;
  };
  const endTopState: State = (c) => {
    endTop = true;
    return isSpace(c) ? endTopState : err(c, 'after top-level value');
  };
  const endValue: State = (c) => {
    const n = stack.length;
    if (n === 0) return endTopState(c);
    if (isSpace(c)) return endValue;
    switch (stack[n - 1]) {
      case PS.ObjectKey:
        if (c === 0x3a) return (stack[n - 1] = PS.ObjectValue), beginValue;
        return err(c, 'after object key');
      case PS.ObjectValue:
        if (c === 0x2c) return (stack[n - 1] = PS.ObjectKey), beginString;
        if (c === 0x7d) return stack.pop(), stack.length === 0 ? endTopState : endValue;
        return err(c, 'after object key:value pair');
      default:
        if (c === 0x2c) return beginValue;
        if (c === 0x5d) return stack.pop(), stack.length === 0 ? endTopState : endValue;
        return err(c, 'after array element');
    }
  };
  const inString: State = (c) => {
    if (c === 0x22) return endValue;
    if (c === 0x5c) return inStringEsc;
    if (c < 0x20) return err(c, 'in string literal');
    return inString;
  };
  const escU = (k: number): State => (c) => (isHex(c) ? (k === 3 ? inString : escU(k + 1)) : err(c, 'in \\u hexadecimal character escape'));
  const inStringEsc: State = (c) => ('bfnrt\\/"'.includes(String.fromCharCode(c)) ? inString : c === 0x75 ? escU(0) : err(c, 'in string escape code'));
  const e0: State = (c) => (isDigit(c) ? e0 : endValue(c));
  const eSign: State = (c) => (isDigit(c) ? e0 : err(c, 'in exponent of numeric literal'));
  const eState: State = (c) => (c === 0x2b || c === 0x2d ? eSign : eSign(c));
  const dot0: State = (c) => (isDigit(c) ? dot0 : c === 0x65 || c === 0x45 ? eState : endValue(c));
  const dot: State = (c) => (isDigit(c) ? dot0 : err(c, 'after decimal point in numeric literal'));
  const zero: State = (c) => (c === 0x2e ? dot : c === 0x65 || c === 0x45 ? eState : endValue(c));
  const one: State = (c) => (isDigit(c) ? one : zero(c));
  const neg: State = (c) => (c === 0x30 ? zero : c >= 0x31 && c <= 0x39 ? one : err(c, 'in numeric literal'));
  const beginValue: State = (c) => {
    if (isSpace(c)) return beginValue;
    switch (c) {
      case 0x7b:
        return push(PS.ObjectKey, beginStringOrEmpty);
      case 0x5b:
        return push(PS.ArrayValue, beginValueOrEmpty);
      case 0x22:
        return inString;
      case 0x2d:
        return neg;
      case 0x30:
        return zero;
      case 0x74:
        return literal('true', 1, literal('true', 2, literal('true', 3, endValue)));
      case 0x66:
        return literal('false', 1, literal('false', 2, literal('false', 3, literal('false', 4, endValue))));
      case 0x6e:
        return literal('null', 1, literal('null', 2, literal('null', 3, endValue)));
    }
    if (c >= 0x31 && c <= 0x39) return one;
    return err(c, 'looking for beginning of value');
  };
  const beginValueOrEmpty: State = (c) => {
    if (isSpace(c)) return beginValueOrEmpty;
    if (c === 0x5d) return endValue(c);
    return beginValue(c);
  };
  const beginString: State = (c) => {
    if (isSpace(c)) return beginString;
    if (c === 0x22) return inString;
    return err(c, 'looking for beginning of object key string');
  };
  const beginStringOrEmpty: State = (c) => {
    if (isSpace(c)) return beginStringOrEmpty;
    if (c === 0x7d) return (stack[stack.length - 1] = PS.ObjectValue), endValue(c);
    return beginString(c);
  };
  let state: State = beginValue;
  for (let i = 0; i < b.length; i++) {
    const next = state(b[i]);
    if (typeof next === 'string') return next;
    state = next;
  }
  if (endTop) return undefined;
  const last = state(0x20);
  if (typeof last === 'string') return last;
  if (endTop) return undefined;
  return 'unexpected end of JSON input';
}

/** Decoder walks already-validated JSON bytes and builds GoValues. */
class Decoder {
  i = 0;
  error?: string;
  constructor(readonly b: Uint8Array) {}

  private ws(): number {
    const b = this.b;
    while (this.i < b.length && isSpace(b[this.i])) this.i++;
    return b[this.i];
  }

  value(): GoValue {
    const c = this.ws();
    if (c === 0x7b) return this.object();
    if (c === 0x5b) return this.array();
    if (c === 0x22) return this.string();
    if (c === 0x74) return (this.i += 4), true;
    if (c === 0x66) return (this.i += 5), false;
    if (c === 0x6e) return (this.i += 4), null;
    return this.number();
  }

  object(): GoMap {
    const m = new Map<string, GoValue>();
    this.i++;
    if (this.ws() === 0x7d) return this.i++, new GoMap(m);
    for (;;) {
      this.ws();
      const k = this.string();
      this.ws();
      this.i++; // ':'
      m.set(k, this.value());
      if (this.ws() === 0x2c) this.i++;
      else return this.i++, new GoMap(m);
    }
  }

  array(): GoSlice {
    const items: GoValue[] = [];
    this.i++;
    if (this.ws() === 0x5d) return this.i++, new GoSlice(items);
    for (;;) {
      items.push(this.value());
      if (this.ws() === 0x2c) this.i++;
      else return this.i++, new GoSlice(items);
    }
  }

  number(): GoValue {
    const start = this.i;
    const b = this.b;
    while (this.i < b.length && !isSpace(b[this.i]) && b[this.i] !== 0x2c && b[this.i] !== 0x5d && b[this.i] !== 0x7d) this.i++;
    const text = String.fromCharCode(...b.subarray(start, this.i));
    const f = Number(text);
    if (!Number.isFinite(f)) {
      this.error ??= `json: cannot unmarshal number ${text} into Go value of type float64`;
      return null;
    }
    return f;
  }

  string(): string {
    const b = this.b;
    const start = ++this.i;
    let simple = true;
    while (b[this.i] !== 0x22) {
      if (b[this.i] === 0x5c) {
        simple = false;
        this.i++;
      }
      this.i++;
    }
    const end = this.i++;
    if (simple) return decodeUTF8(b, start, end);
    return unescape(b, start, end);
  }
}

/** decodeUTF8 decodes bytes, turning each invalid byte into U+FFFD as Go does. */
export function decodeUTF8(b: Uint8Array, start: number, end: number): string {
  return Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('utf8');
}

function unescape(b: Uint8Array, start: number, end: number): string {
  const parts: string[] = [];
  let run = start;
  for (let i = start; i < end; i++) {
    if (b[i] !== 0x5c) continue;
    if (run < i) parts.push(decodeUTF8(b, run, i));
    const e = b[++i];
    if (e === 0x75) {
      let u = parseInt(String.fromCharCode(...b.subarray(i + 1, i + 5)), 16);
      i += 4;
      if (u >= 0xd800 && u < 0xdc00) {
        // a surrogate pair is only combined when a valid low half follows as another \u escape
        const lo = b[i + 1] === 0x5c && b[i + 2] === 0x75 ? parseInt(String.fromCharCode(...b.subarray(i + 3, i + 7)), 16) : -1;
        if (lo >= 0xdc00 && lo < 0xe000) {
          parts.push(String.fromCharCode(u, lo));
          i += 6;
          run = i + 1;
          continue;
        }
        u = 0xfffd;
      } else if (u >= 0xdc00 && u < 0xe000) u = 0xfffd;
      parts.push(String.fromCharCode(u));
    } else {
      const map: Record<number, string> = { 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' };
      parts.push(map[e] ?? String.fromCharCode(e));
    }
    run = i + 1;
  }
  if (run < end) parts.push(decodeUTF8(b, run, end));
  return parts.join('');
}

const KIND_NAME: Record<number, string> = { 0x7b: 'object', 0x5b: 'array', 0x22: 'string', 0x74: 'bool', 0x66: 'bool' };

/** unmarshalJSON is json.Unmarshal into a value of the given target type. */
export function unmarshalJSON(text: string | Uint8Array, target: JsonTarget = 'interface'): JsonDecodeResult {
  const b = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const syntax = checkValid(b);
  if (syntax !== undefined) return { value: target === 'interface' ? null : empty(target), error: syntax };
  const d = new Decoder(b);
  const first = b[skipSpace(b)];
  if (target !== 'interface' && first !== 0x6e) {
    const want = target === 'map' ? 0x7b : 0x5b;
    if (first !== want) {
      return { value: empty(target), error: `json: cannot unmarshal ${KIND_NAME[first] ?? 'number'} into Go value of type ${TARGET_TYPE[target]}` };
    }
  }
  const value = d.value();
  if (value === null && target !== 'interface') return { value: empty(target), error: d.error };
  return d.error === undefined ? { value } : { value, error: d.error };
}

function skipSpace(b: Uint8Array): number {
  let i = 0;
  while (i < b.length && isSpace(b[i])) i++;
  return i;
}

function empty(target: JsonTarget): GoValue {
  return target === 'map' ? new GoMap() : new GoSlice();
}
