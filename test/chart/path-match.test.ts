import { describe, expect, test } from 'vitest';
import { BadPatternError, pathMatch } from '../../src/chart/path-match.js';
import { compileGlob } from '../../src/chart/glob.js';
import { IgnoreRules } from '../../src/chart/ignore.js';

describe('Go filepath.Match', () => {
  test.each([
    ['templates/*.yaml', 'templates/a.yaml', true],
    ['templates/*.yaml', 'templates/dir/a.yaml', false],
    ['templates/?.yaml', 'templates/a.yaml', true],
    ['templates/[ab].yaml', 'templates/b.yaml', true],
    ['templates/[^ab].yaml', 'templates/b.yaml', false],
    ['templates/[a-c].yaml', 'templates/c.yaml', true],
    ['a\\*b', 'a*b', true],
    ['*', 'a/b', false],
  ])('%s ~ %s = %s', (p, n, want) => {
    expect(pathMatch(p, n)).toBe(want);
  });
  test('bad patterns', () => {
    expect(() => pathMatch('[', 'a')).toThrow(BadPatternError);
    expect(() => pathMatch('a\\', 'a')).toThrow(BadPatternError);
  });
});

describe('gobwas/glob (.Files.Glob)', () => {
  test.each([
    ['conf/*', 'conf/a.txt', true],
    ['conf/*', 'conf/sub/a.txt', false],
    ['conf/**', 'conf/sub/a.txt', true],
    ['{a,b}.txt', 'b.txt', true],
    ['[!a]x', 'bx', true],
    ['[!a]x', 'ax', false],
  ])('%s ~ %s = %s', (p, n, want) => {
    expect(compileGlob(p)?.test(n)).toBe(want);
  });
  test('invalid pattern compiles to nothing (helm then matches everything)', () => {
    expect(compileGlob('[abc')).toBeUndefined();
    expect(compileGlob('{a,b')).toBeUndefined();
  });
});

describe('.helmignore rules', () => {
  const rules = IgnoreRules.parse('# c\n*.bak\nsecret/\n/top.txt\ndocs/*.md\n').addDefaults();
  test.each([
    ['x.bak', false, true],
    ['dir/x.bak', false, true],
    ['secret', true, true],
    ['secret', false, false],
    ['top.txt', false, true],
    ['sub/top.txt', false, false],
    ['docs/a.md', false, true],
    ['templates/.hidden', false, true],
    ['templates/x.yaml', false, false],
  ])('%s (dir=%s) ignored=%s', (p, dir, want) => {
    expect(rules.ignore(p, dir)).toBe(want);
  });
  test('negation ignores everything it does not match (helm quirk)', () => {
    const r = IgnoreRules.parse('!keep.txt');
    expect(r.ignore('Chart.yaml', false)).toBe(true);
    expect(r.ignore('keep.txt', false)).toBe(false);
  });
  test('double star is rejected', () => {
    expect(() => IgnoreRules.parse('a/**/b')).toThrow('double-star (**) syntax is not supported');
  });
});
