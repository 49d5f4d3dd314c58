import { Rng } from './random-template.js';
/**
 * Random Sprig function-call templates for the differential test of the string, list, dict,
 * default, math, conversion, reflection and path functions against real helm.
 *
 * Every case is one action `{{ EXPR }}` over one fixed values tree (so the oracle can batch
 * them all into one chart). Arguments are drawn by parameter kind — Go literals of every type,
 * `.Values` fields of every type (float64 from values.yaml, int64 from --set), nested calls and
 * pipelines — and sometimes deliberately of the wrong type, so conversion and error paths are
 * exercised too. A seed reproduces a run exactly. Functions whose output helm itself does not
 * reproduce (`keys`/`values` order over several keys) or that mutate shared values (`set`,
 * `unset`, `merge*`) are not generated; the golden suites cover them.
 */


/** Parameter kinds: string, int, any, list, map, bool. A trailing `*` marks a variadic parameter. */
type Kind = 's' | 'i' | 'a' | 'l' | 'm' | 'b';

/** FUNCTIONS maps each generated function to its parameter kinds (last may be variadic). */
const FUNCTIONS: Record<string, string> = {
  trim: 's', trimAll: 'ss', trimPrefix: 'ss', trimSuffix: 'ss', upper: 's', lower: 's', title: 's',
  untitle: 's', substr: 'iis', repeat: 'is', trunc: 'is', nospace: 's', abbrev: 'is', abbrevboth: 'iis',
  initials: 's', swapcase: 's', snakecase: 's', camelcase: 's', kebabcase: 's', wrap: 'is', wrapWith: 'iss',
  contains: 'ss', hasPrefix: 'ss', hasSuffix: 'ss', quote: 'a*', squote: 'a*', cat: 'a*', indent: 'is',
  nindent: 'is', replace: 'sss', plural: 'ssi', toString: 'a', toStrings: 'a', split: 'ss', splitList: 'ss',
  splitn: 'sis', join: 'sa', sortAlpha: 'a',
  list: 'a*', first: 'l', last: 'l', rest: 'l', initial: 'l', append: 'la', prepend: 'la', reverse: 'l',
  uniq: 'l', without: 'la*', compact: 'l', concat: 'l*', has: 'al', slice: 'la*', chunk: 'il',
  mustFirst: 'l', mustRest: 'l', mustUniq: 'l', mustHas: 'al', mustSlice: 'la*',
  dict: 'a*', get: 'ms', hasKey: 'ms', pluck: 'sm*', pick: 'ms*', omit: 'ms*', dig: 'a*', deepCopy: 'a',
  default: 'aa*', empty: 'a', coalesce: 'a*', all: 'a*', any: 'a*', ternary: 'aab',
  add: 'a*', add1: 'a', sub: 'aa', mul: 'aa*', div: 'aa', mod: 'aa', max: 'aa*', min: 'aa*', maxf: 'aa*',
  minf: 'aa*', addf: 'a*', add1f: 'a', subf: 'aa*', mulf: 'aa*', divf: 'aa*', floor: 'a', ceil: 'a',
  round: 'ai', until: 'i', untilStep: 'iii', seq: 'i*',
  atoi: 's', int: 'a', int64: 'a', float64: 'a', toDecimal: 'a',
  typeOf: 'a', typeIs: 'sa', typeIsLike: 'sa', kindOf: 'a', kindIs: 'sa', deepEqual: 'aa',
  base: 's', dir: 's', clean: 's', ext: 's', isAbs: 's', osBase: 's', osDir: 's',
};

/** FUNCTION_NAMES lists the generated functions (for coverage checks). */
export const FUNCTION_NAMES = Object.keys(FUNCTIONS);

/** RANDOM_FN_VALUES is the values.yaml every case renders with (numbers are float64). */
export const RANDOM_FN_VALUES = [
  'str: Hello World',
  'empty: ""',
  'num: 3',
  'flt: 2.5',
  'big: 1000000',
  'neg: -7.9',
  'flag: true',
  'nul: null',
  'numstr: "0x1F"',
  'list: [1, "two", 3.5, null, true]',
  'strs: [b, A, c, b]',
  'map: {a: 1, b: x, c: {d: [1, 2]}}',
  'emptymap: {}',
  'emptylist: []',
  'path: ./a/b/../c.tar.gz',
  '',
].join('\n');

