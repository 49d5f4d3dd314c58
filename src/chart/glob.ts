/**
 * compileGlob compiles a gobwas/glob v0.2.3 pattern with separator `/` (what `.Files.Glob`
 * uses) to a RegExp: `*` any run without `/`, `**` any run, `?` one non-`/` character,
 * `[abc]`/`[!a-z]` classes, `{a,b}` alternatives, `\` escapes. Returns undefined when the
 * pattern does not compile (helm then falls back to `**`, matching everything).
 */
export function compileGlob(pattern: string): RegExp | undefined {
  const chars = [...pattern];
  let i = 0;
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const escClass = (c: string) => c.replace(/[\]\\^-]/g, '\\$&');
  function parseSeq(inAlt: boolean): string | undefined {
    let out = '';
    while (i < chars.length) {
      const c = chars[i];
      if (inAlt && (c === ',' || c === '}')) return out;
      i++;
      if (c === '\\') {
        if (i >= chars.length) return undefined;
        out += esc(chars[i++]);
      } else if (c === '*') {
        if (chars[i] === '*') {
          while (chars[i] === '*') i++;
          out += '[\\s\\S]*';
        } else out += '[^/]*';
      } else if (c === '?') out += '[^/]';
      else if (c === '[') {
        let neg = false;
        if (chars[i] === '!') {
          neg = true;
          i++;
        }
        let cls = '';
        let closed = false;
        while (i < chars.length) {
          const d = chars[i++];
          if (d === ']') {
            closed = true;
            break;
          }
          if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
            cls += `${escClass(d)}-${escClass(chars[i + 1])}`;
            i += 2;
          } else cls += escClass(d);
        }
        if (!closed || cls === '') return undefined;
        out += neg ? `[^${cls}]` : `[${cls}]`;
      } else if (c === '{') {
        const alts: string[] = [];
        for (;;) {
          const a = parseSeq(true);
          if (a === undefined || i >= chars.length) return undefined;
          alts.push(a);
          if (chars[i++] === '}') break;
        }
        out += `(?:${alts.join('|')})`;
      } else if (c === '}' || (c === ',' && inAlt)) return undefined;
      else out += esc(c);
    }
    return inAlt ? undefined : out;
  }
  const body = parseSeq(false);
  if (body === undefined) return undefined;
  return new RegExp(`^${body}$`, 'u');
}
