import { expect, test } from 'vitest';
import { GoInt, GoMap, GoSlice, goInt } from '../../../src/template/value.js';
import { castToFloat64, castToInt64, floatToInt64, trimZeroDecimal } from '../../../src/functions/go/cast.js';

test('castToInt64 parses strings like cast v1.7.0 (base prefixes, leading 0 = octal, .0 suffix)', () => {
  const rows: Array<[string, bigint]> = [
    ['42', 42n], ['010', 8n], ['0x10', 16n], ['0b101', 5n], ['0o17', 15n], ['1_000', 1000n], ['-0x10', -16n],
    ['1.0', 1n], ['1.00', 1n], ['1.5', 0n], ['abc', 0n], ['', 0n], [' 1', 0n], ['1e3', 0n], ['99999999999999999999', 0n],
  ];
  for (const [s, want] of rows) expect([s, castToInt64(s)]).toEqual([s, want]);
});

test('castToInt64 truncates floats, maps bools and nil, ignores other types', () => {
  expect(castToInt64(3.9)).toBe(3n);
  expect(castToInt64(-3.9)).toBe(-3n);
  expect(castToInt64(1e20)).toBe(-(1n << 63n));
  expect(castToInt64(true)).toBe(1n);
  expect(castToInt64(null)).toBe(0n);
  expect(castToInt64(new GoSlice([goInt(1)]))).toBe(0n);
  expect(castToInt64(new GoMap())).toBe(0n);
  expect(castToInt64(new GoInt(2n ** 64n - 1n, 'uint64'))).toBe(-1n);
});

test('castToFloat64 uses ParseFloat (no hex without p, underscores between digits)', () => {
  expect(castToFloat64('1e3')).toBe(1000);
  expect(castToFloat64('0x10')).toBe(0);
  expect(castToFloat64('0x1p4')).toBe(16);
  expect(castToFloat64('1_000')).toBe(1000);
  expect(castToFloat64('1e400')).toBe(0);
  expect(castToFloat64('-Infinity')).toBe(-Infinity);
  expect(castToFloat64('5.')).toBe(5);
  expect(castToFloat64(goInt(7, 'int64'))).toBe(7);
});

test('helpers', () => {
  expect(trimZeroDecimal('100.00')).toBe('100');
  expect(trimZeroDecimal('1.')).toBe('1.');
  expect(trimZeroDecimal('10')).toBe('10');
  expect(floatToInt64(NaN)).toBe(-(1n << 63n));
});
