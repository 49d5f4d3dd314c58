/**
 * A tiny ustar writer for building (hostile) chart archives inside tests: any entry name,
 * type flag, link target or declared size, so archives that `tar` refuses to create can be
 * made in memory. `tgz` gzips the result with node:zlib. Nothing is written to disk.
 */
import { gzipSync } from 'node:zlib';

export interface TarEntry {
  name: string;
  /** File content (default empty). */
  data?: string | Uint8Array;
  /** Type flag: '0' file (default), '1' hard link, '2' symlink, '3'/'4' devices, '5' dir, '6' fifo, 'x' PAX... */
  type?: string;
  linkname?: string;
  /** Size written in the header (default: the data length). */
  size?: number;
  /** Corrupt the header checksum. */
  badChecksum?: boolean;
}

function put(h: Uint8Array, off: number, len: number, text: string): void {
  const b = Buffer.from(text, 'utf8');
  h.set(b.subarray(0, len), off);
}

function octal(h: Uint8Array, off: number, len: number, n: number): void {
  put(h, off, len, n.toString(8).padStart(len - 1, '0') + '\0');
}

function header(e: TarEntry, size: number): Uint8Array {
  const h = new Uint8Array(512);
  put(h, 0, 100, e.name);
  octal(h, 100, 8, 0o644);
  octal(h, 108, 8, 0);
  octal(h, 116, 8, 0);
  octal(h, 124, 12, size);
  octal(h, 136, 12, 0);
  put(h, 148, 8, '        ');
  put(h, 156, 1, e.type ?? '0');
  put(h, 157, 100, e.linkname ?? '');
  put(h, 257, 6, 'ustar\0');
  put(h, 263, 2, '00');
  let sum = 0;
  for (const b of h) sum += b;
  octal(h, 148, 7, e.badChecksum ? sum + 1 : sum);
  return h;
}

/** tar builds an uncompressed tar stream (with the two zero end blocks). */
export function tar(entries: TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : (e.data ?? new Uint8Array());
    parts.push(header(e, e.size ?? data.length));
    parts.push(data);
    const pad = (512 - (data.length % 512)) % 512;
    parts.push(new Uint8Array(pad));
  }
  parts.push(new Uint8Array(1024));
  return Buffer.concat(parts);
}

/** tgz is `tar` gzipped. */
export function tgz(entries: TarEntry[]): Uint8Array {
  return gzipSync(tar(entries));
}

/** chartEntries is a minimal valid chart `name/` with Chart.yaml plus `extra` entries. */
export function chartEntries(name: string, extra: TarEntry[] = []): TarEntry[] {
  return [{ name: `${name}/Chart.yaml`, data: `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n` }, ...extra];
}
