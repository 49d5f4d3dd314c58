#!/usr/bin/env node
// bundle.mjs bundles the CLI (and its worker) with esbuild into dist/bundle/ so that a cold
// `k8slint` start loads a few files instead of hundreds of modules (startup cost is the enemy).
// Lazily imported parts (commands, formats) stay in separate chunks. dist/ from tsc remains the
// library entry point.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
rmSync(join(root, 'dist/bundle'), { recursive: true, force: true }); // no stale chunks from earlier builds
await build({
  absWorkingDir: root,
  entryPoints: { k8slint: 'src/cli/main.ts', 'lint-worker': 'src/cli/lint-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  chunkNames: '[name]-[hash]', // same depth as src/<stage>/ files: import.meta.url-relative paths (../../schemas) stay valid
  legalComments: 'none',
  banner: { js: "import { createRequire as __k8slintCreateRequire } from 'node:module'; const require = __k8slintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
