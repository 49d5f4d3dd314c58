import { expect, test } from 'vitest';
import { pathBase, pathClean, pathDir, pathExt, pathIsAbs } from '../../../src/functions/go/path.js';

// Inputs and outputs from the fn-paths golden (helm 4.1.4 / 3.17.3).
const INPUTS = ['a/b/c.txt', '/a/b/', '', '.', '/', '//', 'a//b/../c/./d.tar.gz', '../x', '/../..', 'noext', '.hidden', 'a/b.', 'a.b/c'];

test('Go path functions', () => {
  expect(INPUTS.map(pathBase)).toEqual(['c.txt', 'b', '.', '.', '/', '/', 'd.tar.gz', 'x', '..', 'noext', '.hidden', 'b.', 'c']);
  expect(INPUTS.map(pathDir)).toEqual(['a/b', '/a/b', '.', '.', '/', '/', 'a/c', '..', '/', '.', '.', 'a', 'a.b']);
  expect(INPUTS.map(pathClean)).toEqual(['a/b/c.txt', '/a/b', '.', '.', '/', '/', 'a/c/d.tar.gz', '../x', '/', 'noext', '.hidden', 'a/b.', 'a.b/c']);
  expect(INPUTS.map(pathExt)).toEqual(['.txt', '', '', '.', '', '', '.gz', '', '.', '', '.hidden', '.', '']);
  expect(INPUTS.map(pathIsAbs)).toEqual([false, true, false, false, true, true, false, false, true, false, false, false, false]);
});
