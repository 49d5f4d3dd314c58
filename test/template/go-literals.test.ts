import { describe, expect, test } from 'vitest';
import {
  goQuote,
  goUnquote,
  parseGoFloat,
  parseGoInt,
  parseGoUint,
  truncateRunes,
} from '../../src/template/go-literals.js';
import { goLineCol } from '../../src/template/position.js';

describe('Go literal rules', () => {
  test.each([
    ['10', 10n],
    ['-10', -10n],
    ['010', 8n],
    ['0o17', 15n],
    ['0b101', 5n],
    ['0x1F', 31n],
    ['1_000', 1000n],
    ['-0', 0n],
    ['9223372036854775807', 9223372036854775807n],
  ])('parseGoInt(%j)', (s, want) => {
    expect(parseGoInt(s)).toBe(want);
  });

  test.each(['9223372036854775808', '1__0', '_1', '1_', '089', '0x', '1.5', ''])('parseGoInt rejects %j', (s) => {
    expect(parseGoInt(s)).toBeUndefined();
  });

  test('parseGoUint accepts the full uint64 range but no sign', () => {
    expect(parseGoUint('18446744073709551615')).toBe(18446744073709551615n);
    expect(parseGoUint('18446744073709551616')).toBeUndefined();
    expect(parseGoUint('-1')).toBeUndefined();
  });

  test.each([
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1_0.5', 10.5],
    ['0x1p4', 16],
    ['0x1.8p1', 3],
    ['089', 89],
  ])('parseGoFloat(%j)', (s, want) => {
    expect(parseGoFloat(s)).toBe(want);
  });

  test('parseGoFloat rejects overflow and bad syntax', () => {
    expect(parseGoFloat('1e400')).toBeUndefined();
    expect(parseGoFloat('0x10')).toBeUndefined();
    expect(parseGoFloat('1e')).toBeUndefined();
  });

  test('goQuote escapes like strconv.Quote', () => {
    expect(goQuote('a"b\\c\n\t\u0001é')).toBe('"a\\"b\\\\c\\n\\t\\x01é"');
    expect(goQuote('\u2028')).toBe('"\\u2028"');
  });

  test('goUnquote decodes interpreted and raw strings', () => {
    expect(goUnquote('"a\\tb\\u00e9\\x41\\101"')).toBe('a\tbéAA');
    expect(goUnquote('`a\\n\r\nb`')).toBe('a\\n\nb');
    expect(() => goUnquote('"\\q"')).toThrow('invalid syntax');
    expect(() => goUnquote('"a')).toThrow('invalid syntax');
  });

  test('truncateRunes counts runes, not UTF-16 units', () => {
    expect(truncateRunes('😀😀😀', 2)).toBe('😀😀');
  });
});

describe('goLineCol', () => {
  test('columns are 0-based UTF-8 byte offsets within the line', () => {
    expect(goLineCol('ab{{', 2)).toEqual({ line: 1, col: 2 });
    expect(goLineCol('x\né {{', 4)).toEqual({ line: 2, col: 3 });
    expect(goLineCol('😀{{', 2)).toEqual({ line: 1, col: 4 });
  });
});
