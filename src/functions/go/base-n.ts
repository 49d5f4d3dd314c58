/**
 * Go's `encoding/base64` and `encoding/base32` StdEncoding (padded) with Go's decoder error
 * positions (`illegal base64 data at input byte N`); `\r` and `\n` in the input are ignored.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function decodeMap(alphabet: string): Uint8Array {
  const m = new Uint8Array(256).fill(0xff);
  for (let i = 0; i < alphabet.length; i++) m[alphabet.charCodeAt(i)] = i;
  return m;
}

const B64_MAP = decodeMap(B64);
const B32_MAP = decodeMap(B32);
const PAD = 0x3d;
const isNL = (b: number): boolean => b === 0x0a || b === 0x0d;

/** CorruptInputError is Go's base64/base32 `CorruptInputError`. */
export class CorruptInputError extends Error {
  readonly code = 'CORRUPT_INPUT';
  constructor(
    kind: 'base64' | 'base32',
    readonly offset: number,
  ) {
    super(`illegal ${kind} data at input byte ${offset}`);
    this.name = 'CorruptInputError';
  }
}

/** base64Encode is `base64.StdEncoding.EncodeToString`. */
export function base64Encode(b: Uint8Array): string {
  return Buffer.from(b).toString('base64');
}

/** base64Decode is `base64.StdEncoding.DecodeString`; it throws {@link CorruptInputError}. */
export function base64Decode(src: Uint8Array): Uint8Array {
  const out: number[] = [];
  let si = 0;
  while (si < src.length) si = decodeQuantum64(src, si, out);
  return Uint8Array.from(out);
}

/** decodeQuantum64 decodes up to 4 characters starting at `si` (Go's `decodeQuantum`). */
function decodeQuantum64(src: Uint8Array, start: number, out: number[]): number {
  const dbuf = [0, 0, 0, 0];
  let si = start;
  let dlen = 4;
  let trailing = -1;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) {
      if (j === 0) return si;
      throw new CorruptInputError('base64', si - j);
    }
    const c = src[si++];
    if (B64_MAP[c] !== 0xff) {
      dbuf[j] = B64_MAP[c];
      continue;
    }
    if (isNL(c)) {
      j--;
      continue;
    }
    if (c !== PAD || j < 2) throw new CorruptInputError('base64', si - 1);
    if (j === 2) {
      while (si < src.length && isNL(src[si])) si++;
      if (si === src.length) throw new CorruptInputError('base64', src.length);
      if (src[si] !== PAD) throw new CorruptInputError('base64', si - 1);
      si++;
    }
    while (si < src.length && isNL(src[si])) si++;
    if (si < src.length) trailing = si;
    dlen = j;
    break;
  }
  const val = (dbuf[0] << 18) | (dbuf[1] << 12) | (dbuf[2] << 6) | dbuf[3];
  const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
  out.push(...bytes.slice(0, dlen - 1));
  if (trailing >= 0) throw new CorruptInputError('base64', trailing);
  return si;
}

/** base32Encode is `base32.StdEncoding.EncodeToString`. */
export function base32Encode(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 5) {
    const chunk = b.subarray(i, i + 5);
    let bits = 0n;
    for (let k = 0; k < 5; k++) bits = (bits << 8n) | BigInt(chunk[k] ?? 0);
    const chars = Math.ceil((chunk.length * 8) / 5);
    for (let k = 0; k < 8; k++) out += k < chars ? B32[Number((bits >> BigInt(35 - 5 * k)) & 31n)] : '=';
  }
  return out;
}

/** base32Decode is `base32.StdEncoding.DecodeString`; it throws {@link CorruptInputError}. */
export function base32Decode(input: Uint8Array): Uint8Array {
  const src = input.filter((b) => !isNL(b));
  const olen = src.length;
  const out: number[] = [];
  let p = 0;
  let end = false;
  while (p < olen && !end) {
    const dbuf = new Array<number>(8).fill(0);
    let dlen = 8;
    for (let j = 0; j < 8;) {
      if (p === olen) throw new CorruptInputError('base32', olen - (olen - p) - j);
      const c = src[p++];
      const left = olen - p;
      if (c === PAD && j >= 2 && left < 8) {
        if (left + j < 7) throw new CorruptInputError('base32', olen);
        for (let k = 0; k < 7 - j; k++) {
          if (left > k && src[p + k] !== PAD) throw new CorruptInputError('base32', olen - left + k - 1);
        }
        dlen = j;
        end = true;
        if (dlen === 1 || dlen === 3 || dlen === 6) throw new CorruptInputError('base32', olen - left - 1);
        break;
      }
      dbuf[j] = B32_MAP[c];
      if (dbuf[j] === 0xff) throw new CorruptInputError('base32', olen - left - 1);
      j++;
    }
    let bits = 0n;
    for (const d of dbuf) bits = (bits << 5n) | BigInt(d);
    const n = { 8: 5, 7: 4, 5: 3, 4: 2, 2: 1 }[dlen] ?? 0;
    for (let k = 0; k < n; k++) out.push(Number((bits >> BigInt(32 - 8 * k)) & 0xffn));
  }
  return Uint8Array.from(out);
}
