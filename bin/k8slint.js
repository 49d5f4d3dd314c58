#!/usr/bin/env node
// k8slint command-line entry point: maps the CLI's result to an exit code and shows a
// stack trace only for internal errors.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`k8slint: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.stderr.write('This is a bug in k8slint; please report it with the input that caused it.\n');
    process.exitCode = 2;
  },
);
