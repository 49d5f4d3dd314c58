/** Go `unicode.IsSpace` characters (what `strings.TrimSpace` trims; unlike JS `trim`, not U+FEFF). */
const GO_SPACE = '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

/** isGoSpace is Go's `unicode.IsSpace` for one UTF-16 unit. */
export function isGoSpace(ch: string): boolean {
  return GO_SPACE.includes(ch);
}

/** goTrimSpace is Go's `strings.TrimSpace`. */
export function goTrimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && GO_SPACE.includes(s[a])) a++;
  while (b > a && GO_SPACE.includes(s[b - 1])) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** compareBytes orders strings byte-wise in UTF-8 (Go's `sort.Strings`). */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
