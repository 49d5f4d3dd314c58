/** Go `strconv.Quote` and `strconv.CanBackquote`, used to reproduce Go error texts. */

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** isGoPrint approximates Go's `strconv.IsPrint` (letters, marks, numbers, punctuation, symbols, ASCII space). */
export function isGoPrint(ch: string): boolean {
  return PRINTABLE.test(ch);
}

/** canBackquote reports whether `s` can be written as a Go raw string literal. */
export function canBackquote(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '`' || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)) return false;
    if (c < 0x20 && ch !== '\t') return false;
    if (c === 0x7f) return false;
  }
  return true;
}

const ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"',
};

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, '0');
}

/** goQuote is Go's `strconv.Quote` for a well-formed string. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ESCAPES[ch] !== undefined) out += ESCAPES[ch];
    else if (isGoPrint(ch)) out += ch;
    else if (c < 0x80) out += `\\x${hex(c, 2)}`;
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else if (c < 0x10000) out += `\\u${hex(c, 4)}`;
    else out += `\\U${hex(c, 8)}`;
  }
  return out + '"';
}

/** goBackquoteOrQuote quotes like Go's regexp package: a raw string when possible. */
export function goBackquoteOrQuote(s: string): string {
  return canBackquote(s) ? '`' + s + '`' : goQuote(s);
}
