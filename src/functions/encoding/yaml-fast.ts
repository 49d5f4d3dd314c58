import { GoMap, GoSlice, type GoValue } from '../../template/value.js';
import { resolvePlain } from './yaml-v1-1-resolve.js';

/**
 * yaml-fast reads the first document of the YAML subset that values files and rendered manifests
 * use, straight to the JSON-able GoValues `sigs.k8s.io/yaml` produces (numbers float64, string
 * keys): block mappings and sequences (compact sequences under a key included), plain scalars
 * (multi-line ones folded, as Chart.yaml descriptions are), single-line single- and
 * double-quoted scalars, single-line flow collections, literal block scalars (`|`, `|-`),
 * comments and `---` markers. Scalars resolve with go-yaml v2's YAML 1.1 rules
 * (`yaml-v1-1-resolve.ts`), exactly as the full decoder does.
 *
 * Anything it cannot vouch for (anchors, aliases, tags, merge keys, complex or non-string keys,
 * multi-line quoted scalars, plain ones with blank lines, folded or kept block scalars, tabs, CR, directives, any syntax error,
 * Inf/NaN…) makes it give up with FAST_BAIL; the caller then runs the full parser, which also
 * produces every error text. test/functions/encoding/yaml-fast-path.test.ts proves both agree.
 */

/** FAST_BAIL is returned when the text is outside the subset. */
export const FAST_BAIL: unique symbol = Symbol('yaml-fast-bail');

/** thrown internally to unwind; a plain object, so no stack trace is captured. */
const BAIL = { bail: true };

const SP = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

/** characters that may not start a plain scalar or key here (YAML indicators, quotes handled apart). */
const BAD_START = new Set([...'?:,[]{}#&*!|>%@`'].map((c) => c.charCodeAt(0)));
/** go-yaml and eemeli/yaml limit implicit keys to 1024 characters; stay well below. */
const MAX_KEY = 1000;
const SIMPLE_INT = /^(?:0|-?[1-9][0-9]{0,14})$/;
// tabs, CR, YAML 1.1 line breaks (NEL, LS, PS), BOM, and whatever checkControlChars rejects
// (lone surrogates are looked for only in texts that have surrogates at all)
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

class Reader {
  /** per line: start offset, end offset (before \n), indentation, kind (0 blank, 1 comment, 2 content). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  private readonly kinds: number[] = [];
  private n = 0;
  /** the line after the last one the latest node consumed. */
  private li = 0;

  constructor(private readonly s: string) {
    this.lines();
  }

  /** lines indexes the first document's lines; `---` before any content starts it, the next one ends it. */
  private lines(): void {
    const s = this.s;
    const len = s.length;
    let pos = 0;
    let content = false;
    let marker = false;
    while (pos <= len) {
      let end = s.indexOf('\n', pos);
      if (end === -1) end = len;
      const c0 = s.charCodeAt(pos);
      if (c0 === 0x25 /* % */) throw BAIL;
      if ((c0 === DASH && s.startsWith('---', pos)) || (c0 === 0x2e && s.startsWith('...', pos))) {
        if (c0 === 0x2e) throw BAIL;
        if (!cleanMarkerRest(s, pos + 3, end)) throw BAIL;
        if (content || marker) {
          // a second marker ends the first document when nothing but empty lines follows it
          // (helm's split manifests end so); later documents could make the full parser
          // report an error, so those bail
          if (/^[ \n]*$/.test(s.slice(end))) break;
          throw BAIL;
        }
        marker = true;
        pos = end + 1;
        continue;
      }
      let i = pos;
      while (i < end && s.charCodeAt(i) === SP) i++;
      const kind = i === end ? 0 : s.charCodeAt(i) === HASH ? 1 : 2;
      if (kind === 2) content = true;
      this.starts.push(pos);
      this.ends.push(end);
      this.indents.push(i - pos);
      this.kinds.push(kind);
      pos = end + 1;
    }
    this.n = this.starts.length;
  }

  private next(li: number): number {
    while (li < this.n && this.kinds[li] !== 2) li++;
    return li;
  }

  root(): GoValue {
    const li = this.next(0);
    if (li === this.n) return null;
    const v = this.node(li, this.indents[li], -1, false);
    if (this.next(this.li) !== this.n) throw BAIL;
    return v;
  }