/** RANDOM_FN_SET are the --set flags every case renders with (integers are int64). */
export const RANDOM_FN_SET = ['i64=42', 'zero=0', 'negi=-5'];

const STRINGS = [
  '', 'a', 'x', 'Hello World', 'a,b,c', '  pad  ', 'héllo wörld', 'HTTPServer', 'foo_bar-baz', 'myID2Go',
  'line1\\nline2', "it's", 'tab\\there', '123', '0x1F', '010', '1.50', '-3', 'true', 'a/b/c.txt', '/x/../y/',
  'The quick brown fox jumps', 'ß ǆ İ', '日本語', '$x$', ',',
];
const ASCII_STRINGS = STRINGS.filter((s) => /^[ -~]*$/.test(s));
const INTS = ['0', '1', '2', '3', '5', '10', '-1', '-2', '100'];
const FLOATS = ['0.5', '1.5', '-2.25', '0.1', '1e6', '0.0', '2.0', '1e-7', '3.14159'];
const STRING_FIELDS = ['.Values.str', '.Values.empty', '.Values.numstr', '.Values.path'];
const ANY_FIELDS = [
  '.Values.num', '.Values.flt', '.Values.big', '.Values.neg', '.Values.flag', '.Values.nul', '.Values.i64',
  '.Values.zero', '.Values.negi', '.Values.list', '.Values.strs', '.Values.map', '.Values.emptymap',
  '.Values.emptylist', '.Values.map.c', '.Values.missing', ...STRING_FIELDS,
  '.Capabilities.APIVersions', '.Values', '.Release.Revision', '(index "é" 0)',
  '(toDate "2006-01-02" "2020-01-01")', '(trunc 1 "é")', '(until 3)',
];
const TYPE_NAMES = ['int', 'int64', 'float64', 'string', 'bool', '<nil>', '[]interface {}', 'map[string]interface {}', 'slice', 'map', 'invalid', '[]string', '[]int'];

const quote = (s: string): string => `"${s.replace(/"/g, '\\"')}"`;

/** FnGen generates random expressions. */
export class FnGen {
  constructor(private readonly rng: Rng) {}

  /** expr returns a call of a random function; depth bounds nesting. */
  expr(depth: number): string {
    const name = this.rng.pick(FUNCTION_NAMES);
    return this.call(name, depth);
  }

  private call(name: string, depth: number): string {
    const sig = FUNCTIONS[name];
    const variadic = sig.endsWith('*');
    const kinds = [...sig.replace('*', '')] as Kind[];
    const args: string[] = [];
    kinds.forEach((k, i) => {
      const isLast = i === kinds.length - 1;
      if (variadic && isLast) {
        for (let n = this.rng.int(4); n > 0; n--) args.push(this.arg(k, depth));
      } else args.push(this.arg(k, depth));
    });
    // Byte-garbling functions turn multi-byte text into C1 controls, which the oracle's YAML channel rejects.
    if ((name === 'nospace' || name === 'initials') && /[^ -~]/.test(args[0] ?? '')) args[0] = quote(this.rng.pick(ASCII_STRINGS));
    if (name === 'dig') return `dig ${[...args.slice(0, 2).map(() => quote(this.rng.pick(['a', 'b', 'c', 'd']))), this.arg('a', depth), this.arg('m', depth)].join(' ')}`;
    // Sometimes pipe the last argument in, as charts usually do.
    if (args.length > 0 && this.rng.chance(0.3)) {
      const last = args.pop() as string;
      return `${last} | ${[name, ...args].join(' ')}`;
    }
    return [name, ...args].join(' ');
  }

  private nested(kind: Kind, depth: number): string {
    const fits = FUNCTION_NAMES.filter((n) => resultKind(n) === kind);
    return `(${this.call(this.rng.pick(fits), depth - 1)})`;
  }

