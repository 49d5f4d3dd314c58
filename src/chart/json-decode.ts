import { GoMap, GoSlice, type GoValue } from '../template/value.js';

/**
 * decodeJsonPrefix decodes the first JSON value of `s` like Go's `json.Decoder.Decode`
 * (numbers → float64, objects → map[string]interface {}) and returns the offset after it,
 * or Go's error text.
 */
export function decodeJsonPrefix(s: string): { value: GoValue; end: number } | string {
  let i = 0;
  while (i < s.length && ' \t\r\n'.includes(s[i])) i++;
  if (i >= s.length) return 'EOF';
  const start = i;
  const end = scanValue(s, i);
  if (typeof end === 'string') return end;
  let raw: unknown;
  try {
    raw = JSON.parse(s.slice(start, end));
  } catch (e) {
    return (e as Error).message;
  }
  return { value: jsonToGo(raw), end };
}

/** jsonToGo converts a parsed JSON value to the Go value encoding/json produces for interface{}. */
export function jsonToGo(v: unknown): GoValue {
  if (v === null) return null;
  if (Array.isArray(v)) return new GoSlice(v.map(jsonToGo));
  if (typeof v === 'object') return new GoMap(new Map(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, jsonToGo(x)])));
  return v as GoValue;
}

function describe(c: string | undefined, ctx: string): string {
  if (c === undefined) return 'unexpected EOF';
  return `invalid character ${goRune(c)} ${ctx}`;
}

function goRune(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '\n') return `'\\n'`;
  if (c === '\t') return `'\\t'`;
  return `'${c}'`;
}

function skipWs(s: string, i: number): number {
  while (i < s.length && ' \t\r\n'.includes(s[i])) i++;
  return i;
}

function scanValue(s: string, i: number): number | string {
  const c = s[i];
  if (c === '{') return scanObject(s, i + 1);
  if (c === '[') return scanArray(s, i + 1);
  if (c === '"') return scanString(s, i + 1);
  if (c === '-' || (c >= '0' && c <= '9')) {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i));
    if (!m || m[0] === '-') return describe(s[i + 1], 'in numeric literal');
    return i + m[0].length;
  }
  for (const lit of ['true', 'false', 'null']) {
    if (s.startsWith(lit, i)) return i + lit.length;
    if (c === lit[0]) {
      for (let k = 1; k < lit.length; k++) {
        if (s[i + k] !== lit[k]) return describe(s[i + k], `in literal ${lit} (expecting '${lit[k]}')`);
      }
    }
  }
  return describe(c, 'looking for beginning of value');
}

function scanString(s: string, i: number): number | string {
  while (i < s.length) {
    const c = s[i];
    if (c === '"') return i + 1;
    if (c === '\\') i += 2;
    else i++;
  }
  return 'unexpected EOF';
}

function scanArray(s: string, i: number): number | string {
  i = skipWs(s, i);
  if (s[i] === ']') return i + 1;
  for (;;) {
    i = skipWs(s, i);
    const e = scanValue(s, i);
    if (typeof e === 'string') return e;
    i = skipWs(s, e);
    if (s[i] === ',') i++;
    else if (s[i] === ']') return i + 1;
    else return describe(s[i], 'after array element');
  }
}

function scanObject(s: string, i: number): number | string {
  i = skipWs(s, i);
  if (s[i] === '}') return i + 1;
  for (;;) {
    i = skipWs(s, i);
    if (s[i] !== '"') return describe(s[i], 'looking for beginning of object key string');
    const k = scanString(s, i + 1);
    if (typeof k === 'string') return k;
    i = skipWs(s, k);
    if (s[i] !== ':') return describe(s[i], 'after object key');
    i = skipWs(s, i + 1);
    const e = scanValue(s, i);
    if (typeof e === 'string') return e;
    i = skipWs(s, e);
    if (s[i] === ',') i++;
    else if (s[i] === '}') return i + 1;
    else return describe(s[i], 'after object key:value pair');
  }
}
