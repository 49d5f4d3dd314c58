/** Go strings.SplitN / strings.Replace semantics (empty separators split into UTF-8 sequences). */
import { decodeAt } from './bytes.js';

function explode(s: string, n: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    if (n > 0 && out.length === n - 1) {
      out.push(s.slice(i));
      return out;
    }
    const [, w] = decodeAt(s, i);
    out.push(s.slice(i, i + w));
    i += w;
  }
  return out;
}

/** goSplitN is strings.SplitN(s, sep, n) (n < 0: all; n == 0: none). */
export function goSplitN(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  if (sep === '') return explode(s, n);
  const parts = s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** goReplaceAll is strings.Replace(s, old, new, -1); an empty `old` inserts around every rune. */
export function goReplaceAll(s: string, old: string, repl: string): string {
  if (old === repl) return s;
  if (old !== '') return s.split(old).join(repl);
  return repl + explode(s, -1).join(repl) + (s === '' ? '' : repl);
}
