import type { YAMLError } from 'yaml';
import { LineCounter, lineIndexOf } from '../../common/line-counter.js';

/**
 * yaml-load-errors translates eemeli/yaml parse errors into go-yaml v2's texts and line numbers
 * (go.yaml.in/yaml/v2 scannerc.go / parserc.go messages, decode.go `parser.fail` line rules:
 * scanner errors report the 0-based problem line + 1, parser errors the 0-based line itself,
 * and a 0 line is omitted).
 */

export interface GoYamlError {
  message: string;
  line?: number;
  col?: number;
}

/** checkControlChars is the v2 reader's check: only printable characters, tab, LF, CR, NEL are allowed. */
export function checkControlChars(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
  return bad.test(text) ? 'control characters are not allowed' : undefined;
}

/** lineIndex returns the 0-based line of an offset. */
const lineIndex = lineIndexOf;

const scanner = (idx: number, msg: string): GoYamlError => (idx !== 0 ? { message: `line ${idx + 1}: ${msg}`, line: idx + 1 } : { message: msg, line: 1 });
const parser = (idx: number, msg: string): GoYamlError => (idx !== 0 ? { message: `line ${idx}: ${msg}`, line: idx + 1 } : { message: msg, line: 1 });

/** nextTokenLine returns the 0-based line of the first token after the line holding `offset`. */
function nextTokenLine(text: string, starts: number[], offset: number): number {
  for (let l = lineIndex(starts, offset) + 1; l < starts.length; l++) {
    const end = l + 1 < starts.length ? starts[l + 1] : text.length;
    const content = text.slice(starts[l], end).trim();
    if (content !== '' && !content.startsWith('#')) return l;
  }
  return eofLine(text, starts);
}

/** eofLine is the scanner's stream-end line (a final unterminated line counts as ended). */
function eofLine(text: string, starts: number[]): number {
  const last = starts.length - 1;
  return starts[last] < text.length ? last + 1 : last;
}

/** valueIndicatorLine finds the `:` that made go-yaml reject a nested mapping. */
function valueIndicatorLine(text: string, starts: number[], offset: number): number {
  const re = /:(?=[ \t\r\n]|$)/g;
  re.lastIndex = offset;
  const m = re.exec(text);
  return lineIndex(starts, m ? m.index : offset);
}

/** enclosingIsSequence tells whether the block collection around a line is a sequence (`- ` items). */
function enclosingIsSequence(text: string, starts: number[], line: number): boolean {
  const own = text.slice(starts[line]).match(/^ */)![0].length;
  for (let l = line - 1; l >= 0; l--) {
    const s = text.slice(starts[l], l + 1 < starts.length ? starts[l + 1] : text.length);
    if (s.trim() === '' || s.trim().startsWith('#')) continue;
    const ind = s.match(/^ */)![0].length;
    if (ind <= own) return s.slice(ind).startsWith('-');
  }
  return false;
}

const indentOf = (line: string): number => line.match(/^ */)![0].length;

/**
 * multilineKey handles a plain scalar running onto following lines: a `key: value` continuation
 * that is indented deeper is go-yaml's "mapping values are not allowed", a `- ` line at the
 * mapping's indentation its parser "did not find expected key", anything else a stale simple key.
 */
function multilineKey(text: string, starts: number[], idx: number): GoYamlError {
  const lineText = (l: number): string => text.slice(starts[l], l + 1 < starts.length ? starts[l + 1] - 1 : text.length);
  const own = lineText(idx);
  if (own.trimStart().startsWith('- ') && idx > 0 && !lineText(idx - 1).trimStart().startsWith('-')) return parser(idx, 'did not find expected key');
  const next = nextTokenLine(text, starts, starts[idx]);
  if (next < starts.length && indentOf(lineText(next)) > indentOf(own) && /:(?=[ \t]|$)/.test(lineText(next))) {
    return scanner(next, 'mapping values are not allowed in this context');
  }
  return scanner(next, "could not find expected ':'");
}

/** goYamlError maps the first eemeli/yaml error of a document to go-yaml v2's message. */
export function goYamlError(text: string, err: YAMLError): GoYamlError {
  const starts = new LineCounter(text).lineStarts;
  const offset = err.pos[0];
  // a parser error at the end of input points at STREAM-END, which starts a fresh line
  const idx = offset >= text.length ? eofLine(text, starts) : lineIndex(starts, offset);
  const col = offset - starts[idx] + 1;
  const withCol = (e: GoYamlError): GoYamlError => ({ ...e, col: e.col ?? col });
  const msg = err.message;
  switch (err.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return withCol(scanner(valueIndicatorLine(text, starts, offset), 'mapping values are not allowed in this context'));
    case 'TAB_AS_INDENT':
      return withCol(scanner(idx, 'found character that cannot start any token'));
    case 'MULTILINE_IMPLICIT_KEY':
      return withCol(multilineKey(text, starts, idx));
    case 'BAD_SCALAR_START':
      return withCol(scanner(idx, 'found character that cannot start any token'));
    case 'BAD_INDENT':
      if (msg.startsWith('Flow') && /[[{,]\s*$/.test(text.slice(0, offset))) return withCol(parser(idx, 'did not find expected node content'));
      if (msg.startsWith('Flow sequence')) return withCol(parser(idx, "did not find expected ',' or ']'"));
      if (msg.startsWith('Flow map')) return withCol(parser(idx, "did not find expected ',' or '}'"));
      return withCol(parser(idx, enclosingIsSequence(text, starts, idx) ? "did not find expected '-' indicator" : 'did not find expected key'));
    case 'MISSING_CHAR':
      if (/flow|[\]}]/.test(msg) && /[[{,]\s*$/.test(text)) return withCol(parser(idx, 'did not find expected node content'));
      if (msg.includes('quote')) return withCol(scanner(lineIndex(starts, text.length), 'found unexpected end of stream'));
      if (msg.includes('flow sequence') || msg.includes(']')) return withCol(parser(idx, "did not find expected ',' or ']'"));
      if (msg.includes('flow map') || msg.includes('}')) return withCol(parser(idx, "did not find expected ',' or '}'"));
      return withCol(scanner(nextTokenLine(text, starts, offset), "could not find expected ':'"));
    case 'UNEXPECTED_TOKEN':
      if (/flow-(map|seq)-end token/.test(msg) && /[:,[{-]\s*$/.test(text.slice(0, offset))) return withCol(parser(idx, 'did not find expected node content'));
      return withCol(parser(idx, enclosingIsSequence(text, starts, idx) ? "did not find expected '-' indicator" : 'did not find expected key'));
    case 'DUPLICATE_KEY':
      break;
  }
  return withCol(parser(idx, 'did not find expected node content'));
}
