import { describe, expect, test } from 'vitest';
import { parseStrvalsInto, StrvalsError, typedVal, type StrvalsMode } from '../../src/chart/strvals.js';
import { marshalJSON } from '../../src/functions/encoding/go-json.js';
import { GoInt, GoMap } from '../../src/template/value.js';

function parse(s: string, mode: StrvalsMode = 'typed'): string {
  const m = new GoMap();
  parseStrvalsInto(s, m, mode, (p) => `<${p}>`);
  return marshalJSON(m);
}

describe('strvals grammar (helm pkg/strvals)', () => {
  test.each([
    ['a=1,b=x', '{"a":1,"b":"x"}'],
    ['a.b.c=1', '{"a":{"b":{"c":1}}}'],
    ['a\\.b=1,c=x\\,y', '{"a.b":1,"c":"x,y"}'],
    ['l={a,b}', '{"l":["a","b"]}'],
    ['e={}', '{"e":[""]}'],
    ['n[0]=x,n[2]=z', '{"n":["x",null,"z"]}'],
    ['m[0].k=v,m[1][0]=w', '{"m":[{"k":"v"},["w"]]}'],
    ['a=1,', '{"a":1}'],
    ['=1,b=2', '{"b":2}'],
    ['a=', '{"a":""}'],
  ])('%s', (input, json) => {
    expect(parse(input)).toBe(json);
  });

  test('modes', () => {
    expect(parse('a=1,b=true', 'string')).toBe('{"a":"1","b":"true"}');
    expect(parse('a=[1,{"x":null}],b=', 'json')).toBe('{"a":[1,{"x":null}],"b":null}');
    expect(parse('a.b=x,y=z', 'literal')).toBe('{"a":{"b":"x,y=z"}}');
    expect(parse('a=path', 'file')).toBe('{"a":"\\u003cpath\\u003e"}');
  });

  test.each([
    ['a', 'key "a" has no value'],
    ['a.=1', 'key map "a" has no value'],
    ['a[x]=1', 'error parsing index: strconv.Atoi: parsing "x": invalid syntax'],
    ['a[-1]=1', 'negative -1 index not allowed'],
    ['a=1,a.b=2', 'unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}'],
    ['a={x', "list must terminate with '}'"],
    ['a[0]b=1', "unexpected data at end of array index: ['b']"],
    ['a[70000]=1', 'index of 70000 is greater than maximum supported index of 65536'],
  ])('error %s', (input, msg) => {
    expect(() => parse(input)).toThrow(new StrvalsError(msg));
  });

  test('typedVal follows helm: int64 without leading zero, bools, null, else string', () => {
    expect(typedVal('10', false)).toEqual(new GoInt(10n, 'int64'));
    expect(typedVal('0', false)).toEqual(new GoInt(0n, 'int64'));
    expect(typedVal('010', false)).toBe('010');
    expect(typedVal('1.5', false)).toBe('1.5');
    expect(typedVal('TRUE', false)).toBe(true);
    expect(typedVal('Null', false)).toBe(null);
    expect(typedVal('9223372036854775808', false)).toBe('9223372036854775808');
    expect(typedVal('10', true)).toBe('10');
  });
});
