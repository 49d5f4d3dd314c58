import { describe, expect, test } from 'vitest';
import {
  Atoi,
  CanBackquote,
  FormatFloat,
  IsPrint,
  Itoa,
  ParseFloat,
  ParseInt,
  ParseUint,
  Quote,
  QuoteRune,
  QuoteRuneToASCII,
  QuoteToASCII,
  StrconvError,
  Unquote,
  UnquoteChar,
  goUnquote,
  parseGoInt,
  unquoteChar,
} from '../../src/template/strconv.js';
import { goStringToBytes, rawByte } from '../../src/template/utf8.js';

describe('FormatFloat', () => {
  test.each<[number, string, number, string]>([
    // shortest ('g' -1 is %v; verified through helm printing)
    [1e6, 'g', -1, '1e+06'],
    [1234567, 'g', -1, '1.234567e+06'],
    [999999, 'g', -1, '999999'],
    [100000.5, 'g', -1, '100000.5'],
    [0.0001, 'g', -1, '0.0001'],
    [0.00001234, 'g', -1, '1.234e-05'],
    [1e21, 'g', -1, '1e+21'],
    [-0, 'g', -1, '-0'],
    [0, 'g', -1, '0'],
    [5e-324, 'g', -1, '5e-324'],
    [1.7976931348623157e308, 'g', -1, '1.7976931348623157e+308'],
    [1e-7, 'G', -1, '1E-07'],
    [1.5, 'e', -1, '1.5e+00'],
    [100, 'e', -1, '1e+02'],
    [1e21, 'f', -1, '1000000000000000000000'],
    [1.5e-7, 'f', -1, '0.00000015'],
    [0, 'e', -1, '0e+00'],
    // fixed precision: exact, round half to even on the binary value
    [0.5, 'f', 0, '0'],
    [1.5, 'f', 0, '2'],
    [2.5, 'f', 0, '2'],
    [-0.5, 'f', 0, '-0'],
    [2.675, 'f', 2, '2.67'],
    [0.125, 'f', 2, '0.12'],
    [0.375, 'f', 2, '0.38'],
    [1.005, 'f', 2, '1.00'],
    [0.1, 'f', 20, '0.10000000000000000555'],
    [1e22, 'f', 2, '10000000000000000000000.00'],
    [0.001, 'f', 1, '0.0'],
    [0.05, 'f', 1, '0.1'],
    [9.5, 'f', 0, '10'],
    [99.99, 'f', 1, '100.0'],
    [123456.789, 'e', 6, '1.234568e+05'],
    [1e100, 'e', 2, '1.00e+100'],
    [9.9996, 'e', 3, '1.000e+01'],
    [1.25, 'e', 1, '1.2e+00'],
    [0, 'e', 6, '0.000000e+00'],
    [1234.5678, 'g', 3, '1.23e+03'],
    [1, 'g', 10, '1'],
    [123, 'g', 0, '1e+02'],
    [100000, 'g', 6, '100000'],
    [0.1, 'g', 17, '0.10000000000000001'],
    [0.000012345, 'g', 5, '1.2345e-05'],
    // binary and hex
    [1, 'b', -1, '4503599627370496p-52'],
    [0, 'b', -1, '0p-1074'],
    [-2.5, 'b', -1, '-5629499534213120p-51'],
    [1, 'x', -1, '0x1p+00'],
    [-255.5, 'X', -1, '-0X1.FFP+07'],
    [3.14159, 'x', 3, '0x1.922p+01'],
    [1.5, 'x', 0, '0x1p+01'],
    [1.96875, 'x', 1, '0x1.0p+01'],
    [5e-324, 'x', -1, '0x1p-1074'],
    [1e300, 'X', -1, '0X1.7E43C8800759CP+996'],
    [0, 'x', -1, '0x0p+00'],
    // specials
    [NaN, 'g', -1, 'NaN'],
    [Infinity, 'f', 2, '+Inf'],
    [-Infinity, 'e', 2, '-Inf'],
  ])('%s %s %d', (f, fmt, prec, want) => {
    expect(FormatFloat(f, fmt, prec)).toBe(want);
  });

  test.each<[number, string]>([
    // Chart.yaml numbers are formatted as float32 (verified: appVersion 1.10 → "1.1")
    [1.1, '1.1'],
    [1.2345678901, '1.2345679'],
    [1.0, '1'],
    [16777217, '1.6777216e+07'],
    [0.1, '0.1'],
    [3.4028234663852886e38, '3.4028235e+38'],
  ])('float32 shortest %s', (f, want) => {
    expect(FormatFloat(f, 'g', -1, 32)).toBe(want);
  });
});

