/**
 * Byte views of Go strings. A Go string is a byte sequence; in JavaScript a byte that is not part
 * of valid UTF-8 is held as the lone surrogate U+DC00+byte ("surrogateescape", the convention
 * of src/template/utf8.ts), so byte-based Sprig functions (`substr`, `trunc`, `nospace`, `wrap`)
 * can cut through characters and still round-trip exactly.
 */

function isAsciiString(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function pushRune(out: number[], r: number): void {
  if (r < 0x80) out.push(r);
  else if (r < 0x800) out.push(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  else if (r < 0x10000) out.push(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  else out.push(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** goBytes returns the bytes of a Go string. */
export function goBytes(s: string): number[] {
  const out: number[] = [];
  if (isAsciiString(s)) {
    for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
    return out;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      pushRune(out, ((c - 0xd800) << 10) + (s.charCodeAt(i + 1) - 0xdc00) + 0x10000);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) pushRune(out, 0xfffd);
    else pushRune(out, c);
  }
  return out;
}

/** decodeRune decodes one rune at `i` like Go's utf8.DecodeRune: [rune, width], invalid → [-1, 1]. */
export function decodeRune(b: ArrayLike<number>, i: number): [number, number] {
  const n = b.length - i;
  const b0 = b[i];
  if (b0 < 0x80) return [b0, 1];
  if (b0 < 0xc2 || b0 > 0xf4 || n < 2) return [-1, 1];
  const b1 = b[i + 1];
  if (b0 < 0xe0) return (b1 & 0xc0) === 0x80 ? [((b0 & 0x1f) << 6) | (b1 & 0x3f), 2] : [-1, 1];
  const lo = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
  const hi = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi || n < 3) return [-1, 1];
  const b2 = b[i + 2];
  if ((b2 & 0xc0) !== 0x80) return [-1, 1];
  if (b0 < 0xf0) return [((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f), 3];
  if (n < 4) return [-1, 1];
  const b3 = b[i + 3];
  if ((b3 & 0xc0) !== 0x80) return [-1, 1];
  return [((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f), 4];
}

/** fromGoBytes turns bytes back into a Go string (invalid bytes become raw-byte units). */
export function fromGoBytes(b: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < b.length; ) {
    const [r, w] = decodeRune(b, i);
    out += r < 0 ? String.fromCharCode(0xdc00 + b[i]) : String.fromCodePoint(r);
    i += w;
  }
  return out;
}

/** byteLen is Go's len(s). */
export function byteLen(s: string): number {
  return isAsciiString(s) ? s.length : goBytes(s).length;
}

/** byteSlice is Go's s[start:end] for in-range bounds (callers check bounds). */
export function byteSlice(s: string, start: number, end?: number): string {
  if (isAsciiString(s)) return s.slice(start, end);
  const b = goBytes(s);
  return fromGoBytes(b.slice(start, end ?? b.length));
}

/** decodeAt decodes the rune at UTF-16 index `i`: [rune, units]; raw bytes and stray surrogates are U+FFFD. */
export function decodeAt(s: string, i: number): [number, number] {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return [c, 1];
  if (c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000, 2];
  }
  return [0xfffd, 1];
}

const RAW_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;

/** hasRawBytes tells whether any string holds bytes that are not valid UTF-8. */
export function hasRawBytes(...xs: string[]): boolean {
  return xs.some((s) => RAW_BYTE.test(s));
}

/** toBinary maps a Go string to one JS char per byte (so JS string search works on bytes). */
export function toBinary(s: string): string {
  return String.fromCharCode(...goBytes(s));
}

/** fromBinary is the inverse of toBinary. */
export function fromBinary(b: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < b.length; i++) bytes.push(b.charCodeAt(i));
  return fromGoBytes(bytes);
}

/**
 * byteWise runs a string operation on bytes when any operand holds invalid UTF-8 (where
 * searching UTF-16 text would differ from Go's byte search); otherwise directly.
 */
export function byteWise<T>(args: string[], op: (...xs: string[]) => T, back: (r: T) => T): T {
  if (!hasRawBytes(...args)) return op(...args);
  return back(op(...args.map(toBinary)));
}
