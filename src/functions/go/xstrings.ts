/**
 * huandu/xstrings v1.5.0 case conversions as Sprig exposes them: `snakecase` (ToSnakeCase),
 * `kebabcase` (ToKebabCase) and `camelcase` (ToPascalCase). Strings are processed as runes;
 * invalid bytes are RuneError (U+FFFD) like Go's decoder.
 */
import { isLetter, isNumber, isPunct, isSpace, isUpper, runesOf, toLowerRune, toUpperRune } from './unicode.js';

const RUNE_ERROR = 0xfffd;

const enum W {
  Invalid,
  Number,
  Upper,
  Alphabet,
  Connector,
  Punct,
  Other,
}

type Runes = Array<[number, string]>;

function isConnector(r: number): boolean {
  return r === 0x2d || r === 0x5f || isSpace(r);
}

function isAlphabet(r: number): boolean {
  if (!isLetter(r)) return false;
  if (r < 0x3400) return true;
  if (r >= 0x4e00 && r <= 0x9fcc) return false;
  if (r >= 0x3400 && r <= 0x4d85) return false;
  if (r >= 0x20000 && r <= 0x2b81d) return false;
  return true;
}

/** nextValidRune skips invalid runes from `i`: [rune, runes consumed]; all invalid → [prev, n]. */
function nextValidRune(rs: Runes, i: number, prev: number): [number, number] {
  let size = 0;
  for (let j = i; j < rs.length; j++) {
    size++;
    if (rs[j][0] !== RUNE_ERROR) return [rs[j][0], size];
  }
  return [prev, size];
}

/** nextWord returns [type, end] of the word starting at `p` (remaining starts at `end`). */
function nextWord(rs: Runes, p: number): [W, number] {
  if (p >= rs.length) return [W.Invalid, p];
  let [r, size] = nextValidRune(rs, p, RUNE_ERROR);
  let offset = p + size;
  if (r === RUNE_ERROR) return [W.Invalid, offset];
  let rem = offset;
  const run = (wt: W, ok: (x: number) => boolean): [W, number] => {
    while (rem < rs.length) {
      [r, size] = nextValidRune(rs, rem, r);
      if (!ok(r)) break;
      offset += size;
      rem += size;
    }
    return [wt, offset];
  };
  if (isConnector(r)) return run(W.Connector, isConnector);
  if (isPunct(r)) return run(W.Punct, isPunct);
  if (isUpper(r)) {
    if (rem >= rs.length) return [W.Upper, offset];
    [r, size] = nextValidRune(rs, rem, r);
    if (isUpper(r)) {
      let prevSize = size;
      offset += size;
      rem += size;
      while (rem < rs.length) {
        [r, size] = nextValidRune(rs, rem, r);
        if (!isUpper(r)) break;
        prevSize = size;
        offset += size;
        rem += size;
      }
      if (rem < rs.length && isAlphabet(r)) offset -= prevSize;
      return [W.Upper, offset];
    }
    if (isAlphabet(r)) {
      offset += size;
      rem += size;
      return run(W.Upper, (x) => isAlphabet(x) && !isUpper(x));
    }
    return [W.Upper, offset];
  }
  if (isAlphabet(r)) return run(W.Alphabet, (x) => isAlphabet(x) && !isUpper(x));
  if (isNumber(r)) return run(W.Number, isNumber);
  return run(W.Other, (x) => !(isConnector(x) || isAlphabet(x) || isNumber(x) || isPunct(x)));
}

function writeLower(out: string[], rs: Runes, wt: W, a: number, b: number, connector: string): void {
  if (wt !== W.Upper && wt !== W.Connector) {
    for (let i = a; i < b; i++) out.push(rs[i][1]);
    return;
  }
  for (let i = a; i < b; i++) {
    const r = rs[i][0];
    if (isConnector(r)) out.push(connector);
    else if (isUpper(r)) out.push(String.fromCodePoint(toLowerRune(r)));
    else out.push(rs[i][1]);
  }
}

/** camelCaseToLowerCase is xstrings' shared implementation of ToSnakeCase/ToKebabCase. */
function camelCaseToLowerCase(s: string, connector: string): string {
  if (s === '') return '';
  const rs = runesOf(s);
  const out: string[] = [];
  let start = 0;
  let [wt, end] = nextWord(rs, 0);
  const advance = (): void => {
    start = end;
    [wt, end] = nextWord(rs, end);
  };
  const cur = (): W => wt;
  const lower = (): void => writeLower(out, rs, wt, start, end, connector);
  while (end < rs.length) {
    if (cur() !== W.Connector) lower();
    const prev = wt;
    const [lastA, lastB] = [start, end];
    advance();
    if (prev === W.Number) {
      while (cur() === W.Alphabet || cur() === W.Number) {
        lower();
        advance();
      }
      if (cur() !== W.Invalid && cur() !== W.Punct && cur() !== W.Connector) out.push(connector);
    } else if (prev === W.Connector) {
      writeLower(out, rs, prev, lastA, lastB, connector);
    } else if (prev !== W.Punct) {
      if (cur() !== W.Number) {
        if (cur() !== W.Connector && cur() !== W.Punct) out.push(connector);
        continue;
      }
      if (end >= rs.length) continue;
      const [numA, numB] = [start, end];
      advance();
      const next = cur();
      if (next !== W.Alphabet) {
        writeLower(out, rs, W.Number, numA, numB, connector);
        if (next !== W.Connector && next !== W.Punct) out.push(connector);
        continue;
      }
      out.push(connector);
      writeLower(out, rs, W.Number, numA, numB, connector);
      while (cur() === W.Alphabet || cur() === W.Number) {
        lower();
        advance();
      }
      if (cur() !== W.Invalid && cur() !== W.Connector && cur() !== W.Punct) out.push(connector);
    }
  }
  lower();
  return out.join('');
}

/** toSnakeCase is xstrings.ToSnakeCase. */
export function toSnakeCase(s: string): string {
  return camelCaseToLowerCase(s, '_');
}

/** toKebabCase is xstrings.ToKebabCase. */
export function toKebabCase(s: string): string {
  return camelCaseToLowerCase(s, '-');
}

/** toPascalCase is xstrings.ToPascalCase (Sprig's `camelcase`). */
export function toPascalCase(s: string): string {
  if (s === '') return '';
  const rs = runesOf(s);
  const out: string[] = [];
  const put = (r: number): void => {
    out.push(String.fromCodePoint(r));
  };
  let i = 0;
  let r0 = 0;
  let firstUpper = false;
  let started = false;
  while (i < rs.length) {
    r0 = rs[i++][0];
    if (!isConnector(r0)) {
      firstUpper = isUpper(r0);
      r0 = toUpperRune(r0);
      started = true;
      break;
    }
    put(r0);
  }
  if (i >= rs.length) {
    if (started) put(r0);
    return out.join('');
  }
  while (i < rs.length) {
    const r1 = r0;
    r0 = rs[i++][0];
    if (isConnector(r0) && isConnector(r1)) {
      put(r1);
      continue;
    }
    if (isConnector(r1)) {
      firstUpper = isUpper(r0);
      r0 = toUpperRune(r0);
    } else {
      if (firstUpper) {
        if (isUpper(r0)) r0 = toLowerRune(r0);
        else firstUpper = false;
      }
      put(r1);
    }
  }
  put(r0);
  return out.join('');
}
