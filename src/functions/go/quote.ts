/** Go's `strconv.CanBackquote` and the regexp package's quoting of patterns in error texts. */
import { goQuote } from '../../template/strconv.js';

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

/** goBackquoteOrQuote quotes like Go's regexp package: a raw string when possible. */
export function goBackquoteOrQuote(s: string): string {
  return canBackquote(s) ? '`' + s + '`' : goQuote(s);
}
