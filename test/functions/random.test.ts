import { describe, expect, it } from 'vitest';
import { randomFunctions as R } from '../../src/functions/random.js';
import { FunctionError } from '../../src/template/registry.js';
import { GoInt, goInt } from '../../src/template/value.js';

describe('random functions', () => {
  it('use goutils alphabets and lengths', () => {
    for (let i = 0; i < 20; i++) {
      expect(R.randAlphaNum.fn(goInt(32))).toMatch(/^[A-Za-z0-9]{32}$/);
      expect(R.randAlpha.fn(goInt(32))).toMatch(/^[A-Za-z]{32}$/);
      expect(R.randNumeric.fn(goInt(32))).toMatch(/^[0-9]{32}$/);
      expect(R.randAscii.fn(goInt(32))).toMatch(/^[ -~]{32}$/);
    }
    expect(R.randAlpha.fn(goInt(-1))).toBe('');
    expect(R.randAlphaNum.fn(goInt(0))).toBe('');
  });

  it('covers the whole alphabet', () => {
    const seen = new Set(R.randAlphaNum.fn(goInt(5000)) as string);
    expect(seen.size).toBe(62);
  });

  it('randInt is Go rand.Intn(max-min)+min', () => {
    const vals = new Set<bigint>();
    for (let i = 0; i < 200; i++) vals.add((R.randInt.fn(goInt(-3), goInt(0)) as GoInt).v);
    expect([...vals].sort()).toEqual([-1n, -2n, -3n]);
    expect(() => R.randInt.fn(goInt(5), goInt(5))).toThrow(new FunctionError('invalid argument to Intn'));
  });

  it('shuffle permutes runes', () => {
    const s = R.shuffle.fn('héllo wörld') as string;
    expect([...s].sort()).toEqual([...'héllo wörld'].sort());
    expect(R.shuffle.fn('')).toBe('');
  });
});
