import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FAST_BAIL, fastYamlToJSON } from '../../../src/functions/encoding/yaml-fast.js';
import {
  splitYAMLDocuments,
  yamlToJSONValue,
  yamlToJSONValueFull,
  YamlLoadError,
} from '../../../src/functions/encoding/yaml-load.js';
import { GoInt, GoMap, GoSlice, type GoValue } from '../../../src/template/value.js';

// The fast YAML reader must give exactly what the full parser gives (types, key order, -0,
// errors with their positions) on every fixture and on generated near-miss documents.

/** canon spells a decoded value with its Go types so that deep equality includes them. */
function canon(v: GoValue): unknown {
  if (v === null) return ['nil'];
  if (v === undefined) return ['undef'];
  if (typeof v === 'number') return ['f64', Object.is(v, -0) ? '-0' : String(v)];
  if (typeof v === 'string' || typeof v === 'boolean') return [typeof v, v];
  if (v instanceof GoInt) return ['int', v.kind, v.v.toString()];
  if (v instanceof GoSlice) return ['slice', v.type, v.isNil, v.items.map(canon)];
  if (v instanceof GoMap) return ['map', v.type, [...v.entries].map(([k, x]) => [k, canon(x)])];
  return ['other', String(v)];
}

function outcome(f: () => GoValue): unknown {
  try {
    return { ok: canon(f()) };
  } catch (e) {
    if (e instanceof YamlLoadError) return { err: e.message, line: e.line, col: e.col };
    return { crash: String(e) };
  }
}

interface Tally {
  fast: number;
  total: number;
}

/** check compares both paths on one text and counts the texts the fast reader took. */
function check(text: string, tally: Tally): void {
  const full = outcome(() => yamlToJSONValueFull(text));
  const mixed = outcome(() => yamlToJSONValue(text));
  if (JSON.stringify(full) !== JSON.stringify(mixed)) {
    expect({ text, mixed }).toEqual({ text, mixed: full });
  }
  tally.total++;
  if (fastYamlToJSON(text) !== FAST_BAIL) {
    tally.fast++;
    expect(full, text).toHaveProperty('ok');
  }
}

