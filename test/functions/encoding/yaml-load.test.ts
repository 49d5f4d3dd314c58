import { describe, expect, test } from 'vitest';
import { unmarshalYAML, loadValuesDocuments, splitYAMLDocuments, YamlLoadError } from '../../../src/functions/encoding/yaml-load.js';
import { marshalJSON } from '../../../src/functions/encoding/go-json.js';
import { GoMap } from '../../../src/template/value.js';

// [yaml input, expected] pairs; every expected string was produced by helm 4.1.4 running
// `fromYaml` on the input and printing `toJson` of the result (or `ERR ` + the .Error text).
const oracle: [string, string][] = 
  [["a: [1, 2\n","ERR error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'"],
    ["a: b: c\n","ERR error converting YAML to JSON: yaml: mapping values are not allowed in this context"],
    ["a:\n  b: 1\n c: 2\n","ERR error converting YAML to JSON: yaml: line 2: did not find expected key"],
    ["a:\n\tb: 1\n","ERR error converting YAML to JSON: yaml: line 2: found character that cannot start any token"],
    ["a: \"abc\n","ERR error converting YAML to JSON: yaml: line 2: found unexpected end of stream"],
    ["a: 1\nfoo\nb: 2\n","ERR error converting YAML to JSON: yaml: line 3: could not find expected ':'"],
    ["- a\nb: 1\n","ERR error converting YAML to JSON: yaml: line 1: did not find expected '-' indicator"],
    ["a: *nope\n","ERR error converting YAML to JSON: yaml: unknown anchor 'nope' referenced"],
    ["a: !!int x\n","ERR error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!int"],
    ["a: {b: 1\n","ERR error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'"],
    ["a: 1\n  b: 2\n","ERR error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context"],
    ["~: 1\n","ERR error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: 1"],
    ["a: .inf\n","ERR error converting YAML to JSON: json: unsupported value: +Inf"],
    ["a: 1\nb","ERR error converting YAML to JSON: yaml: line 3: could not find expected ':'"],
    ["a: b\n- c","ERR error converting YAML to JSON: yaml: line 1: did not find expected key"],
    ["a: [1, 2","ERR error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'"],
    ["x: 1\ny: 'abc","ERR error converting YAML to JSON: yaml: line 2: found unexpected end of stream"],
    ["a:\n  - 1\n  b: 2\n","ERR error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator"],
    ["a:\n- 1\n- 2\n b: 3","ERR error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context"],
    ["a: &a [*a]","ERR error converting YAML to JSON: yaml: anchor 'a' value contains itself"],
    ["a: !!binary aGVsbG8=","{\"a\":\"hello\"}"],
    ["a: !!binary '!!'","ERR error converting YAML to JSON: yaml: !!binary value contains invalid base64 data"],
    ["a: 010\nb: 0o17\nc: 0x10\nd: 0b101\ne: 1_000\nf: 1e3\ng: 12345678901234567890\nh: 9007199254740993\ni: 1:30\nj: 2020-01-01\nk: +1\nl: .5\nm: 08\nn: 1e400\no: -0b11\np: 0x_1F\nq: 1.\nr: -.inf","ERR error converting YAML to JSON: json: unsupported value: -Inf"],
    ["y: 1\nyes: 2\nOn: 3\nn: 4\nNO: 5\noff: 6\nTrue: 7\nFALSE: 8\nyEs: 9\n","{\"false\":8,\"true\":7,\"yEs\":9}"],
    ["null: 1","ERR error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: 1"],
    ["a: ~\nb: null\nc:\nd: NULL\ne: Nul","{\"a\":null,\"b\":null,\"c\":null,\"d\":null,\"e\":\"Nul\"}"],
    ["? [1]\n: 2","ERR error converting YAML to JSON: yaml: invalid map key: []interface {}{1}"],
    ["a: !!float 1\nb: !!str 1\nc: !!bool yes\nd: !foo bar\ne: !!timestamp 2020-1-1","{\"a\":1,\"b\":\"1\",\"c\":true,\"d\":\"bar\",\"e\":\"2020-1-1\"}"],
    ["a: !!null x","ERR error converting YAML to JSON: yaml: cannot decode !!str `x` as a !!null"],
    ["<<: {a: 1}\nb: 2","{\"a\":1,\"b\":2}"],
    ["a: 1\n<<: [{a: 2, b: 3}, {b: 4, c: 5}]","{\"a\":2,\"b\":3,\"c\":5}"],
    ["<<: 1","ERR error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value"],
    ["\"<<\": 1","{\"\\u003c\\u003c\":1}"],
    ["a: |\n  x\n  y\nb: >\n  p\n  q\n\nc: |-\n  z\n","{\"a\":\"x\\ny\\n\",\"b\":\"p q\\n\",\"c\":\"z\"}"],
    ["a: 'it''s'\nb: \"\\u00e9\\t\"","{\"a\":\"it's\",\"b\":\"é\\t\"}"],
    ["a: b\n  c\n  d","{\"a\":\"b c d\"}"],
    ["- 1","ERR error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}"],
    ["1","ERR error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go value of type map[string]interface {}"],
    ["","{}"],
    ["# c\n","{}"],
    ["---\na: 1\n---\nb: 2","{\"a\":1}"],
    ["a: 1\n...\n","{\"a\":1}"],
    ["{a: 1, b: [x, y]}","{\"a\":1,\"b\":[\"x\",true]}"],
    ["a: 1\na: 2","{\"a\":2}"],
    ["a: 2001-12-14t21:59:43.10-05:00\nb: 2001-12-14 21:59:43.10\nc: 2002-12-14\nd: 2001-13-14","{\"a\":\"2001-12-14t21:59:43.10-05:00\",\"b\":\"2001-12-14 21:59:43.10\",\"c\":\"2002-12-14\",\"d\":\"2001-13-14\"}"],
    ["a:\n  - b: 1\n    c: 2\n  - d","{\"a\":[{\"b\":1,\"c\":2},\"d\"]}"],
    ["key: value # comment\nk2: 'v' #c","{\"k2\":\"v\",\"key\":\"value\"}"],
    ["a: @x","ERR error converting YAML to JSON: yaml: found character that cannot start any token"],
    ["a: `x","ERR error converting YAML to JSON: yaml: found character that cannot start any token"],
    ["a: %x","ERR error converting YAML to JSON: yaml: found character that cannot start any token"],
    ["a: [1, 2]]","ERR error converting YAML to JSON: yaml: did not find expected key"],
    ["a: }","ERR error converting YAML to JSON: yaml: did not find expected node content"],
    ["&x a: 1\nb: *x","{\"a\":1,\"b\":\"a\"}"],
    ["a: &x 1\n*x : 2","{\"1\":2,\"a\":1}"],
    ["0.1: a\n1e3: b\n-1: c\n0x10: d","{\"-1\":\"c\",\"0.1\":\"a\",\"1000\":\"b\",\"16\":\"d\"}"]]
