/**
 * Go's `regexp` package on top of re2js (a port of RE2, the engine Go's regexp mirrors).
 * All offsets are UTF-8 byte offsets, as in Go; strings are converted at the boundary.
 */
import { createRequire } from 'node:module';
import { goBackquoteOrQuote } from './quote.js';
import { concatBytes, utf8Bytes, utf8String } from './utf8.js';

/** GoRegexpSyntaxError is `*syntax.Error`: message `error parsing regexp: <code>: \`<expr>\``. */
export class GoRegexpSyntaxError extends Error {
  readonly code = 'GO_REGEXP_SYNTAX';
  constructor(
    message: string,
    /** the pattern that failed to compile */
    readonly expr: string,
  ) {
    super(message);
    this.name = 'GoRegexpSyntaxError';
  }
  /** mustCompileMessage is the panic text of `regexp.MustCompile`. */
  get mustCompileMessage(): string {
    return `regexp: Compile(${goBackquoteOrQuote(this.expr)}): ${this.message}`;
  }
}

/** The subset of re2js's RE2 class this module uses (it is not exported by name). */
interface Re2Engine {
  findAllUTF8SubmatchIndex(b: Uint8Array, n: number): number[][] | null;
  numberOfCapturingGroups(): number;
  namedGroups: Record<string, number>;
}

/**
 * re2js (a third of the code a render loads, with its Unicode tables) is loaded on the first
 * regular expression, not at startup: most charts call no regex function.
 */
let re2js: typeof import('re2js') | undefined;
function loadRe2js(): typeof import('re2js') {
  return (re2js ??= createRequire(import.meta.url)('re2js') as typeof import('re2js'));
}

const CACHE_SIZE = 512;
/** Compiled patterns (and compile errors) by source, oldest first; templates often reuse patterns in loops. */
const cache = new Map<string, GoRegexp | GoRegexpSyntaxError>();

/** GoRegexp is a compiled Go regular expression. */
export class GoRegexp {
  private constructor(
    readonly expr: string,
    private readonly re: Re2Engine,
    /** Go's `SubexpNames()`: index 0 is the whole match, unnamed groups are "". */
    private readonly names: string[],
  ) {}