  /** isDash tells whether column `col` of line li holds a block sequence indicator. */
  private isDash(li: number, col: number): boolean {
    const p = this.starts[li] + col;
    if (this.s.charCodeAt(p) !== DASH) return false;
    return p + 1 === this.ends[li] || this.s.charCodeAt(p + 1) === SP;
  }

  /** node parses the node starting at column col of line li; parent is the enclosing collection's column. */
  private node(li: number, col: number, parent: number, inline: boolean): GoValue {
    if (this.isDash(li, col)) return this.seq(li, col);
    if (this.key(li, col) !== undefined) return this.map(li, col);
    return this.scalar(li, this.starts[li] + col, parent, inline);
  }

  private seq(li: number, col: number): GoSlice {
    const s = this.s;
    const items: GoValue[] = [];
    for (;;) {
      const end = this.ends[li];
      let p = this.starts[li] + col + 1;
      while (p < end && s.charCodeAt(p) === SP) p++;
      if (p === end || s.charCodeAt(p) === HASH) {
        const nl = this.next(li + 1);
        if (nl < this.n && this.indents[nl] > col) items.push(this.node(nl, this.indents[nl], col, false));
        else {
          items.push(null);
          this.li = li + 1;
        }
      } else items.push(this.node(li, p - this.starts[li], col, true));
      li = this.next(this.li);
      if (li === this.n || this.indents[li] < col) break;
      if (this.indents[li] > col) throw BAIL;
      if (!this.isDash(li, col)) break;
    }
    this.li = li;
    return new GoSlice(items);
  }

  private map(li: number, col: number): GoMap {
    const s = this.s;
    const m = new Map<string, GoValue>();
    for (;;) {
      const k = this.key(li, col);
      if (k === undefined) throw BAIL;
      const end = this.ends[li];
      let p = this.keyEnd;
      while (p < end && s.charCodeAt(p) === SP) p++;
      let v: GoValue;
      if (p === end || s.charCodeAt(p) === HASH) {
        const nl = this.next(li + 1);
        if (nl < this.n && this.indents[nl] > col) v = this.node(nl, this.indents[nl], col, false);
        else if (nl < this.n && this.indents[nl] === col && this.isDash(nl, col)) v = this.seq(nl, col);
        else {
          v = null;
          this.li = li + 1;
        }
      } else {
        if (this.isDash(li, p - this.starts[li])) throw BAIL;
        v = this.scalar(li, p, col, true);
      }
      m.set(k, v);
      li = this.next(this.li);
      if (li === this.n || this.indents[li] < col) break;
      if (this.indents[li] > col) throw BAIL;
    }
    this.li = li;
    return new GoMap(m);
  }

  /** set by key(): offset just past the `:` indicator. */
  private keyEnd = 0;

  /**
   * key returns the decoded key when column col of line li starts an implicit `key:` (and sets
   * keyEnd), undefined when it is no key; throws BAIL for keys outside the subset.
   */
  private key(li: number, col: number): string | undefined {
    const s = this.s;
    const start = this.starts[li] + col;
    const end = this.ends[li];
    const c = s.charCodeAt(start);
    if (c === 0x22 || c === 0x27) {
      const q = c === 0x22 ? this.dquoted(start, end) : this.squoted(start, end);
      let p = this.qEnd;
      while (p < end && s.charCodeAt(p) === SP) p++;
      if (s.charCodeAt(p) !== COLON || !(p + 1 === end || s.charCodeAt(p + 1) === SP)) return undefined;
      if (p - start > MAX_KEY) throw BAIL;
      this.keyEnd = p + 1;
      return q;
    }
    // flow collections (a complex key bails in scalar()), indicators (scalar() decides), `- `
    if (c === 0x5b || c === 0x7b || BAD_START.has(c)) return undefined;
    if (c === DASH && (start + 1 === end || s.charCodeAt(start + 1) === SP)) return undefined;
    for (let j = start; j < end; j++) {
      const cj = s.charCodeAt(j);
      if (cj === COLON && (j + 1 === end || s.charCodeAt(j + 1) === SP)) {
        if (j - start > MAX_KEY) throw BAIL;
        this.keyEnd = j + 1;
        return plainKey(s.slice(start, trimEnd(s, j)));
      }
      if (cj === HASH && s.charCodeAt(j - 1) === SP) return undefined;
    }
    return undefined;
  }

