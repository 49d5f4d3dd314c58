/** Go strconv pieces used by Sprig's conversions (`spf13/cast`, `atoi`, `toDecimal`, `quote`). */
import { decodeRune, goBytes } from './bytes.js';

/** ParsedInt is strconv's (value, error): on overflow Go returns the clamped value plus an error. */
export interface ParsedInt {
  value: bigint;
  err?: 'syntax' | 'range';
}

function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

function digitVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 122 ? l - 87 : 99;
}

/** parseUint is strconv.ParseUint(s, base, 64) for base 0 or 2..36. */
export function parseUint(s: string, base: number): ParsedInt {
  if (s === '') return { value: 0n, err: 'syntax' };
  const s0 = s;
  const base0 = base === 0;
  if (base0) {
    base = 10;
    if (s[0] === '0') {
      const c1 = s.length >= 3 ? s[1].toLowerCase() : '';
      if (c1 === 'b') [base, s] = [2, s.slice(2)];
      else if (c1 === 'o') [base, s] = [8, s.slice(2)];
      else if (c1 === 'x') [base, s] = [16, s.slice(2)];
      else [base, s] = [8, s.slice(1)];
    }
  }
  const max = (1n << 64n) - 1n;
  let n = 0n;
  let underscores = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95 && base0) {
      underscores = true;
      continue;
    }
    const d = digitVal(c);
    if (d >= base) return { value: 0n, err: 'syntax' };
    n = n * BigInt(base) + BigInt(d);
    if (n > max) return { value: max, err: 'range' };
  }
  if (underscores && !underscoreOK(s0)) return { value: 0n, err: 'syntax' };
  return { value: n };
}

/** parseInt is strconv.ParseInt(s, base, 64). */
export function parseInt64(s: string, base: number): ParsedInt {
  if (s === '') return { value: 0n, err: 'syntax' };
  let neg = false;
  let t = s;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  const u = parseUint(t, base);
  if (u.err === 'syntax') return { value: 0n, err: 'syntax' };
  const cutoff = 1n << 63n;
  if (u.err === 'range' || (!neg && u.value >= cutoff) || (neg && u.value > cutoff)) {
    return { value: neg ? -cutoff : cutoff - 1n, err: 'range' };
  }
  return { value: neg ? -u.value : u.value };
}

const DEC_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEX_FLOAT = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?\d+)$/;

/** parseFloat64 is strconv.ParseFloat(s, 64); undefined stands for any error (cast then yields 0). */
export function parseFloat64(s: string): number | undefined {
  const special = /^([+-]?)(inf|infinity)$/i.exec(s);
  if (special) return special[1] === '-' ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  let t = s;
  if (t.includes('_')) {
    if (!underscoreOK(t)) return undefined;
    t = t.replace(/_/g, '');
  }
  let v: number;
  if (DEC_FLOAT.test(t)) v = Number(t);
  else {
    const m = HEX_FLOAT.exec(t);
    if (!m || m[2] + m[3] === '') return undefined;
    const mant = BigInt('0x' + (m[2] + m[3] || '0'));
    v = Number(mant) * 2 ** (Number(m[4]) - 4 * m[3].length);
    if (m[1] === '-') v = -v;
  }
  return Number.isFinite(v) ? v : undefined;
}

const ESC: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v', 92: '\\\\', 34: '\\"' };
const PRINT = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** isPrint is Go's strconv.IsPrint. */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (r < 0xa1 || r === 0xad) return false;
  return PRINT.test(String.fromCodePoint(r));
}

const PLAIN_ASCII = /^[ !#-[\]-~]*$/;

/** quote is Go's strconv.Quote (invalid bytes as `\xNN`). */
export function quote(s: string): string {
  if (PLAIN_ASCII.test(s)) return '"' + s + '"'; // printable ASCII without `"` or `\`: nothing to escape
  const b = goBytes(s);
  let out = '"';
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    if (r < 0) out += '\\x' + b[i].toString(16).padStart(2, '0');
    else if (ESC[r] !== undefined) out += ESC[r];
    else if (isPrint(r)) out += String.fromCodePoint(r);
    else if (r < 0x80) out += '\\x' + r.toString(16).padStart(2, '0');
    else if (r < 0x10000) out += '\\u' + r.toString(16).padStart(4, '0');
    else out += '\\U' + r.toString(16).padStart(8, '0');
    i += w;
  }
  return out + '"';
}
