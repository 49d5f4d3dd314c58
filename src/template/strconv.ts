/**
 * A port of the parts of Go's `strconv` that templates reach: FormatFloat (exact,
 * round-half-even on the binary value), Quote/QuoteToASCII/QuoteRune/Unquote/UnquoteChar,
 * ParseInt/ParseUint/ParseFloat with Go's error texts, Itoa/FormatInt, IsPrint
 * (golang/go src/strconv/ftoa.go, quote.go, atoi.go, atof.go).
 *
 * Go strings are represented as described in `utf8.ts` (raw bytes as U+DC80–U+DCFF).
 * The lower-case helpers at the end (`goQuote`, `goUnquote`, `parseGoInt` …) are the names
 * the lexer/parser use; they are thin wrappers over the Go-named functions.
 */
import { appendRuneBytes, bytesToGoString, decodeAt, hasRawBytes, isRawByteUnit, MAX_RUNE, RUNE_ERROR } from './utf8.js';

// ---------------------------------------------------------------------------------------------
// Float formatting

interface FloatInfo {
  mantbits: number;
  expbits: number;
  bias: number;
}
const FLOAT64: FloatInfo = { mantbits: 52, expbits: 11, bias: -1023 };
const FLOAT32: FloatInfo = { mantbits: 23, expbits: 8, bias: -127 };

/** Decimal digits `d` (no leading/trailing zeros; empty for zero) with the point at `dp`. */
interface Digits {
  d: string;
  dp: number;
}

const f64buf = new DataView(new ArrayBuffer(8));

/** floatBits splits a float into sign, mantissa (with implicit bit) and unbiased exponent, like ftoa.go. */
function floatBits(v: number, flt: FloatInfo): { neg: boolean; mant: bigint; exp: number } {
  let bits: bigint;
  if (flt === FLOAT32) {
    f64buf.setFloat32(0, v);
    bits = BigInt(f64buf.getUint32(0));
  } else {
    f64buf.setFloat64(0, v);
    bits = f64buf.getBigUint64(0);
  }
  const neg = bits >> BigInt(flt.mantbits + flt.expbits) !== 0n;
  let exp = Number((bits >> BigInt(flt.mantbits)) & ((1n << BigInt(flt.expbits)) - 1n));
  let mant = bits & ((1n << BigInt(flt.mantbits)) - 1n);
  if (exp === 0) exp++;
  else mant |= 1n << BigInt(flt.mantbits);
  exp += flt.bias;
  return { neg, mant, exp };
}

const POW5: bigint[] = [];

function pow5(k: number): bigint {
  let p = POW5[k];
  if (p === undefined) {
    p = 5n ** BigInt(k);
    POW5[k] = p;
  }
  return p;
}

/** exactDigits returns the exact decimal expansion of mant × 2^e2. */
function exactDigits(mant: bigint, e2: number): Digits {
  if (mant === 0n) return { d: '', dp: 0 };
  let s: string;
  let dp: number;
  if (e2 >= 0) {
    s = (mant << BigInt(e2)).toString();
    dp = s.length;
  } else {
    s = (mant * pow5(-e2)).toString();
    dp = s.length + e2;
  }
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return { d: s.slice(0, end), dp };
}

/** roundDigits rounds exact digits to `nd` significant digits, half to even, trimming zeros (decimal.go Round). */
function roundDigits(x: Digits, nd: number): Digits {
  const { d } = x;
  if (nd < 0) return { d: '', dp: 0 };
  if (nd >= d.length) return x;
  const c = d.charCodeAt(nd);
  let up: boolean;
  if (c === 53 /* 5 */ && nd + 1 === d.length) up = nd > 0 && (d.charCodeAt(nd - 1) - 48) % 2 === 1;
  else up = c >= 53;
  if (!up) {
    let end = nd;
    while (end > 0 && d.charCodeAt(end - 1) === 48) end--;
    return end === 0 ? { d: '', dp: 0 } : { d: d.slice(0, end), dp: x.dp };
  }
  let i = nd - 1;
  while (i >= 0 && d.charCodeAt(i) === 57) i--;
  if (i < 0) return { d: '1', dp: x.dp + 1 };
  return { d: d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1), dp: x.dp };
}