  /**
   * scalar parses a scalar starting at offset p of line li and checks nothing but a comment
   * follows; block scalars only where inline (after `key: ` or `- `).
   */
  private scalar(li: number, p: number, parent: number, inline: boolean): GoValue {
    const s = this.s;
    const end = this.ends[li];
    const c = s.charCodeAt(p);
    let v: GoValue;
    let after: number;
    if (c === 0x22 || c === 0x27) {
      v = c === 0x22 ? this.dquoted(p, end) : this.squoted(p, end);
      after = this.qEnd;
    } else if (c === 0x5b || c === 0x7b) {
      this.fp = p;
      this.fend = end;
      v = this.flow();
      after = this.fp;
    } else if (c === 0x7c /* | */) {
      if (!inline) throw BAIL;
      return this.literal(li, p, parent);
    } else {
      if (BAD_START.has(c) || (c === DASH && (p + 1 === end || s.charCodeAt(p + 1) === SP))) throw BAIL;
      const e = this.plainEnd(p, end);
      let text = s.slice(p, trimEnd(s, e));
      let k = li + 1;
      // A multi-line plain scalar: the more-indented content lines that follow fold into it,
      // one space per line break (a comment ends it; blank lines in it are left to the full parser).
      if (e === end) for (; k < this.n && this.kinds[k] === 2 && this.indents[k] > parent; k++) text += ' ' + this.continuation(k);
      this.li = k;
      return plainValue(text);
    }
    // after a quoted or flow scalar: spaces, then an optional comment after a space
    let j = after;
    while (j < end && s.charCodeAt(j) === SP) j++;
    if (j < end && !(s.charCodeAt(j) === HASH && j > after)) throw BAIL;
    this.li = li + 1;
    return v;
  }

  /**
   * continuation returns line k as a continuation line of a plain scalar, trimmed; lines that
   * start like an indicator, a quote or `-`, or hold `: ` or ` #`, are left to the full parser.
   */
  private continuation(k: number): string {
    const s = this.s;
    const p = this.starts[k] + this.indents[k];
    const end = this.ends[k];
    const c = s.charCodeAt(p);
    if (BAD_START.has(c) || c === DASH || c === 0x22 || c === 0x27) throw BAIL;
    if (this.plainEnd(p, end) !== end) throw BAIL;
    return s.slice(p, trimEnd(s, end));
  }

  /**
   * plainEnd returns where a plain scalar from offset p ends on its line: at a ` #` comment, or
   * at `end`; a `: ` inside (a key where a value was expected) is left to the full parser.
   */
  private plainEnd(p: number, end: number): number {
    const s = this.s;
    for (let j = p; j < end; j++) {
      const cj = s.charCodeAt(j);
      if (cj === HASH && s.charCodeAt(j - 1) === SP) return j;
      if (cj === COLON && (j + 1 === end || s.charCodeAt(j + 1) === SP)) throw BAIL;
    }
    return end;
  }

  /** literal reads a `|` or `|-` block scalar whose header is at offset p of line li. */
  private literal(li: number, p: number, parent: number): string {
    const s = this.s;
    const end = this.ends[li];
    let j = p + 1;
    const strip = s.charCodeAt(j) === DASH;
    if (strip) j++;
    if (j < end && s.charCodeAt(j) !== SP) throw BAIL;
    while (j < end && s.charCodeAt(j) === SP) j++;
    if (j < end && s.charCodeAt(j) !== HASH) throw BAIL;
    const first = li + 1;
    // an empty block scalar (`key: |-`, then empty lines, then the next key or the end): ""
    // with either chomping
    let nx = first;
    while (nx < this.n && this.kinds[nx] === 0 && this.ends[nx] === this.starts[nx]) nx++;
    if (nx >= this.n || (this.kinds[nx] !== 0 && this.indents[nx] <= parent)) {
      this.li = nx;
      return '';
    }
    if (this.kinds[first] === 0) throw BAIL;
    const ind = this.indents[first];
    const parts: string[] = [];
    let k = first;
    let lastContent = -1;
    for (; k < this.n; k++) {
      const st = this.starts[k];
      const en = this.ends[k];
      if (this.kinds[k] === 0) {
        parts.push(en - st > ind ? s.slice(st + ind, en) : '');
        continue;
      }
      if (this.indents[k] < ind) break;
      parts.push(s.slice(st + ind, en));
      lastContent = parts.length - 1;
    }
    // trailing whitespace-only lines longer than the indentation: leave them to the full parser
    for (let t = lastContent + 1; t < parts.length; t++) if (parts[t] !== '') throw BAIL;
    parts.length = lastContent + 1;
    this.li = k;
    const body = parts.join('\n');
    return strip ? body : body + '\n';
  }

