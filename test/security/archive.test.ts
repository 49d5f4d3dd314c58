/**
 * Adversarial chart archives, built in memory at test time (test/helpers/tar-writer.ts):
 * every one must end in a clear `Error: ...` (exit 1), within the documented limits, and
 * loading must never write to disk.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { loadArchiveFiles } from '../../src/chart/archive.js';
import { ChartError } from '../../src/chart/errors.js';
import { MAX_ARCHIVE_ENTRIES, MAX_CHART_BYTES, MAX_CHART_FILE_BYTES } from '../../src/common/limits.js';
import { chartEntries, tar, tgz, type TarEntry } from '../helpers/tar-writer.js';
import { captureCli as runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'k8slint-sec-archive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oneMiBOfZeros = gzipSync(new Uint8Array(1024 * 1024));
const tpl: TarEntry = { name: 'c/templates/cm.yaml', data: 'kind: ConfigMap\n' };

function loadError(gz: Uint8Array): string {
  try {
    loadArchiveFiles(gz);
  } catch (e) {
    expect(e).toBeInstanceOf(ChartError);
    return (e as Error).message;
  }
  throw new Error('archive was accepted');
}

const cases: { name: string; gz: () => Uint8Array; error: string }[] = [
  { name: 'parent path', gz: () => tgz(chartEntries('c', [{ name: 'c/../../etc/passwd', data: 'x' }])), error: 'chart illegally references parent directory' },
  { name: 'parent path inside templates', gz: () => tgz(chartEntries('c', [{ name: 'c/templates/../../../x.yaml', data: 'x' }])), error: 'chart illegally references parent directory' },
  { name: 'absolute path', gz: () => tgz(chartEntries('c', [{ name: 'c//etc/passwd', data: 'x' }])), error: 'chart illegally contains absolute paths' },
  { name: 'windows drive path', gz: () => tgz(chartEntries('c', [{ name: 'c/C:/evil.yaml', data: 'x' }])), error: 'chart contains illegally named files' },
  { name: 'entry that is the base directory', gz: () => tgz(chartEntries('c', [{ name: 'c/..', data: 'x' }])), error: 'chart illegally references parent directory' },
  { name: 'entry naming only the base directory', gz: () => tgz(chartEntries('c', [{ name: 'c/.', data: 'x' }])), error: 'chart illegally contains content outside the base directory: "c/."' },
  { name: 'symlink', gz: () => tgz(chartEntries('c', [{ name: 'c/templates/x.yaml', type: '2', linkname: '/etc/passwd' }])), error: 'chart archive entry "c/templates/x.yaml" is a link or device file, which is not allowed' },
  { name: 'hard link', gz: () => tgz(chartEntries('c', [{ name: 'c/values.yaml', type: '1', linkname: 'c/Chart.yaml' }])), error: 'chart archive entry "c/values.yaml" is a link or device file, which is not allowed' },
  { name: 'character device', gz: () => tgz(chartEntries('c', [{ name: 'c/dev', type: '3' }])), error: 'chart archive entry "c/dev" is a link or device file, which is not allowed' },
  { name: 'block device', gz: () => tgz(chartEntries('c', [{ name: 'c/blk', type: '4' }])), error: 'chart archive entry "c/blk" is a link or device file, which is not allowed' },
  { name: 'fifo', gz: () => tgz(chartEntries('c', [{ name: 'c/fifo', type: '6' }])), error: 'chart archive entry "c/fifo" is a link or device file, which is not allowed' },
  { name: 'sparse file', gz: () => tgz(chartEntries('c', [{ name: 'c/sparse', type: 'S' }])), error: `chart archive entry "c/sparse" has unsupported tar type 'S'` },
  { name: 'duplicate entry', gz: () => tgz(chartEntries('c', [tpl, { ...tpl, data: 'kind: Secret\n' }])), error: 'chart archive contains "templates/cm.yaml" more than once' },
  { name: 'duplicate after cleaning', gz: () => tgz(chartEntries('c', [tpl, { name: 'c/templates/./cm.yaml', data: 'x' }])), error: 'chart archive contains "templates/cm.yaml" more than once' },
  { name: 'bad header checksum', gz: () => tgz(chartEntries('c', [{ ...tpl, badChecksum: true }])), error: 'archive/tar: invalid tar header' },
  { name: 'declared size past the end', gz: () => gzipSync(tar(chartEntries('c', [{ ...tpl, size: 1 << 20 }])).subarray(0, 2048)), error: 'unexpected EOF' },
  { name: 'truncated gzip', gz: () => tgz(chartEntries('c', [tpl])).subarray(0, 30), error: 'unexpected EOF' },
  { name: 'not gzip', gz: () => new TextEncoder().encode('apiVersion: v2\n'), error: 'gzip: invalid header' },
  { name: 'empty archive', gz: () => gzipSync(new Uint8Array(1024)), error: 'no files in chart archive' },
  { name: 'Chart.yaml at the top level', gz: () => tgz([{ name: 'Chart.yaml', data: 'name: c\n' }]), error: 'chart illegally contains content outside the base directory: "Chart.yaml"' },
  { name: 'Chart.yaml as a top-level directory', gz: () => tgz([{ name: 'Chart.yaml/x', data: 'name: c\n' }]), error: 'chart yaml not in base directory' },
  {
    name: 'file over the per-file limit',
    gz: () => tgz(chartEntries('c', [{ name: 'c/big.txt', data: new Uint8Array(MAX_CHART_FILE_BYTES + 1) }])),
    error: `decompressed chart file "big.txt" is larger than the maximum file size ${MAX_CHART_FILE_BYTES}`,
  },
  {
    name: 'gzip bomb (total over the chart limit)',
    // 103 concatenated gzip members of 1 MiB of zeros: ~100 KiB that expand past the limit.
    gz: () => Buffer.concat(Array.from({ length: 103 }, () => oneMiBOfZeros)),
    error: `decompressed chart is larger than the maximum size ${MAX_CHART_BYTES}`,
  },
  {
    name: 'many files summing over the chart limit',
    gz: () => tgz(chartEntries('c', Array.from({ length: 21 }, (_, i) => ({ name: `c/f${i}`, data: new Uint8Array(MAX_CHART_FILE_BYTES) })))),
    error: `decompressed chart is larger than the maximum size ${MAX_CHART_BYTES}`,
  },
  {
    name: 'huge entry count',
    gz: () => tgz(chartEntries('c', Array.from({ length: MAX_ARCHIVE_ENTRIES }, (_, i) => ({ name: `c/d${i}/`, type: '5' })))),
    error: `chart archive has more than ${MAX_ARCHIVE_ENTRIES} entries, k8slint's limit`,
  },
];

describe('hostile chart archives are refused with a clear message', () => {
  for (const c of cases) {
    test(c.name, () => {
      expect(loadError(c.gz())).toBe(c.error);
    });
  }
});

describe('through the CLI', () => {
  test('a valid archive built by the tar writer renders (the writer is sound)', async () => {
    const file = join(dir, 'ok.tgz');
    writeFileSync(file, tgz(chartEntries('c', [tpl])));
    const r = await runCli(['render', file, '--no-lint']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('---\n# Source: c/templates/cm.yaml\nkind: ConfigMap\n');
  });

  test('a traversal entry ends in Error: with exit 1 and nothing is written to disk', async () => {
    const work = mkdtempSync(join(dir, 'cwd-'));
    const file = join(dir, 'evil.tgz');
    writeFileSync(file, tgz(chartEntries('c', [tpl, { name: 'c/../../../../tmp/k8slint-pwned', data: 'x' }])));
    const r = await runCli(['render', file, '--no-lint'], work);
    expect(r).toEqual({ stdout: '', stderr: 'Error: chart illegally references parent directory\n', exitCode: 1 });
    expect(readdirSync(work)).toEqual([]);
  });

  test('a hostile dependency archive inside a chart directory is refused and named', async () => {
    const chart = join(dir, 'parent');
    const sub = tgz(chartEntries('sub', [{ name: 'sub/templates/x.yaml', type: '2', linkname: '/etc/shadow' }]));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(chart, 'charts'), { recursive: true });
    writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: parent\nversion: 0.1.0\n');
    writeFileSync(join(chart, 'charts', 'sub-0.1.0.tgz'), sub);
    const r = await runCli(['render', chart, '--no-lint']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('Error: error unpacking subchart sub-0.1.0.tgz in parent: chart archive entry "sub/templates/x.yaml" is a link or device file, which is not allowed\n');
  });
});
