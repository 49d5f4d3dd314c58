import { expect, test } from 'vitest';
import { FunctionError } from '../../../src/template/registry.js';
import { decimalAdd, decimalDiv, decimalFromFloat, decimalMul, decimalSub, decimalToFloat } from '../../../src/functions/go/decimal.js';

const op = (f: typeof decimalAdd, a: number, b: number): number => decimalToFloat(f(decimalFromFloat(a), decimalFromFloat(b)));

test('exact decimal arithmetic on shortest float digits (helm-verified)', () => {
  expect(op(decimalAdd, 0.1, 0.2)).toBe(0.3);
  expect(op(decimalSub, 0.3, 0.1)).toBe(0.2);
  expect(op(decimalMul, 1.1, 1.1)).toBe(1.21);
  expect(op(decimalMul, -1, 0)).toBe(0);
  expect(Object.is(op(decimalMul, -1, 0), -0)).toBe(false);
  expect(op(decimalAdd, 123456789.12345679, 0.000000001)).toBe(123456789.12345679);
});

test('division rounds half away from zero at 16 places', () => {
  expect(op(decimalDiv, 1, 3)).toBe(0.3333333333333333);
  expect(op(decimalDiv, 2, 3)).toBe(0.6666666666666667);
  expect(op(decimalDiv, -2, 3)).toBe(-0.6666666666666667);
  expect(op(decimalDiv, 22, 7)).toBe(3.142857142857143);
  expect(op(decimalDiv, 1e300, 1e-10)).toBe(Infinity);
});

test('division by zero and non-finite inputs panic with shopspring texts', () => {
  expect(() => op(decimalDiv, 1, 0)).toThrow(new FunctionError('decimal division by 0'));
  expect(() => decimalFromFloat(NaN)).toThrow('Cannot create a Decimal from NaN');
  expect(() => decimalFromFloat(-Infinity)).toThrow('Cannot create a Decimal from -Inf');
});
