/**
 * Meta test: every function of the string, list, dict, default, math, conversion, reflection
 * and path tables is exercised by at least one golden case of its suite (fixtures/template/cases).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { FunctionTable } from '../../src/template/registry.js';
import { conversionFunctions } from '../../src/functions/conversion.js';
import { defaultFunctions } from '../../src/functions/defaults.js';
import { dictFunctions } from '../../src/functions/dicts.js';
import { listFunctions } from '../../src/functions/lists.js';
import { mathFunctions } from '../../src/functions/math.js';
import { pathFunctions } from '../../src/functions/paths.js';
import { reflectionFunctions } from '../../src/functions/reflection.js';
import { stringFunctions } from '../../src/functions/strings.js';

const SUITES: Array<[string, FunctionTable]> = [
  ['fn-strings', stringFunctions],
  ['fn-lists', listFunctions],
  ['fn-dicts', dictFunctions],
  ['fn-defaults', defaultFunctions],
  ['fn-math', mathFunctions],
  ['fn-conversion', conversionFunctions],
  ['fn-reflection', reflectionFunctions],
  ['fn-paths', pathFunctions],
];

describe.each(SUITES)('%s', (suite, table) => {
  const text = readFileSync(new URL(`../../fixtures/template/cases/${suite}.yaml`, import.meta.url), 'utf8');
  test.each(Object.keys(table))('%s has a golden case', (name) => {
    expect(new RegExp(`(^|[\\s({|])${name}[\\s)}]`, 'm').test(text)).toBe(true);
  });
  test('signatures are well-formed', () => {
    for (const [name, f] of Object.entries(table)) {
      expect(f.results.length, name).toBeGreaterThanOrEqual(1);
      if (f.results.length === 2) expect(f.results[1], name).toBe('error');
      if (f.variadic) expect(f.params.length, name).toBeGreaterThanOrEqual(1);
    }
  });
});
