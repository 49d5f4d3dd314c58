// function-table writes docs/functions.md from the function registry and the fn-* golden cases
// (npm run docs:functions). test/functions/function-table.test.ts fails when the file is stale.
//   npm run docs:functions                      # cases from fixtures/template/cases
//   npm run docs:functions -- --cases DIR       # cases from another directory (e.g. a `git archive` of HEAD)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CASES_DIR, ROOT } from '../test/helpers/cases.mjs';
import { functionRows, renderFunctionTable, type GoldenCase } from '../src/functions/function-table.js';

const args = process.argv.slice(2);
const dir = args.includes('--cases') ? args[args.indexOf('--cases') + 1] : CASES_DIR;
const cases: GoldenCase[] = readdirSync(dir)
  .filter((f) => f.startsWith('fn-') && f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as { template: string; random?: boolean }[]).map((c) => ({ template: c.template, random: !!c.random })));
const rows = functionRows(cases);
writeFileSync(join(ROOT, 'docs', 'functions.md'), renderFunctionTable(rows));
const thin = rows.filter((r) => r.status === 'identical' && r.exactCases < 2).map((r) => `${r.name} (${r.exactCases})`);
process.stderr.write(`docs/functions.md: ${rows.length} functions; deterministic with fewer than 2 golden cases: ${thin.length ? thin.join(', ') : 'none'}\n`);
