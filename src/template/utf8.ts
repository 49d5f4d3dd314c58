/**
 * UTF-8 helpers that give JavaScript strings Go's byte semantics.
 *
 * Go strings are byte sequences that are usually, but not always, valid UTF-8: slicing by
 * byte (`trunc`, `substr`, `index "é" 0`, `"\xff"` literals) can produce bytes that do not
 * form a character. JavaScript strings are UTF-16, so such a byte needs a representation.
 *
 * **Representation (raw bytes).** A byte `b` (0x80–0xFF) that is not part of a valid UTF-8
 * sequence is stored as the lone low surrogate `U+DC00 + b` (U+DC80–U+DCFF), the same
 * "surrogateescape" scheme Python uses. Such a unit is exactly one byte long, one rune long
 * (Go's range loop yields U+FFFD for it), and {@link goStringToBytes} turns it back into the
 * original byte, so output written with that function is byte-identical to Go's.
 * Any other lone surrogate (which Go strings cannot hold) is treated as U+FFFD (3 bytes).
 * U+FFFD itself only appears where Go would produce it: decoding (`[]rune(s)`, `%c`,
 * `strings.ToValidUTF8`, JSON encoding) — never when merely slicing or concatenating.
 *
 * Concatenating raw bytes can form a valid character again (`"\xc3" + "\xa9"` is `é`).
 * {@link decodeAt} (and so every rune-wise helper here, Quote, `%q`, padding) decodes such
 * runs as the character; {@link normalizeGoString} rewrites them into the canonical form so
 * the string also compares equal to `"é"` — call it where concatenated pieces may be invalid.
 */

/** RUNE_ERROR is U+FFFD, Go's utf8.RuneError. */
export const RUNE_ERROR = 0xfffd;

/** MAX_RUNE is Go's utf8.MaxRune. */
export const MAX_RUNE = 0x10ffff;

/** isRawByteUnit tells whether a UTF-16 code unit stands for a raw byte (U+DC80–U+DCFF). */
export function isRawByteUnit(c: number): boolean {
  return c >= 0xdc80 && c <= 0xdcff;
}

/** rawByte returns the one-unit string that stands for raw byte `b` (ASCII bytes are themselves). */
export function rawByte(b: number): string {
  return b < 0x80 ? String.fromCharCode(b) : String.fromCharCode(0xdc00 + b);
}

const UTF8_ENCODER = new TextEncoder();
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** isAscii tells whether every unit of `s` is < 0x80 (then bytes, runes and units coincide). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * decodeAt decodes the rune starting at UTF-16 index `i` the way Go's utf8.DecodeRuneInString
 * would at the corresponding byte. Returns [rune, utf16Units, utf8Bytes]; a raw byte or a
 * stray surrogate decodes as U+FFFD (a raw byte is 1 byte wide, a stray surrogate 3).
 */
export function decodeAt(s: string, i: number): [number, number, number] {
  const c = s.charCodeAt(i);
  if (c < 0x80) return [c, 1, 1];
  if (c < 0x800) return [c, 1, 2];
  if (c < 0xd800 || c > 0xdfff) return [c, 1, 3];
  if (c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000, 2, 4];
    return [RUNE_ERROR, 1, 3];
  }
  if (isRawByteUnit(c)) return decodeRawRun(s, i, c - 0xdc00);
  return [RUNE_ERROR, 1, 3];
}

/**
 * decodeRawRun decodes raw-byte units at `i` that together form one valid UTF-8 character
 * (a string built by concatenating byte slices, e.g. `"\xc3" + "\xa9"`), else one bad byte.
 */
function decodeRawRun(s: string, i: number, b0: number): [number, number, number] {
  if (b0 < 0xc2 || b0 > 0xf4) return [RUNE_ERROR, 1, 1];
  const bytes = [b0];
  for (let j = i + 1; j < s.length && j < i + 4; j++) {
    const c = s.charCodeAt(j);
    if (!isRawByteUnit(c)) break;
    bytes.push(c - 0xdc00);
  }
  const [r, w] = decodeRuneBytes(bytes, 0);
  return w > 1 ? [r, w, w] : [RUNE_ERROR, 1, 1];
}