  /** set by dquoted/squoted: offset after the closing quote. */
  private qEnd = 0;

  private squoted(p: number, end: number): string {
    const s = this.s;
    let out = '';
    let from = p + 1;
    for (;;) {
      const q = s.indexOf("'", from);
      if (q === -1 || q >= end) throw BAIL;
      if (s.charCodeAt(q + 1) === 0x27 && q + 1 < end) {
        out += s.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      this.qEnd = q + 1;
      return out + s.slice(from, q);
    }
  }

  /** the next backslash at or after bsFrom is at bsAt (Infinity: none); kept so searches stay linear. */
  private bsFrom = 0;
  private bsAt = -1;

  private nextBackslash(from: number): number {
    const s = this.s;
    if (this.bsAt === -1 || from > this.bsAt) {
      const b = s.indexOf('\\', from);
      this.bsAt = b === -1 ? Infinity : b;
    } else if (from < this.bsFrom) {
      for (let i = from; i < this.bsFrom; i++)
        if (s.charCodeAt(i) === 0x5c) {
          this.bsAt = i;
          break;
        }
    }
    this.bsFrom = from;
    return this.bsAt;
  }

  private dquoted(p: number, end: number): string {
    const s = this.s;
    let out = '';
    let from = p + 1;
    for (;;) {
      const q = s.indexOf('"', from);
      if (q === -1 || q >= end) throw BAIL;
      const b = this.nextBackslash(from);
      if (b > q) {
        this.qEnd = q + 1;
        return out + s.slice(from, q);
      }
      // an escape before the closing quote (which it may escape)
      out += s.slice(from, b);
      if (b + 1 >= end) throw BAIL;
      const e = s[b + 1];
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        from = b + 2;
      } else if (e === 'u') {
        const hex = s.slice(b + 2, b + 6);
        if (b + 6 > end || !/^[0-9a-fA-F]{4}$/.test(hex)) throw BAIL;
        const cp = parseInt(hex, 16);
        if (cp >= 0xd800 && cp <= 0xdfff) throw BAIL;
        out += String.fromCharCode(cp);
        from = b + 6;
      } else throw BAIL;
    }
  }

  /** flow cursor and the end of its line. */
  private fp = 0;
  private fend = 0;

  private skip(): void {
    while (this.fp < this.fend && this.s.charCodeAt(this.fp) === SP) this.fp++;
  }

  /** flow parses a single-line flow node at fp. */
  private flow(): GoValue {
    const s = this.s;
    this.skip();
    if (this.fp >= this.fend) throw BAIL;
    const c = s.charCodeAt(this.fp);
    if (c === 0x5b) {
      this.fp++;
      const items: GoValue[] = [];
      this.skip();
      if (s.charCodeAt(this.fp) === 0x5d) {
        this.fp++;
        return new GoSlice(items);
      }
      for (;;) {
        items.push(this.flow());
        this.skip();
        const d = s.charCodeAt(this.fp++);
        if (d === 0x5d) return new GoSlice(items);
        if (d !== 0x2c) throw BAIL;
        this.skip();
        if (s.charCodeAt(this.fp) === 0x5d) throw BAIL;
      }
    }
    if (c === 0x7b) {
      const open = this.fp;
      this.fp++;
      const m = new Map<string, GoValue>();
      this.skip();
      if (s.charCodeAt(this.fp) === 0x7d) {
        this.fp++;
        return new GoMap(m);
      }
      for (;;) {
        const kc = s.charCodeAt(this.fp);
        let k: string;
        const quoted = kc === 0x22 || kc === 0x27;
        if (quoted) {
          k = kc === 0x22 ? this.dquoted(this.fp, this.fend) : this.squoted(this.fp, this.fend);
          this.fp = this.qEnd;
        } else k = plainKey(this.flowPlain());
        this.skip();
        // `: ` after any key; JSON-like `"key":value` after a quoted one
        if (s.charCodeAt(this.fp) !== COLON || !(quoted || s.charCodeAt(this.fp + 1) === SP)) throw BAIL;
        this.fp++;
        if (this.fp - open > MAX_KEY) throw BAIL;
        m.set(k, this.flow());
        this.skip();
        const d = s.charCodeAt(this.fp++);
        if (d === 0x7d) return new GoMap(m);
        if (d !== 0x2c) throw BAIL;
        this.skip();
        if (s.charCodeAt(this.fp) === 0x7d) throw BAIL;
      }
    }
    if (c === 0x22 || c === 0x27) {
      const v = c === 0x22 ? this.dquoted(this.fp, this.fend) : this.squoted(this.fp, this.fend);
      this.fp = this.qEnd;
      return v;
    }
    return plainValue(this.flowPlain());
  }

