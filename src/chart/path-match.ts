/**
 * Go's `path/filepath.Match` on `/`-separated paths (golang/go src/path/filepath/match.go).
 * `*` matches any run of non-`/` characters, `?` one non-`/` character, `[...]` a class
 * (`^` negates, `a-z` ranges), `\` escapes. A malformed pattern throws {@link BadPatternError}.
 */
export class BadPatternError extends Error {
  readonly code = 'BAD_PATTERN';
  constructor() {
    super('syntax error in pattern');
    this.name = 'BadPatternError';
  }
}

/** pathMatch reports whether `name` matches the shell pattern `pattern`. */
export function pathMatch(pattern: string, name: string): boolean {
  const p = [...pattern];
  const n = [...name];
  return matchFrom(p, 0, n, 0);
}

function matchFrom(p: string[], pi: number, n: string[], ni: number): boolean {
  while (pi < p.length) {
    const c = p[pi];
    if (c === '*') {
      while (p[pi] === '*') pi++;
      if (pi === p.length) {
        for (let k = ni; k < n.length; k++) if (n[k] === '/') return false;
        return true;
      }
      for (let k = ni; k <= n.length; k++) {
        if (matchFrom(p, pi, n, k)) return true;
        if (k < n.length && n[k] === '/') break;
      }
      // Go validates the rest of the pattern even when nothing matched.
      checkRest(p, pi);
      return false;
    }
    if (ni >= n.length) {
      checkRest(p, pi);
      return false;
    }
    if (c === '?') {
      if (n[ni] === '/') return false;
      pi++;
      ni++;
      continue;
    }
    if (c === '[') {
      const [ok, next] = matchClass(p, pi + 1, n[ni]);
      if (!ok) {
        checkRest(p, next);
        return false;
      }
      pi = next;
      ni++;
      continue;
    }
    if (c === '\\') {
      pi++;
      if (pi >= p.length) throw new BadPatternError();
    }
    if (p[pi] !== n[ni]) {
      checkRest(p, pi + 1);
      return false;
    }
    pi++;
    ni++;
  }
  return ni === n.length;
}

function classChar(p: string[], i: number): [string, number] {
  if (i >= p.length) throw new BadPatternError();
  let c = p[i];
  if (c === '-' || c === ']') throw new BadPatternError();
  if (c === '\\') {
    i++;
    if (i >= p.length) throw new BadPatternError();
    c = p[i];
  }
  return [c, i + 1];
}

/** matchClass matches `ch` against the class starting after `[`; returns [matched, index after `]`]. */
function matchClass(p: string[], i: number, ch: string): [boolean, number] {
  if (ch === '/') {
    // Go never lets a class match the separator; still validate the class.
    const [, end] = matchClass(p, i, '\0');
    return [false, end];
  }
  let negated = false;
  if (p[i] === '^') {
    negated = true;
    i++;
  }
  let matched = false;
  let first = true;
  for (;;) {
    if (i < p.length && p[i] === ']' && !first) {
      i++;
      break;
    }
    first = false;
    let lo: string;
    [lo, i] = classChar(p, i);
    let hi = lo;
    if (p[i] === '-') {
      [hi, i] = classChar(p, i + 1);
    }
    const cp = ch.codePointAt(0) ?? 0;
    if ((lo.codePointAt(0) ?? 0) <= cp && cp <= (hi.codePointAt(0) ?? 0)) matched = true;
  }
  return [matched !== negated, i];
}

function checkRest(p: string[], i: number): void {
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      i += 2;
      if (i > p.length) throw new BadPatternError();
    } else if (c === '[') {
      [, i] = matchClass(p, i + 1, 'a');
    } else i++;
  }
}

/** validatePattern throws {@link BadPatternError} when `pattern` is malformed. */
export function validatePattern(pattern: string): void {
  pathMatch(pattern, 'abc');
  checkRest([...pattern], 0);
}
