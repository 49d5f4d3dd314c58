import { describe, expect, test } from 'vitest';
import { ItemType, Lexer, formatRuneU } from '../../src/template/lexer.js';

const NAMES = Object.fromEntries(Object.entries(ItemType).map(([k, v]) => [v, k]));

/** tokens lexes input to `Type:val` strings up to EOF or the first error. */
function tokens(input: string, commentLines = true): string[] {
  const l = new Lexer('t', input);
  l.commentLines = commentLines;
  const out: string[] = [];
  for (let i = 0; i < 100; i++) {
    const it = l.nextItem();
    out.push(`${NAMES[it.typ]}:${it.val}`);
    if (it.typ === ItemType.EOF || it.typ === ItemType.Error) break;
  }
  return out;
}

describe('lexer', () => {
  test.each([
    ['text only', 'hello', ['Text:hello', 'EOF:']],
    ['field chain', '{{.Values.a}}', ['LeftDelim:{{', 'Field:.Values', 'Field:.a', 'RightDelim:}}', 'EOF:']],
    [
      'dot and variable',
      '{{ . $ $x }}',
      [
        'LeftDelim:{{',
        'Space: ',
        'Dot:.',
        'Space: ',
        'Variable:$',
        'Space: ',
        'Variable:$x',
        'Space: ',
        'RightDelim:}}',
        'EOF:',
      ],
    ],
    [
      'declare and assign',
      '{{$x:=1}}{{$x = 2}}',
      [
        'LeftDelim:{{',
        'Variable:$x',
        'Declare::=',
        'Number:1',
        'RightDelim:}}',
        'LeftDelim:{{',
        'Variable:$x',
        'Space: ',
        'Assign:=',
        'Space: ',
        'Number:2',
        'RightDelim:}}',
        'EOF:',
      ],
    ],
    [
      'keywords and bools',
      '{{if true}}{{else}}{{end}}',
      [
        'LeftDelim:{{',
        'If:if',
        'Space: ',
        'Bool:true',
        'RightDelim:}}',
        'LeftDelim:{{',
        'Else:else',
        'RightDelim:}}',
        'LeftDelim:{{',
        'End:end',
        'RightDelim:}}',
        'EOF:',
      ],
    ],
    [
      'pipe and parens',
      '{{(f 1)|g}}',
      [
        'LeftDelim:{{',
        'LeftParen:(',
        'Identifier:f',
        'Space: ',
        'Number:1',
        'RightParen:)',
        'Pipe:|',
        'Identifier:g',
        'RightDelim:}}',
        'EOF:',
      ],
    ],
    [
      'strings and chars',
      '{{"a\\"b" `r` \'x\'}}',
      [
        'LeftDelim:{{',
        'String:"a\\"b"',
        'Space: ',
        'RawString:`r`',
        'Space: ',
        "CharConstant:'x'",
        'RightDelim:}}',
        'EOF:',
      ],
    ],
    [
      'numbers',
      '{{1 -2 0x1F 1e3 .5 1_000 1+2i}}',
      [
        'LeftDelim:{{',
        'Number:1',
        'Space: ',
        'Number:-2',
        'Space: ',
        'Number:0x1F',
        'Space: ',
        'Number:1e3',
        'Space: ',
        'Number:.5',
        'Space: ',
        'Number:1_000',
        'Space: ',
        'Complex:1+2i',
        'RightDelim:}}',
        'EOF:',
      ],
    ],
    ['left trim', 'a \n{{- 1}}', ['Text:a', 'LeftDelim:{{', 'Number:1', 'RightDelim:}}', 'EOF:']],
    ['right trim', '{{1 -}} \n b', ['LeftDelim:{{', 'Number:1', 'RightDelim:}}', 'Text:b', 'EOF:']],
    ['negative number is no trim', '{{-3}}', ['LeftDelim:{{', 'Number:-3', 'RightDelim:}}', 'EOF:']],
    ['comment dropped', 'a{{/* c */}}b', ['Text:a', 'Text:b', 'EOF:']],
    ['trimmed comment', 'a {{- /* c */ -}} b', ['Text:a', 'Text:b', 'EOF:']],
    [
      'comma is a char',
      '{{range $i, $e := .}}',
      [
        'LeftDelim:{{',
        'Range:range',
        'Space: ',
        'Variable:$i',
        'Char:,',
        'Space: ',
        'Variable:$e',
        'Space: ',
        'Declare::=',
        'Space: ',
        'Dot:.',
        'RightDelim:}}',
        'EOF:',
      ],
    ],
    [
      'newlines inside actions are space',
      '{{ print\n"a" }}',
      ['LeftDelim:{{', 'Space: ', 'Identifier:print', 'Space:\n', 'String:"a"', 'Space: ', 'RightDelim:}}', 'EOF:'],
    ],
    [
      'unicode identifiers',
      '{{ .é $ü }}',
      ['LeftDelim:{{', 'Space: ', 'Field:.é', 'Space: ', 'Variable:$ü', 'Space: ', 'RightDelim:}}', 'EOF:'],
    ],
  ])('%s', (_name, input, want) => {
    expect(tokens(input)).toEqual(want);
  });

  test.each([
    ['{{ 1-}}', 'bad number syntax: "1-"'],
    ['{{ .x}', "bad character U+007D '}'"],
    ['{{/* x', 'unclosed comment'],
    ['{{/* x */ }}', 'comment ends before closing delimiter'],
    ['{{ print', 'unclosed action'],
    ['{{ (print }}', 'unclosed left paren'],
    ['{{ print ) }}', 'unexpected right paren'],
    ['{{ "a\n" }}', 'unterminated quoted string'],
    ['{{ `a', 'unterminated raw quoted string'],
    ["{{ 'a", 'unterminated character constant'],
    ['{{ $x : 1 }}', 'expected :='],
    ['{{$x=2}}', "bad character U+003D '='"],
    ['{{ \u0001 }}', 'unrecognized character in action: U+0001'],
  ])('error for %j', (input, msg) => {
    expect(tokens(input).at(-1)).toBe(`Error:${msg}`);
  });

  test('items record 1-based start lines', () => {
    const l = new Lexer('t', 'a\nb{{ x\n}}');
    const lines: number[] = [];
    for (let it = l.nextItem(); it.typ !== ItemType.EOF; it = l.nextItem()) lines.push(it.line);
    expect(lines).toEqual([1, 2, 2, 2, 2, 3]);
  });

  test('comment newlines are counted only from Go 1.24 (Helm 4)', () => {
    const lineAfter = (commentLines: boolean) => {
      const l = new Lexer('t', '{{/* a\nb */}}{{ x }}');
      l.commentLines = commentLines;
      return l.nextItem().line;
    };
    expect(lineAfter(true)).toBe(2);
    expect(lineAfter(false)).toBe(1);
  });

  test('formatRuneU prints Go %#U', () => {
    expect(formatRuneU(0x41)).toBe("U+0041 'A'");
    expect(formatRuneU(1)).toBe('U+0001');
    expect(formatRuneU(0x1f600)).toBe("U+1F600 '😀'");
  });
});
