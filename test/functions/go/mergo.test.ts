import { expect, test } from 'vitest';
import { formatValue } from '../../../src/template/fmt.js';
import { GoMap, GoSlice, goInt, type GoValue } from '../../../src/template/value.js';
import { mergeMap } from '../../../src/functions/go/mergo.js';

const m = (o: Record<string, GoValue>): GoMap => new GoMap(new Map(Object.entries(o)));
const l = (...xs: GoValue[]): GoSlice => new GoSlice(xs);
const merged = (dst: GoMap, src: GoMap, overwrite: boolean): string => {
  mergeMap(dst, src, overwrite);
  return formatValue(dst);
};

test('Merge fills only empty destination values, deeply, ignoring nil sources (helm-verified)', () => {
  expect(merged(m({ a: goInt(1), b: '' }), m({ a: goInt(2), b: 'x', c: goInt(3) }), false)).toBe('map[a:1 b:x c:3]');
  expect(merged(m({ a: m({ x: goInt(1), y: '' }) }), m({ a: m({ y: goInt(2), z: goInt(3) }) }), false)).toBe('map[a:map[x:1 y:2 z:3]]');
  expect(merged(m({ a: goInt(1) }), m({ a: null, b: null }), false)).toBe('map[a:1]');
  expect(merged(m({ a: l(goInt(1)) }), m({ a: l(goInt(2), goInt(3)) }), false)).toBe('map[a:[1]]');
  expect(merged(m({ a: 'x' }), m({ a: m({ k: goInt(1) }) }), false)).toBe('map[a:x]');
});

test('MergeWithOverwrite lets sources win, including empty values, but merges non-empty maps', () => {
  const dst = m({ a: goInt(1), b: true, c: l(goInt(1)), d: m({ k: goInt(1) }), e: 's' });
  const src = m({ a: goInt(0), b: false, c: l(), d: m({}), e: null });
  expect(merged(dst, src, true)).toBe('map[a:0 b:false c:[] d:map[k:1] e:<nil>]');
  expect(merged(m({ a: m({ k: goInt(1) }) }), m({ a: 'str' }), true)).toBe('map[a:str]');
});

test('nested destination maps are mutated in place', () => {
  const inner = m({ c: 'x' });
  mergeMap(m({ b: inner }), m({ b: m({ c: 'new', n: goInt(1) }) }), false);
  expect(formatValue(inner)).toBe('map[c:x n:1]');
});
