import { describe, expect, test } from 'vitest';
import { caseValues } from './case-values.js';
import { GoInt, GoMap } from '../../src/template/value.js';

describe('caseValues', () => {
  test('values.yaml numbers are float64, --set integers int64, --set null deletes', () => {
    const v = caseValues('a: 1\nb: {c: x}\nd: 2\n', ['n=3,b.e=true', 'd=null'], 4);
    expect(v.type).toBe('common.Values');
    expect(v.entries.get('a')).toBe(1);
    expect(v.entries.get('n')).toEqual(new GoInt(3n, 'int64'));
    const b = v.entries.get('b') as GoMap;
    expect(Object.fromEntries(b.entries)).toEqual({ c: 'x', e: true });
    expect(v.entries.has('d')).toBe(false);
    expect(caseValues('', [], 3).type).toBe('chartutil.Values');
  });
});
