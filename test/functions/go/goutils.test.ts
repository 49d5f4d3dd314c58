import { expect, test } from 'vitest';
import { abbreviateFull, deleteWhiteSpace, initials, swapCase, uncapitalize, wrapCustom } from '../../../src/functions/go/goutils.js';

test('abbreviateFull follows goutils offsets', () => {
  expect(abbreviateFull('The quick brown fox', 0, 10)).toBe('The qui...');
  expect(abbreviateFull('1234 5678 9123 4567', 5, 10)).toBe('...5678...');
  expect(abbreviateFull('abcdefghijklmno', 10, 10)).toBe('...ijklmno');
  expect(abbreviateFull('abcdefghijklmno', 4, 7)).toBe('abcd...');
  expect(abbreviateFull('short', 0, 20)).toBe('short');
});

test('wrapCustom wraps at spaces, long words kept unless asked', () => {
  expect(wrapCustom('Hello World, this is a test', 5, '', false)).toBe('Hello\nWorld,\nthis\nis a\ntest');
  expect(wrapCustom('abcdefgh ij', 3, '', false)).toBe('abcdefgh\nij');
  expect(wrapCustom('abcdefgh ij', 3, '<br>', true)).toBe('abc<br>def<br>gh<br>ij');
  expect(wrapCustom('a b', 0, '', false)).toBe('a\nb');
});

test('byte-based helpers write bytes back as Latin-1 runes', () => {
  expect(initials('ünïcode x')).toBe('Ãx');
  expect(initials('  many   spaces here ')).toBe('msh');
  expect(deleteWhiteSpace('a\u00a0b é')).toBe('aÂbÃ©');
  expect(deleteWhiteSpace(' a b\tc\nd ')).toBe('abcd');
});

test('swapCase title-cases word starts; uncapitalize lowers word starts', () => {
  expect(swapCase('Hello World ǅ')).toBe('hELLO wORLD ǆ');
  expect(swapCase('This Is A.Test')).toBe('tHIS iS a.tEST');
  expect(uncapitalize('Hello World FOO')).toBe('hello world fOO');
});