describe('Quote family', () => {
  test.each<[string, string]>([
    ['hi\n', '"hi\\n"'],
    ['\x00\x07\b\f\n\r\t\v\\"', '"\\x00\\a\\b\\f\\n\\r\\t\\v\\\\\\""'],
    ['é\u00a0\u2028\x7f', '"é\\u00a0\\u2028\\x7f"'],
    ['\u2028\ufeff', '"\\u2028\\ufeff"'],
    ['\u{1F600}\u00ad\u0300', '"\u{1F600}\\u00ad\u0300"'],
    ['\ufffd', '"\ufffd"'],
    [rawByte(0xff), '"\\xff"'],
    [rawByte(0xc3), '"\\xc3"'],
    // raw bytes that form a character again are that character
    [rawByte(0xc3) + rawByte(0xa9), '"é"'],
    ['\udc00', '"\ufffd"'],
  ])('Quote %j', (s, want) => {
    expect(Quote(s)).toBe(want);
  });

  test('QuoteToASCII', () => {
    expect(QuoteToASCII('日本\u{1F600}é')).toBe('"\\u65e5\\u672c\\U0001f600\\u00e9"');
  });

  test('QuoteRune', () => {
    expect([QuoteRune(65), QuoteRune(10), QuoteRune(39), QuoteRune(233), QuoteRune(-1), QuoteRune(0xd800), QuoteRune(0x110000)]).toEqual([
      "'A'",
      "'\\n'",
      "'\\''",
      "'é'",
      "'�'",
      "'�'",
      "'�'",
    ]);
    expect(QuoteRuneToASCII(233)).toBe("'\\u00e9'");
  });

  test('CanBackquote', () => {
    expect(['a\tb', 'é', '', 'a`b', '\x01', '\ufeff', rawByte(0xff), '\x7f'].map(CanBackquote)).toEqual([true, true, true, false, false, false, false, false]);
  });

  test('IsPrint', () => {
    expect([0x20, 0x7e, 0x7f, 0xa0, 0xa1, 0xad, 0x300, 0x2028, 0x1f600, 0xfeff, 0x3000, 0xd800].map(IsPrint)).toEqual([
      true,
      true,
      false,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('Unquote', () => {
  test.each<[string, string]>([
    ['"abc"', 'abc'],
    ['"\\xc3\\xa9"', 'é'],
    ['"\\u00e9\\U0001F600"', 'é\u{1F600}'],
    ['"\\101\\n\\t"', 'A\n\t'],
    ['"a\'b"', "a'b"],
    ['`raw\\n`', 'raw\\n'],
    ['`a\rb`', 'ab'],
    ["'a'", 'a'],
    ["'\\''", "'"],
    ["'é'", 'é'],
    ['""', ''],
  ])('%s', (s, want) => {
    expect(Unquote(s)).toBe(want);
  });

  test('byte escapes that are not UTF-8 stay raw bytes', () => {
    expect([...goStringToBytes(Unquote('"\\xff\\x41"'))]).toEqual([0xff, 0x41]);
    expect([...goStringToBytes(Unquote("'\\377'"))]).toEqual([0xff]);
  });

  test.each(['"a', 'a"', '"a"b"', '"\\q"', '"\\x4"', '"\\400"', '"\\ud800"', "'ab'", "''", '`a`b`', '"a\nb"', "'\\\"'", '"'])('%j is invalid syntax', (s) => {
    expect(() => Unquote(s)).toThrow(StrconvError);
    expect(() => Unquote(s)).toThrow('invalid syntax');
  });

  test('UnquoteChar returns runes, bytes and the tail', () => {
    expect(UnquoteChar('\\377x', 39)).toEqual({ value: 255, multibyte: false, tail: 'x' });
    expect(UnquoteChar('\\u00e9', 39)).toEqual({ value: 233, multibyte: true, tail: '' });
    expect(UnquoteChar('日本', 34)).toEqual({ value: 0x65e5, multibyte: true, tail: '本' });
  });

  test('lexer helpers agree with the Go-named functions', () => {
    expect(goUnquote('"\\t"')).toBe('\t');
    expect(unquoteChar('a\\nb', 1, '"')).toEqual(['\n', 3]);
    expect(parseGoInt('0x1F')).toBe(31n);
    expect(parseGoInt('9223372036854775808')).toBeUndefined();
  });
});

describe('ParseInt / ParseUint / Atoi', () => {
  test.each<[string, number, number, bigint, string | undefined]>([
    ['123', 10, 64, 123n, undefined],
    ['-9223372036854775808', 10, 64, -9223372036854775808n, undefined],
    ['9223372036854775808', 10, 64, 9223372036854775807n, 'strconv.ParseInt: parsing "9223372036854775808": value out of range'],
    ['-9223372036854775809', 10, 0, -9223372036854775808n, 'strconv.ParseInt: parsing "-9223372036854775809": value out of range'],
    ['0x1F', 0, 64, 31n, undefined],
    ['0o17', 0, 64, 15n, undefined],
    ['017', 0, 64, 15n, undefined],
    ['0b101', 0, 64, 5n, undefined],
    ['0', 0, 64, 0n, undefined],
    ['1_000', 0, 64, 1000n, undefined],
    ['0x_1F', 0, 64, 31n, undefined],
    ['1_000', 10, 64, 0n, 'strconv.ParseInt: parsing "1_000": invalid syntax'],
    ['_1', 0, 64, 0n, 'strconv.ParseInt: parsing "_1": invalid syntax'],
    ['1__0', 0, 64, 0n, 'strconv.ParseInt: parsing "1__0": invalid syntax'],
    ['x', 10, 64, 0n, 'strconv.ParseInt: parsing "x": invalid syntax'],
    ['', 10, 64, 0n, 'strconv.ParseInt: parsing "": invalid syntax'],
    ['-', 10, 64, 0n, 'strconv.ParseInt: parsing "-": invalid syntax'],
    ['+5', 10, 64, 5n, undefined],
    ['zz', 36, 64, 1295n, undefined],
    ['1', 1, 64, 0n, 'strconv.ParseInt: parsing "1": invalid base 1'],
    ['1', 10, 65, 0n, 'strconv.ParseInt: parsing "1": invalid bit size 65'],
    ['300', 10, 8, 127n, 'strconv.ParseInt: parsing "300": value out of range'],
    ['-129', 10, 8, -128n, 'strconv.ParseInt: parsing "-129": value out of range'],
    ['é', 10, 64, 0n, 'strconv.ParseInt: parsing "é": invalid syntax'],
  ])('ParseInt(%j, %d, %d)', (s, base, bits, value, err) => {
    const r = ParseInt(s, base, bits);
    expect(r.value).toBe(value);
    expect(r.err?.message).toBe(err);
  });

  test('ParseUint', () => {
    expect(ParseUint('18446744073709551615', 10, 64)).toEqual({ value: 18446744073709551615n });
    const over = ParseUint('18446744073709551616', 10, 64);
    expect([over.value, over.err?.message]).toEqual([18446744073709551615n, 'strconv.ParseUint: parsing "18446744073709551616": value out of range']);
    expect(ParseUint('-1', 10, 64).err?.message).toBe('strconv.ParseUint: parsing "-1": invalid syntax');
  });

  test('Atoi names itself in errors and keeps the clamped value (sprig atoi prints it)', () => {
    expect(Atoi('x').err?.message).toBe('strconv.Atoi: parsing "x": invalid syntax');
    expect(Atoi('99999999999999999999').value).toBe(9223372036854775807n);
    expect(Atoi('0x1F').err?.reason).toBe('invalid syntax');
    expect(Itoa(-42)).toBe('-42');
    expect(Itoa(42n)).toBe('42');
  });
});

describe('ParseFloat', () => {
  // Values verified with helm `float64 "<s>"` (cast.ToFloat64 = ParseFloat, 0 on error).
  test.each<[string, number]>([
    ['1_000.5', 1000.5],
    ['0x1.8p1', 3],
    ['.5', 0.5],
    ['5.', 5],
    ['0x1p-1074', 5e-324],
    ['0x_1p0', 1],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['1e-400', 0],
    ['1E+3', 1000],
    ['-0', -0],
  ])('%j', (s, want) => {
    const r = ParseFloat(s);
    expect(r.err).toBeUndefined();
    expect(Object.is(r.value, want)).toBe(true);
  });

  test('nan', () => {
    expect(Number.isNaN(ParseFloat('NaN').value)).toBe(true);
  });

  test.each(['_1', '1__0', '+nan', '1e', ' 1', '', '0x1.8', '1.5.5', 'abc'])('%j is invalid syntax', (s) => {
    expect(ParseFloat(s).err?.message).toBe(`strconv.ParseFloat: parsing ${Quote(s)}: invalid syntax`);
  });

  test.each(['1e400', '-1e400', '0x1.fffffffffffff8p1023'])('%j is out of range', (s) => {
    const r = ParseFloat(s);
    expect(r.err?.message).toBe(`strconv.ParseFloat: parsing ${Quote(s)}: value out of range`);
    expect(Math.abs(r.value)).toBe(Infinity);
  });

  test('bitSize 32 rounds to float32', () => {
    expect(ParseFloat('0.1', 32).value).toBe(Math.fround(0.1));
    expect(ParseFloat('1e39', 32).err?.reason).toBe('value out of range');
  });
});
