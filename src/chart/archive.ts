import { gunzipSync } from 'node:zlib';
import type { ChartFile } from './types.js';
import { ChartLoadError } from './errors.js';
import { MAX_ARCHIVE_ENTRIES, MAX_CHART_BYTES, MAX_CHART_FILE_BYTES } from '../common/limits.js';

/** MAX_CHART_SIZE is Helm's limit on the decompressed size of a chart archive (100 MiB). */
export const MAX_CHART_SIZE = MAX_CHART_BYTES;
/** MAX_FILE_SIZE is Helm's per-file limit (5 MiB). */
export const MAX_FILE_SIZE = MAX_CHART_FILE_BYTES;

const BOM = [0xef, 0xbb, 0xbf];
const DRIVE_PATH = /^[a-zA-Z]:\//;

/** stripBom removes a leading UTF-8 byte-order mark, as Helm does for every chart file. */
export function stripBom(data: Uint8Array): Uint8Array {
  return data[0] === BOM[0] && data[1] === BOM[1] && data[2] === BOM[2] ? data.subarray(3) : data;
}

/** isGzip tells whether `data` starts with the gzip signature (helm `isGZipApplication`). */
export function isGzip(data: Uint8Array): boolean {
  return data[0] === 0x1f && data[1] === 0x8b && data[2] === 0x08;
}

interface TarEntry {
  name: string;
  type: string;
  size: number;
  data: Uint8Array;
}

function cString(buf: Uint8Array, start: number, len: number): string {
  let end = start;
  while (end < start + len && buf[end] !== 0) end++;
  return Buffer.from(buf.subarray(start, end)).toString('utf8');
}

function tarNumber(buf: Uint8Array, start: number, len: number): number {
  if (buf[start] & 0x80) {
    // base-256 (GNU) encoding
    let v = buf[start] & 0x7f;
    for (let i = 1; i < len; i++) v = v * 256 + buf[start + i];
    return v;
  }
  const s = cString(buf, start, len).trim();
  return s === '' ? 0 : parseInt(s, 8);
}

function paxPath(data: Uint8Array): string | undefined {
  const text = Buffer.from(data).toString('utf8');
  let found: string | undefined;
  let i = 0;
  while (i < text.length) {
    const sp = text.indexOf(' ', i);
    if (sp < 0) break;
    const len = parseInt(text.slice(i, sp), 10);
    if (!(len > 0)) break;
    const rec = Buffer.from(text.slice(i)).subarray(0, len).toString('utf8');
    const kv = rec.slice(rec.indexOf(' ') + 1).replace(/\n$/, '');
    const eq = kv.indexOf('=');
    if (kv.slice(0, eq) === 'path') found = kv.slice(eq + 1);
    i += rec.length;
  }
  return found;
}

/** readTar walks a tar stream in memory, resolving GNU long names and PAX paths. */
function readTar(tar: Uint8Array): TarEntry[] {
  const out: TarEntry[] = [];
  let off = 0;
  let longName: string | undefined;
  let count = 0;
  while (off + 512 <= tar.length) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    if (++count > MAX_ARCHIVE_ENTRIES) throw new ChartLoadError(`chart archive has more than ${MAX_ARCHIVE_ENTRIES} entries, k8slint's limit`, 'ARCHIVE');
    if (!validChecksum(h)) throw new ChartLoadError('archive/tar: invalid tar header', 'ARCHIVE');
    const size = tarNumber(h, 124, 12);
    if (!Number.isSafeInteger(size) || size < 0) throw new ChartLoadError('archive/tar: invalid tar header', 'ARCHIVE');
    const type = String.fromCharCode(h[156] || 0x30);
    const data = tar.subarray(off + 512, off + 512 + size);
    if (data.length < size) throw new ChartLoadError('unexpected EOF', 'ARCHIVE');
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = cString(data, 0, data.length);
      continue;
    }
    if (type === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === 'g' || type === 'K') continue;
    let name = cString(h, 0, 100);
    if (cString(h, 257, 5) === 'ustar') {
      const prefix = cString(h, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    if (longName !== undefined) name = longName;
    longName = undefined;
    out.push({ name, type, size, data });
  }
  return out;
}

/** validChecksum checks a tar header's checksum (unsigned or signed byte sum, as Go accepts). */
function validChecksum(h: Uint8Array): boolean {
  const want = tarNumber(h, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : h[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return want === unsigned || want === signed;
}

function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/') || '.';
}

/**
 * loadArchiveFiles reads a gzipped chart tarball entirely in memory and returns its files
 * with the first path component removed (helm/helm pkg/chart/loader/archive/archive.go
 * `LoadArchiveFiles`). Nothing is written to disk. Links and device entries are refused.
 */
export function loadArchiveFiles(gz: Uint8Array): ChartFile[] {
  let tar: Uint8Array;
  try {
    tar = gunzipSync(gz, { maxOutputLength: MAX_CHART_SIZE + 1024 * 1024 });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ChartLoadError(`decompressed chart is larger than the maximum size ${MAX_CHART_SIZE}`, 'ARCHIVE');
    throw new ChartLoadError(isGzip(gz) ? 'unexpected EOF' : 'gzip: invalid header', 'ARCHIVE');
  }
  const files: ChartFile[] = [];
  let remaining = MAX_CHART_SIZE;
  const seen = new Set<string>();
  for (const e of readTar(tar)) {
    if (e.type === '5' || e.name.endsWith('/')) continue;
    if ('12346'.includes(e.type)) {
      throw new ChartLoadError(`chart archive entry "${e.name}" is a link or device file, which is not allowed`, 'ARCHIVE');
    }
    if (e.type !== '0' && e.type !== '7') throw new ChartLoadError(`chart archive entry "${e.name}" has unsupported tar type '${e.type}'`, 'ARCHIVE');
    const delim = e.name.includes('\\') ? '\\' : '/';
    const parts = e.name.split(delim);
    let n = parts.slice(1).join(delim).split(delim).join('/');
    if (n.startsWith('/')) throw new ChartLoadError('chart illegally contains absolute paths', 'ARCHIVE');
    n = cleanPath(n);
    if (n === '.') throw new ChartLoadError(`chart illegally contains content outside the base directory: ${JSON.stringify(e.name)}`, 'ARCHIVE');
    if (n.startsWith('..')) throw new ChartLoadError('chart illegally references parent directory', 'ARCHIVE');
    if (DRIVE_PATH.test(n)) throw new ChartLoadError('chart contains illegally named files', 'ARCHIVE');
    if (parts[0] === 'Chart.yaml') throw new ChartLoadError('chart yaml not in base directory', 'ARCHIVE');
    if (e.size > MAX_FILE_SIZE) {
      throw new ChartLoadError(`decompressed chart file ${JSON.stringify(n)} is larger than the maximum file size ${MAX_FILE_SIZE}`, 'ARCHIVE');
    }
    remaining -= e.size;
    if (remaining < 0) throw new ChartLoadError(`decompressed chart is larger than the maximum size ${MAX_CHART_SIZE}`, 'ARCHIVE');
    if (seen.has(n)) throw new ChartLoadError(`chart archive contains ${JSON.stringify(n)} more than once`, 'ARCHIVE');
    seen.add(n);
    files.push({ name: n, data: stripBom(e.data) });
  }
  if (files.length === 0) throw new ChartLoadError('no files in chart archive', 'ARCHIVE');
  return files;
}
