import { expect, test } from 'vitest';
import { goTitle, goToLower, goToUpper, goTrim, goTrimSpace, isSpace } from '../../../src/functions/go/unicode.js';

test('simple per-rune case mapping (helm-verified)', () => {
  expect(goToUpper('hello ß ǆ é')).toBe('HELLO ß Ǆ É');
  expect(goToLower('HELLO İ Σ ΑΣ')).toBe('hello i σ ασ');
});

test('strings.Title treats ASCII punctuation as separators but not underscore', () => {
  expect(goTitle("hello wORLD foo-bar it's x_y 1st")).toBe("Hello WORLD Foo-Bar It'S X_y 1st");
  expect(goTitle('élan ǆemal')).toBe('Élan ǅemal');
});

test('TrimSpace uses unicode.IsSpace (NEL and NBSP yes, BOM no)', () => {
  expect(goTrimSpace('\u00a0\u2003x\u0085')).toBe('x');
  expect(goTrimSpace('\ufeffx')).toBe('\ufeffx');
  expect(isSpace(0x85)).toBe(true);
  expect(goTrim('ééxé', 'é')).toBe('x');
  expect(goTrim('$$5.00$', '$')).toBe('5.00');
});