/** shortestDigits64 returns the shortest digits that round-trip (JS and Go compute the same). */
function shortestDigits64(v: number): Digits {
  if (v === 0) return { d: '', dp: 0 };
  const s = Math.abs(v).toExponential();
  const e = s.indexOf('e');
  const mant = s.charCodeAt(1) === 46 ? s[0] + s.slice(2, e) : s.slice(0, e);
  return { d: mant, dp: Number(s.slice(e + 1)) + 1 };
}

/** shortestDigits32 finds the shortest correctly rounded digits that parse back to the float32. */
function shortestDigits32(v: number, exact: Digits): Digits {
  if (v === 0) return { d: '', dp: 0 };
  const a = Math.abs(v);
  for (let nd = 1; nd < 17; nd++) {
    const r = roundDigits(exact, nd);
    if (Math.fround(Number(`0.${r.d}e${r.dp}`)) === a) return r;
  }
  return exact;
}

/**
 * FormatFloat is Go's strconv.FormatFloat(f, fmt, prec, bitSize) for fmt in
 * 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X'. `prec` −1 means the shortest round-trip representation.
 */
export function FormatFloat(f: number, fmt: string, prec: number, bitSize: 32 | 64 = 64): string {
  const flt = bitSize === 32 ? FLOAT32 : FLOAT64;
  if (bitSize === 32) f = Math.fround(f);
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  const { neg, mant, exp } = floatBits(f, flt);
  if (fmt === 'b') return fmtB(neg, mant, exp, flt);
  if (fmt === 'x' || fmt === 'X') return fmtX(prec, fmt, neg, mant, exp, flt);
  const shortest = prec < 0;
  let digs: Digits;
  if (shortest) {
    digs = bitSize === 32 ? shortestDigits32(f, exactDigits(mant, exp - flt.mantbits)) : shortestDigits64(f);
    if (fmt === 'e' || fmt === 'E') prec = Math.max(digs.d.length - 1, 0);
    else if (fmt === 'f') prec = Math.max(digs.d.length - digs.dp, 0);
    else prec = digs.d.length;
  } else {
    const exact = exactDigits(mant, exp - flt.mantbits);
    if (fmt === 'e' || fmt === 'E') digs = roundDigits(exact, prec + 1);
    else if (fmt === 'f') digs = exact.d === '' ? exact : roundDigits(exact, exact.dp + prec);
    else {
      if (prec === 0) prec = 1;
      digs = roundDigits(exact, prec);
    }
  }
  return formatDigits(neg, digs, prec, fmt, shortest);
}

function formatDigits(neg: boolean, digs: Digits, prec: number, fmt: string, shortest: boolean): string {
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, digs, prec, fmt);
    case 'f':
      return fmtF(neg, digs, prec);
    case 'g':
    case 'G': {
      let eprec = prec;
      const nd = digs.d.length;
      if (eprec > nd && nd >= digs.dp) eprec = nd;
      if (shortest) eprec = 6;
      const exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > digs.dp) prec = nd;
      return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
    }
  }
  return '%' + fmt;
}

function fmtE(neg: boolean, digs: Digits, prec: number, fmt: string): string {
  const { d } = digs;
  let s = neg ? '-' : '';
  s += d.length ? d[0] : '0';
  if (prec > 0) {
    s += '.';
    const m = Math.min(d.length, prec + 1);
    let i = 1;
    if (i < m) {
      s += d.slice(1, m);
      i = m;
    }
    if (i <= prec) s += '0'.repeat(prec - i + 1);
  }
  let exp = d.length === 0 ? 0 : digs.dp - 1;
  s += fmt;
  if (exp < 0) {
    s += '-';
    exp = -exp;
  } else s += '+';
  return s + (exp < 10 ? '0' + exp : String(exp));
}

