/**
 * Go literal quoting and number parsing (strconv rules) as text/template's parser uses them
 * (golang/go src/strconv/quote.go, atoi.go, atof.go).
 */
import { rawByte } from './utf8.js';

/** StrconvError is a Go strconv error; `message` is Go's text (`invalid syntax`). */
export class StrconvError extends Error {
  readonly code = 'STRCONV_ERROR';
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** isGoPrint reports whether a rune is printable per Go's strconv.IsPrint. */
export function isGoPrint(r: number): boolean {
  if (r < 0x20 || r === 0x7f) return false;
  if (r < 0x7f) return true;
  if (r === 0xfffd) return true;
  return PRINTABLE.test(String.fromCodePoint(r));
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** quoteRuneInto appends the escaped form of rune `r` inside a `quote`-delimited literal. */
function escapeRune(r: number, quote: number): string {
  if (r === quote || r === 0x5c) return '\\' + String.fromCharCode(r);
  if (isGoPrint(r)) return String.fromCodePoint(r);
  switch (r) {
    case 7:
      return '\\a';
    case 8:
      return '\\b';
    case 12:
      return '\\f';
    case 10:
      return '\\n';
    case 13:
      return '\\r';
    case 9:
      return '\\t';
    case 11:
      return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hex(r, 2);
  if (r >= 0xd800 && r <= 0xdfff) return '\\ufffd';
  if (r < 0x10000) return '\\u' + hex(r, 4);
  return '\\U' + hex(r, 8);
}

/** goQuote is Go's strconv.Quote (also `%q` of a string). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch.codePointAt(0)!, 0x22);
  return out + '"';
}

/** goQuoteRune is Go's strconv.QuoteRune. */
export function goQuoteRune(r: number): string {
  return "'" + escapeRune(r, 0x27) + "'";
}

/** truncateRunes keeps the first `n` runes of `s` (Go's `%.Ns`). */
export function truncateRunes(s: string, n: number): string {
  let i = 0;
  let count = 0;
  while (i < s.length && count < n) {
    const c = s.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    count++;
  }
  return s.slice(0, i);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/** unquoteChar decodes one (possibly escaped) character at `s[i]`; returns [text, nextIndex]. */
export function unquoteChar(s: string, i: number, quote: string): [string, number] {
  const c = s[i];
  if (c === undefined) throw new StrconvError('invalid syntax');
  if (c === quote && (quote === "'" || quote === '"')) throw new StrconvError('invalid syntax');
  if (c !== '\\') {
    const cp = s.codePointAt(i)!;
    return [String.fromCodePoint(cp), i + (cp > 0xffff ? 2 : 1)];
  }
  const e = s[i + 1];
  if (e === undefined) throw new StrconvError('invalid syntax');
  if (e in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[e], i + 2];
  if (e === "'" || e === '"') {
    if (e !== quote) throw new StrconvError('invalid syntax');
    return [e, i + 2];
  }
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    const digits = s.slice(i + 2, i + 2 + n);
    if (digits.length < n || !/^[0-9a-fA-F]+$/.test(digits)) throw new StrconvError('invalid syntax');
    const v = parseInt(digits, 16);
    if (e !== 'x' && (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))) throw new StrconvError('invalid syntax');
    return [e === 'x' ? rawByte(v) : String.fromCodePoint(v), i + 2 + n];
  }
  if (e >= '0' && e <= '7') {
    const digits = s.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(digits)) throw new StrconvError('invalid syntax');
    const v = parseInt(digits, 8);
    if (v > 255) throw new StrconvError('invalid syntax');
    return [rawByte(v), i + 4];
  }
  throw new StrconvError('invalid syntax');
}

/** goUnquote is Go's strconv.Unquote for "..." and `...` literals. */
export function goUnquote(s: string): string {
  const n = s.length;
  if (n < 2) throw new StrconvError('invalid syntax');
  const quote = s[0];
  if (quote !== s[n - 1]) throw new StrconvError('invalid syntax');
  const body = s.slice(1, n - 1);
  if (quote === '`') {
    if (body.includes('`')) throw new StrconvError('invalid syntax');
    return body.includes('\r') ? body.replace(/\r/g, '') : body;
  }
  if (quote !== '"' && quote !== "'") throw new StrconvError('invalid syntax');
  if (body.includes('\n')) throw new StrconvError('invalid syntax');
  if (!body.includes('\\') && !body.includes(quote)) {
    if (quote === '"') return body;
    if (quote === "'" && [...body].length === 1) return body;
  }
  let out = '';
  let i = 0;
  while (i < body.length) {
    const [t, next] = unquoteChar(body, i, quote);
    out += t;
    i = next;
    if (quote === "'" && i < body.length) throw new StrconvError('invalid syntax');
  }
  return out;
}

/** ParsedInt is the result of Go's strconv.ParseInt/ParseUint with base 0. */
function underscoreOK(s: string): boolean {
  // Go's strconv.underscoreOK: underscores only between digits or after a base prefix.
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hexa = false;
  if (s.length >= 2 && s[0] === '0' && /[bBoOxX]/.test(s[1])) {
    i = 2;
    saw = '0';
    hexa = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hexa && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

function parseUnsignedBase0(s: string): bigint | undefined {
  if (s === '') return undefined;
  let base = 10;
  let body = s;
  let prefixed = false;
  if (s[0] === '0' && s.length > 1) {
    const p = s[1].toLowerCase();
    if (p === 'x') {
      base = 16;
      body = s.slice(2);
      prefixed = true;
    } else if (p === 'b') {
      base = 2;
      body = s.slice(2);
      prefixed = true;
    } else if (p === 'o') {
      base = 8;
      body = s.slice(2);
      prefixed = true;
    } else {
      base = 8;
      body = s.slice(1);
      prefixed = true;
    }
  }
  if (body.includes('_')) {
    if (!underscoreOK(s)) return undefined;
    body = body.replace(/_/g, '');
  }
  if (body === '') return prefixed && base === 8 ? 0n : undefined;
  const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : base === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!valid.test(body)) return undefined;
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  return BigInt(prefix + body);
}

/** parseGoUint is strconv.ParseUint(s, 0, 64); undefined on any error. */
export function parseGoUint(s: string): bigint | undefined {
  const v = parseUnsignedBase0(s);
  if (v === undefined || v > UINT64_MAX) return undefined;
  return v;
}

/** parseGoInt is strconv.ParseInt(s, 0, 64); undefined on any error. */
export function parseGoInt(s: string): bigint | undefined {
  let neg = false;
  let body = s;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    body = s.slice(1);
  }
  const v = parseUnsignedBase0(body);
  if (v === undefined) return undefined;
  const r = neg ? -v : v;
  if (r < INT64_MIN || r > INT64_MAX) return undefined;
  return r;
}

const DEC_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEX_FLOAT = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/;

/** parseGoFloat is strconv.ParseFloat(s, 64); undefined on syntax or range error. */
export function parseGoFloat(s: string): number | undefined {
  let t = s;
  if (t.includes('_')) {
    if (!underscoreOK(t)) return undefined;
    t = t.replace(/_/g, '');
  }
  let v: number;
  if (DEC_FLOAT.test(t)) {
    v = Number(t);
  } else {
    const m = HEX_FLOAT.exec(t);
    if (!m || (m[2] === '' && m[3] === '')) return undefined;
    const mant = parseInt(m[2] + m[3] || '0', 16);
    v = mant * Math.pow(2, Number(m[4]) - 4 * m[3].length);
    if (m[1] === '-') v = -v;
  }
  if (!Number.isFinite(v)) return undefined;
  return v;
}
