import { describe, expect, test } from 'vitest';
import {
  byteAt,
  byteColumn,
  byteLength,
  byteOffsetToIndex,
  byteSlice,
  bytesToGoString,
  decodeAt,
  decodeRuneBytes,
  goRunes,
  goStringToBytes,
  hasRawBytes,
  indexToByteOffset,
  normalizeGoString,
  rawByte,
  runeCount,
  runeString,
  toValidUTF8,
  validString,
} from '../../src/template/utf8.js';

const bytes = (s: string): number[] => [...goStringToBytes(s)];

describe('lengths', () => {
  test.each<[string, number, number]>([
    ['', 0, 0],
    ['abc', 3, 3],
    ['héllo', 6, 5],
    ['日本', 6, 2],
    ['\u{1F600}', 4, 1],
    [rawByte(0xc3), 1, 1],
    ['a' + rawByte(0xff) + 'b', 3, 3],
    ['\ud800', 3, 1], // a stray surrogate stands for U+FFFD
  ])('%j: %d bytes, %d runes', (s, nb, nr) => {
    expect(byteLength(s)).toBe(nb);
    expect(goStringToBytes(s).length).toBe(nb);
    expect(runeCount(s)).toBe(nr);
  });
});

describe('byte slicing with Go semantics (helm: len/substr/trunc on bytes)', () => {
  test('cutting a character leaves raw bytes that print back as the original bytes', () => {
    const head = byteSlice('é', 0, 1);
    const tail = byteSlice('é', 1, 2);
    expect(head).toBe(rawByte(0xc3));
    expect(byteLength(head)).toBe(1);
    expect(bytes(head + tail)).toEqual([0xc3, 0xa9]);
    expect(normalizeGoString(head + tail)).toBe('é');
    expect(decodeAt(head + tail, 0)).toEqual([0xe9, 2, 2]);
  });

  test('slices and indexes are by byte', () => {
    expect(byteSlice('日本語', 3, 6)).toBe('本');
    expect(byteSlice('héllo', 1)).toBe('éllo');
    expect(byteSlice('abc', 1, 2)).toBe('b');
    expect(byteAt('é', 0)).toBe(195);
    expect(byteAt('é', 1)).toBe(169);
    expect(byteAt('é', 2)).toBeUndefined();
    expect(byteSlice('日本', 1, 4)).toBe(rawByte(0x97) + rawByte(0xa5) + rawByte(0xe6));
  });
});

describe('decoding like utf8.DecodeRune', () => {
  test.each<[number[], [number, number]]>([
    [[0x41], [0x41, 1]],
    [[0xc3, 0xa9], [0xe9, 2]],
    [[0xe6, 0x97, 0xa5], [0x65e5, 3]],
    [[0xf0, 0x9f, 0x98, 0x80], [0x1f600, 4]],
    [[0xc0, 0x80], [0xfffd, 1]], // overlong
    [[0xed, 0xa0, 0x80], [0xfffd, 1]], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], [0xfffd, 1]], // > U+10FFFF
    [[0xe6, 0x97], [0xfffd, 1]], // truncated
    [[0x80], [0xfffd, 1]],
  ])('%j', (b, want) => {
    expect(decodeRuneBytes(b, 0)).toEqual(want);
  });

  test('bytesToGoString keeps invalid bytes raw and decodes the rest', () => {
    const s = bytesToGoString([0x61, 0xff, 0xc3, 0xa9, 0xe6, 0x97]);
    expect(s).toBe('a' + rawByte(0xff) + 'é' + rawByte(0xe6) + rawByte(0x97));
    expect(bytes(s)).toEqual([0x61, 0xff, 0xc3, 0xa9, 0xe6, 0x97]);
    expect(hasRawBytes(s)).toBe(true);
    expect(hasRawBytes('é\u{1F600}')).toBe(false);
  });

  test('runes, validity and replacement', () => {
    const s = 'a' + rawByte(0xff) + rawByte(0xfe) + 'é';
    expect(goRunes(s)).toEqual([0x61, 0xfffd, 0xfffd, 0xe9]);
    expect(validString(s)).toBe(false);
    expect(validString('é\ufffd')).toBe(true);
    expect(toValidUTF8(s, '?')).toBe('a?é');
    expect(runeString(0x41)).toBe('A');
    expect(runeString(-1)).toBe('\ufffd');
    expect(runeString(0xd800)).toBe('\ufffd');
  });
});

describe('byte offsets and columns (Go error positions count bytes)', () => {
  test('indexToByteOffset / byteOffsetToIndex round-trip', () => {
    const s = 'é日\u{1F600}x';
    expect([0, 1, 2, 4, 5].map((i) => indexToByteOffset(s, i))).toEqual([0, 2, 5, 9, 10]);
    expect(byteOffsetToIndex(s, 5)).toEqual({ index: 2, inside: false });
    expect(byteOffsetToIndex(s, 6)).toEqual({ index: 2, inside: true });
    expect(byteOffsetToIndex(s, 10)).toEqual({ index: 5, inside: false });
  });

  test('byteColumn counts from the start of the line', () => {
    const src = 'a: é\nb: {{ .x }}\né: {{ .y }}';
    expect(byteColumn(src, src.indexOf('{{ .x'))).toBe(3);
    expect(byteColumn(src, src.indexOf('{{ .y'))).toBe(4);
    expect(byteColumn(src, 0)).toBe(0);
  });
});

describe('long strings take the native encoder/decoder with the same bytes as the Go path', () => {
  const long = (s: string): string => s.repeat(40);
  test.each<[string, string, number[]]>([
    ['ascii', long('ab'), Array(80).fill(0).map((_, i) => (i % 2 ? 0x62 : 0x61))],
    ['two- and three-byte runes', long('é✓'), Array(40).fill([0xc3, 0xa9, 0xe2, 0x9c, 0x93]).flat()],
    ['surrogate pair', long('😀'), Array(40).fill([0xf0, 0x9f, 0x98, 0x80]).flat()],
    ['stray high surrogate is U+FFFD', long('a\ud800'), Array(40).fill([0x61, 0xef, 0xbf, 0xbd]).flat()],
    ['raw bytes stay bytes', long(`é${rawByte(0xff)}`), Array(40).fill([0xc3, 0xa9, 0xff]).flat()],
    ['BOM is kept', long('\ufeffx'), Array(40).fill([0xef, 0xbb, 0xbf, 0x78]).flat()],
  ])('%s', (_, s, want) => {
    expect(bytes(s)).toEqual(want);
    expect(bytesToGoString(Uint8Array.from(want))).toBe(s.replace(/\ud800/g, '\ufffd'));
  });

  test('invalid UTF-8 in a long byte array keeps raw-byte units (encoded surrogate, overlong, truncated)', () => {
    const b = Uint8Array.from([...Array(20).fill(0x61), 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xe2, 0x9c]);
    const s = bytesToGoString(b);
    expect(s).toBe('a'.repeat(20) + [0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xe2, 0x9c].map(rawByte).join(''));
    expect([...goStringToBytes(s)]).toEqual([...b]);
  });
});