function fmtF(neg: boolean, digs: Digits, prec: number): string {
  const { d, dp } = digs;
  let s = neg ? '-' : '';
  if (dp > 0) {
    const m = Math.min(d.length, dp);
    s += d.slice(0, m);
    if (dp > m) s += '0'.repeat(dp - m);
  } else s += '0';
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) {
      const j = dp + i - 1;
      s += j >= 0 && j < d.length ? d[j] : '0';
    }
  }
  return s;
}

function fmtB(neg: boolean, mant: bigint, exp: number, flt: FloatInfo): string {
  const e = exp - flt.mantbits;
  return (neg ? '-' : '') + mant.toString() + 'p' + (e >= 0 ? '+' : '') + e;
}

const U64 = (x: bigint): bigint => BigInt.asUintN(64, x);

function fmtX(prec: number, fmt: string, neg: boolean, mant: bigint, exp: number, flt: FloatInfo): string {
  if (mant === 0n) exp = 0;
  mant = U64(mant << BigInt(60 - flt.mantbits));
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant = U64(mant << 1n);
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = U64(mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant = U64(mant << (60n - shift));
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hexd = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  let s = (neg ? '-' : '') + '0' + fmt + String((mant >> 60n) & 1n);
  mant = U64(mant << 4n);
  if (prec < 0 && mant !== 0n) {
    s += '.';
    while (mant !== 0n) {
      s += hexd[Number((mant >> 60n) & 15n)];
      mant = U64(mant << 4n);
    }
  } else if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) {
      s += hexd[Number((mant >> 60n) & 15n)];
      mant = U64(mant << 4n);
    }
  }
  s += fmt === 'X' ? 'P' : 'p';
  if (exp < 0) {
    s += '-';
    exp = -exp;
  } else s += '+';
  return s + (exp < 10 ? '0' + exp : String(exp));
}

/** formatFloatV is `%v` of a float64 (FormatFloat(f, 'g', -1, 64)) without the bit-level path. */
export function formatFloatV(f: number): string {
  if (Number.isInteger(f) && f < 1e6 && f > -1e6) return f === 0 && Object.is(f, -0) ? '-0' : String(f);
  if (!Number.isFinite(f)) return FormatFloat(f, 'g', -1, 64);
  const digs = shortestDigits64(f);
  return formatDigits(f < 0, digs, digs.d.length, 'g', true);
}

// ---------------------------------------------------------------------------------------------
// Integers

/** Itoa is Go's strconv.Itoa. */
export function Itoa(n: number | bigint): string {
  return typeof n === 'bigint' ? n.toString() : String(Math.trunc(n));
}

/** FormatInt is Go's strconv.FormatInt / FormatUint (base 2..36, lower-case digits). */
export function FormatInt(n: bigint, base: number): string {
  return n.toString(base);
}

/** StrconvError is Go's strconv.ErrSyntax (`invalid syntax`) as thrown by Unquote/UnquoteChar. */
export class StrconvError extends Error {
  readonly code = 'STRCONV_ERROR';
  constructor(message = 'invalid syntax') {
    super(message);
    this.name = 'StrconvError';
  }
}

/** NumError is Go's *strconv.NumError; `message` is its Error() text. */
export class NumError extends Error {
  readonly code = 'NUM_ERROR';
  constructor(
    /** e.g. `ParseInt`, `ParseFloat`, `Atoi`. */
    readonly func: string,
    readonly num: string,
    /** `invalid syntax`, `value out of range`, `invalid base 1`, `invalid bit size 65`. */
    readonly reason: string,
  ) {
    super(`strconv.${func}: parsing ${Quote(num)}: ${reason}`);
    this.name = 'NumError';
  }
}

/** ParseResult is a value plus Go's error (Go returns both: e.g. the clamped value on overflow). */
export interface ParseResult<T> {
  value: T;
  err?: NumError;
}

