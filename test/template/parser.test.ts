import { describe, expect, test } from 'vitest';
import { parseTrees } from '../../src/template/parser.js';
import { nodeString, isEmptyTree, type Node } from '../../src/template/nodes.js';
import { TemplateParseError } from '../../src/template/errors.js';

const known = new Set(['print', 'printf', 'len', 'index', 'and', 'or', 'not', 'eq', 'include', 'upper', 'list']);
const hasFunction = (n: string) => known.has(n);

function parseString(text: string, name = 't'): string {
  return nodeString(parseTrees(name, text, hasFunction).get(name)!.root!);
}

function parseError(text: string, helmVersion: 3 | 4 = 4): string {
  try {
    parseTrees('f', text, hasFunction, helmVersion);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateParseError);
    return (e as TemplateParseError).goMessage;
  }
  throw new Error(`no parse error for ${JSON.stringify(text)}`);
}

describe('nodeString (Go String() forms)', () => {
  test.each([
    ['text', 'plain text', 'plain text'],
    ['spaces normalised', '{{  .A.B   .C  }}', '{{.A.B .C}}'],
    ['variables', '{{$x := 1}}{{$x}}{{$.a}}', '{{$x := 1}}{{$x}}{{$.a}}'],
    ['assignment', '{{$x := 1}}{{$x = 2}}', '{{$x := 1}}{{$x = 2}}'],
    ['pipeline', '{{print "a" | printf "%s" | len}}', '{{print "a" | printf "%s" | len}}'],
    ['parenthesised args', '{{index (list 1 2) 0}}', '{{index (list 1 2) 0}}'],
    ['chain on pipe', '{{(list 1).x.y}}', '{{(list 1).x.y}}'],
    [
      'literals keep their text',
      "{{0x1F}} {{1e3}} {{'a'}} {{`raw`}} {{nil}} {{true}}",
      "{{0x1F}} {{1e3}} {{'a'}} {{`raw`}} {{nil}} {{true}}",
    ],
    ['if/else if', '{{if .a}}x{{else if .b}}y{{else}}z{{end}}', '{{if .a}}x{{else}}{{if .b}}y{{else}}z{{end}}{{end}}'],
    ['with/else with', '{{with .a}}x{{else with .b}}y{{end}}', '{{with .a}}x{{else}}{{with .b}}y{{end}}{{end}}'],
    [
      'range two vars',
      '{{range $i, $e := .l}}{{$i}}{{else}}none{{end}}',
      '{{range $i, $e := .l}}{{$i}}{{else}}none{{end}}',
    ],
    ['break/continue', '{{range .}}{{break}}{{continue}}{{end}}', '{{range .}}{{break}}{{continue}}{{end}}'],
    ['template', '{{template "x"}}{{template "y" .}}', '{{template "x"}}{{template "y" .}}'],
    ['block becomes template', '{{block "b" .}}B{{end}}', '{{template "b" .}}'],
    ['define removed from body', 'a{{define "d"}}D{{end}}b', 'ab'],
  ])('%s', (_n, input, want) => {
    expect(parseString(input)).toBe(want);
  });
});

describe('positions', () => {
  function firstArg(text: string): Node {
    const root = parseTrees('t', text, hasFunction).get('t')!.root!;
    const action = root.nodes[0];
    if (action.kind !== 'action') throw new Error('not an action');
    return action.pipe.cmds[0].args[0];
  }
  test('a field chain takes the position of its second field', () => {
    const n = firstArg('{{ .Values.nope.x }}');
    expect(n.kind).toBe('field');
    expect(n.pos).toBe(10);
  });
  test('a single field keeps its own position', () => {
    expect(firstArg('{{ .Values }}').pos).toBe(3);
  });
  test('a variable chain takes the position of its first field', () => {
    expect(firstArg('{{ $.Values.x }}').pos).toBe(4);
  });
});

