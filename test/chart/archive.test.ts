import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { loadArchiveFiles } from '../../src/chart/archive.js';
import { ChartLoadError } from '../../src/chart/errors.js';

/** tar builds a ustar archive in memory from [name, content, typeflag] entries. */
function tar(entries: [string, string, string?][]): Uint8Array {
  const blocks: Buffer[] = [];
  for (const [name, content, type = '0'] of entries) {
    const h = Buffer.alloc(512);
    h.write(name, 0, 100);
    h.write('0000644\0', 100);
    h.write(Buffer.byteLength(content).toString(8).padStart(11, '0') + '\0', 124);
    h.write('00000000000\0', 136);
    h.write(type, 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    h.fill(' ', 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    blocks.push(h);
    const data = Buffer.alloc(Math.ceil(Buffer.byteLength(content) / 512) * 512);
    data.write(content);
    blocks.push(data);
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

describe('chart archives are read in memory', () => {
  test('strips the top directory and the UTF-8 BOM', () => {
    const files = loadArchiveFiles(tar([['c/Chart.yaml', '\ufeffname: c\n'], ['c/templates/a.yaml', 'a']]));
    expect(files.map((f) => [f.name, Buffer.from(f.data).toString()])).toEqual([
      ['Chart.yaml', 'name: c\n'],
      ['templates/a.yaml', 'a'],
    ]);
  });
  test.each([
    [[['c/../../etc/passwd', 'x']], 'chart illegally references parent directory'],
    [[['c//abs', 'x']], 'chart illegally contains absolute paths'],
    [[['Chart.yaml', 'x']], 'chart illegally contains content outside the base directory: "Chart.yaml"'],
    [[['Chart.yaml/x', 'x']], 'chart yaml not in base directory'],
    [[['c/link', '', '2']], 'chart archive entry "c/link" is a link or device file, which is not allowed'],
    [[], 'no files in chart archive'],
  ] as [[string, string, string?][], string][])('rejects %j', (entries, msg) => {
    expect(() => loadArchiveFiles(tar(entries))).toThrow(new ChartLoadError(msg, 'ARCHIVE'));
  });
  test('not gzip', () => {
    expect(() => loadArchiveFiles(new Uint8Array([1, 2, 3]))).toThrow(ChartLoadError);
  });
});
