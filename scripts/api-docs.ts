// api-docs writes docs/api.md from src/index.ts's exports and their doc comments
// (npm run docs:api). test/scripts/api-docs.test.ts fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderApiDocs } from './api-docs-lib.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = renderApiDocs(root);
writeFileSync(join(root, 'docs', 'api.md'), text);
process.stderr.write(`docs/api.md: ${text.split('\n### ').length - 1} exports\n`);
