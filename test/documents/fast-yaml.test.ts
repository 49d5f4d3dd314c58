import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { BAIL, parseFast, resolvePlain, splitDocuments } from '../../src/documents/fast-yaml.js';
import { YAML_OPTIONS } from '../../src/documents/parse-documents.js';


/** full is the reference: the `yaml` package with the options parse-documents uses. */
function full(text: string): unknown {
  return parseDocument(text, YAML_OPTIONS).toJS();
}

describe('parseFast agrees with the full parser', () => {
  const cases: [string, string][] = [
    ['block map and seq', 'a: 1\nb:\n  - x\n  - p: 2\n    q: [1, "two", {k: v}]\n'],
    ['seq at the key indent', 'items:\n- a\n- b\nnext: c\n'],
    ['YAML 1.1 scalars', 'a: yes\nb: off\nc: 0777\nd: 0x1F\ne: 1_000\nf: .inf\ng: ~\nh: 1e3\ni: 2024-01-01\nj: 1:20\nk: y\n'],
    ['quoted', `a: "tab\\there \\u00e9 \\"q\\""\nb: 'it''s'\nc: "x: y # not a comment"\n`],
    ['literal block', 'a: |\n  line 1\n\n  line 3\nb: |-\n  x\nc: |+\n  y\n\nd: z\n'],
    ['folded block', 'a: >\n  one\n  two\n\n  three\nb: >-\n  x\n  y\n'],
    ['comments', '# head\na: 1 # trailing\n  # indented comment\nb: "#not"\nc: a#b\n'],
    ['empty values', 'a:\nb: {}\nc: []\nd: ""\ne:\n  # only comment\nf: null\n'],
    ['nested seqs', 'a:\n  - - 1\n    - 2\n  - - 3\n'],
    ['compact map in seq with nested block', 'c:\n  - name: x\n    env:\n      - name: A\n        value: "1"\n    ports: [{containerPort: 80}]\n'],
    ['dashes in plain scalars', 'args:\n  - --port=80\n  - -v\n  - "-"\nk: a-b\n'],
    ['colons in plain scalars', 'url: http://x:80/a\nimage: nginx:1.25\ntime: 12:30\n'],
    ['block scalar with comment-like content', 'script: |\n  # not a comment\n  echo hi\nnext: 1\n'],
    ['document marker line', '---\na: 1\n'],
    ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n'],
    ['multi-line plain', 'a: one\n  two\n\n  three\nb: x\n  y\n'],
    ['multi-line single-quoted', "a: 'one\n  two\n\n  three\n  '\nb: 1\n"],
    ['multi-line double-quoted', 'a: "one \\t\n  two"\n'],
    ['multi-line plain ended by a comment', 'a: one\n  two\n  # c\nb: 1\n'],
  ];
  test.each(cases)('%s', (_name, text) => {
    const v = parseFast(text);
    if (v !== BAIL) expect(v).toEqual(full(text));
  });

  test('takes the fast path on the usual manifest shapes', () => {
    for (const [name, text] of cases) {
      if (name === 'YAML 1.1 scalars') continue;
      expect(parseFast(text), name).not.toBe(BAIL);
    }
  });

  test.each([
    ['anchor', 'a: &x 1\nb: *x\n'],
    ['tag', 'a: !!str 1\n'],
    ['merge key', 'a: {x: 1}\nb:\n  <<: {x: 2}\n'],
    ['duplicate key', 'a: 1\na: 2\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['complex key', '? a\n: b\n'],
    ['syntax error', 'a: b: c\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
  ])('gives up on %s', (_name, text) => expect(parseFast(text)).toBe(BAIL));

  const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_./-]{0,12}$/);
  const str = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('yes', 'No', 'on', '0777', '0x1f', '1e3', '12:30', '2024-01-01', '~', '', ' lead', 'trail ', 'a: b', 'x #y', '- z', '"q"', "it's", 'multi\nline\n', 'multi\nline', '\n\nlead', 'tab\there', '#', '*a', '&b', '!c', '{}', '[]'),
  );
  const leaf = fc.oneof(str, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, tie('arr'), tie('obj')),
    arr: fc.array(tie('node'), { maxLength: 4 }),
    obj: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
  })).obj;

  test('random documents written by the yaml package', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom(20, 40, 80), fc.boolean(), (value, lineWidth, indentSeq) => {
        const text = stringify(value, { version: '1.1', lineWidth, indentSeq });
        const v = parseFast(text);
        if (v !== BAIL) expect(v).toEqual(full(text));
      }),
      { numRuns: Number(process.env.FAST_YAML_RUNS ?? 400) },
    );
  });
});

describe('splitDocuments', () => {
  test.each([
    ['# c\n---\na: 1\n', 1],
    ['a: 1\n---\n', 2],
    ['---\n---\na: 1', 2],
    ['', 0],
    ['a: 1\n---\n# only comment\n---\nb: 2', 3],
    ['--- # c\na: 1\n', 1],
  ])('%j has %d documents, as the full parser counts them', (text, n) => {
    const segs = splitDocuments(text);
    expect(segs).not.toBe(BAIL);
    expect((segs as unknown[]).length).toBe(n);
  });
  test('gives up on directives and document end markers', () => {
    expect(splitDocuments('%YAML 1.1\n---\na: 1\n')).toBe(BAIL);
    expect(splitDocuments('a: 1\n...\n')).toBe(BAIL);
    expect(splitDocuments('--- |\n  x\n')).toBe(BAIL);
  });
});

describe('resolvePlain', () => {
  test.each([
    ['yes', true],
    ['Off', false],
    ['0777', 511],
    ['0x1F', 31],
    ['0b101', 5],
    ['1_000', 1000],
    ['-1.5', -1.5],
    ['.inf', Infinity],
    ['null', null],
    ['2024-01-01', '2024-01-01'],
    ['v1', 'v1'],
  ])('%s', (text, want) => expect(resolvePlain(text)).toEqual(want));
});