/** unitByteLength is the number of UTF-8 bytes a single (non-pair) UTF-16 unit stands for. */
function unitByteLength(c: number): number {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (isRawByteUnit(c)) return 1;
  return 3;
}

/** byteLength returns Go's `len(s)`: the number of UTF-8 bytes. */
export function byteLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 2; // 4 bytes for 2 units
        i++;
        continue;
      }
    }
    n += unitByteLength(c) - 1;
  }
  return n;
}

/** runeCount returns Go's utf8.RuneCountInString: each raw byte counts as one rune. */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** utf8Bytes appends the UTF-8 encoding of rune `r` to `out` (invalid runes become U+FFFD). */
export function appendRuneBytes(out: number[], r: number): void {
  if (r < 0 || r > MAX_RUNE || (r >= 0xd800 && r <= 0xdfff)) r = RUNE_ERROR;
  if (r < 0x80) out.push(r);
  else if (r < 0x800) out.push(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  else if (r < 0x10000) out.push(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  else out.push(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** goStringToBytes returns the bytes Go would hold for `s` (raw-byte units become their byte). */
export function goStringToBytes(s: string): Uint8Array {
  if (s.length < 32 && isAscii(s)) {
    const a = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
    return a;
  }
  // Without raw-byte units the native encoder gives Go's bytes (a stray surrogate becomes U+FFFD too).
  if (!hasRawBytes(s)) return UTF8_ENCODER.encode(s);
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (isRawByteUnit(c)) {
      out.push(c - 0xdc00);
      i++;
      continue;
    }
    const [r, w] = decodeAt(s, i);
    appendRuneBytes(out, r);
    i += w;
  }
  return Uint8Array.from(out);
}

/**
 * decodeRuneBytes decodes one rune from `b` at `i` exactly as Go's utf8.DecodeRune does:
 * returns [rune, width]; an invalid sequence yields [U+FFFD, 1].
 */
export function decodeRuneBytes(b: ArrayLike<number>, i: number): [number, number] {
  const n = b.length - i;
  const b0 = b[i];
  if (b0 < 0x80) return [b0, 1];
  if (b0 < 0xc2 || b0 > 0xf4 || n < 2) return [RUNE_ERROR, 1];
  const b1 = b[i + 1];
  if (b0 < 0xe0) {
    if ((b1 & 0xc0) !== 0x80) return [RUNE_ERROR, 1];
    return [((b0 & 0x1f) << 6) | (b1 & 0x3f), 2];
  }
  const lo = b0 === 0xe0 ? 0xa0 : b0 === 0xed ? 0x80 : b0 === 0xf0 ? 0x90 : 0x80;
  const hi = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  if (b1 < lo || b1 > hi || n < 3) return [RUNE_ERROR, 1];
  const b2 = b[i + 2];
  if ((b2 & 0xc0) !== 0x80) return [RUNE_ERROR, 1];
  if (b0 < 0xf0) return [((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f), 3];
  if (n < 4) return [RUNE_ERROR, 1];
  const b3 = b[i + 3];
  if ((b3 & 0xc0) !== 0x80) return [RUNE_ERROR, 1];
  return [((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f), 4];
}

/** bytesToGoString converts bytes to the JS representation (invalid bytes become raw-byte units). */
export function bytesToGoString(b: ArrayLike<number>): string {
  if (b instanceof Uint8Array && b.length > 16) {
    // Valid UTF-8 decodes natively; invalid input (raw bytes, encoded surrogates) takes the Go path below.
    try {
      return UTF8_DECODER.decode(b);
    } catch {
      // fall through
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      let j = i + 1;
      while (j < b.length && b[j] < 0x80 && j - i < 4096) j++;
      parts.push(String.fromCharCode(...Array.prototype.slice.call(b, i, j)));
      i = j;
      continue;
    }
    const [r, w] = decodeRuneBytes(b, i);
    if (r === RUNE_ERROR && w === 1) parts.push(String.fromCharCode(0xdc00 + c));
    else parts.push(String.fromCodePoint(r));
    i += w;
  }
  return parts.join('');
}

/** hasRawBytes tells whether `s` contains raw-byte units (i.e. is possibly invalid UTF-8). */
export function hasRawBytes(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (isRawByteUnit(c)) return true;
      if (c <= 0xdbff) i++;
    }
  }
  return false;
}

/** normalizeGoString re-decodes raw bytes that form valid UTF-8 together (after concatenation). */
export function normalizeGoString(s: string): string {
  return hasRawBytes(s) ? bytesToGoString(goStringToBytes(s)) : s;
}

/** validString is Go's utf8.ValidString. */
export function validString(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, w, bw] = decodeAt(s, i);
    if (r === RUNE_ERROR && (bw === 1 || s.charCodeAt(i) !== RUNE_ERROR)) return false;
    i += w;
  }
  return true;
}

/** goRunes is Go's `[]rune(s)`: raw bytes become U+FFFD. */
export function goRunes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const [r, w] = decodeAt(s, i);
    out.push(r);
    i += w;
  }
  return out;
}