const SYNTAX = 'invalid syntax';
const RANGE = 'value out of range';

function lower(c: string): string {
  return c.length === 1 && c >= 'A' && c <= 'Z' ? String.fromCharCode(c.charCodeAt(0) | 0x20) : c;
}

/** underscoreOK is Go's check that `_` only separates digits (a base prefix counts as a digit). */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hexa = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(lower(s[1]))) {
    i = 2;
    saw = '0';
    hexa = lower(s[1]) === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hexa && 'abcdef'.includes(lower(c)))) {
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

function digitVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 122) return l - 97 + 10;
  return 99;
}

/** ParseUint is Go's strconv.ParseUint (base 0 or 2..36, bitSize 0 = 64). */
export function ParseUint(s: string, base: number, bitSize: number): ParseResult<bigint> {
  return parseUintNamed('ParseUint', s, base, bitSize);
}

function parseUintNamed(fn: string, s: string, base: number, bitSize: number): ParseResult<bigint> {
  if (s === '') return { value: 0n, err: new NumError(fn, s, SYNTAX) };
  const s0 = s;
  const base0 = base === 0;
  if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const c1 = s.length >= 3 ? lower(s[1]) : '';
      if (c1 === 'b') [base, s] = [2, s.slice(2)];
      else if (c1 === 'o') [base, s] = [8, s.slice(2)];
      else if (c1 === 'x') [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  } else if (base < 2 || base > 36) {
    return { value: 0n, err: new NumError(fn, s0, 'invalid base ' + base) };
  }
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return { value: 0n, err: new NumError(fn, s0, 'invalid bit size ' + bitSize) };
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  const b = BigInt(base);
  let n = 0n;
  let underscores = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95 /* _ */ && base0) {
      underscores = true;
      continue;
    }
    const d = digitVal(c);
    if (d >= base) return { value: 0n, err: new NumError(fn, s0, SYNTAX) };
    n = n * b + BigInt(d);
    if (n > maxVal) return { value: maxVal, err: new NumError(fn, s0, RANGE) };
  }
  if (underscores && !underscoreOK(s0)) return { value: 0n, err: new NumError(fn, s0, SYNTAX) };
  return { value: n };
}

/** ParseInt is Go's strconv.ParseInt (base 0 or 2..36, bitSize 0 = 64); range errors keep the clamped value. */
export function ParseInt(s: string, base: number, bitSize: number): ParseResult<bigint> {
  const fn = 'ParseInt';
  if (s === '') return { value: 0n, err: new NumError(fn, s, SYNTAX) };
  const s0 = s;
  let neg = false;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    s = s.slice(1);
  }
  const u = parseUintNamed(fn, s, base, bitSize);
  if (u.err && u.err.reason !== RANGE) return { value: 0n, err: new NumError(fn, s0, u.err.reason) };
  if (bitSize === 0) bitSize = 64;
  const cutoff = 1n << BigInt(bitSize - 1);
  if (u.err) return { value: neg ? -cutoff : cutoff - 1n, err: new NumError(fn, s0, RANGE) };
  if (!neg && u.value >= cutoff) return { value: cutoff - 1n, err: new NumError(fn, s0, RANGE) };
  if (neg && u.value > cutoff) return { value: -cutoff, err: new NumError(fn, s0, RANGE) };
  return { value: neg ? -u.value : u.value };
}

/** Atoi is Go's strconv.Atoi (errors name `Atoi`). */
export function Atoi(s: string): ParseResult<bigint> {
  const r = ParseInt(s, 10, 0);
  if (r.err) return { value: r.value, err: new NumError('Atoi', s, r.err.reason) };
  return r;
}

const DEC_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEX_FLOAT = /^([+-]?)0[xX]((?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+))[pP]([+-]?\d+)$/;

/**
 * ParseFloat is Go's strconv.ParseFloat(s, bitSize): decimal and hex (`0x1.8p3`) syntax,
 * `_` separators (checked like Go), `inf`/`infinity`/`nan` in any case, ±Inf plus a range
 * error on overflow.
 */
