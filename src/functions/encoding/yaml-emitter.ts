import type { ScalarStyle, YamlNode } from './yaml-node.js';

/**
 * yaml-emitter ports the block-style subset of libyaml's emitter as go-yaml carries it
 * (go.yaml.in/yaml/v2 emitterc.go, also yaml.v3's): indentation and whitespace state, scalar
 * analysis and style selection, the plain/single/double/literal writers with line folding at
 * `bestWidth` columns (counted in runes), block scalar headers and complex (`? `) keys.
 * The encoders only ever produce block collections, with empty ones in flow style.
 */

export interface EmitterOptions {
  /** bestWidth is the folding column (v2: 80; v3 with width -1: unlimited). */
  bestWidth: number;
  /** bestIndent is the indentation step. */
  bestIndent: number;
  /** compactSequenceIndent: yaml.v3 indents a sequence inside a mapping (`key:\n  - a`); v2 does not. */
  indentSequenceInMapping: boolean;
  /** v3 selects yaml.v3's emitter tweaks: tabs allowed in literal blocks, indention tracked by line breaks. */
  v3?: boolean;
}

interface ScalarAnalysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

const isBreakCp = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029;
const isBlankCp = (c: number): boolean => c === 0x20 || c === 0x09;

/** isPrintable is libyaml's is_printable on a code point (4-byte UTF-8, tab, CR, NEL and BOM are not). */
export function isPrintable(c: number): boolean {
  return c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);
}