  /** arg returns an argument of the kind (about 1 in 12 of any kind, to hit conversion errors). */
  arg(kind: Kind, depth: number): string {
    const r = this.rng;
    if (r.chance(0.08)) kind = r.pick(['s', 'i', 'a', 'l', 'm', 'b'] as const);
    if (depth > 0 && r.chance(0.2) && kind !== 'b') return this.nested(kind, depth);
    switch (kind) {
      case 's':
        if (r.chance(0.15)) return r.pick(STRING_FIELDS);
        if (r.chance(0.03)) return '(trunc 1 "é")';
        if (r.chance(0.05)) return quote(r.pick(TYPE_NAMES));
        return quote(r.pick(STRINGS));
      case 'i':
        if (r.chance(0.1)) return r.pick(['(len "abc")', '(int .Values.num)', '(int .Values.neg)', '(len .Values.list)']);
        if (r.chance(0.05)) return r.pick(['.Values.num', '.Values.i64', '1.5']);
        return r.pick(INTS);
      case 'b':
        return r.pick(['true', 'false', '.Values.flag', '(empty .Values.empty)', '(has 1 (list 1))']);
      case 'l':
        if (r.chance(0.3)) return r.pick(['.Values.list', '.Values.strs', '.Values.emptylist', '(until 4)', '(splitList "," "c,a,b")', '(list)']);
        if (r.chance(0.1)) return r.pick(['"abc"', '1', 'nil', '.Values.map']);
        return `(list ${Array.from({ length: r.int(5) }, () => this.scalar()).join(' ')})`.replace(' )', ')');
      case 'm':
        if (r.chance(0.4)) return r.pick(['.Values.map', '.Values.emptymap', '.Values.map.c', '.Values', '(dict)']);
        return `(dict ${Array.from({ length: r.int(3) }, () => `${quote(r.pick(['a', 'b', 'c', 'd']))} ${this.scalar()}`).join(' ')})`.replace(' )', ')');
      default:
        if (r.chance(0.35)) return r.pick(ANY_FIELDS);
        if (r.chance(0.15)) return this.arg(r.pick(['l', 'm'] as const), depth);
        return this.scalar();
    }
  }

  private scalar(): string {
    const r = this.rng;
    switch (r.int(6)) {
      case 0:
      case 1:
        return r.pick(INTS);
      case 2:
        return r.pick(FLOATS);
      case 3:
        return quote(r.pick(STRINGS));
      case 4:
        return r.pick(['true', 'false']);
      default:
        return r.chance(0.5) ? 'nil' : r.pick(ANY_FIELDS);
    }
  }
}

const RESULT_KINDS: Record<string, Kind> = {
  toStrings: 'l', splitList: 'l', sortAlpha: 'l', list: 'l', rest: 'l', initial: 'l', append: 'l', prepend: 'l',
  reverse: 'l', uniq: 'l', without: 'l', compact: 'l', until: 'l', untilStep: 'l', chunk: 'l', pluck: 'l',
  dict: 'm', pick: 'm', omit: 'm', split: 'm', splitn: 'm',
  atoi: 'i', int: 'i',
  contains: 'b', hasPrefix: 'b', hasSuffix: 'b', empty: 'b', all: 'b', any: 'b', has: 'b', deepEqual: 'b',
  typeIs: 'b', kindIs: 'b', isAbs: 'b',
};

function resultKind(name: string): Kind {
  const k = RESULT_KINDS[name];
  if (k) return k;
  if (['first', 'last', 'get', 'default', 'coalesce', 'ternary', 'deepCopy', 'dig', 'slice', 'concat', 'mustFirst', 'mustSlice'].includes(name)) return 'a';
  if (['addf', 'add1f', 'subf', 'mulf', 'divf', 'maxf', 'minf', 'floor', 'ceil', 'round', 'float64', 'div', 'mod'].includes(name)) return 'a';
  return 's';
}

/** randomFunctionTemplates returns `n` single-action templates for a seed. */
export function randomFunctionTemplates(seed: number, n: number): string[] {
  const gen = new FnGen(new Rng(seed));
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`{{ ${gen.expr(2)} }}`);
  return out;
}