  /** flowPlain scans a plain scalar in flow context (ends at `,[]{}`, `: ` or `:` before `,]}`). */
  private flowPlain(): string {
    const s = this.s;
    const p = this.fp;
    const c = s.charCodeAt(p);
    if (BAD_START.has(c) || c === 0x22 || c === 0x27) throw BAIL;
    if (c === DASH && (p + 1 >= this.fend || ' ,[]{}'.includes(s[p + 1]))) throw BAIL;
    let j = p;
    for (; j < this.fend; j++) {
      const cj = s.charCodeAt(j);
      if (cj === 0x2c || cj === 0x5d || cj === 0x7d) break;
      if (cj === 0x5b || cj === 0x7b || cj === HASH) throw BAIL;
      if (cj === COLON) {
        const d = s.charCodeAt(j + 1);
        if (d === SP) break;
        throw BAIL;
      }
    }
    if (j >= this.fend) throw BAIL;
    const e = trimEnd(s, j);
    if (e === p) throw BAIL;
    this.fp = j;
    return s.slice(p, e);
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r' };

/** cleanMarkerRest: after `---`, only spaces and an optional comment after a space. */
function cleanMarkerRest(s: string, from: number, end: number): boolean {
  if (from === end) return true;
  if (s.charCodeAt(from) !== SP) return false;
  let i = from;
  while (i < end && s.charCodeAt(i) === SP) i++;
  return i === end || s.charCodeAt(i) === HASH;
}

/** trimEnd returns e moved back over trailing spaces. */
function trimEnd(s: string, e: number): number {
  while (s.charCodeAt(e - 1) === SP) e--;
  return e;
}

/** plainKey is a plain key as sigs.k8s.io/yaml stringifies it (string, bool, int); others bail. */
function plainKey(text: string): string {
  if (text === '<<') throw BAIL;
  const r = resolvePlain(text);
  switch (r.tag) {
    case '!!str':
    case '!!timestamp':
      return r.value;
    case '!!bool':
      return r.value ? 'true' : 'false';
    case '!!int':
      return r.value.v.toString();
    default:
      throw BAIL;
  }
}

/** plainValue is a plain scalar after go-yaml v2 resolution and the JSON round trip. */
function plainValue(text: string): GoValue {
  if (SIMPLE_INT.test(text)) return Number(text);
  const r = resolvePlain(text);
  switch (r.tag) {
    case '!!int':
      return Number(r.value.v);
    case '!!float':
      if (!Number.isFinite(r.value)) throw BAIL;
      return r.value;
    default:
      return r.value;
  }
}

/**
 * fastYamlToJSON is yamlToJSONValue for the subset: the first document's JSON-able value, or
 * FAST_BAIL when the full parser must decide (including every error).
 */
export function fastYamlToJSON(text: string): GoValue | typeof FAST_BAIL {
  if (SPECIAL.test(text) || (SURROGATE.test(text) && LONE_SURROGATE.test(text))) return FAST_BAIL;
  try {
    return new Reader(text).root();
  } catch (e) {
    if (e === BAIL) return FAST_BAIL;
    throw e;
  }
}
