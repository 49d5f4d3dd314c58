/**
 * fast-yaml reads the plain subset of YAML that Kubernetes manifests use (block maps and
 * sequences, plain/quoted single-line scalars, literal and folded block scalars, single-line flow
 * collections, comments) several times faster than a full YAML parser. Anything outside that
 * subset (anchors, tags, multi-line plain or quoted scalars, complex keys, merge keys, duplicate
 * keys, tabs, errors) makes it give up by returning BAIL, and the caller falls back to the full
 * parser, which also produces every error message. Scalars resolve as YAML 1.1 does in go-yaml v2
 * (what kubectl reads): `yes`/`on` are booleans, `0777` is octal, timestamps stay strings.
 */
export const BAIL: unique symbol = Symbol('bail');
type Bail = typeof BAIL;

/** FastSegment is one document's text range in a source. */
export interface FastSegment {
  start: number;
  end: number;
}

/**
 * splitDocuments cuts a source at `---` lines the way the full parser counts documents: text before
 * the first marker is a document only if it has content. Returns BAIL for directives, `...`, or a
 * marker followed by content on its line.
 */
export function splitDocuments(src: string): FastSegment[] | Bail {
  const out: FastSegment[] = [];
  let segStart = 0;
  let first = true;
  let pos = 0;
  const n = src.length;
  while (pos <= n) {
    let eol = src.indexOf('\n', pos);
    if (eol === -1) eol = n;
    const c0 = src.charCodeAt(pos);
    if (c0 === 0x25 /* % */) return BAIL;
    if (c0 === 0x2d && src.startsWith('---', pos)) {
      const rest = src.slice(pos + 3, eol);
      if (rest === '' || rest === '\r' || /^[ \t]+(#.*)?\r?$/.test(rest)) {
        if (!first || hasContent(src, segStart, pos)) out.push({ start: segStart, end: pos });
        first = false;
        segStart = pos;
      } else if (/^[ \t]/.test(rest)) {
        return BAIL;
      }
    } else if (c0 === 0x2e && src.startsWith('...', pos)) {
      return BAIL;
    }
    pos = eol + 1;
  }
  if (!first || hasContent(src, segStart, n)) out.push({ start: segStart, end: n });
  return out;
}

function hasContent(src: string, start: number, end: number): boolean {
  let pos = start;
  while (pos < end) {
    let eol = src.indexOf('\n', pos);
    if (eol === -1 || eol > end) eol = end;
    for (let i = pos; i < eol; i++) {
      const c = src.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
      if (c === 0x23) break;
      return true;
    }
    pos = eol + 1;
  }
  return false;
}

interface Line {
  start: number;
  end: number;
  indent: number;
  /** blank is true for empty, whitespace-only and comment-only lines. */
  blank: boolean;
  /** tab is true if the line has a tab (allowed only inside block scalars here). */
  tab: boolean;
}

/** parseFast reads one document's text (a segment, `---` line included); BAIL if outside the subset. */
export function parseFast(text: string): unknown {
  try {
    const p = new FastParser(text);
    return p.document();
  } catch (e) {
    if (e === BAIL) return BAIL;
    throw e;
  }
}

const NULL_OR_BOOL_START = new Set([...'~yYnNtTfFoO'].map((ch) => ch.charCodeAt(0)));
const NULL_RE = /^(?:~|null|Null|NULL)$/;
const TRUE_RE = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
const FALSE_RE = /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;
const INT_BIN = /^[-+]?0b[0-1_]+$/;
const INT_OCT = /^[-+]?0[0-7_]+$/;
const INT_DEC = /^[-+]?[0-9][0-9_]*$/;
const INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/;

function intOf(s: string, offset: number, radix: number): number {
  const sign = s[0];
  const digits = s.slice(sign === '-' || sign === '+' ? offset + 1 : offset).replace(/_/g, '');
  const v = parseInt(digits, radix);
  return sign === '-' ? -v : v;
}

/** resolvePlain gives a plain scalar its YAML 1.1 type (go-yaml v2 rules, no timestamps). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Fast path: most plain scalars start with a letter that no typed scalar starts with.
  if (s === '') return null;
  if (c >= 0x30 && c <= 0x39 || c === 0x2d || c === 0x2b || c === 0x2e) {
    if (INT_BIN.test(s)) return intOf(s, 2, 2);
    if (INT_OCT.test(s)) return intOf(s, 1, 8);
    if (INT_DEC.test(s)) return intOf(s, 0, 10);
    if (INT_HEX.test(s)) return intOf(s, 2, 16);
    if (FLOAT_NAN.test(s)) return s.endsWith('n') || s.endsWith('N') ? NaN : s[0] === '-' ? -Infinity : Infinity;
    if (FLOAT_EXP.test(s) || FLOAT.test(s)) {
      const v = parseFloat(s.replace(/_/g, ''));
      if (Number.isNaN(v)) throw BAIL;
      return v;
    }
    return s;
  }
  // Every null and boolean word has at most 5 characters and starts with one of these letters.
  if (s.length > 5 || !NULL_OR_BOOL_START.has(s.charCodeAt(0))) return s;
  if (NULL_RE.test(s)) return null;
  if (TRUE_RE.test(s)) return true;
  if (FALSE_RE.test(s)) return false;
  return s;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};
const HEX_LEN: Record<string, number> = { x: 2, u: 4, U: 8 };

class FastParser {
  private readonly lines: Line[] = [];
  private li = 0;

  constructor(private readonly s: string) {
    let pos = 0;
    const n = s.length;
    let nextTab = s.indexOf('\t');
    if (nextTab === -1) nextTab = n;
    while (pos < n) {
      let eol = s.indexOf('\n', pos);
      if (eol === -1) eol = n;
      if (nextTab < pos) {
        nextTab = s.indexOf('\t', pos);
        if (nextTab === -1) nextTab = n;
      }
      let end = eol;
      if (end > pos && s.charCodeAt(end - 1) === 0x0d) end--;
      let i = pos;
      while (i < end && s.charCodeAt(i) === 0x20) i++;
      const tab = nextTab < end;
      const blank = i === end || s.charCodeAt(i) === 0x23;
      this.lines.push({ start: pos, end, indent: i - pos, blank, tab });
      pos = eol + 1;
    }
  }

  document(): unknown {
    this.li = 0;
    // Skip the `---` marker line, if any.
    if (this.lines.length > 0 && this.s.startsWith('---', this.lines[0].start)) this.li = 1;
    this.skipBlank();
    if (this.li >= this.lines.length) return null;
    const line = this.lines[this.li];
    const v = this.blockNode(line.start + line.indent, -1);
    this.skipBlank();
    if (this.li < this.lines.length) throw BAIL;
    return v;
  }

  private skipBlank(): void {
    while (this.li < this.lines.length && this.lines[this.li].blank) this.li++;
  }

  private col(pos: number): number {
    return pos - this.lines[this.li].start;
  }

  /** blockNode parses the node starting at `pos` on the current line; `parent` is the parent's indent. */
  private blockDepth = 0;

  private blockNode(pos: number, parent: number): unknown {
    const s = this.s;
    const c = s.charCodeAt(pos);
    const end = this.lines[this.li].end;
    const seq = c === 0x2d && (pos + 1 === end || s.charCodeAt(pos + 1) === 0x20);
    if (!seq && this.keyEnd(pos, end) < 0) return this.inlineValue(pos, parent);
    // Deep nesting is left to the full parser, which bounds it.
    if (++this.blockDepth > 256) throw BAIL;
    const v = seq ? this.sequence(this.col(pos)) : this.mapping(this.col(pos));
    this.blockDepth--;
    return v;
  }

  /** keyEnd returns the offset of the ':' ending a mapping key at `pos`, or -1. */
  private keyEnd(pos: number, end: number): number {
    const s = this.s;
    const c = s.charCodeAt(pos);
    if (c === 0x22 || c === 0x27) {
      const close = this.quotedEnd(pos, end);
      if (close < 0) return -1;
      let i = close;
      while (i < end && s.charCodeAt(i) === 0x20) i++;
      return i < end && s.charCodeAt(i) === 0x3a && (i + 1 === end || s.charCodeAt(i + 1) === 0x20) ? i : -1;
    }
    if (c === 0x5b || c === 0x7b || c === 0x23) return -1;
    for (let i = pos; i < end; i++) {
      const ch = s.charCodeAt(i);
      if (ch === 0x3a && (i + 1 === end || s.charCodeAt(i + 1) === 0x20)) return i;
      if (ch === 0x23 && s.charCodeAt(i - 1) === 0x20) return -1;
    }
    return -1;
  }

  private quotedEnd(pos: number, end: number): number {
    const close = this.closingQuote(this.s.charCodeAt(pos), pos + 1, end);
    return close < 0 ? -1 : close + 1;
  }

  /** closingQuote returns the offset of quote `q` closing a scalar, scanning [from, end); -1 if none. */
  private closingQuote(q: number, from: number, end: number): number {
    const s = this.s;
    for (let i = from; i < end; i++) {
      const ch = s.charCodeAt(i);
      if (q === 0x22 && ch === 0x5c) {
        i++;
        continue;
      }
      if (ch === q) {
        if (q === 0x27 && s.charCodeAt(i + 1) === 0x27) {
          i++;
          continue;
        }
        return i;
      }
    }
    return -1;
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const s = this.s;
    let first = true;
    for (;;) {
      if (!first) {
        this.skipBlank();
        if (this.li >= this.lines.length) break;
        const line = this.lines[this.li];
        if (line.indent < indent) break;
        if (line.indent > indent) throw BAIL;
        if (s.charCodeAt(line.start + indent) === 0x2d && this.isSeqItem(line.start + indent, line.end)) break;
      }
      const line = this.lines[this.li];
      if (line.tab) throw BAIL;
      const pos = first ? line.start + indent : line.start + line.indent;
      first = false;
      const colon = this.keyEnd(pos, line.end);
      if (colon < 0) throw BAIL;
      const key = this.key(pos, colon);
      if (Object.prototype.hasOwnProperty.call(out, key)) throw BAIL;
      let v = colon + 1;
      while (v < line.end && s.charCodeAt(v) === 0x20) v++;
      out[key] = this.value(v, indent, true);
    }
    return out;
  }

  private isSeqItem(pos: number, end: number): boolean {
    return pos + 1 === end || this.s.charCodeAt(pos + 1) === 0x20;
  }

  private key(pos: number, colon: number): string {
    const s = this.s;
    const c = s.charCodeAt(pos);
    if (c === 0x22 || c === 0x27) {
      const close = this.quotedEnd(pos, colon + 1);
      if (close < 0) throw BAIL;
      return this.quoted(pos, close);
    }
    const raw = s.slice(pos, colon).trimEnd();
    const first = raw.charCodeAt(0);
    // Indicators that start something other than a plain key, and the merge key.
    if ('-?:,[]{}#&*!|>%@`'.includes(raw[0] ?? '') && !(first === 0x2d && raw.length > 1 && raw[1] !== ' ')) throw BAIL;
    if (raw === '<<' || typeof resolvePlain(raw) !== 'string') throw BAIL;
    return raw;
  }

  /** value parses what follows `key:` or `- ` at `pos` on the current line. */
  private value(pos: number, indent: number, inMap: boolean): unknown {
    const s = this.s;
    const line = this.lines[this.li];
    if (pos >= line.end || s.charCodeAt(pos) === 0x23) {
      this.li++;
      this.skipBlank();
      if (this.li >= this.lines.length) return null;
      const next = this.lines[this.li];
      const at = next.start + next.indent;
      if (next.indent > indent) return this.blockNode(at, indent);
      if (inMap && next.indent === indent && s.charCodeAt(at) === 0x2d && this.isSeqItem(at, next.end)) return this.sequence(indent);
      return null;
    }
    if (!inMap && s.charCodeAt(pos) === 0x2d && this.isSeqItem(pos, line.end)) return this.sequence(this.col(pos));
    if (!inMap && this.keyEnd(pos, line.end) >= 0) return this.mapping(this.col(pos));
    return this.inlineValue(pos, indent);
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    const s = this.s;
    let first = true;
    for (;;) {
      if (!first) {
        this.skipBlank();
        if (this.li >= this.lines.length) break;
        const line = this.lines[this.li];
        if (line.indent !== indent) {
          if (line.indent > indent) throw BAIL;
          break;
        }
        if (s.charCodeAt(line.start + indent) !== 0x2d || !this.isSeqItem(line.start + indent, line.end)) break;
      }
      first = false;
      const line = this.lines[this.li];
      if (line.tab) throw BAIL;
      let v = line.start + indent + 1;
      while (v < line.end && s.charCodeAt(v) === 0x20) v++;
      out.push(this.value(v, indent, false));
    }
    return out;
  }

  /** inlineValue parses a scalar, flow collection or block scalar header at `pos`; advances past it. */
  private inlineValue(pos: number, indent: number): unknown {
    const s = this.s;
    const line = this.lines[this.li];
    if (line.tab) throw BAIL;
    const c = s.charCodeAt(pos);
    if (c === 0x2d && (pos + 1 === line.end || s.charCodeAt(pos + 1) === 0x20)) throw BAIL;
    let value: unknown;
    let after: number;
    if (c === 0x22 || c === 0x27) {
      after = this.quotedEnd(pos, line.end);
      if (after < 0) return this.quotedMultiLine(pos, indent);
      value = this.quoted(pos, after);
    } else if (c === 0x5b || c === 0x7b) {
      const r = new FlowReader(s, pos, line.end).read();
      value = r.value;
      after = r.end;
    } else if (c === 0x7c || c === 0x3e) {
      return this.blockScalar(pos, indent);
    } else if (c === 0x26 || c === 0x2a || c === 0x21 || c === 0x25 || c === 0x40 || c === 0x60 || c === 0x3f || c === 0x2c || c === 0x5d || c === 0x7d) {
      throw BAIL;
    } else {
      let i = pos;
      while (i < line.end) {
        const ch = s.charCodeAt(i);
        if (ch === 0x23 && s.charCodeAt(i - 1) === 0x20) break;
        if (ch === 0x3a && (i + 1 === line.end || s.charCodeAt(i + 1) === 0x20)) throw BAIL;
        i++;
      }
      const text = s.slice(pos, i).trimEnd();
      this.li++;
      const more = this.continuation(indent);
      if (more === undefined) return resolvePlain(text);
      if (i < line.end) throw BAIL;
      return resolvePlain(text + more);
    }
    while (after < line.end && s.charCodeAt(after) === 0x20) after++;
    if (after < line.end && s.charCodeAt(after) !== 0x23) throw BAIL;
    this.li++;
    return value;
  }

  /**
   * quotedMultiLine reads a quoted scalar spanning lines (each continuation line indented more
   * than `indent`), folding line breaks as YAML does for flow scalars.
   */
  private quotedMultiLine(pos: number, indent: number): string {
    const s = this.s;
    const q = s.charCodeAt(pos);
    const raw: string[] = [];
    let from = pos + 1;
    for (;;) {
      const l = this.lines[this.li];
      const close = this.closingQuote(q, from, l.end);
      if (close >= 0) {
        raw.push(s.slice(from, close));
        let after = close + 1;
        while (after < l.end && s.charCodeAt(after) === 0x20) after++;
        if (after < l.end && s.charCodeAt(after) !== 0x23) throw BAIL;
        this.li++;
        break;
      }
      const text = s.slice(from, l.end);
      if (q === 0x22 && /\\\s*$/.test(text)) throw BAIL;
      raw.push(text);
      this.li++;
      if (this.li >= this.lines.length) throw BAIL;
      const next = this.lines[this.li];
      if (next.tab || (next.indent <= indent && next.indent !== next.end - next.start)) throw BAIL;
      from = next.start;
    }
    const last = raw.length - 1;
    let out = raw[0].replace(/ +$/, '');
    let empty = 0;
    for (let j = 1; j <= last; j++) {
      const part = j === last ? raw[j].replace(/^ +/, '') : raw[j].trim();
      if (part === '' && j < last) {
        empty++;
        continue;
      }
      out += (empty > 0 ? '\n'.repeat(empty) : ' ') + part;
      empty = 0;
    }
    const body = q === 0x27 ? out.replace(/''/g, "'") : unescapeDouble(out);
    return body;
  }

  /**
   * continuation reads the following lines of a multi-line plain scalar (lines indented more than
   * `indent`), folded as YAML does: a line break becomes a space, n empty lines become n newlines.
   * Returns undefined when the scalar ends on its first line.
   */
  private continuation(indent: number): string | undefined {
    const s = this.s;
    let k = this.li;
    let out = '';
    let empty = 0;
    let last = -1;
    while (k < this.lines.length) {
      const l = this.lines[k];
      if (l.indent === l.end - l.start) {
        empty++;
        k++;
        continue;
      }
      if (l.indent <= indent) break;
      // A comment line ends the scalar; anything more indented after it is the caller's error to find.
      if (s.charCodeAt(l.start + l.indent) === 0x23) break;
      if (l.tab) throw BAIL;
      const text = s.slice(l.start + l.indent, l.end).trimEnd();
      if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) throw BAIL;
      out += empty > 0 ? '\n'.repeat(empty) : ' ';
      out += text;
      empty = 0;
      last = k;
      k++;
    }
    if (last < 0) return undefined;
    this.li = last + 1;
    return out;
  }

  private quoted(pos: number, end: number): string {
    const s = this.s;
    const body = s.slice(pos + 1, end - 1);
    if (s.charCodeAt(pos) === 0x27) return body.includes("''") ? body.replace(/''/g, "'") : body;
    return unescapeDouble(body);
  }

  private blockScalar(pos: number, indent: number): string {
    const s = this.s;
    const line = this.lines[this.li];
    const folded = s.charCodeAt(pos) === 0x3e;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    let i = pos + 1;
    for (; i < line.end; i++) {
      const ch = s[i];
      if (ch === '-') chomp = 'strip';
      else if (ch === '+') chomp = 'keep';
      else break;
    }
    const rest = s.slice(i, line.end);
    if (!/^( +#.*| *)$/.test(rest)) throw BAIL;
    this.li++;
    const body: string[] = [];
    let contentIndent = -1;
    let leadingMax = 0;
    while (this.li < this.lines.length) {
      const l = this.lines[this.li];
      const empty = l.indent === l.end - l.start;
      if (empty) {
        if (contentIndent < 0) leadingMax = Math.max(leadingMax, l.indent);
        else if (l.indent > contentIndent) throw BAIL;
        body.push('');
        this.li++;
        continue;
      }
      if (contentIndent < 0) {
        if (l.indent <= indent) break;
        contentIndent = l.indent;
        if (leadingMax > contentIndent) throw BAIL;
      } else if (l.indent < contentIndent) break;
      const text = s.slice(l.start + contentIndent, l.end);
      if (folded && text.startsWith(' ')) throw BAIL;
      body.push(text);
      this.li++;
    }
    if (contentIndent < 0) {
      if (chomp === 'keep') throw BAIL;
      // Trailing empty lines belong to the enclosing structure; nothing was consumed but blanks.
      return '';
    }
    let trailing = 0;
    while (body.length > 0 && body[body.length - 1] === '') {
      body.pop();
      trailing++;
    }
    let text = folded ? fold(body) : body.join('\n');
    if (chomp === 'clip') text += '\n';
    else if (chomp === 'keep') text += '\n'.repeat(trailing + 1);
    return text;
  }
}

function fold(lines: string[]): string {
  let out = '';
  let pendingBreaks = 0;
  let started = false;
  for (const l of lines) {
    if (l === '') {
      pendingBreaks++;
      continue;
    }
    if (started) out += pendingBreaks > 0 ? '\n'.repeat(pendingBreaks) : ' ';
    else if (pendingBreaks > 0) out += '\n'.repeat(pendingBreaks);
    out += l;
    pendingBreaks = 0;
    started = true;
  }
  return out;
}

/** FlowReader reads a single-line flow collection (`[a, b]`, `{k: v}`). */
class FlowReader {
  constructor(
    private readonly s: string,
    private pos: number,
    private readonly end: number,
  ) {}

  read(): { value: unknown; end: number } {
    const value = this.node();
    return { value, end: this.pos };
  }

  private ws(): void {
    while (this.pos < this.end && this.s.charCodeAt(this.pos) === 0x20) this.pos++;
  }

  private depth = 0;

  private node(): unknown {
    this.ws();
    const c = this.s.charCodeAt(this.pos);
    if (c === 0x5b || c === 0x7b) {
      // Deep nesting is left to the full parser, which bounds it (src/common/limits.ts).
      if (++this.depth > 64) throw BAIL;
      const v = c === 0x5b ? this.seq() : this.map();
      this.depth--;
      return v;
    }
    if (c === 0x22 || c === 0x27) return this.quotedScalar();
    return resolvePlain(this.plain());
  }

  private plain(): string {
    const start = this.pos;
    const s = this.s;
    while (this.pos < this.end) {
      const ch = s.charCodeAt(this.pos);
      if (ch === 0x2c || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d) break;
      if (ch === 0x3a && (this.pos + 1 === this.end || ' ,]}'.includes(s[this.pos + 1]))) break;
      if (ch === 0x23 && s.charCodeAt(this.pos - 1) === 0x20) throw BAIL;
      this.pos++;
    }
    const text = s.slice(start, this.pos).trim();
    if (text === '' || '&*!|>%@`?-'.includes(text[0]) && (text.length === 1 || text[1] === ' ' || '&*!|>%@`'.includes(text[0]))) throw BAIL;
    return text;
  }

  private quotedScalar(): string {
    const s = this.s;
    const q = s[this.pos];
    let out = '';
    let i = this.pos + 1;
    for (; i < this.end; i++) {
      const ch = s[i];
      if (q === '"' && ch === '\\') {
        const e = s[++i];
        if (e in ESCAPES) out += ESCAPES[e];
        else throw BAIL;
        continue;
      }
      if (ch === q) {
        if (q === "'" && s[i + 1] === "'") {
          out += "'";
          i++;
          continue;
        }
        this.pos = i + 1;
        return out;
      }
      out += ch;
    }
    throw BAIL;
  }

  private seq(): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    for (;;) {
      this.ws();
      if (this.pos >= this.end) throw BAIL;
      if (this.s.charCodeAt(this.pos) === 0x5d) {
        this.pos++;
        return out;
      }
      out.push(this.node());
      this.ws();
      const ch = this.s.charCodeAt(this.pos);
      if (ch === 0x2c) this.pos++;
      else if (ch !== 0x5d) throw BAIL;
    }
  }

  private map(): Record<string, unknown> {
    this.pos++;
    const out: Record<string, unknown> = {};
    for (;;) {
      this.ws();
      if (this.pos >= this.end) throw BAIL;
      if (this.s.charCodeAt(this.pos) === 0x7d) {
        this.pos++;
        return out;
      }
      const c = this.s.charCodeAt(this.pos);
      const key = c === 0x22 || c === 0x27 ? this.quotedScalar() : this.plain();
      if (c !== 0x22 && c !== 0x27 && (key === '<<' || typeof resolvePlain(key) !== 'string')) throw BAIL;
      this.ws();
      if (this.s.charCodeAt(this.pos) !== 0x3a) throw BAIL;
      this.pos++;
      if (Object.prototype.hasOwnProperty.call(out, key)) throw BAIL;
      this.ws();
      const ch = this.s.charCodeAt(this.pos);
      out[key] = ch === 0x2c || ch === 0x7d ? null : this.node();
      this.ws();
      const next = this.s.charCodeAt(this.pos);
      if (next === 0x2c) this.pos++;
      else if (next !== 0x7d) throw BAIL;
    }
  }
}

/** unescapeDouble resolves the escapes of a double-quoted scalar; BAIL on unknown ones. */
function unescapeDouble(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body[++i];
    if (e in ESCAPES) out += ESCAPES[e];
    else if (e in HEX_LEN) {
      const hex = body.slice(i + 1, i + 1 + HEX_LEN[e]);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== HEX_LEN[e]) throw BAIL;
      out += String.fromCodePoint(parseInt(hex, 16));
      i += HEX_LEN[e];
    } else throw BAIL;
  }
  return out;
}