;

function render(src: string): string {
  try {
    const v = unmarshalYAML(src, 'map');
    return v === null ? '{}' : marshalJSON(v);
  } catch (e) {
    if (e instanceof YamlLoadError) return 'ERR ' + e.message.replace(/\n/g, '\\n');
    throw e;
  }
}

describe('unmarshalYAML (fromYaml) matches helm', () => {
  test.each(oracle)('%j', (src, want) => {
    expect(render(src)).toBe(want);
  });
});

describe('Helm 4 multi-document values', () => {
  test('documents are merged; later errors are relative to their document', () => {
    const m = loadValuesDocuments('a: 1\nm: {x: 1}\n---\nb: 2\nm: {z: 2}\n');
    expect(marshalJSON(m)).toBe('{"a":1,"b":2,"m":{"x":1,"z":2}}');
    expect(() => loadValuesDocuments('a: 1\n---\nb: [\n')).toThrow(
      "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 1: did not find expected node content",
    );
    expect(() => loadValuesDocuments('a: 1\n---\n- 1\n')).toThrow(
      'cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}',
    );
  });
  test('split on --- lines', () => {
    expect(splitYAMLDocuments('---\na: 1\n--- # c\nb: 2\n')).toEqual(['a: 1\n', 'b: 2\n']);
    expect(loadValuesDocuments('')).toEqual(new GoMap());
  });
  test('excessive aliasing is refused', () => {
    let src = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++) src += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    expect(() => unmarshalYAML(src)).toThrow('yaml: document contains excessive aliasing');
  });
});