  /** compile is `regexp.Compile`; it throws {@link GoRegexpSyntaxError}. Results are cached. */
  static compile(expr: string): GoRegexp {
    const hit = cache.get(expr);
    if (hit instanceof GoRegexp) return hit;
    if (hit) throw hit;
    let result: GoRegexp | GoRegexpSyntaxError;
    try {
      result = GoRegexp.compileUncached(expr);
    } catch (e) {
      if (!(e instanceof GoRegexpSyntaxError)) throw e;
      result = e;
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(expr, result);
    if (result instanceof GoRegexpSyntaxError) throw result;
    return result;
  }

  private static compileUncached(expr: string): GoRegexp {
    try {
      const re = loadRe2js().RE2JS.compile(expr).re2() as unknown as Re2Engine;
      const names = new Array<string>(re.numberOfCapturingGroups() + 1).fill('');
      for (const [name, i] of Object.entries(re.namedGroups)) names[i] = name;
      return new GoRegexp(expr, re, names);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      // Go accepts repeated group names (RE2 rejects them): compile with unique names instead.
      if (msg.includes('duplicate capture group name')) {
        const { rewritten, names } = uniqueGroupNames(expr);
        if (rewritten !== expr) return new GoRegexp(expr, GoRegexp.compileUncached(rewritten).re, names);
      }
      throw new GoRegexpSyntaxError(
        msg.startsWith('error parsing regexp') ? msg : `error parsing regexp: ${msg}`,
        expr,
      );
    }
  }

  /** findAllSubmatchIndex is `FindAllSubmatchIndex` on bytes (`n < 0` means all). */
  findAllSubmatchIndex(b: Uint8Array, n: number): number[][] {
    if (n === 0) return [];
    const lim = n < 0 ? b.length + 1 : n;
    return this.re.findAllUTF8SubmatchIndex(b, lim) ?? [];
  }

  /** matchString is `MatchString`. */
  matchString(s: string): boolean {
    return this.findAllSubmatchIndex(utf8Bytes(s), 1).length > 0;
  }

  /** findString is `FindString` ("" when there is no match). */
  findString(s: string): string {
    const b = utf8Bytes(s);
    const m = this.findAllSubmatchIndex(b, 1)[0];
    return m ? utf8String(b.subarray(m[0], m[1])) : '';
  }

  /** findAllString is `FindAllString`; null stands for Go's nil slice (no match). */
  findAllString(s: string, n: number): string[] | null {
    const b = utf8Bytes(s);
    const ms = this.findAllSubmatchIndex(b, n);
    return ms.length === 0 ? null : ms.map((m) => utf8String(b.subarray(m[0], m[1])));
  }

  /** replaceAllString is `ReplaceAllString` (`$1`, `${name}` expanded as Go's `Expand`). */
  replaceAllString(s: string, repl: string): string {
    return this.replace(s, (src, m) => this.expand(repl, src, m));
  }

  /** replaceAllLiteralString is `ReplaceAllLiteralString`. */
  replaceAllLiteralString(s: string, repl: string): string {
    const r = utf8Bytes(repl);
    return this.replace(s, () => r);
  }

  private replace(s: string, repl: (src: Uint8Array, m: number[]) => Uint8Array): string {
    const src = utf8Bytes(s);
    const out: Uint8Array[] = [];
    let last = 0;
    for (const m of this.findAllSubmatchIndex(src, -1)) {
      out.push(src.subarray(last, m[0]), repl(src, m));
      last = m[1];
    }
    out.push(src.subarray(last));
    return utf8String(concatBytes(out));
  }

  /** split is `Split` (`n == 0` → nil, shown here as null). */
  split(s: string, n: number): string[] | null {
    if (n === 0) return null;
    if (this.expr.length > 0 && s.length === 0) return [''];
    const b = utf8Bytes(s);
    const parts: string[] = [];
    let beg = 0;
    let end = 0;
    for (const m of this.findAllSubmatchIndex(b, n)) {
      if (n > 0 && parts.length >= n - 1) break;
      end = m[0];
      if (m[1] !== 0) parts.push(utf8String(b.subarray(beg, end)));
      beg = m[1];
    }
    if (end !== b.length) parts.push(utf8String(b.subarray(beg)));
    return parts;
  }

  /** expand is Go's `Regexp.Expand` for one match. */
  expand(template: string, src: Uint8Array, m: number[]): Uint8Array {
    const out: Uint8Array[] = [];
    let t = template;
    for (;;) {
      const i = t.indexOf('$');
      if (i < 0) break;
      out.push(utf8Bytes(t.slice(0, i)));
      t = t.slice(i + 1);
      if (t.startsWith('$')) {
        out.push(utf8Bytes('$'));
        t = t.slice(1);
        continue;
      }
      const ref = extractRef(t);
      if (!ref) {
        out.push(utf8Bytes('$'));
        continue;
      }
      t = ref.rest;
      const g = ref.num >= 0 ? ref.num : this.groupIndex(ref.name, m);
      if (g >= 0 && 2 * g + 1 < m.length && m[2 * g] >= 0) out.push(src.subarray(m[2 * g], m[2 * g + 1]));
    }
    out.push(utf8Bytes(t));
    return concatBytes(out);
  }

  /** groupIndex finds the first group called `name` that took part in match `m`. */
  private groupIndex(name: string, m: number[]): number {
    return this.names.findIndex((n, i) => n === name && 2 * i + 1 < m.length && m[2 * i] >= 0);
  }
}

/**
 * uniqueGroupNames renames repeated `(?P<name>` / `(?<name>` groups so RE2 accepts the pattern,
 * and returns Go's SubexpNames for the original pattern.
 */
function uniqueGroupNames(expr: string): { rewritten: string; names: string[] } {
  const names = [''];
  const seen = new Set<string>();
  let out = '';
  let i = 0;
  while (i < expr.length) {
    const c = expr[i];
    if (c === '\\') {
      const end = expr[i + 1] === 'Q' ? endOfQuote(expr, i + 2) : i + 2;
      out += expr.slice(i, end);
      i = end;
    } else if (c === '[') {
      const end = endOfClass(expr, i + 1);
      out += expr.slice(i, end);
      i = end;
    } else if (c === '(') {
      const m = /^\(\?P?<([^>=!][^>]*)>/.exec(expr.slice(i));
      if (m) {
        let name = m[1];
        names.push(name);
        if (seen.has(name)) name = `k8slintDup${names.length}x${name}`;
        seen.add(m[1]);
        out += m[0].replace(`<${m[1]}>`, `<${name}>`);
        i += m[0].length;
      } else {
        if (expr[i + 1] !== '?') names.push('');
        out += c;
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return { rewritten: out, names };
}

function endOfQuote(expr: string, from: number): number {
  const e = expr.indexOf('\\E', from);
  return e < 0 ? expr.length : e + 2;
}

function endOfClass(expr: string, from: number): number {
  let i = from;
  if (expr[i] === '^') i++;
  if (expr[i] === ']') i++;
  while (i < expr.length && expr[i] !== ']') {
    if (expr[i] === '\\') i += 2;
    else if (expr.startsWith('[:', i) && expr.indexOf(':]', i + 2) >= 0) i = expr.indexOf(':]', i + 2) + 2;
    else i++;
  }
  return i + 1;
}

const NAME_CHAR = /^[\p{L}\p{Nd}_]$/u;

/** extractRef parses `name`, `{name}` after a `$` (Go's regexp `extract`). */
function extractRef(str: string): { name: string; num: number; rest: string } | null {
  let s = str;
  const brace = s.startsWith('{');
  if (brace) s = s.slice(1);
  let i = 0;
  for (const ch of s) {
    if (!NAME_CHAR.test(ch)) break;
    i += ch.length;
  }
  if (i === 0) return null;
  const name = s.slice(0, i);
  if (brace) {
    if (i >= s.length || s[i] !== '}') return null;
    i++;
  }
  let num = 0;
  for (const c of name) {
    if (c < '0' || c > '9' || num >= 1e8) {
      num = -1;
      break;
    }
    num = num * 10 + (c.charCodeAt(0) - 48);
  }
  if (name[0] === '0' && name.length > 1) num = -1;
  return { name, num, rest: s.slice(i) };
}

const SPECIAL = new Set('\\.+*?()|[]{}^$');

/** quoteMeta is `regexp.QuoteMeta`. */
export function quoteMeta(s: string): string {
  let out = '';
  for (const ch of s) out += SPECIAL.has(ch) ? '\\' + ch : ch;
  return out;
}
