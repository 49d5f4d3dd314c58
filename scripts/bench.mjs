#!/usr/bin/env node
// bench runs every scripts/bench-*.mjs in name order, passing the arguments through.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
let failed = 0;
for (const f of readdirSync(dir).filter((n) => /^bench-.*\.mjs$/.test(n)).sort()) {
  process.stdout.write(`== ${f}\n`);
  const r = spawnSync(process.execPath, [`${dir}${f}`, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
