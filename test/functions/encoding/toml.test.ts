import { describe, expect, test } from 'vitest';
import { encodeTOML } from '../../../src/functions/encoding/toml.js';
import { decodeTOML } from '../../../src/functions/encoding/toml-decode.js';
import { marshalJSON } from '../../../src/functions/encoding/go-json.js';
import { GoInt, goInt, newList, newMap } from '../../../src/template/value.js';

// Expected texts were printed by helm 4.1.4 / 3.17.3 (`toToml`, `fromToml`) in a temp chart.
describe('encodeTOML', () => {
  const v = newMap([
    ['a', goInt(1)], ['c', 1e6], ['n', null], ['l', newList(['a', goInt(2), 3.5])],
    ['e', newMap([['x', newMap([['y', goInt(1)]])], ['w', 'q']])],
    ['h', newList([newMap([['k', goInt(1)]]), newMap([['k', goInt(2)]])])],
  ]);
  test('helm 4 layout', () => {
    expect(encodeTOML(v)).toBe('a = 1\nc = 1e+06\nl = ["a", 2, 3.5]\n\n[e]\n  w = "q"\n  [e.x]\n    y = 1\n\n[[h]]\n  k = 1\n\n[[h]]\n  k = 2\n');
  });
  test('helm 3 floats', () => {
    expect(encodeTOML(newMap([['f', newList([0.1, 100, 1e21, 1e-7, -0, 123456789])]]), 3)).toBe(
      'f = [0.1, 100.0, 1000000000000000000000.0, 0.0000001, -0.0, 123456789.0]\n',
    );
  });
  test('nil array element', () => {
    expect(() => encodeTOML(newMap([['a', newList([null])]]))).toThrow('toml: cannot encode array with nil element');
  });
});

describe('decodeTOML', () => {
  test('types', () => {
    const m = decodeTOML('a = 0x1F\nb = 1.5\n[t.u]\nk = [1, "x"]\n[[arr]]\nx = 1\n');
    expect(m.entries.get('a')).toEqual(new GoInt(31n, 'int64'));
    expect(marshalJSON(m)).toBe('{"a":31,"arr":[{"x":1}],"b":1.5,"t":{"u":{"k":[1,"x"]}}}');
  });
  test.each([
    ['a = ', 4, 'toml: line 1 (last key "a"): unexpected EOF; expected value'],
    ['a = ', 3, 'toml: line 0 (last key "a"): unexpected EOF; expected value'],
    ['a = 1\na = 2', 4, 'toml: line 2 (last key "a"): Key \'a\' has already been defined.'],
    ['a = 1 x', 4, "toml: line 1: expected a top-level item to end with a newline, comment, or EOF, but got 'x' instead"],
  ] as const)('error %j (helm %d)', (src, flavor, msg) => {
    expect(() => decodeTOML(src, flavor)).toThrow(msg);
  });
});
