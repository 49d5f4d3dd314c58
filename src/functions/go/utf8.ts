/**
 * UTF-8 helpers: Go strings are byte sequences, JS strings are UTF-16. Functions with byte
 * semantics (regexp offsets, hashes, base64) convert through these.
 */

import { bytesToGoString, goStringToBytes } from '../../template/utf8.js';

/** utf8Bytes returns the bytes Go holds for `s` (raw-byte units, see template/utf8.ts, become their byte). */
export function utf8Bytes(s: string): Uint8Array {
  return goStringToBytes(s);
}

/** utf8String converts bytes to a Go string value (invalid bytes are kept as raw-byte units). */
export function utf8String(b: Uint8Array): string {
  return bytesToGoString(b);
}

/** concatBytes joins byte chunks into one array. */
export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/** runeWidthAt returns the byte width of the UTF-8 sequence starting at `i` (1 for invalid bytes, 0 at the end). */
export function runeWidthAt(b: Uint8Array, i: number): number {
  if (i >= b.length) return 0;
  const c = b[i];
  const need = c < 0x80 ? 1 : c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 1;
  if (need === 1 || i + need > b.length) return 1;
  for (let k = 1; k < need; k++) if ((b[i + k] & 0xc0) !== 0x80) return 1;
  return need;
}
