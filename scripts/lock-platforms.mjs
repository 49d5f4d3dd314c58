#!/usr/bin/env node
// lock-platforms.mjs completes package-lock.json with rollup's platform packages for other
// operating systems. This machine's registry serves only the linux ones, so `npm install`
// leaves them out, and `npm ci` then refuses the lockfile ("Missing: @rollup/rollup-darwin-x64
// from lock file"). The added entries carry os/cpu, so npm skips them on every other platform.
// Run it after any `npm install` that rewrites the lockfile.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const rollup = lock.packages['node_modules/rollup'];
const CPU = { arm: 'arm', 'arm-eabi': 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };
let added = 0;
for (const name of Object.keys(rollup?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const m = /^@rollup\/rollup-([a-z0-9]+)-([a-z0-9]+)(?:-(gnu|musl|gnueabihf|musleabihf|msvc|eabi))?$/.exec(name);
  if (!m) throw new Error(`unknown rollup platform package ${name}`);
  const [, os, arch, abi] = m;
  const entry = { version: rollup.version, cpu: [CPU[arch] ?? arch], dev: true };
  if (abi === 'gnu' || abi === 'gnueabihf') entry.libc = ['glibc'];
  if (abi === 'musl' || abi === 'musleabihf') entry.libc = ['musl'];
  Object.assign(entry, { license: 'MIT', optional: true, os: [os] });
  lock.packages[key] = entry;
  added++;
}
const sorted = {};
for (const k of Object.keys(lock.packages).sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0))) sorted[k] = lock.packages[k];
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: added ${added} rollup platform entries`);
