import { GoMap, GoSlice, goInt, goTypeOf, type GoValue } from '../template/value.js';
import { decodeJsonPrefix } from './json-decode.js';

/**
 * Helm's `--set` family parser (helm/helm pkg/strvals/parser.go and literal_parser.go),
 * ported rune for rune so that values, typing and error texts match.
 *
 *   input   := assign (',' assign)*
 *   assign  := key '=' value
 *   key     := name ('.' name | '[' INT ']')*
 *   value   := '{' item (',' item)* '}' | runes up to ','      (typed/string/file modes)
 *            | JSON value                                     (json mode)
 *            | every remaining rune                           (literal mode)
 */

/** StrvalsMode selects the flag: `--set` (typed), `--set-string`, `--set-file`, `--set-json`, `--set-literal`. */
export type StrvalsMode = 'typed' | 'string' | 'file' | 'json' | 'literal';

/** StrvalsError is a strvals parse failure with Helm's message (without the `failed parsing` prefix). */
export class StrvalsError extends Error {
  readonly code = 'STRVALS';
  constructor(message: string) {
    super(message);
    this.name = 'StrvalsError';
  }
}

const MAX_INDEX = 65536;
const MAX_NESTED_NAME_LEVEL = 30;
const EOF: unique symbol = Symbol('EOF');
const NOT_LIST: unique symbol = Symbol('NOT_LIST');
type Sentinel = typeof EOF | typeof NOT_LIST;

class Panic {
  constructor(readonly msg: string) {}
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** typedVal is strvals `typedVal`: bools, null, int64 (no leading 0), else the string. */
export function typedVal(val: string, forceString: boolean): GoValue {
  if (forceString) return val;
  const low = val.toLowerCase();
  if (low === 'true') return true;
  if (low === 'false') return false;
  if (low === 'null') return null;
  if (val === '0') return goInt(0n, 'int64');
  if (val.length !== 0 && val[0] !== '0' && /^[+-]?\d+$/.test(val)) {
    const n = BigInt(val);
    if (n >= INT64_MIN && n <= INT64_MAX) return goInt(n, 'int64');
  }
  return val;
}

function assertMap(v: GoValue): GoMap {
  if (v instanceof GoMap && v.type === 'map[string]interface {}') return v;
  throw new Panic(`interface conversion: interface {} is ${v === null || v === undefined ? 'nil' : goTypeOf(v)}, not map[string]interface {}`);
}

function assertList(v: GoValue): GoValue[] {
  if (v instanceof GoSlice && v.type === '[]interface {}') return [...v.items];
  throw new Panic(`interface conversion: interface {} is ${v === null || v === undefined ? 'nil' : goTypeOf(v)}, not []interface {}`);
}

function atoi(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new StrvalsError(`error parsing index: strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`);
  const n = BigInt(s);
  if (n < INT64_MIN || n > INT64_MAX) throw new StrvalsError(`error parsing index: strconv.Atoi: parsing ${goQuote(s)}: value out of range`);
  return Number(n);
}

function goQuote(s: string): string {
  return JSON.stringify(s);
}

function runeQuote(rs: string[]): string {
  return `[${rs.map((r) => `'${r === "'" ? "\\'" : r}'`).join(' ')}]`;
}

/** FileReader reads `--set-file` paths; it returns the file content or throws with Go's error text. */
export type FileReader = (path: string) => string;

class Parser {
  private pos = 0;
  private readonly runes: string[];

  constructor(
    src: string,
    private readonly data: GoMap,
    private readonly mode: StrvalsMode,
    private readonly readFile?: FileReader,
  ) {
    this.runes = [...src];
  }

  parse(): void {
    for (;;) {
      const err = this.keyGuarded(this.data, 0);
      if (err === null) continue;
      if (err === EOF) return;
      throw new StrvalsError(err === NOT_LIST ? "not a list" : err);
    }
  }

  private readRune(): string | typeof EOF {
    return this.pos < this.runes.length ? this.runes[this.pos++] : EOF;
  }

  private runesUntil(stop: string): [string[], string | typeof EOF] {
    const v: string[] = [];
    for (;;) {
      const r = this.readRune();
      if (r === EOF) return [v, EOF];
      if (stop.includes(r)) return [v, r];
      if (r === '\\' && this.mode !== 'literal') {
        const next = this.readRune();
        if (next === EOF) return [v, EOF];
        v.push(next);
      } else v.push(r);
    }
  }

  private keyGuarded(data: GoMap, level: number): string | Sentinel | null {
    try {
      return this.key(data, level);
    } catch (e) {
      if (e instanceof Panic) return `unable to parse key: ${e.msg}`;
      throw e;
    }
  }

  private reader(rs: string[]): GoValue {
    const s = rs.join('');
    if (this.mode === 'file') {
      if (!this.readFile) throw new StrvalsError('no file reader');
      return this.readFile(s);
    }
    return typedVal(s, this.mode === 'string');
  }

  private key(data: GoMap, level: number): string | Sentinel | null {
    const stop = this.mode === 'literal' ? '=[.' : '=[,.';
    const [k, last] = this.runesUntil(stop);
    const ks = k.join('');
    if (last === EOF) return k.length === 0 ? EOF : `key ${goQuote(ks)} has no value`;
    if (last === '[') {
      const idx = this.keyIndex();
      if (typeof idx === 'string') return idx;
      let list: GoValue[] = [];
      if (data.entries.has(ks)) list = assertList(data.entries.get(ks));
      const [l2, err] = this.listItem(list, idx, level);
      set(data, ks, l2 === null ? null : new GoSlice(l2));
      return err;
    }
    if (last === '=') return this.assignValue(data, ks);
    if (last === ',') {
      set(data, ks, '');
      return `key ${goQuote(ks)} has no value (cannot end with ,)`;
    }
    // last === '.'
    level++;
    if (level > MAX_NESTED_NAME_LEVEL) return `value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`;
    let inner = new GoMap();
    if (data.entries.has(ks)) inner = assertMap(data.entries.get(ks));
    const e = this.key(inner, level);
    if (e === null && inner.entries.size === 0) return `key map ${goQuote(ks)} has no value`;
    if (inner.entries.size !== 0) set(data, ks, inner);
    return e;
  }

