#!/usr/bin/env node
// k8slint command-line entry point: maps the CLI's result to an exit code and shows a
// one-line message for internal errors (stack trace with K8SLINT_DEBUG=1).
import { existsSync } from 'node:fs';

// `k8slint lint … | head`: a closed pipe ends the run quietly, as for other Unix tools.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// The esbuild bundle (npm run build) starts several times faster than the tsc output; the
// latter is the fallback (and K8SLINT_NO_BUNDLE=1 forces it).
const bundle = new URL('../dist/bundle/k8slint.js', import.meta.url);
const useBundle = process.env.K8SLINT_NO_BUNDLE !== '1' && existsSync(bundle);
const { main } = await import(useBundle ? bundle.href : '../dist/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // The stack trace is for k8slint's developers: shown only with K8SLINT_DEBUG=1.
    const debug = process.env.K8SLINT_DEBUG === '1';
    const text = err instanceof Error ? (debug && err.stack ? err.stack : `${err.name}: ${err.message}`) : String(err);
    process.stderr.write(`k8slint: internal error: ${text}\n`);
    process.stderr.write('This is a bug in k8slint; please report it with the input that caused it (https://github.com/k8slint/k8slint/issues, see SECURITY.md for security issues).\n');
    if (!debug) process.stderr.write('Set K8SLINT_DEBUG=1 to include the stack trace.\n');
    process.exitCode = 2;
  },
);
