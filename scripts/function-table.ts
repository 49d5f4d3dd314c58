// function-table writes docs/functions.md from the function registry and the fn-* golden cases
// (npm run docs:functions). test/functions/function-table.test.ts fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, listSuites, loadSuite } from '../test/helpers/cases.mjs';
import { functionRows, renderFunctionTable } from '../src/functions/function-table.js';

const cases = listSuites()
  .filter((s) => s.startsWith('fn-'))
  .flatMap((s) => loadSuite(s));
const rows = functionRows(cases);
writeFileSync(join(ROOT, 'docs', 'functions.md'), renderFunctionTable(rows));
const thin = rows.filter((r) => r.status === 'identical' && r.exactCases < 2).map((r) => `${r.name} (${r.exactCases})`);
process.stderr.write(`docs/functions.md: ${rows.length} functions; deterministic with fewer than 2 golden cases: ${thin.length ? thin.join(', ') : 'none'}\n`);