describe('parse errors (Go message texts)', () => {
  test.each([
    ['{{end}}', 'template: f:1: unexpected {{end}}'],
    ['{{else}}', 'template: f:1: unexpected {{else}}'],
    ['{{ foo }}', 'template: f:1: function "foo" not defined'],
    ['{{ $x }}', 'template: f:1: undefined variable "$x"'],
    ['{{if}}{{end}}', 'template: f:1: missing value for if'],
    ['{{ }}', 'template: f:1: missing value for command'],
    ['{{"x" | "y"}}', 'template: f:1: non executable command in pipeline stage 2'],
    ['{{range $a, $b, $c := .}}{{end}}', 'template: f:1: too many declarations in range'],
    ['{{ $a, $b := 1 }}', 'template: f:1: too many declarations in command'],
    ['{{ range $a, 1 := list }}{{ end }}', 'template: f:1: range can only initialize variables'],
    ['{{break}}', 'template: f:1: {{break}} outside {{range}}'],
    ['{{continue}}', 'template: f:1: {{continue}} outside {{range}}'],
    ['{{if 1}}\n\n', 'template: f:3: unexpected EOF'],
    ['{{if 1}}a{{else}}b{{else}}c{{end}}', 'template: f:1: expected end; found {{else}}'],
    ['{{ 1e400 }}', 'template: f:1: illegal number syntax: "1e400"'],
    ['{{ 99999999999999999999 }}', 'template: f:1: integer overflow: "99999999999999999999"'],
    ["{{ 'ab' }}", "template: f:1: malformed character constant: 'ab'"],
    ['{{ "\\q" }}', 'template: f:1: invalid syntax'],
    ['{{ "a".x }}', 'template: f:1: unexpected . after term "\\"a\\""'],
    ['{{ print "abcdefghijklmnop" ) }}', 'template: f:1: unexpected right paren'],
    ['{{ print\n "a"', 'template: f:2: unclosed action started at f:1'],
    ['{{define "a"}}1{{end}}{{define "a"}}2{{end}}', 'template: f:1: template: multiple definition of template "a"'],
    ['{{ define x }}{{ end }}', 'template: f:1: unexpected "x" in define clause'],
    ['{{ if true }}{{ define "x" }}{{ end }}{{ end }}', 'template: f:1: unexpected <define> in command'],
    ['{{ template x }}', 'template: f:1: unexpected "x" in template clause'],
    ['{{ if }}{{ "abcdefghijklmnop" "x" ) }}', 'template: f:1: missing value for if'],
    ['{{ if true }}{{ "abcdefghijklmnop" | print ) }}', 'template: f:1: unexpected right paren'],
  ])('%j', (input, msg) => {
    expect(parseError(input)).toBe(msg);
  });

  test('Go 1.23 (Helm 3) does not count newlines inside comments', () => {
    expect(parseError('{{/* a\nb */}}\n{{ 1-}}', 4)).toBe('template: f:3: bad number syntax: "1-"');
    expect(parseError('{{/* a\nb */}}\n{{ 1-}}', 3)).toBe('template: f:2: bad number syntax: "1-"');
  });
});

describe('trees', () => {
  test('defines become separate trees named after the define', () => {
    const trees = parseTrees('f', 'x{{define "a"}}A{{end}}{{block "b" .}}B{{end}}', hasFunction);
    expect([...trees.keys()].sort()).toEqual(['a', 'b', 'f']);
    expect(trees.get('a')!.parseName).toBe('f');
    expect(nodeString(trees.get('b')!.root!)).toBe('B');
  });
  test('an empty redefinition in the same file is ignored, a non-empty one after an empty one wins', () => {
    expect(
      nodeString(parseTrees('f', '{{define "a"}}A{{end}}{{define "a"}} {{end}}', hasFunction).get('a')!.root!),
    ).toBe('A');
    expect(
      nodeString(parseTrees('f', '{{define "a"}} {{end}}{{define "a"}}A{{end}}', hasFunction).get('a')!.root!),
    ).toBe('A');
  });
  test('isEmptyTree accepts only white space and comments', () => {
    const root = (t: string) => parseTrees('f', t, hasFunction).get('f')!.root;
    expect(isEmptyTree(root(' \n\t{{/* c */}} '))).toBe(true);
    expect(isEmptyTree(root(' x '))).toBe(false);
    expect(isEmptyTree(root('{{ 1 }}'))).toBe(false);
  });
  test('break and continue are identifiers when functions of that name exist', () => {
    const trees = parseTrees('f', '{{ break }}', (n) => n === 'break');
    expect(nodeString(trees.get('f')!.root!)).toBe('{{break}}');
    const root = trees.get('f')!.root!;
    expect(root.nodes[0].kind).toBe('action');
  });
});
