import { expect, test } from 'vitest';
import { GoMap, GoSlice, goInt } from '../../../src/template/value.js';
import { goDeepEqual } from '../../../src/functions/go/deep-equal.js';
import { goEmpty } from '../../../src/functions/go/empty.js';

test('goDeepEqual compares dynamic types like reflect.DeepEqual', () => {
  expect(goDeepEqual(goInt(1), goInt(1))).toBe(true);
  expect(goDeepEqual(goInt(1), 1)).toBe(false);
  expect(goDeepEqual(goInt(1), goInt(1, 'int64'))).toBe(false);
  expect(goDeepEqual(new GoSlice([goInt(1)]), new GoSlice([goInt(1)]))).toBe(true);
  expect(goDeepEqual(new GoSlice([]), new GoSlice([], '[]interface {}', true))).toBe(false);
  expect(goDeepEqual(new GoSlice([goInt(0)], '[]int'), new GoSlice([goInt(0)]))).toBe(false);
  expect(goDeepEqual(new GoMap(new Map([['a', 1]])), new GoMap(new Map([['a', 1]])))).toBe(true);
  expect(goDeepEqual(null, undefined)).toBe(true);
  expect(goDeepEqual(NaN, NaN)).toBe(false);
});

test('goEmpty is Sprig empty', () => {
  for (const v of [undefined, null, '', 0, -0, false, goInt(0, 'int64'), new GoMap(), new GoSlice()]) expect(goEmpty(v)).toBe(true);
  for (const v of ['a', 1, NaN, true, goInt(5), new GoSlice([null])]) expect(goEmpty(v)).toBe(false);
});
