/**
 * Go `unicode` and `strings` case/space helpers on code points. Go maps case one rune at a time
 * (simple case mapping), so `ToUpper("ß")` stays `ß` where JavaScript gives `SS`.
 */
import { decodeAt } from './bytes.js';

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const TITLE = /^\p{Lt}$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const NUMBER = /^\p{N}$/u;
const PUNCT = /^\p{P}$/u;

function test(re: RegExp, r: number): boolean {
  return r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff) && re.test(String.fromCodePoint(r));
}

/** isSpace is Go's unicode.IsSpace. */
export function isSpace(r: number): boolean {
  if (r <= 0xff) return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
  return r === 0x1680 || (r >= 0x2000 && r <= 0x200a) || r === 0x2028 || r === 0x2029 || r === 0x202f || r === 0x205f || r === 0x3000;
}

export const isUpper = (r: number): boolean => test(UPPER, r);
export const isLower = (r: number): boolean => test(LOWER, r);
export const isTitle = (r: number): boolean => test(TITLE, r);
export const isLetter = (r: number): boolean => test(LETTER, r);
export const isDigit = (r: number): boolean => test(DIGIT, r);
export const isNumber = (r: number): boolean => test(NUMBER, r);
export const isPunct = (r: number): boolean => test(PUNCT, r);

function simpleMap(r: number, mapped: string): number {
  const cps = [...mapped];
  if (cps.length === 1) return cps[0].codePointAt(0) ?? r;
  return r;
}

/** toUpperRune is Go's unicode.ToUpper (simple mapping). */
export function toUpperRune(r: number): number {
  if (r < 0x80) return r >= 0x61 && r <= 0x7a ? r - 32 : r;
  if (r >= 0xd800 && r <= 0xdfff) return r;
  return simpleMap(r, String.fromCodePoint(r).toUpperCase());
}

/** toLowerRune is Go's unicode.ToLower (simple mapping). */
export function toLowerRune(r: number): number {
  if (r < 0x80) return r >= 0x41 && r <= 0x5a ? r + 32 : r;
  if (r >= 0xd800 && r <= 0xdfff) return r;
  if (r === 0x130) return 0x69;
  return simpleMap(r, String.fromCodePoint(r).toLowerCase());
}

const TITLE_DIGRAPHS: Record<number, number> = {
  0x1c4: 0x1c5, 0x1c5: 0x1c5, 0x1c6: 0x1c5,
  0x1c7: 0x1c8, 0x1c8: 0x1c8, 0x1c9: 0x1c8,
  0x1ca: 0x1cb, 0x1cb: 0x1cb, 0x1cc: 0x1cb,
  0x1f1: 0x1f2, 0x1f2: 0x1f2, 0x1f3: 0x1f2,
};

/** toTitleRune is Go's unicode.ToTitle (equals ToUpper except for the Latin digraphs). */
export function toTitleRune(r: number): number {
  return TITLE_DIGRAPHS[r] ?? toUpperRune(r);
}

/** mapRunes is Go's strings.Map: `f` maps every rune; invalid bytes are mapped (and written) as U+FFFD. */
export function mapRunes(s: string, f: (r: number) => number): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeAt(s, i);
    out += String.fromCodePoint(f(r));
    i += w;
  }
  return out;
}

/** runesOf splits a Go string into [rune, text] pairs (a raw byte is one rune U+FFFD). */
export function runesOf(s: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeAt(s, i);
    out.push([r, s.slice(i, i + w)]);
    i += w;
  }
  return out;
}

/** goToUpper is Go's strings.ToUpper. */
export function goToUpper(s: string): string {
  return mapRunes(s, toUpperRune);
}

/** goToLower is Go's strings.ToLower. */
export function goToLower(s: string): string {
  return mapRunes(s, toLowerRune);
}

/** goTrimFunc trims leading and trailing runes for which `f` holds. */
export function goTrimFunc(s: string, f: (r: number) => boolean): string {
  const rs = runesOf(s);
  let a = 0;
  let b = rs.length;
  while (a < b && f(rs[a][0])) a++;
  while (b > a && f(rs[b - 1][0])) b--;
  return rs.slice(a, b).map((x) => x[1]).join('');
}

/** goTrimSpace is Go's strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  return goTrimFunc(s, isSpace);
}

/** goTrim is Go's strings.Trim(s, cutset). */
export function goTrim(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  const set = new Set(runesOf(cutset).map((x) => x[0]));
  return goTrimFunc(s, (r) => set.has(r));
}

function isTitleSeparator(r: number): boolean {
  if (r <= 0x7f) {
    if ((r >= 0x30 && r <= 0x39) || (r >= 0x61 && r <= 0x7a) || (r >= 0x41 && r <= 0x5a) || r === 0x5f) return false;
    return true;
  }
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

/** goTitle is Go's (deprecated) strings.Title. */
export function goTitle(s: string): string {
  let prev = 0x20;
  return mapRunes(s, (r) => {
    const sep = isTitleSeparator(prev);
    prev = r;
    return sep ? toTitleRune(r) : r;
  });
}