export function ParseFloat(s: string, bitSize: 32 | 64 = 64): ParseResult<number> {
  const fn = 'ParseFloat';
  const special = specialFloat(s);
  if (special !== undefined) return { value: special };
  let t = s;
  if (s.includes('_')) {
    if (!underscoreOK(s)) return { value: 0, err: new NumError(fn, s, SYNTAX) };
    t = s.replace(/_/g, '');
  }
  let v: number;
  if (DEC_FLOAT.test(t)) v = Number(t);
  else {
    const m = HEX_FLOAT.exec(t);
    if (!m) return { value: 0, err: new NumError(fn, s, SYNTAX) };
    v = parseHexFloat(m[1] === '-', m[2], Number(m[3]));
  }
  if (bitSize === 32) v = Math.fround(v);
  if (!Number.isFinite(v)) return { value: v, err: new NumError(fn, s, RANGE) };
  return { value: v };
}

function specialFloat(s: string): number | undefined {
  let sign = 1;
  let t = s;
  if (t[0] === '+' || t[0] === '-') {
    if (t[0] === '-') sign = -1;
    t = t.slice(1);
  }
  const l = t.toLowerCase();
  if (l === 'inf' || l === 'infinity') return sign * Infinity;
  if (l === 'nan' && t.length === s.length) return NaN;
  return undefined;
}

function parseHexFloat(neg: boolean, mantText: string, exp: number): number {
  const dot = mantText.indexOf('.');
  const digits = mantText.replace('.', '');
  if (dot >= 0) exp -= 4 * (mantText.length - dot - 1);
  let m = digits === '' ? 0n : BigInt('0x' + digits);
  if (m === 0n) return neg ? -0 : 0;
  // Round to 53 significant bits (half to even), then scale by powers of two.
  const bits = m.toString(2).length;
  let e = exp;
  if (bits > 53) {
    const drop = BigInt(bits - 53);
    const rem = m & ((1n << drop) - 1n);
    const half = 1n << (drop - 1n);
    m >>= drop;
    e += Number(drop);
    if (rem > half || (rem === half && (m & 1n) === 1n)) m++;
  }
  let v = Number(m);
  while (e > 0) {
    const k = Math.min(e, 1000);
    v *= 2 ** k;
    e -= k;
  }
  while (e < 0) {
    const k = Math.min(-e, 1000);
    v /= 2 ** k;
    e += k;
  }
  return neg ? -v : v;
}

// ---------------------------------------------------------------------------------------------
// Quoting

const PRINT_RE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** IsPrint is Go's strconv.IsPrint (= unicode.IsPrint): L, M, N, P, S categories and U+0020. */
export function IsPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (r > MAX_RUNE || (r >= 0xd800 && r <= 0xdfff)) return false;
  if (r < 0xa1) return false; // C1 controls and NBSP
  return PRINT_RE.test(String.fromCodePoint(r));
}

const HEX = '0123456789abcdef';

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** escapedRune is quote.go appendEscapedRune. */
function escapedRune(r: number, quote: number, asciiOnly: boolean): string {
  if (r === quote || r === 92 /* \ */) return '\\' + String.fromCharCode(r);
  if (asciiOnly ? r < 0x80 && IsPrint(r) : IsPrint(r)) return String.fromCodePoint(r);
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
  if (r < 0x20 || r === 0x7f) return '\\x' + HEX[r >> 4] + HEX[r & 15];
  if (r > MAX_RUNE || (r >= 0xd800 && r <= 0xdfff) || r < 0) r = RUNE_ERROR;
  if (r < 0x10000) return '\\u' + hex(r, 4);
  return '\\U' + hex(r, 8);
}

