import { describe, expect, test } from 'vitest';
import { toKebabCase, toPascalCase, toSnakeCase } from '../../../src/functions/go/xstrings.js';

// Spec §2.6 (helm-verified with xstrings v1.5.0): input, snakecase, camelcase (ToPascalCase), kebabcase.
const TABLE: Array<[string, string, string, string]> = [
  ['HelloWorld', 'hello_world', 'HelloWorld', 'hello-world'],
  ['helloWorld', 'hello_world', 'HelloWorld', 'hello-world'],
  ['hello_world', 'hello_world', 'HelloWorld', 'hello-world'],
  ['hello world', 'hello_world', 'HelloWorld', 'hello-world'],
  ['HTTPServer', 'http_server', 'Httpserver', 'http-server'],
  ['myHTTPServer2Go', 'my_http_server2_go', 'MyHTTPServer2Go', 'my-http-server2-go'],
  ['ID', 'id', 'Id', 'id'],
  ['a1b2', 'a_1b2', 'A1b2', 'a-1b2'],
  ['Kebab-Case-X', 'kebab_case_x', 'KebabCaseX', 'kebab-case-x'],
  ['  spaced  out ', '__spaced__out_', '  Spaced Out ', '--spaced--out-'],
  ['x.y.z', 'x.y.z', 'X.y.z', 'x.y.z'],
  ['foo__bar', 'foo__bar', 'Foo_Bar', 'foo--bar'],
  ['FooBAR', 'foo_bar', 'FooBAR', 'foo-bar'],
  ['IPv6Address', 'i_pv6_address', 'Ipv6Address', 'i-pv6-address'],
  ['v1Beta2', 'v1_beta2', 'V1Beta2', 'v1-beta2'],
  ['HTTP20xOK', 'http_20x_ok', 'Http20xOK', 'http-20x-ok'],
  ['Bld4Floor3rd', 'bld4_floor_3rd', 'Bld4Floor3rd', 'bld4-floor-3rd'],
  ['日本語Text', '日本語_text', '日本語Text', '日本語-text'],
  ['', '', '', ''],
];

describe.each(TABLE)('%j', (input, snake, pascal, kebab) => {
  test('snake, pascal, kebab', () => {
    expect([toSnakeCase(input), toPascalCase(input), toKebabCase(input)]).toEqual([snake, pascal, kebab]);
  });
});