  private assignValue(data: GoMap, ks: string): string | Sentinel | null {
    if (this.mode === 'literal') {
      set(data, ks, this.runes.slice(this.pos).join(''));
      this.pos = this.runes.length;
      return null;
    }
    if (this.mode === 'json') {
      if (this.emptyVal()) {
        set(data, ks, null);
        return null;
      }
      const r = this.jsonValue();
      if (typeof r === 'string') return r;
      set(data, ks, r.v);
      this.emptyVal();
      return null;
    }
    const vl = this.valList();
    if (Array.isArray(vl)) {
      set(data, ks, new GoSlice(vl));
      return null;
    }
    if (vl === EOF) {
      set(data, ks, '');
      return EOF;
    }
    if (vl === NOT_LIST) {
      const [rs] = this.runesUntil(',');
      set(data, ks, this.reader(rs));
      return null;
    }
    return vl;
  }

  private jsonValue(): { v: GoValue } | string {
    const rest = this.runes.slice(this.pos).join('');
    const r = decodeJsonPrefix(rest);
    if (typeof r === 'string') return r;
    this.pos += [...rest.slice(0, r.end)].length;
    return { v: r.value };
  }

  /** emptyVal consumes spaces up to `,`/EOF (true) or stops before another rune (false). */
  private emptyVal(): boolean {
    for (;;) {
      const r = this.readRune();
      if (r === EOF || r === ',') return true;
      if (!/\s/u.test(r)) {
        this.pos--;
        return false;
      }
    }
  }

  private keyIndex(): number | string {
    const [v, last] = this.runesUntil(']');
    if (last === EOF) return 'error parsing index: EOF';
    try {
      return atoi(v.join(''));
    } catch (e) {
      return (e as Error).message;
    }
  }

  private valList(): GoValue[] | Sentinel | string {
    const r = this.readRune();
    if (r === EOF) return EOF;
    if (r !== '{') {
      this.pos--;
      return NOT_LIST;
    }
    const list: GoValue[] = [];
    for (;;) {
      const [rs, last] = this.runesUntil(',}');
      if (last === EOF) return "list must terminate with '}'";
      if (last === '}') {
        const n = this.readRune();
        if (n !== EOF && n !== ',') this.pos--;
        list.push(this.reader(rs));
        return list;
      }
      list.push(this.reader(rs));
    }
  }

  private listItem(list: GoValue[], i: number, level: number): [GoValue[] | null, string | Sentinel | null] {
    if (i < 0) return [list, `negative ${i} index not allowed`];
    const [k, last] = this.runesUntil('[.=');
    if (k.length > 0) return [list, `unexpected data at end of array index: ${runeQuote(k)}`];
    if (last === EOF) return [list, EOF];
    if (last === '=') {
      if (this.mode === 'literal') {
        const v = this.runes.slice(this.pos).join('');
        this.pos = this.runes.length;
        return setIndex(list, i, v);
      }
      if (this.mode === 'json') {
        if (this.emptyVal()) return setIndex(list, i, null);
        const r = this.jsonValue();
        if (typeof r === 'string') return [list, r];
        const res = setIndex(list, i, r.v);
        if (res[1] !== null) return res;
        this.emptyVal();
        return res;
      }
      const vl = this.valList();
      if (Array.isArray(vl)) return setIndex(list, i, new GoSlice(vl));
      if (vl === EOF) return setIndex(list, i, '');
      if (vl === NOT_LIST) {
        const [rs] = this.runesUntil(',');
        return setIndex(list, i, this.reader(rs));
      }
      return [list, vl];
    }
    if (last === '[') {
      const nextI = this.keyIndex();
      if (typeof nextI === 'string') return [list, nextI];
      let crt: GoValue[] = [];
      if (list.length > i && list[i] !== null && list[i] !== undefined) crt = assertList(list[i]);
      const [l2, err] = this.listItem(crt, nextI, level);
      if (err !== null) return [list, err];
      return setIndex(list, i, new GoSlice(l2 ?? []));
    }
    if (last === '.') {
      let inner = new GoMap();
      if (list.length > i) {
        const cur = list[i];
        if (cur instanceof GoMap && cur.type === 'map[string]interface {}') inner = cur;
        else list[i] = inner;
      }
      const e = this.key(inner, level);
      if (e !== null) return [list, e];
      return setIndex(list, i, inner);
    }
    return [null, `parse error: unexpected token ${last.codePointAt(0)}`];
  }
}

function set(data: GoMap, key: string, val: GoValue): void {
  if (key.length === 0) return;
  data.entries.set(key, val);
}

function setIndex(list: GoValue[], index: number, val: GoValue): [GoValue[], string | null] {
  if (index < 0) return [list, `negative ${index} index not allowed`];
  if (index > MAX_INDEX) return [list, `index of ${index} is greater than maximum supported index of ${MAX_INDEX}`];
  const out = [...list];
  while (out.length <= index) out.push(null);
  out[index] = val;
  return [out, null];
}

/** parseStrvalsInto parses one `--set*` argument into `dest` (mutating it), as `strvals.ParseInto*`. */
export function parseStrvalsInto(s: string, dest: GoMap, mode: StrvalsMode, readFile?: FileReader): void {
  new Parser(s, dest, mode, readFile).parse();
}
