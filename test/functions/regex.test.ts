import { describe, expect, it } from 'vitest';
import { regexFunctions as R } from '../../src/functions/regex.js';
import { GoSlice, goInt } from '../../src/template/value.js';
import { FunctionError } from '../../src/template/registry.js';

// Expected values were produced by helm 4.1.4 (`{{ ... | toJson }}`); nil slices print `null`.
function call(name: string, ...args: unknown[]): unknown {
  const v = R[name].fn(...args);
  if (v instanceof GoSlice) return v.isNil ? null : v.items;
  return v;
}

function err(name: string, ...args: unknown[]): string {
  try {
    R[name].fn(...args);
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('regex functions', () => {
  it('expands replacements like Go', () => {
    expect(call('regexReplaceAll', 'a(x*)b', '-ab-axxb-', '$1W')).toBe('---');
    expect(call('regexReplaceAll', 'a(x*)b', '-ab-axxb-', '${1}W')).toBe('-W-xxW-');
    expect(call('regexReplaceAll', '(?P<first>\\w+) (?P<last>\\w+)', 'John Smith', '${last}, $first $$ $')).toBe(
      'Smith, John $ $',
    );
    expect(call('regexReplaceAllLiteral', 'a(x*)b', '-ab-axxb-', '${1}')).toBe('-${1}-${1}-');
  });

  it('handles empty matches by rune', () => {
    expect(call('regexReplaceAll', '', 'héllo', '-')).toBe('-h-é-l-l-o-');
    expect(call('regexReplaceAll', 'x*', 'abxc', '-')).toBe('-a-b-c-');
    expect(call('regexFindAll', '', 'héllo', goInt(-1))).toEqual(['', '', '', '', '', '']);
    expect(call('regexSplit', '', 'héllo', goInt(-1))).toEqual(['h', 'é', 'l', 'l', 'o']);
  });

  it('splits and finds with counts', () => {
    expect(call('regexSplit', 'a*', 'abaabaccadaaae', goInt(5))).toEqual(['', 'b', 'b', 'c', 'cadaaae']);
    expect(call('regexSplit', 'x', '', goInt(-1))).toEqual(['']);
    expect(call('regexSplit', 'x', 'axbxc', goInt(0))).toBeNull();
    expect(call('regexFindAll', 'x', 'axbxc', goInt(0))).toBeNull();
    expect(call('regexFindAll', 'x', 'abc', goInt(-1))).toBeNull();
    expect(call('regexFindAll', 'a.', 'aXaéa', goInt(1))).toEqual(['aX']);
    expect(call('regexFind', '[[:alpha:]]+', '123abc456')).toBe('abc');
  });

  it('matches and quotes', () => {
    expect(call('regexMatch', '^[a-z]+$', 'abc')).toBe(true);
    expect(call('regexMatch', '(', 'abc')).toBe(false);
    expect(call('regexQuoteMeta', 'a.b*c$[d]')).toBe('a\\.b\\*c\\$\\[d\\]');
  });

  it('reports bad patterns like Go', () => {
    expect(err('regexFindAll', '(', 'x', goInt(1))).toBe(
      'regexp: Compile(`(`): error parsing regexp: missing closing ): `(`',
    );
    expect(err('mustRegexFind', '(?<=a)b', 'x')).toBe('error parsing regexp: invalid named capture: `(?<=a)b`');
    expect(err('mustRegexFind', '\\C', 'x')).toBe('error parsing regexp: invalid escape sequence: `\\C`');
  });
});

describe('regex group names', () => {
  it('accepts repeated group names as Go does', () => {
    expect(call('mustRegexSplit', '(?P<n>a)(?P<n>b)', 'ab', goInt(-1))).toEqual(['', '']);
    expect(call('regexReplaceAll', '(?P<n>x)|(?P<n>y)', 'xy', '<$n>')).toBe('<x><y>');
    expect(call('regexReplaceAll', '[(?P<n>](?P<n>a)\\((?<n>b)', '(a(b', '${n}')).toBe('a');
  });
});
