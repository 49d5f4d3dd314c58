import { describe, expect, it } from 'vitest';
import { thrownMessage } from '../helpers/thrown.js';
import { semverFunctions as S4, semverFunctionsHelm3 as S3 } from '../../src/functions/semver.js';
import { GoStruct, GoInt } from '../../src/template/value.js';
import { parseVersion } from '../../src/functions/semver/version.js';
import { SemverConstraints } from '../../src/functions/semver/constraints.js';

// Expected values come from helm 4.1.4 (semver v3.4.0) and helm 3.17.3 (semver v3.3.0).
const cmp = (t: typeof S4, c: string, v: string): unknown => t.semverCompare.fn(c, v);
const cmpAll = (t: typeof S4, pairs: [string, string][]): unknown[] => pairs.map(([c, v]) => cmp(t, c, v));

describe('semver', () => {
  it('parses with coercion and prints normalized', () => {
    const v = S4.semver.fn('v1.22.3-gke.100+meta') as GoStruct;
    expect(v.type).toBe('*semver.Version');
    expect(v.stringer?.()).toBe('1.22.3-gke.100+meta');
    expect((v.methods.Minor.fn() as GoInt).v).toBe(22n);
    expect(v.methods.Original.fn()).toBe('v1.22.3-gke.100+meta');
    expect((S4.semver.fn('1.2') as GoStruct).stringer?.()).toBe('1.2.0');
    expect(parseVersion('01.002.0003', '3.4').toString()).toBe('1.2.3');
    const inc = (s: string, m: string) => ((S4.semver.fn(s) as GoStruct).methods[m].fn() as GoStruct).stringer?.();
    expect([
      inc('1.2.3', 'IncPatch'),
      inc('1.2.3-rc.1', 'IncPatch'),
      inc('v1.2.3', 'IncMinor'),
      inc('1.2.3+m', 'IncMajor'),
    ]).toEqual(['1.2.4', '1.2.3', '1.3.0', '2.0.0']);
  });

  it('reports errors with each library release text', () => {
    expect(thrownMessage(() => S4.semver.fn('x.y.z'))).toBe('invalid semantic version');
    expect(thrownMessage(() => S3.semver.fn('x.y.z'))).toBe('Invalid Semantic Version');
    expect(thrownMessage(() => S4.semver.fn('1.0.0-01'))).toBe('version segment starts with 0');
    expect(thrownMessage(() => S4.semver.fn('99999999999999999999'))).toBe(
      'error parsing version segment: strconv.ParseUint: parsing "99999999999999999999": value out of range',
    );
    expect(thrownMessage(() => cmp(S4, '1..3', '1.0.0'))).toBe('improper constraint: 1..3');
    expect(thrownMessage(() => cmp(S4, '>=1 || abc', '1.0.0'))).toBe('improper constraint:  abc');
    expect(thrownMessage(() => cmp(S4, '', '1.0.0'))).toBe('improper constraint: ');
    expect(thrownMessage(() => cmp(S4, '1.2.3x', '1.0.0'))).toBe('constraint parser error');
    expect(thrownMessage(() => cmp(S3, '1.2.3x', '1.0.0'))).toBe('constraint Parser Error');
  });

  it('checks constraints', () => {
    expect(
      cmpAll(S4, [
        ['^1.2', '1.9.9'],
        ['^1.2', '2.0.0'],
        ['^0.2.3', '0.2.9'],
        ['^0.2.3', '0.3.0'],
        ['^0.0.3', '0.0.4'],
        ['^0', '0.9.0'],
        ['^0.0', '0.1.0'],
      ]),
    ).toEqual([true, false, true, false, false, true, false]);
    expect(
      cmpAll(S4, [
        ['1.2.x', '1.2.7'],
        ['1.2.x', '1.3.0'],
        ['*', '0.0.1'],
        ['1.X', '1.5.0'],
        ['>1.x', '1.9.0'],
        ['>1.1.x', '1.2.0'],
        ['<=1.x', '1.9.0'],
        ['!=1.x', '2.0.0'],
        ['!=1.2.x', '1.2.5'],
      ]),
    ).toEqual([true, false, true, true, false, true, true, true, false]);
    expect(
      cmpAll(S4, [
        ['1.1 - 1.3', '1.3.9'],
        ['1.1 - 1.3', '1.4.0'],
        ['1.1.1 - 2', '2.0.0'],
        ['<1.0 || >=3', '3.1.0'],
        ['>=1.0, <1.4', '1.5.0'],
        ['~>1.2.3', '1.2.2'],
        ['~0.0.0', '3.0.0'],
      ]),
    ).toEqual([true, false, true, true, false, false, true]);
  });

  it('applies the prerelease rule per group (v3.4) or per constraint (v3.3)', () => {
    const pairs: [string, string][] = [
      ['>=1.20.0-0 <2.0.0', '1.25.0-rc.1'],
      ['>=1.0.0-0 <2 || >3', '1.5.0-a'],
      ['!=1.2.3', '1.2.4-beta'],
      ['>=1.20-0', 'v1.25.3-gke.100'],
      ['>=1.20', 'v1.25.3-gke.100'],
      ['>=1.0.0-beta.2', '1.0.0-beta.11'],
    ];
    expect(cmpAll(S4, pairs)).toEqual([true, true, false, true, false, true]);
    expect(cmpAll(S3, pairs)).toEqual([false, false, true, true, false, true]);
    expect(SemverConstraints.parse('>=1.2', '3.4').check(parseVersion('1.2.0+meta', '3.4'))).toBe(true);
  });
});
