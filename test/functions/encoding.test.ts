import { describe, expect, it } from 'vitest';
import { encodingFunctions as E } from '../../src/functions/encoding.js';

// Expected values produced by helm 4.1.4 / 3.17.3 (see fixtures/template/golden/fn-encoding.json).
const cases: [string, string, string][] = [
  ['b64enc', 'héllo ✓', 'aMOpbGxvIOKckw=='],
  ['b64enc', 'ab', 'YWI='],
  ['b64enc', '', ''],
  ['b64dec', 'aMOpbGxvIOKckw==', 'héllo ✓'],
  ['b64dec', 'aGVs\nbG8=\r\n', 'hello'],
  ['b64dec', '!!!!', 'illegal base64 data at input byte 0'],
  ['b64dec', 'YQ', 'illegal base64 data at input byte 0'],
  ['b64dec', 'YWJ', 'illegal base64 data at input byte 0'],
  ['b64dec', 'Y===', 'illegal base64 data at input byte 1'],
  ['b64dec', 'YQ=', 'illegal base64 data at input byte 3'],
  ['b64dec', 'YQ=x', 'illegal base64 data at input byte 2'],
  ['b64dec', '=', 'illegal base64 data at input byte 0'],
  ['b64dec', 'YQ==YQ==', 'illegal base64 data at input byte 4'],
  ['b64dec', 'YWI=a', 'illegal base64 data at input byte 4'],
  ['b64dec', '_-8=', 'illegal base64 data at input byte 0'],
  ['b32enc', 'f', 'MY======'],
  ['b32enc', 'fo', 'MZXQ===='],
  ['b32enc', 'foo', 'MZXW6==='],
  ['b32enc', 'foob', 'MZXW6YQ='],
  ['b32enc', 'foobar', 'MZXW6YTBOI======'],
  ['b32dec', 'MZXW6YTBOI======', 'foobar'],
  ['b32dec', 'MY======', 'f'],
  ['b32dec', 'nbswy3dp', 'illegal base32 data at input byte 0'],
  ['b32dec', 'MY', 'illegal base32 data at input byte 0'],
  ['b32dec', 'M=======', 'illegal base32 data at input byte 1'],
  ['b32dec', 'MY=====', 'illegal base32 data at input byte 7'],
  ['b32dec', 'MY=====x', 'illegal base32 data at input byte 6'],
  ['b32dec', 'MZX=====', 'illegal base32 data at input byte 3'],
  ['b32dec', 'I4======N4======', 'illegal base32 data at input byte 2'],
];

describe('base64/base32', () => {
  it.each(cases)('%s %j', (fn, arg, want) => {
    expect(E[fn].fn(arg)).toBe(want);
  });
  it('round-trips', () => {
    for (const s of ['ünïcödé', 'The quick brown fox 🦊', 'x']) {
      expect(E.b64dec.fn(E.b64enc.fn(s))).toBe(s);
      expect(E.b32dec.fn(E.b32enc.fn(s))).toBe(s);
    }
  });
});