/** helm's SplitManifests separator (what parseHead receives). */
const manifestDocs = (s: string): string[] =>
  s
    .split(/(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*/)
    .map((d) => d.trim())
    .filter((d) => d !== '');

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

function strings(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
}

describe('fast YAML reader agrees with the full parser', () => {
  test('every YAML fixture, its documents, and every string in the JSON goldens', () => {
    const files: string[] = [];
    walk('fixtures', files);
    const texts = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (/\.ya?ml$/.test(f)) {
        texts.add(text);
        for (const d of manifestDocs(text)) texts.add(d);
        try {
          for (const d of splitYAMLDocuments(text)) texts.add(d);
        } catch {
          // a separator error is the splitter's business, not the reader's
        }
      } else if (f.endsWith('.json')) {
        const all: string[] = [];
        strings(JSON.parse(text), all);
        for (const s of all) {
          texts.add(s);
          for (const d of manifestDocs(s)) texts.add(d);
        }
      }
    }
    const tally: Tally = { fast: 0, total: 0 };
    for (const t of texts) check(t, tally);
    expect(tally.total).toBeGreaterThan(3000);
    // the reader must actually carry the common case
    expect(tally.fast / tally.total).toBeGreaterThan(0.3);
  });

  const KEYS = [
    'a',
    'name',
    'b c',
    'apiVersion',
    'yes',
    'on',
    'No',
    '1',
    '-2',
    '1.5',
    '0x1F',
    '010',
    '~',
    'null',
    '<<',
    'a:b',
    'a#b',
    '-x',
    'x-',
    'é',
    '2020-01-01',
    '.inf',
    'k'.repeat(1030),
    'true',
    'ok',
  ];
  const SCALARS = [
    'x',
    'hello world',
    '1',
    '0',
    '-0',
    '+5',
    '-12',
    '007',
    '08',
    '0o17',
    '0x10',
    '0b101',
    '-0b11',
    '1_000',
    '1e3',
    '1.',
    '.5',
    '-.5',
    '1.5e-3',
    '12345678901234567890',
    '9007199254740993',
    '123456789012345',
    '1234567890123456',
    '.inf',
    '-.Inf',
    '.nan',
    '1e400',
    'true',
    'False',
    'yes',
    'Y',
    'n',
    'off',
    'ON',
    '~',
    'null',
    'Null',
    '',
    '2020-01-01',
    '2020-1-1 10:00:00',
    '1:30',
    '190:20:30',
    '<<',
    'a: b',
    'a #b',
    'a#b',
    "it's",
    'say "hi"',
    'back\\slash',
    'tab\there',
    'new\nline',
    'uni ☃ 😀',
    '\u00e9t\u00e9',
    '- x',
    '-x',
    '? q',
    ':x',
    '&a',
    '*a',
    '!t',
    '%p',
    '@at',
    '`bt',
    '|',
    '>',
    '[a]',
    '{a}',
    ',',
    '#',
    'trailing ',
    ' leading',
    '---',
    '...',
    'a,b',
    'http://x.y/z?q=1#f',
    'v1.2.3',
    '100m',
    '64Mi',
    '0.1',
    '1Gi',
    'line1\nline2\n',
    'line1\nline2',
    '\nlead',
    'a\n\nb\n',
    'x\n  indented\n',
    '  spaced\n',
    'trail\n\n',
    'Redis(R) is an open source, advanced key-value store. It is often referred\nto as a data structure server\nand sorted sets.',
    'folded\nyes',
    'one\n1.5\ntrue',
    'a\n- b',
    'a\nb: c',
    'a\nb # c',
    'a\n"q"',
    'a\n\nb',
    'x\n#y',
  ];

  type Tree = string | Tree[] | { k: string; v: Tree }[];
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...SCALARS),
      fc.array(tie('t'), { maxLength: 4 }),
      fc.array(fc.record({ k: fc.constantFrom(...KEYS), v: tie('t') }), { maxLength: 4 }),
    ),
  })).t;

  interface Style {
    ind: number;
    compact: boolean;
    flowBias: number;
    quote: number;
    comments: boolean;
  }

  const plainish = (s: string): string => s;
  const dq = (s: string): string =>
    JSON.stringify(s).replace(/\\u([0-9a-f]{4})/g, (_, h: string) => `\\u${h.toUpperCase()}`);
  const sq = (s: string): string => `'${s.replace(/'/g, "''")}'`;

  function scalar(s: string, st: Style, pick: number): string {
    const q = (pick + st.quote) % 4;
    if (s.includes('\n') || s.includes('\t')) return q === 1 ? sq(s) : dq(s);
    if (q === 0) return plainish(s);
    if (q === 1) return sq(s);
    return dq(s);
  }

  function flow(t: Tree, st: Style, pick: number): string {
    if (typeof t === 'string') return scalar(t, st, pick);
    if (t.length === 0) return pick % 2 ? '[]' : '{}';
    if (typeof t[0] === 'object' && !Array.isArray(t[0])) {
      const sep = st.quote === 3 ? ':' : ': ';
      return `{${(t as { k: string; v: Tree }[]).map((e, i) => `${scalar(e.k, st, pick + i)}${sep}${flow(e.v, st, pick + i + 1)}`).join(st.quote === 3 ? ',' : ', ')}}`;
    }
    return `[${(t as Tree[]).map((x, i) => flow(x, st, pick + i)).join(', ')}]`;
  }

  function block(t: Tree, st: Style, indent: number, pick: number, out: string[], lead: string): void {
    const pad = ' '.repeat(indent);
    if (typeof t === 'string') {
      if (t.includes('\n') && pick % 3 === 0) {
        const body = t.endsWith('\n') ? t.slice(0, -1) : t;
        out.push(`${lead}${t.endsWith('\n') ? '|' : '|-'}`);
        for (const l of body.split('\n')) out.push(l === '' ? '' : pad + ' '.repeat(st.ind) + l);
        return;
      }
      // multi-line plain scalars (folded lines, as in Chart.yaml descriptions), at varied indents
      if (t.includes('\n') && pick % 3 === 1) {
        const [head, ...rest] = t.split('\n');
        out.push(lead + head);
        rest.forEach((l, i) => out.push(l === '' ? '' : ' '.repeat(indent + ((i + pick) % 3)) + l));
        return;
      }
      out.push(lead + scalar(t, st, pick));
      return;
    }
    if (t.length === 0 || (pick * 7 + indent) % 10 < st.flowBias) {
      out.push(lead + flow(t, st, pick));
      return;
    }
    const isMap = typeof t[0] === 'object' && !Array.isArray(t[0]);
    const first = lead.trim() === '' || lead.trimEnd().endsWith('-');
    if (!first) out.push(lead.trimEnd());
    const childIndent = first ? indent : indent + st.ind;
    if (isMap) {
      (t as { k: string; v: Tree }[]).forEach((e, i) => {
        const p = i === 0 && first ? lead : ' '.repeat(childIndent);
        if (st.comments && i % 2) out.push(`${' '.repeat(childIndent)}# note ${i}`);
        block(e.v, st, childIndent, pick + i, out, `${p}${scalar(e.k, st, pick + i + 2)}: `);
      });
    } else {
      const seqIndent = !first && st.compact ? indent : childIndent;
      (t as Tree[]).forEach((x, i) => {
        const p = i === 0 && first ? lead : ' '.repeat(seqIndent);
        block(x, st, seqIndent + 2, pick + i, out, `${p}- `);
      });
    }
  }

  const MUTATIONS = [
    ' ',
    ':',
    '-',
    '#',
    "'",
    '"',
    '[',
    ']',
    '{',
    '}',
    ',',
    '|',
    '>',
    '&',
    '*',
    '!',
    '%',
    '?',
    '\t',
    '\r',
    '\n',
    '---\n',
    '\\',
    'x',
    '  ',
  ];

  const doc = fc.record({
    t: tree,
    st: fc.record({
      ind: fc.integer({ min: 1, max: 4 }),
      compact: fc.boolean(),
      flowBias: fc.integer({ min: 0, max: 4 }),
      quote: fc.integer({ min: 0, max: 3 }),
      comments: fc.boolean(),
    }),
    pick: fc.nat(50),
    marker: fc.constantFrom('', '---\n', '# top\n---\n', '--- # c\n', '\n'),
    tail: fc.constantFrom('', '\n', '\n---\nb: [1\n', '\n...\n', '\n# end'),
    edits: fc.array(fc.record({ at: fc.nat(), op: fc.nat(3), what: fc.constantFrom(...MUTATIONS) }), { maxLength: 3 }),
  });

  function render(d: typeof doc extends fc.Arbitrary<infer T> ? T : never): string {
    const out: string[] = [];
    block(d.t, d.st, 0, d.pick, out, '');
    let text = d.marker + out.join('\n') + d.tail;
    for (const e of d.edits) {
      if (text.length === 0) break;
      const at = e.at % text.length;
      if (e.op === 0) text = text.slice(0, at) + e.what + text.slice(at);
      else if (e.op === 1) text = text.slice(0, at) + text.slice(at + 1);
      else if (e.op === 2) {
        const ls = text.split('\n');
        const li = at % ls.length;
        ls[li] = e.what === ' ' ? ` ${ls[li]}` : ls[li].replace(/^ /, '');
        text = ls.join('\n');
      } else text = text.slice(0, at) + e.what + text.slice(at + 1);
    }
    return text;
  }

  test('generated documents, clean and mutated (fixed seed)', () => {
    const tally: Tally = { fast: 0, total: 0 };
    // YAML_FAST_SEED / YAML_FAST_RUNS explore further by hand; the suite runs the fixed default
    const seed = Number(process.env.YAML_FAST_SEED ?? 20261123);
    const runs = Number(process.env.YAML_FAST_RUNS ?? 6000);
    const samples = fc.sample(doc, { seed, numRuns: runs });
    for (const d of samples) check(render(d), tally);
    if (process.env.YAML_FAST_RUNS) console.log(`fast path took ${tally.fast}/${tally.total}`);
    expect(tally.total).toBe(runs);
    expect(tally.fast).toBeGreaterThan(1000);
  });

  test('hand-picked edge cases', () => {
    const tally: Tally = { fast: 0, total: 0 };
    const cases = [
      '',
      '\n',
      '# only\n',
      '---\n',
      '---\n---\na: 1\n',
      '# c\n---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      'a: 1\n--- x\n',
      'a: 1\n...\n',
      '%YAML 1.1\n---\na: 1\n',
      'a:\n- 1\n- 2\nb: 3\n',
      'a:\n  - 1\n  b: 2\n',
      '- a: 1\n  b: 2\n- c\n',
      '- - a\n  - b\n- c\n',
      '-\n  a: 1\n',
      '- # c\n  a: 1\n',
      'a:\n\n  # c\n  b: 1\n',
      'a: |\n  x\n  y\nb: 1\n',
      'description: one\n  two\n  three\nname: x\n',
      'a: |-\n',
      'a: |\n',
      'a: |-\nb: 1\n',
      'a: |\n# c\nb: 1\n',
      'a: |\n  # c\nb: 1\n',
      'a: |\n\nb: 1\n',
      'a: |-\n \nb: 1\n',
      '- |\n- x\n',
      '- |-\n',
      'a:\n  b: |-\n  c: 1\n',
      'a:\n  b: |\nc: 1\n',
      'a: |-\n---\n',
      'a: 1\n---\n',
      'a: 1\n---\n\n\n',
      'a: 1\n---   \n  \n',
      'a: 1\n--- # c\n',
      'a: |\n  x\n---\n',
      'a: 1\n---\n# c\n',
      'a: 1\n---\n\t\n',
      '---\n---\n',
      '---\na: 1\n---\n',
      'a: 1\n---\n---\n',
      'a: 1\n---\n...\n',
      'a: |-\n\n\n',
      'a: |\n\n\nb: 1\n',
      'a: |\n  \n\nb: 1\n',
      'a:\n  b: |-\n\n  c: 1\n',
      'a: |-\n\n  x\n',
      'description: one\n two\n',
      'a:\n  b: one\n   two\n  c: 1\n',
      'a:\n  b: one\n  two\n',
      '- one\n  two\n- three\n',
      '- one\n two\n',
      '- one\n two\n  - x\n',
      'a: one # c\n  two\n',
      'a: one\n  # c\n  two\n',
      'a: one\n\n  two\n',
      'a:\n  one\n  two\n',
      'a:\n  one\n two\n',
      'one\ntwo\n',
      'a: 1\n  2\n',
      'a: yes\n  no\n',
      'a: one\n  two: three\n',
      'a: one\n  two:\n',
      'a: one\n  [x]\n',
      'a: one\n  - x\n',
      'a: one\n  &x\n',
      'a: one\n  t\u00e9\u2603 \n',
      'a: one  \n  two  \nb: c\n',
      'a: |-\n  x\n\n  y\n\n',
      'a: |\n  x\n   \n  y\n',
      'a: |\n  x\n    \n',
      'a: |\n\n  x\n',
      '- |\n  x\n- |-\n  y\n',
      'a: |\n x\n',
      '- a: |\n   x\n  b: 2\n',
      'a: "x\\u00e9\\n\\"q\\\\"\n',
      "a: 'it''s'\n",
      'a: "x" # c\n',
      'a: "x"#c\n',
      'a: {b: 1, c: [2, "3"], d: {}}\n',
      'a: [1, 2,]\n',
      'a: [a: b]\n',
      'a: {b}\n',
      '[1, 2]\n',
      '{a: 1}: 2\n',
      'on: 1\nyes: 2\n1: 3\n0x10: 4\n1.5: 5\n',
      '"a": 1\n\'b\': 2\n',
      'a : 1\n',
      'a: b: c\n',
      'a: 1\n  b: 2\n',
      '  a: 1\n  b: 2\n',
      '  a: 1\nb: 2\n',
      'a: -0\nb: +0\nc: -1\n',
      `${'k'.repeat(1100)}: 1\n`,
      'a: 1 # c\nb: x#y\nc: x #y\n',
      '{"apiVersion":"v1","kind":"List","items":[{"a":1,"b":[true,null,"x"]}]}\n',
      '{"a":b}\n',
      "{'a':1}\n",
      '{a:1}\n',
      '{"a" :1}\n',
      '{"a":}\n',
      '{"a":"b":c}\n',
      'a: 12345678901234567890\n',
      'a: .nan\n',
      '? a\n: b\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '<<: {a: 1}\n',
      'a:\tb\n',
      'a: b\r\n',
      '\ufeffa: 1\n',
    ];
    for (const c of cases) check(c, tally);
    expect(tally.fast).toBeGreaterThan(20);
  });
});