/** codePoints splits a string into code points (Go iterates UTF-8 runes). */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** analyzeScalar is yaml_emitter_analyze_scalar (block context only). */
function analyzeScalar(cps: number[], v3: boolean): ScalarAnalysis {
  const n = cps.length;
  if (n === 0) return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let tabs = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let prevSpace = false;
  let prevBreak = false;
  if (n >= 3 && ((cps[0] === 0x2d && cps[1] === 0x2d && cps[2] === 0x2d) || (cps[0] === 0x2e && cps[1] === 0x2e && cps[2] === 0x2e))) blockIndicators = true;
  let precededByWhitespace = true;
  for (let i = 0; i < n; i++) {
    const c = cps[i];
    const followedByWhitespace = i + 1 >= n || isBlankCp(cps[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(String.fromCharCode(c))) blockIndicators = true;
      else if ((c === 0x3f || c === 0x3a || c === 0x2d) && followedByWhitespace) blockIndicators = true;
    } else if (c === 0x3a && followedByWhitespace) blockIndicators = true;
    else if (c === 0x23 && precededByWhitespace) blockIndicators = true;
    if (v3 && c === 0x09) tabs = true;
    else if (!isPrintable(c)) special = true;
    if (c === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i === n - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreakCp(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === n - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWhitespace = isBlankCp(c) || isBreakCp(c) || c === 0;
  }
  const a: ScalarAnalysis = { multiline: lineBreaks, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.blockPlainAllowed = false;
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) a.blockPlainAllowed = a.singleQuotedAllowed = false;
  if (spaceBreak || tabs || special) a.blockPlainAllowed = a.singleQuotedAllowed = false;
  if (spaceBreak || special) a.blockAllowed = false;
  if (lineBreaks || blockIndicators) a.blockPlainAllowed = false;
  return a;
}

const HEX = '0123456789ABCDEF';
const NAMED_ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

/** Emitter writes one document; state fields mirror yaml_emitter_t. */
export class Emitter {
  private out = '';
  private column = 0;
  private whitespace = true;
  private indention = true;
  private indent = -1;
  private readonly indents: number[] = [];
  private mappingContext = false;
  private simpleKeyContext = false;

  constructor(private readonly opts: EmitterOptions) {}

  /** emitDocument writes the root node and the document end; returns the text. */
  emitDocument(root: YamlNode): string {
    this.emitNode(root, false, false);
    this.writeIndent();
    return this.out;
  }

  private put(s: string): void {
    this.out += s;
    this.column += s.length;
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
    if (this.opts.v3) this.indention = true;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? this.opts.bestIndent : 0;
    else if (!indentless) this.indent += this.opts.bestIndent;
  }

  private restoreIndent(): void {
    this.indent = this.indents.pop()!;
  }

  private writeIndent(): void {
    const indent = this.indent < 0 ? 0 : this.indent;
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    if (this.column < indent) this.put(' '.repeat(indent - this.column));
    this.whitespace = true;
    if (!this.opts.v3) this.indention = true;
  }

  private writeIndicator(ind: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(ind);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private emitNode(n: YamlNode, mapping: boolean, simpleKey: boolean): void {
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    if (n.kind === 'scalar') return this.emitScalar(n.value, n.style);
    if (n.kind === 'seq') return n.items.length === 0 ? this.emitEmptyFlow('[', ']') : this.emitBlockSequence(n.items);
    return n.pairs.length === 0 ? this.emitEmptyFlow('{', '}') : this.emitBlockMapping(n.pairs);
  }

  private emitEmptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.restoreIndent();
    this.writeIndicator(close, false, false, false);
  }

  private emitBlockSequence(items: YamlNode[]): void {
    const indentless = this.mappingContext && !this.indention && !this.opts.indentSequenceInMapping;
    this.increaseIndent(false, indentless);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.emitNode(item, false, false);
    }
    this.restoreIndent();
  }

  private emitBlockMapping(pairs: [YamlNode, YamlNode][]): void {
    this.increaseIndent(false, false);
    for (const [k, v] of pairs) {
      this.writeIndent();
      if (this.checkSimpleKey(k)) {
        this.emitNode(k, true, true);
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.emitNode(k, true, false);
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.emitNode(v, true, false);
    }
    this.restoreIndent();
  }

  /** checkSimpleKey: a key fits `key: value` unless it is multi-line, a non-empty collection or > 128 bytes. */
  private checkSimpleKey(k: YamlNode): boolean {
    if (k.kind !== 'scalar') return (k.kind === 'seq' ? k.items.length : k.pairs.length) === 0;
    if (/[\n\r\u0085\u2028\u2029]/.test(k.value)) return false;
    return Buffer.byteLength(k.value, 'utf8') <= 128;
  }

  private emitScalar(value: string, requested: ScalarStyle): void {
    const cps = codePoints(value);
    const a = analyzeScalar(cps, this.opts.v3 === true);
    let style: ScalarStyle | 'single' = requested;
    if (this.simpleKeyContext && a.multiline) style = 'double';
    if (style === 'plain') {
      if (!a.blockPlainAllowed) style = 'single';
      if (cps.length === 0 && this.simpleKeyContext) style = 'single';
    }
    if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
    if (style === 'literal' && (!a.blockAllowed || this.simpleKeyContext)) style = 'double';
    this.increaseIndent(true, false);
    const allowBreaks = !this.simpleKeyContext;
    if (style === 'plain') this.writePlain(value, cps, allowBreaks);
    else if (style === 'single') this.writeSingle(cps, allowBreaks);
    else if (style === 'double') this.writeDouble(cps, allowBreaks);
    else this.writeLiteral(cps);
    this.restoreIndent();
  }

  private writePlain(value: string, cps: number[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    // Fast path: no space can reach the folding column.
    if (!allowBreaks || this.column + cps.length <= this.opts.bestWidth + 1 || !value.includes(' ')) {
      this.out += value;
      this.column += cps.length;
    } else {
      let spaces = false;
      for (let i = 0; i < cps.length; i++) {
        const c = cps[i];
        if (c === 0x20) {
          if (allowBreaks && !spaces && this.column > this.opts.bestWidth && cps[i + 1] !== 0x20) this.writeIndent();
          else this.put(' ');
          spaces = true;
        } else {
          this.put(String.fromCodePoint(c));
          this.indention = false;
          spaces = false;
        }
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingle(cps: number[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    const n = cps.length;
    for (let i = 0; i < n; i++) {
      const c = cps[i];
      if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > this.opts.bestWidth && i > 0 && i < n - 1 && cps[i + 1] !== 0x20) this.writeIndent();
        else this.put(' ');
        spaces = true;
      } else if (isBreakCp(c)) {
        if (!breaks && c === 0x0a) this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (c === 0x27) this.put("'");
        this.put(String.fromCodePoint(c));
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeBreak(c: number): void {
    if (c === 0x0a) this.putBreak();
    else {
      this.out += String.fromCodePoint(c);
      this.column = 0;
    }
  }

  private writeDouble(cps: number[], allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    let spaces = false;
    const n = cps.length;
    const bom = cps[0] === 0xfeff;
    for (let i = 0; i < n; i++) {
      const c = cps[i];
      if (!isPrintable(c) || bom || isBreakCp(c) || c === 0x22 || c === 0x5c) {
        const named = NAMED_ESCAPES[c];
        if (named !== undefined) this.put('\\' + named);
        else {
          const w = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
          let hex = '';
          for (let k = (w - 1) * 4; k >= 0; k -= 4) hex += HEX[(c >> k) & 15];
          this.put('\\' + (w === 2 ? 'x' : w === 4 ? 'u' : 'U') + hex);
        }
        spaces = false;
      } else if (c === 0x20) {
        if (allowBreaks && !spaces && this.column > this.opts.bestWidth && i > 0 && i < n - 1) {
          this.writeIndent();
          if (cps[i + 1] === 0x20) this.put('\\');
        } else this.put(' ');
        spaces = true;
      } else {
        this.put(String.fromCodePoint(c));
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(cps: number[]): void {
    this.writeIndicator('|', true, false, false);
    this.writeBlockScalarHints(cps);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    let run = '';
    const flush = (): void => {
      if (run) {
        this.out += run;
        this.column += run.length;
        run = '';
      }
    };
    for (const c of cps) {
      if (isBreakCp(c)) {
        flush();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        run += String.fromCodePoint(c);
        this.indention = false;
        breaks = false;
      }
    }
    flush();
  }

  private writeBlockScalarHints(cps: number[]): void {
    if (cps[0] === 0x20 || isBreakCp(cps[0])) this.writeIndicator(String(this.opts.bestIndent), false, false, false);
    let chomp = '';
    const n = cps.length;
    if (n === 0) chomp = '-';
    else if (!isBreakCp(cps[n - 1])) chomp = '-';
    else if (n === 1) chomp = '+';
    else if (isBreakCp(cps[n - 2])) chomp = '+';
    if (chomp) this.writeIndicator(chomp, false, false, false);
  }
}
