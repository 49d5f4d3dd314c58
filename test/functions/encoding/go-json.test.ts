import { describe, expect, test } from 'vitest';
import { GoInt, GoMap, GoSlice, GoStruct, GoTime, goInt, newList, newMap } from '../../../src/template/value.js';
import { marshalJSON } from '../../../src/functions/encoding/go-json.js';
import { unmarshalJSON } from '../../../src/functions/encoding/go-json-decode.js';

// Expected strings were produced by helm 4.1.4 / 3.17.3 (`toJson`, `fromJson` in a temp chart).
describe('marshalJSON', () => {
  test.each([
    ['html and control escapes', 'a\bb\fc<>&\u2028\u0001', '"a\\bb\\fc\\u003c\\u003e\\u0026\\u2028\\u0001"'],
    ['floats like Go', newList([-0, 1e21, 1e-7, 0.000001, 1.2345678901234569e+23]), '[-0,1e+21,1e-7,0.000001,1.2345678901234569e+23]'],
    ['mixed list', newList([goInt(1), 'a', true, null]), '[1,"a",true,null]'],
    ['sorted keys', newMap([['b', 1], ['a', newMap()], ['B', newList()]]), '{"B":[],"a":{},"b":1}'],
    ["big float", newMap([["big", 12345678901234567000], ['f', 1.5e300]]), '{"big":12345678901234567000,"f":1.5e+300}'],
    ['bytes', new GoSlice([goInt(104, 'uint8'), goInt(105, 'uint8')], '[]uint8'), '"aGk="'],
    ['nil slice', new GoSlice([], '[]interface {}', true), 'null'],
    ['time', new GoTime(1_700_000_000_123_400_000n, 'X', 3600, 'X'), '"2023-11-14T23:13:20.1234+01:00"'],
    ['int64 exact', new GoInt(9223372036854775807n, 'int64'), '9223372036854775807'],
    ['lone surrogate', 'a\ud800b', '"a\ufffdb"'],
  ])('%s', (_n, v, want) => {
    expect(marshalJSON(v)).toBe(want);
  });

  test('struct keeps field order', () => {
    const s = new GoStruct('T', new Map([['z', 1], ['a', 2]]));
    expect(marshalJSON(s)).toBe('{"z":1,"a":2}');
  });

  test('indent like toPrettyJson', () => {
    const v = newMap([['a', newList([goInt(1), newMap(), newList()])], ['b', '<x>']]);
    expect(marshalJSON(v, { indent: '  ' })).toBe('{\n  "a": [\n    1,\n    {},\n    []\n  ],\n  "b": "\\u003cx\\u003e"\n}');
  });

  test('raw (no HTML escaping)', () => {
    expect(marshalJSON(newMap([['a', '<x>&']]), { escapeHTML: false })).toBe('{"a":"<x>&"}');
  });

  test.each([
    [NaN, 'json: unsupported value: NaN'],
    [Infinity, 'json: unsupported value: +Inf'],
  ])('unsupported %s', (v, msg) => {
    expect(() => marshalJSON(newList([v]))).toThrow(msg);
  });
});

describe('unmarshalJSON', () => {
  test.each([
    ['[1] x', "invalid character 'x' after top-level value"],
    ['{"a":tx}', "invalid character 'x' in literal true (expecting 'r')"],
    ['{"a":-}', "invalid character '}' in numeric literal"],
    ['{"a":1.}', "invalid character '}' after decimal point in numeric literal"],
    ['{"a":1e}', "invalid character '}' in exponent of numeric literal"],
    ['"\\x"', "invalid character 'x' in string escape code"],
    ['"\\u12g"', "invalid character 'g' in \\u hexadecimal character escape"],
    ["{'a':1}", "invalid character '\\'' looking for beginning of object key string"],
    ['{"a":1 "b"}', 'invalid character \'"\' after object key:value pair'],
    ['[1 2]', "invalid character '2' after array element"],
    ['é', "invalid character 'Ã' looking for beginning of value"],
    ['"a\nb"', "invalid character '\\n' in string literal"],
    ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['tru', "invalid character ' ' in literal true (expecting 'e')"],
    ['', 'unexpected end of JSON input'],
    ['{"a":', 'unexpected end of JSON input'],
  ])('syntax error %j', (src, msg) => {
    expect(unmarshalJSON(src, 'map').error).toBe(msg);
  });

  test('type errors', () => {
    expect(unmarshalJSON('[1]', 'map').error).toBe('json: cannot unmarshal array into Go value of type map[string]interface {}');
    expect(unmarshalJSON('1e400', 'map').error).toBe('json: cannot unmarshal number into Go value of type map[string]interface {}');
    expect(unmarshalJSON('{}', 'slice').error).toBe('json: cannot unmarshal object into Go value of type []interface {}');
  });

  test('overflowing number keeps decoding with nil', () => {
    const r = unmarshalJSON('{"a":1e400,"b":2}', 'map');
    expect(r.error).toBe('json: cannot unmarshal number 1e400 into Go value of type float64');
    const m = r.value as GoMap;
    expect(m.entries.get('a')).toBeNull();
    expect(m.entries.get('b')).toBe(2);
  });

  test('values, duplicates, escapes', () => {
    const r = unmarshalJSON('{"a":1,"a":[true,null,"x\\u00e9\\ud800y\\ud83d\\ude00"],"n":-0.5e1}', 'map');
    expect(r.error).toBeUndefined();
    const m = r.value as GoMap;
    const a = m.entries.get('a') as GoSlice;
    expect(a.type).toBe('[]interface {}');
    expect(a.items).toEqual([true, null, 'xé\ufffdy😀']);
    expect(m.entries.get('n')).toBe(-5);
    expect(m.type).toBe('map[string]interface {}');
  });
});
