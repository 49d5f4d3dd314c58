/**
 * A tiny evaluator for the template expressions used by the fmt tests (`printf "%d" 1 (list 2)`),
 * so test rows can be written exactly as they were run against real helm. It knows literals
 * (int, float64, string, raw string, char, nil, true/false) and `print`, `printf`, `println`,
 * `list`, `dict`, `int64`, `float64`, `index "str" n` (a uint8), `substr`/`len` on bytes;
 * `.Values.x` reads `values`.
 */
import { sprint, sprintf, sprintln } from '../../src/template/fmt.js';
import { Unquote, UnquoteChar } from '../../src/template/strconv.js';
import { byteAt, byteLength, byteSlice } from '../../src/template/utf8.js';
import { GoMap, GoSlice, goInt, type GoValue } from '../../src/template/value.js';

type Token = { kind: 'open' | 'close' | 'word' | 'lit'; text: string; value?: GoValue };

const TOKEN = /\s*(?:(\()|(\))|("(?:[^"\\]|\\.)*"|`[^`]*`)|('(?:[^'\\]|\\.)+')|([^\s()]+))/gy;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < src.length && (m = TOKEN.exec(src))) {
    if (m[1]) out.push({ kind: 'open', text: '(' });
    else if (m[2]) out.push({ kind: 'close', text: ')' });
    else if (m[3]) out.push({ kind: 'lit', text: m[3], value: Unquote(m[3]) });
    else if (m[4]) out.push({ kind: 'lit', text: m[4], value: goInt(UnquoteChar(m[4].slice(1), 39).value) });
    else if (m[5]) out.push({ kind: 'word', text: m[5] });
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
  }
  return out;
}

function number(text: string): GoValue | undefined {
  if (/^[+-]?(0x[0-9a-f]+|\d+)$/i.test(text)) return goInt(BigInt(text.replace(/^\+/, '')));
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  return undefined;
}

const FUNCS: Record<string, (args: GoValue[]) => GoValue> = {
  print: (a) => sprint(a),
  printf: (a) => sprintf(a[0] as string, a.slice(1)),
  println: (a) => sprintln(a),
  list: (a) => new GoSlice(a.map((v) => (v === undefined ? null : v))),
  dict: (a) => {
    const m = new Map<string, GoValue>();
    for (let i = 0; i < a.length; i += 2) m.set(a[i] as string, a[i + 1] === undefined ? null : a[i + 1]);
    return new GoMap(m);
  },
  int64: (a) => goInt(typeof a[0] === 'number' ? Math.trunc(a[0]) : (a[0] as { v: bigint }).v, 'int64'),
  float64: (a) => (typeof a[0] === 'number' ? a[0] : Number((a[0] as { v: bigint }).v)),
  substr: (a) => byteSlice(a[2] as string, Number((a[0] as { v: bigint }).v), Number((a[1] as { v: bigint }).v)),
  len: (a) => goInt(byteLength(a[0] as string)),
  index: (a) => goInt(byteAt(a[0] as string, Number((a[1] as { v: bigint }).v)) ?? 0, 'uint8'),
};

/** evalExpr evaluates one expression (the text between `{{` and `}}`). */
export function evalExpr(src: string, values: Record<string, GoValue> = {}): GoValue {
  const toks = tokenize(src);
  let pos = 0;
  const operand = (): GoValue => {
    const t = toks[pos++];
    if (t.kind === 'open') {
      const v = command();
      pos++; // ')'
      return v;
    }
    if (t.kind === 'lit') return t.value;
    if (t.text === 'nil') return undefined;
    if (t.text === 'true' || t.text === 'false') return t.text === 'true';
    if (t.text.startsWith('.Values.')) return values[t.text.slice(8)] ?? null;
    const n = number(t.text);
    if (n !== undefined) return n;
    throw new Error(`unknown operand ${t.text}`);
  };
  const command = (): GoValue => {
    const t = toks[pos];
    if (t.kind === 'word' && FUNCS[t.text]) {
      pos++;
      const args: GoValue[] = [];
      while (pos < toks.length && toks[pos].kind !== 'close') args.push(operand());
      return FUNCS[t.text](args);
    }
    return operand();
  };
  return command();
}
