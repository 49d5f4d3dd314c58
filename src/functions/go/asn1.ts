/** A small ASN.1 DER writer and reader, enough to build and inspect X.509 certificates and keys. */

/** DerNode is a parsed TLV: tag byte, content bytes and the full encoding. */
export interface DerNode {
  tag: number;
  content: Uint8Array;
  raw: Uint8Array;
}

function lengthBytes(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return [0x80 | out.length, ...out];
}

/** tlv encodes one element. */
export function tlv(tag: number, content: Uint8Array | number[]): Uint8Array {
  const c = content instanceof Uint8Array ? content : Uint8Array.from(content);
  const head = [tag, ...lengthBytes(c.length)];
  const out = new Uint8Array(head.length + c.length);
  out.set(head, 0);
  out.set(c, head.length);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export const sequence = (...items: Uint8Array[]): Uint8Array => tlv(0x30, concat(items));
export const set = (...items: Uint8Array[]): Uint8Array => tlv(0x31, concat(items));
export const explicit = (n: number, inner: Uint8Array): Uint8Array => tlv(0xa0 | n, inner);
export const nullValue = (): Uint8Array => tlv(0x05, []);
export const octetString = (b: Uint8Array): Uint8Array => tlv(0x04, b);
export const boolean = (v: boolean): Uint8Array => tlv(0x01, [v ? 0xff : 0x00]);

/** integer encodes a non-negative or negative bigint in minimal two's complement. */
export function integer(v: bigint | number): Uint8Array {
  let n = BigInt(v);
  const bytes: number[] = [];
  if (n === 0n) return tlv(0x02, [0]);
  const neg = n < 0n;
  for (;;) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
    if ((!neg && n === 0n && (bytes[0] & 0x80) === 0) || (neg && n === -1n && (bytes[0] & 0x80) !== 0)) break;
  }
  return tlv(0x02, bytes);
}

/** oid encodes an OBJECT IDENTIFIER given in dotted form. */
export function oid(dotted: string): Uint8Array {
  const parts = dotted.split('.').map((p) => BigInt(p));
  const out: number[] = [];
  const enc = (v: bigint): void => {
    const tmp: number[] = [Number(v & 0x7fn)];
    for (let x = v >> 7n; x > 0n; x >>= 7n) tmp.unshift(Number((x & 0x7fn) | 0x80n));
    out.push(...tmp);
  };
  enc(parts[0] * 40n + parts[1]);
  for (const p of parts.slice(2)) enc(p);
  return tlv(0x06, out);
}

/** bitString encodes bytes with `unused` trailing bits. */
export function bitString(b: Uint8Array | number[], unused = 0): Uint8Array {
  return tlv(0x03, [unused, ...b]);
}

const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

/** goString encodes a string as Go's encoding/asn1 does: PrintableString when possible, else UTF8String. */
export function goString(s: string): Uint8Array {
  return tlv(PRINTABLE.test(s) ? 0x13 : 0x0c, Buffer.from(s, 'utf8'));
}

/** ia5String encodes an IA5String. */
export function ia5String(s: string): Uint8Array {
  return tlv(0x16, Buffer.from(s, 'latin1'));
}

/** goTimeValue encodes a time as Go does: UTCTime for 1950–2049, else GeneralizedTime. */
export function goTimeValue(d: Date): Uint8Array {
  const y = d.getUTCFullYear();
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const rest = `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  if (y >= 1950 && y < 2050) return tlv(0x17, Buffer.from(p(y % 100) + rest, 'latin1'));
  return tlv(0x18, Buffer.from(p(y, 4) + rest, 'latin1'));
}

/** DerError reports malformed DER input. */
export class DerError extends Error {
  readonly code = 'DER';
}

/** readDer parses the element at `off`; returns it and the offset after it. */
export function readDer(b: Uint8Array, off = 0): [DerNode, number] {
  if (off + 2 > b.length) throw new DerError('asn1: syntax error: data truncated');
  const tag = b[off];
  let len = b[off + 1];
  let p = off + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || p + n > b.length) throw new DerError('asn1: syntax error: data truncated');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[p + i];
    p += n;
  }
  if (p + len > b.length) throw new DerError('asn1: syntax error: data truncated');
  return [{ tag, content: b.subarray(p, p + len), raw: b.subarray(off, p + len) }, p + len];
}

/** children parses the elements inside a constructed node. */
export function children(n: DerNode): DerNode[] {
  const out: DerNode[] = [];
  for (let off = 0; off < n.content.length;) {
    const [c, next] = readDer(n.content, off);
    out.push(c);
    off = next;
  }
  return out;
}

/** toBigInt decodes an INTEGER node. */
export function toBigInt(n: DerNode): bigint {
  let v = 0n;
  for (const x of n.content) v = (v << 8n) | BigInt(x);
  if (n.content.length > 0 && n.content[0] & 0x80) v -= 1n << BigInt(8 * n.content.length);
  return v;
}
