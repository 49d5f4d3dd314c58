import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, listSuites, loadSuite } from '../helpers/cases.mjs';
import { ABSENT, SHAPES, functionRows, goSignature, mentions, renderFunctionTable } from '../../src/functions/function-table.js';
import { helmFunctions } from '../../src/functions/index.js';

const cases = listSuites()
  .filter((s) => s.startsWith('fn-'))
  .flatMap((s) => loadSuite(s));
const rows = functionRows(cases);

describe('docs/functions.md', () => {
  test('is up to date with the registry and the golden cases (npm run docs:functions)', () => {
    const onDisk = readFileSync(join(ROOT, 'docs', 'functions.md'), 'utf8');
    expect(onDisk, 'docs/functions.md is stale: run npm run docs:functions').toBe(renderFunctionTable(rows));
  });

  test('every deterministic function has at least 2 byte-compared golden cases', () => {
    const thin = rows.filter((r) => r.status === 'identical' && r.exactCases < 2).map((r) => `${r.name} (${r.exactCases})`);
    expect(thin, `deterministic functions with fewer than 2 golden cases: ${thin.join(', ')}`).toEqual([]);
  });

  test('every shape-only function says what shape is matched and has a shape case', () => {
    const shapeOnly = rows.filter((r) => r.status === 'shape-only');
    expect(shapeOnly.filter((r) => !Object.hasOwn(SHAPES, r.name)).map((r) => r.name)).toEqual([]);
    expect(Object.keys(SHAPES).filter((n) => !shapeOnly.some((r) => r.name === n))).toEqual([]);
    expect(shapeOnly.length).toBeGreaterThan(20);
  });

  test('lists every registered name, with availability per Helm version', () => {
    const h4 = helmFunctions(4).names();
    const h3 = helmFunctions(3).names();
    const listed = rows.filter((r) => r.status !== 'absent on purpose').map((r) => r.name);
    expect(listed).toEqual([...new Set([...h4, ...h3])].sort());
    const must = rows.find((r) => r.name === 'mustToYaml');
    expect(must?.helm).toEqual([4]);
    expect(rows.find((r) => r.name === 'toYaml')?.helm).toEqual([3, 4]);
    for (const name of Object.keys(ABSENT)) {
      expect(h4).not.toContain(name);
      expect(rows.find((r) => r.name === name)).toMatchObject({ status: 'absent on purpose', helm: [] });
    }
  });
});

describe('goSignature', () => {
  test.each<[string, string]>([
    ['list', 'func(...interface {}) []interface {}'],
    ['tpl', 'func(string, interface {}) (string, error)'],
    ['now', 'func() time.Time'],
    ['substr', 'func(int, int, string) string'],
  ])('%s', (name, want) => {
    expect(goSignature(helmFunctions(4).get(name)!)).toBe(want);
  });
});

describe('mentions', () => {
  test.each<[string, string, boolean]>([
    ['{{ upper "x" }}', 'upper', true],
    ['{{ "x" | upper }}', 'upper', true],
    ['upper {{ lower "upper" }}', 'upper', false],
    ['{{ .Values.upper }}', 'upper', false],
    ['{{ $upper := 1 }}', 'upper', false],
    ['{{ date_in_zone "x" now "UTC" }}', 'date', false],
    ['{{ toYaml . }}', 'toYaml', true],
    ['{{ mustToYaml . }}', 'toYaml', false],
  ])('%s mentions %s: %s', (template, name, want) => {
    expect(mentions(template, name)).toBe(want);
  });
});