function quoteWith(s: string, quote: number, asciiOnly: boolean): string {
  const q = String.fromCharCode(quote);
  let out = q;
  let start = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== quote && c !== 92) {
      i++;
      continue;
    }
    if (i > start) out += s.slice(start, i);
    const [r, w, bw] = decodeAt(s, i);
    if (bw === 1 && isRawByteUnit(c)) {
      const b = c - 0xdc00;
      out += '\\x' + HEX[b >> 4] + HEX[b & 15];
    } else out += escapedRune(r, quote, asciiOnly);
    i += w;
    start = i;
  }
  if (start < s.length) out += s.slice(start);
  return out + q;
}

/** Quote is Go's strconv.Quote (raw bytes print as `\xff`). */
export function Quote(s: string): string {
  return quoteWith(s, 34, false);
}

/** QuoteToASCII is Go's strconv.QuoteToASCII. */
export function QuoteToASCII(s: string): string {
  return quoteWith(s, 34, true);
}

function validRune(r: number): number {
  return r < 0 || r > MAX_RUNE || (r >= 0xd800 && r <= 0xdfff) ? RUNE_ERROR : r;
}

/** QuoteRune is Go's strconv.QuoteRune (invalid runes become U+FFFD). */
export function QuoteRune(r: number): string {
  return "'" + escapedRune(validRune(r), 39, false) + "'";
}

/** QuoteRuneToASCII is Go's strconv.QuoteRuneToASCII. */
export function QuoteRuneToASCII(r: number): string {
  return "'" + escapedRune(validRune(r), 39, true) + "'";
}