/** runeString is Go's `string(r)`: invalid runes become U+FFFD. */
export function runeString(r: number): string {
  if (r < 0 || r > MAX_RUNE || (r >= 0xd800 && r <= 0xdfff)) r = RUNE_ERROR;
  return String.fromCodePoint(r);
}

/** toValidUTF8 is Go's strings.ToValidUTF8: each run of invalid bytes becomes `replacement`. */
export function toValidUTF8(s: string, replacement = '\ufffd'): string {
  let out = '';
  let inBad = false;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const [r, w] = decodeAt(s, i);
    if (r === RUNE_ERROR && c !== RUNE_ERROR) {
      if (!inBad) out += replacement;
      inBad = true;
    } else {
      out += s.slice(i, i + w);
      inBad = false;
    }
    i += w;
  }
  return out;
}

/**
 * byteOffsetToIndex converts a Go byte offset in `s` to a UTF-16 index. An offset inside a
 * multi-byte character maps to that character's start with `inside` set; offsets past the end
 * map to `s.length`.
 */
export function byteOffsetToIndex(s: string, byteOff: number): { index: number; inside: boolean } {
  let b = 0;
  for (let i = 0; i < s.length; ) {
    if (b === byteOff) return { index: i, inside: false };
    const [, w, bw] = decodeAt(s, i);
    if (b + bw > byteOff) return { index: i, inside: true };
    b += bw;
    i += w;
  }
  return { index: s.length, inside: b !== byteOff };
}

/** indexToByteOffset converts a UTF-16 index in `s` to Go's byte offset (Go columns are bytes). */
export function indexToByteOffset(s: string, index: number): number {
  let b = 0;
  for (let i = 0; i < index && i < s.length; ) {
    const [, w, bw] = decodeAt(s, i);
    b += bw;
    i += w;
  }
  return b;
}

/**
 * byteColumn returns Go's 0-based byte column of UTF-16 index `index` within its line
 * (the byte offset from the last `\n` before it), as text/template error positions use.
 */
export function byteColumn(s: string, index: number): number {
  const lineStart = s.lastIndexOf('\n', index - 1) + 1;
  return indexToByteOffset(s.slice(lineStart, index), index - lineStart);
}

/**
 * byteSlice is Go's `s[start:end]` on bytes. Cutting through a character keeps the bytes on
 * each side as raw-byte units. Out-of-range bounds are clamped (callers check bounds first).
 */
export function byteSlice(s: string, start: number, end?: number): string {
  if (isAscii(s)) return s.slice(start, end);
  const bytes = goStringToBytes(s);
  const e = end === undefined ? bytes.length : Math.min(end, bytes.length);
  return bytesToGoString(bytes.subarray(Math.max(0, start), Math.max(start, e)));
}

/** byteAt is Go's `s[i]` (a byte value 0–255); undefined when out of range. */
export function byteAt(s: string, i: number): number | undefined {
  if (isAscii(s)) return i >= 0 && i < s.length ? s.charCodeAt(i) : undefined;
  const bytes = goStringToBytes(s);
  return i >= 0 && i < bytes.length ? bytes[i] : undefined;
}