/** CanBackquote is Go's strconv.CanBackquote. */
export function CanBackquote(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const [r, w, bw] = decodeAt(s, i);
    i += w;
    if (bw > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === RUNE_ERROR && c !== RUNE_ERROR) return false;
    if ((r < 0x20 && r !== 9) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

/** UnquoteCharResult: `value` is a rune (`multibyte`) or a single byte from `\xNN` / octal. */
export interface UnquoteCharResult {
  value: number;
  /** true when `value` is a rune to be UTF-8 encoded; false for a byte (`\xff`, `\377`, ASCII). */
  multibyte: boolean;
  tail: string;
}

const SIMPLE_ESCAPES: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** UnquoteChar is Go's strconv.UnquoteChar; throws StrconvError (`invalid syntax`). */
export function UnquoteChar(s: string, quote: number): UnquoteCharResult {
  if (s.length === 0) throw new StrconvError();
  const c = s.charCodeAt(0);
  if (c === quote && (quote === 39 || quote === 34)) throw new StrconvError();
  if (c !== 92) {
    // A raw byte decodes as U+FFFD (utf8.DecodeRuneInString), so Unquote turns it into U+FFFD.
    const [r, w] = decodeAt(s, 0);
    return { value: r, multibyte: r >= 0x80, tail: s.slice(w) };
  }
  if (s.length <= 1) throw new StrconvError();
  const e = s[1];
  s = s.slice(2);
  if (e in SIMPLE_ESCAPES) return { value: SIMPLE_ESCAPES[e], multibyte: false, tail: s };
  switch (e) {
    case 'x':
    case 'u':
    case 'U': {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      if (s.length < n) throw new StrconvError();
      let v = 0;
      for (let j = 0; j < n; j++) {
        const x = digitVal(s.charCodeAt(j));
        if (x >= 16) throw new StrconvError();
        v = v * 16 + x;
      }
      s = s.slice(n);
      if (e === 'x') return { value: v, multibyte: false, tail: s };
      if (v > MAX_RUNE || (v >= 0xd800 && v <= 0xdfff)) throw new StrconvError();
      return { value: v, multibyte: true, tail: s };
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      let v = e.charCodeAt(0) - 48;
      if (s.length < 2) throw new StrconvError();
      for (let j = 0; j < 2; j++) {
        const x = s.charCodeAt(j) - 48;
        if (x < 0 || x > 7) throw new StrconvError();
        v = v * 8 + x;
      }
      if (v > 255) throw new StrconvError();
      return { value: v, multibyte: false, tail: s.slice(2) };
    }
    case "'":
    case '"':
      if (e.charCodeAt(0) !== quote) throw new StrconvError();
      return { value: e.charCodeAt(0), multibyte: false, tail: s };
  }
  throw new StrconvError();
}

/** Unquote is Go's strconv.Unquote for "…", `…` and '…' literals; throws StrconvError. */
export function Unquote(s: string): string {
  const n = s.length;
  if (n < 2) throw new StrconvError();
  const quote = s.charCodeAt(0);
  if (quote !== s.charCodeAt(n - 1)) throw new StrconvError();
  const body = s.slice(1, n - 1);
  if (quote === 96 /* ` */) {
    if (body.includes('`')) throw new StrconvError();
    return body.includes('\r') ? body.replace(/\r/g, '') : body;
  }
  if (quote !== 34 && quote !== 39) throw new StrconvError();
  if (body.includes('\n')) throw new StrconvError();
  if (!body.includes('\\') && !body.includes(String.fromCharCode(quote)) && !hasRawBytes(body)) {
    if (quote === 34) return body;
    if (body.length > 0) {
      const [r, w, bw] = decodeAt(body, 0);
      if (w === body.length && !(r === RUNE_ERROR && bw !== 3)) return body;
    }
    throw new StrconvError();
  }
  const bytes: number[] = [];
  let rest = body;
  let count = 0;
  while (rest.length > 0) {
    const r = UnquoteChar(rest, quote);
    rest = r.tail;
    if (r.multibyte || r.value < 0x80) appendRuneBytes(bytes, r.value);
    else bytes.push(r.value);
    if (quote === 39 && ++count > 1) throw new StrconvError();
  }
  if (quote === 39 && count !== 1) throw new StrconvError();
  return bytesToGoString(bytes);
}

// ---------------------------------------------------------------------------------------------
// Lower-case helpers used by the lexer/parser (same behaviour as the Go-named functions).

/** isGoPrint is {@link IsPrint}. */
export function isGoPrint(r: number): boolean {
  return IsPrint(r);
}

/** goQuote is Go's strconv.Quote (also `%q` of a string). */
export function goQuote(s: string): string {
  return Quote(s);
}

/** goQuoteRune is Go's strconv.QuoteRune. */
export function goQuoteRune(r: number): string {
  return QuoteRune(r);
}

/** truncateRunes keeps the first `n` runes of `s` (Go's `%.Ns`). */
export function truncateRunes(s: string, n: number): string {
  let count = 0;
  for (let i = 0; i < s.length; ) {
    if (count++ >= n) return s.slice(0, i);
    i += decodeAt(s, i)[1];
  }
  return s;
}

/** unquoteChar decodes one (possibly escaped) character at `s[i]`; returns [text, nextIndex]. */
export function unquoteChar(s: string, i: number, quote: string): [string, number] {
  const rest = s.slice(i);
  const r = UnquoteChar(rest, quote.charCodeAt(0));
  const bytes: number[] = [];
  if (r.multibyte || r.value < 0x80) appendRuneBytes(bytes, r.value);
  else bytes.push(r.value);
  return [bytesToGoString(bytes), i + rest.length - r.tail.length];
}

/** goUnquote is {@link Unquote}. */
export function goUnquote(s: string): string {
  return Unquote(s);
}

/** parseGoUint is strconv.ParseUint(s, 0, 64); undefined on any error. */
export function parseGoUint(s: string): bigint | undefined {
  const r = ParseUint(s, 0, 64);
  return r.err ? undefined : r.value;
}

/** parseGoInt is strconv.ParseInt(s, 0, 64); undefined on any error. */
export function parseGoInt(s: string): bigint | undefined {
  const r = ParseInt(s, 0, 64);
  return r.err ? undefined : r.value;
}

/** parseGoFloat is strconv.ParseFloat(s, 64); undefined on syntax or range error. */
export function parseGoFloat(s: string): number | undefined {
  const r = ParseFloat(s, 64);
  return r.err ? undefined : r.value;
}
