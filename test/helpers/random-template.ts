/**
 * Random template generator for the differential test against real helm.
 *
 * `randomValues` builds a random values tree (emitted as JSON, which YAML reads the same way);
 * `randomTemplate` builds a template over it: text, trim markers, comments, actions with
 * pipelines, variables, if/else/with/range/break/continue, define + template/include, Go
 * builtins, printf with random verbs, comparisons, literals of every kind, field chains into
 * the values and common Sprig functions. About one template in six is then made ill-formed.
 * Everything is driven by a seeded PRNG, so a seed reproduces a run exactly. Constructs whose
 * output helm itself does not reproduce (map iteration order of `keys`, pointers printed by
 * `{{ $ }}`, random/crypto/time functions) are never generated.
 */

/** Rng is a seeded PRNG (mulberry32). */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const KEYS = ['a', 'b', 'c', 'name', 'port', 'tags', 'items', 'x1', 'Enabled', 'image', 'sub', 'list', 'count', 'ratio', 'empty'];
const STRINGS = ['', 'x', 'hello', 'Hello World', 'a,b,c', ' pad ', 'é日本', 'true', '1', '3.5', 'line1\nline2', 'quote"s', "it's", '<tag>&', '%d', 'nginx:1.2', '-', 'null'];
const NUMBERS = [0, 1, -1, 2, 3, 10, 0.5, 1.5, -2.25, 100, 1000000, 1234567, 0.0001, 1e-7, 1.2345678901234567e19, 80, 443];

/** ValueKind classifies values for picking well-typed operands. */
export type ValueKind = 'any' | 'string' | 'num' | 'int' | 'bool' | 'list' | 'map';

/** RandomValues is a values tree plus the paths that exist in it, by kind. */
export interface RandomValues {
  tree: { [k: string]: Json };
  yaml: string;
  /** `--set` flags (int64, bool and string values under `s.*`). */
  set: string[];
  /** Field paths (`a.b`) usable as `.Values.a.b`, by the kind of value they reach (`int` = int64 from `--set`). */
  paths: Record<ValueKind, string[]>;
}

function randomScalar(rng: Rng): Json {
  switch (rng.int(5)) {
    case 0:
    case 1:
      return rng.pick(STRINGS);
    case 2:
    case 3:
      return rng.pick(NUMBERS);
    default:
      return rng.chance(0.8) ? rng.chance(0.5) : null;
  }
}

function randomJson(rng: Rng, depth: number): Json {
  const r = rng.int(10);
  if (depth <= 0 || r < 5) return randomScalar(rng);
  if (r < 7) return Array.from({ length: rng.int(4) }, () => randomJson(rng, depth - 1));
  const o: { [k: string]: Json } = {};
  for (let i = rng.int(4); i > 0; i--) o[rng.pick(KEYS)] = randomJson(rng, depth - 1);
  return o;
}

function kindOf(v: Json): Exclude<ValueKind, 'int'> {
  if (v === null) return 'any';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'map';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'num';
  return 'bool';
}

function collectPaths(v: Json, prefix: string, out: RandomValues['paths']): void {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
  for (const [k, x] of Object.entries(v)) {
    const p = prefix ? `${prefix}.${k}` : k;
    out[kindOf(x)].push(p);
    collectPaths(x, p, out);
  }
}

/** randomValues makes a random values.yaml (as JSON text) and its field paths. */
export function randomValues(rng: Rng): RandomValues {
  const tree: { [k: string]: Json } = {};
  for (let i = 2 + rng.int(6); i > 0; i--) tree[rng.pick(KEYS)] = randomJson(rng, 3);
  const paths: RandomValues['paths'] = { any: ['missing'], string: [], num: [], int: [], bool: [], list: [], map: [] };
  collectPaths(tree, '', paths);
  for (const m of paths.map.slice(0, 2)) paths.any.push(`${m}.missing`);
  const set: string[] = [];
  if (rng.chance(0.5)) {
    const flags: string[] = [];
    for (let i = 1 + rng.int(3); i > 0; i--) {
      const key = `s.${rng.pick(['n', 'm', 'k'])}${i}`;
      const r = rng.int(4);
      const value = r < 2 ? rng.pick(['0', '3', '-7', '80', '9000000000']) : r === 2 ? rng.pick(['true', 'false']) : rng.pick(['x', 'a b', '1.5', '007']);
      flags.push(`${key}=${value}`);
      paths[r < 2 ? 'int' : r === 2 ? 'bool' : 'string'].push(key);
    }
    set.push(flags.join(','));
  }
  return { tree, yaml: JSON.stringify(tree, null, 1) + '\n', set, paths };
}

interface Scope {
  vars: string[];
  inRange: boolean;
  /** Dot is the root object (printing it would show a pointer address). */
  dotIsRoot: boolean;
  defines: string[];
}

const LITERALS = ['0', '1', '-3', '42', '0x1F', '1.5', '2.0', '-0.5', '1e3', '"s"', '""', '"a b"', '"é"', '"x\\ty"', '`raw`', 'true', 'false', "'a'", '3', '7'];
const STRING_LITS = ['"x"', '"abc"', '""', '"Hello"', '"a,b"', '" t "', '"-"', '"é"', '`r`'];
const PRINTF_VERBS = ['%v', '%d', '%s', '%q', '%x', '%5.2f', '%-4s|', '%t', '%T', '%%', '%03d', '%+v', '%.1f', '%g', '%e', '%c', '%8.3s', '%#v', '%X', '%o', '%[1]v', '%*d', '%U', '% x', '%6.2e', '%!', '%'];

/** Gen builds one template. */
class Gen {
  private varCount = 0;
  private defineCount = 0;
  constructor(
    private readonly rng: Rng,
    private readonly values: RandomValues,
    /** Prefix of define names, unique per case so cases can share one chart. */
    private readonly prefix: string,
  ) {}

  template(): string {
    const scope: Scope = { vars: [], inRange: false, dotIsRoot: true, defines: [] };
    const parts: string[] = [];
    if (this.rng.chance(0.2)) parts.push(this.define(scope));
    for (let i = 1 + this.rng.int(4); i > 0; i--) parts.push(this.item(scope, 3));
    if (this.rng.chance(0.1)) parts.push(this.define(scope));
    if (this.rng.chance(0.05)) parts.push(`{{ block "${this.prefix}b" . }}${this.items({ ...scope, vars: [] }, 1, 1)}{{ end }}`);
    if (this.rng.chance(0.05)) parts.push(`{{ tpl ${this.rng.pick(['"{{ .Values | toJson }}"', '"[{{ .a }}]"', '"{{ print 1 }}"', '`{{ .Release.Name | upper }}`', '"{{ .x.y }}"'])} . }}`);
    if (this.rng.chance(0.04)) parts.push(this.rng.pick(['{{-3}}', 'a {{- 3 }}', "{{ 'x' }}", '{{ 1.0 }}', '{{ 0x10 }}', '{{ 1e6 }}', '{{ -0.0 }}', '{{ `a\nb` }}']));
    return parts.join('');
  }

  private define(scope: Scope): string {
    const name = `${this.prefix}t${this.defineCount++}`;
    const inner: Scope = { vars: [], inRange: false, dotIsRoot: true, defines: [...scope.defines] };
    const body = this.items(inner, 2, 1 + this.rng.int(2));
    scope.defines.push(name);
    return `{{ define "${name}" }}${body}{{ end }}`;
  }

  private items(scope: Scope, depth: number, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += this.item(scope, depth);
    return s;
  }

  private open(): string {
    return this.rng.chance(0.2) ? this.rng.pick(['{{- ', '{{-\n', '{{-\t']) : this.rng.pick(['{{ ', '{{', '{{ ']);
  }

  private close(): string {
    return this.rng.chance(0.2) ? this.rng.pick([' -}}', '\n-}}']) : this.rng.pick([' }}', '}}', ' }}']);
  }

  private text(): string {
    return this.rng.pick(['a', ' ', '\n', 'x: ', '- ', '  ', 'key: value\n', '}', 'é', '\t', ',', '\n\n', '[', ']', 'text ']);
  }

  private item(scope: Scope, depth: number): string {
    const r = this.rng.int(depth > 0 ? 20 : 10);
    if (r < 3) return this.text();
    if (r < 8) return `${this.open()}${this.pipeline(scope, 2)}${this.close()}`;
    if (r < 9) return this.rng.pick(['{{/* c */}}', '{{- /* c */ -}}', '{{- /* c\n */}}', '{{/* c */ -}}']);
    if (r < 10) return this.declare(scope);
    if (r < 13) return this.ifBlock(scope, depth);
    if (r < 15) return this.withBlock(scope, depth);
    if (r < 18) return this.rangeBlock(scope, depth);
    if (scope.defines.length > 0) {
      const name = this.rng.pick(scope.defines);
      const arg = this.rng.chance(0.7) ? (scope.dotIsRoot ? ' .' : ' $') : ` ${this.operand(scope, 1)}`;
      if (this.rng.chance(0.5)) return `{{ template "${name}"${arg} }}`;
      return `{{ include "${name}"${arg}${this.rng.chance(0.3) ? ' | upper' : ''} }}`;
    }
    return `${this.open()}${this.pipeline(scope, 2)}${this.close()}`;
  }

  private declare(scope: Scope): string {
    if (scope.vars.length > 0 && this.rng.chance(0.3)) {
      return `{{ ${this.rng.pick(scope.vars)} = ${this.pipeline(scope, 1)} }}`;
    }
    const v = `$v${this.varCount++}`;
    const s = `{{ ${v} := ${this.pipeline(scope, 1)} }}`;
    scope.vars.push(v);
    return s;
  }

  private body(scope: Scope, depth: number, patch: Partial<Scope>): string {
    const inner: Scope = { ...scope, vars: [...scope.vars], ...patch };
    return this.items(inner, depth - 1, 1 + this.rng.int(3));
  }

  private ifBlock(scope: Scope, depth: number): string {
    let s = `${this.open()}if ${this.condition(scope)}${this.close()}${this.body(scope, depth, {})}`;
    if (this.rng.chance(0.3)) s += `{{ else if ${this.condition(scope)} }}${this.body(scope, depth, {})}`;
    if (this.rng.chance(0.5)) s += `${this.open()}else${this.close()}${this.body(scope, depth, {})}`;
    return s + `${this.open()}end${this.close()}`;
  }

  private withBlock(scope: Scope, depth: number): string {
    const subject = this.rng.chance(0.7) ? this.valuesRef(scope) : this.pipeline(scope, 1);
    let s = `{{ with ${subject} }}${this.body(scope, depth, { dotIsRoot: false })}`;
    if (this.rng.chance(0.2)) s += `{{ else with ${this.valuesRef(scope) || '1'} }}${this.body(scope, depth, { dotIsRoot: false })}`;
    if (this.rng.chance(0.4)) s += `{{ else }}${this.body(scope, depth, {})}`;
    return s + '{{ end }}';
  }

  private rangeBlock(scope: Scope, depth: number): string {
    const subjects = ['list 1 "a" 2.5', '(list)', '(dict "b" 1 "a" 2)', 'until 3', '3', 'splitList "," "a,b"', '$.Values', this.valuesRef(scope)];
    const ref = this.valuesRef(scope, this.rng.pick<ValueKind>(['list', 'map', 'list']));
    const subject = ref && this.rng.chance(0.6) ? ref : this.rng.pick(subjects) || 'list';
    const inner: Partial<Scope> = { inRange: true, dotIsRoot: false };
    let decl = '';
    const innerVars: string[] = [];
    const r = this.rng.int(3);
    if (r === 1) {
      const e = `$e${this.varCount++}`;
      decl = `${e} := `;
      innerVars.push(e);
    } else if (r === 2) {
      const i = `$i${this.varCount++}`;
      const e = `$e${this.varCount++}`;
      decl = `${i}, ${e} := `;
      innerVars.push(i, e);
    }
    const bodyScope: Scope = { ...scope, ...inner, vars: [...scope.vars, ...innerVars] };
    let body = this.items(bodyScope, depth - 1, 1 + this.rng.int(3));
    if (this.rng.chance(0.3)) body += `{{ if ${this.condition(bodyScope)} }}{{ ${this.rng.pick(['break', 'continue'])} }}{{ end }}`;
    let s = `${this.open()}range ${decl}${subject}${this.close()}${body}`;
    if (this.rng.chance(0.3)) s += `{{ else }}${this.body(scope, depth, {})}`;
    return s + `${this.open()}end${this.close()}`;
  }

  /** valuesRef is a `.Values` field chain reaching a value of `kind` (or any, or rarely a nil pointer). */
  private valuesRef(scope: Scope, kind: ValueKind = 'any'): string {
    const root = scope.dotIsRoot ? '' : '$';
    if (this.rng.chance(0.01)) return `${root}.Values.missing.deep`;
    const all = Object.values(this.values.paths).flat();
    const k = kind === 'int' && this.values.paths.int.length === 0 ? 'num' : kind;
    const pool = k === 'any' || this.rng.chance(0.1) ? all : this.values.paths[k];
    if (pool.length === 0) return '';
    return `${root}.Values.${this.rng.pick(pool)}`;
  }

  private condition(scope: Scope): string {
    const r = this.rng.int(6);
    if (r === 0) return this.comparison(scope);
    if (r === 1) return `not ${this.operand(scope, 1)}`;
    if (r === 2) return `${this.rng.pick(['and', 'or'])} ${this.operand(scope, 1)} ${this.operand(scope, 1)}`;
    if (r === 3) return this.valuesRef(scope) || 'true';
    return this.pipeline(scope, 1);
  }

  private comparison(scope: Scope): string {
    const op = this.rng.pick(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'eq']);
    const n = op === 'eq' && this.rng.chance(0.2) ? 3 : 2;
    const kind = this.rng.pick<ValueKind>(['string', 'num', 'int', 'string', 'any']);
    const args = Array.from({ length: n }, () => this.operand(scope, 1, kind));
    return `${op} ${args.join(' ')}`;
  }

  /** literal is a literal of `kind`. */
  private literal(kind: ValueKind): string {
    switch (kind) {
      case 'string':
        return this.rng.pick(STRING_LITS);
      case 'num':
        return this.rng.pick(['1.5', '2.0', '-0.5', '1e3', '0.1']);
      case 'int':
        return this.rng.pick(['0', '1', '-3', '42', '0x1F', '3', "'a'"]);
      case 'bool':
        return this.rng.pick(['true', 'false']);
      case 'list':
        return this.rng.pick(['(list 1 "a" 2.5)', '(list)', '(splitList "," "a,b")', '(list "b" "a")', '(until 3)']);
      case 'map':
        return this.rng.pick(['(dict "b" 1 "a" 2)', '(dict)', '(dict "name" "n" "a" (list 1))']);
      default:
        return this.rng.pick(LITERALS);
    }
  }

  /** operand is one argument of `kind` (usually): a literal, a field/variable reference or a parenthesised pipeline. */
  private operand(scope: Scope, depth: number, kind: ValueKind = 'any'): string {
    const r = this.rng.int(10);
    if (r < 3) return this.literal(kind);
    if (r < 6) return this.valuesRef(scope, kind) || this.literal(kind);
    if (r < 7 && scope.vars.length > 0 && kind === 'any') {
      const v = this.rng.pick(scope.vars);
      return this.rng.chance(0.2) ? `${v}.${this.rng.pick(KEYS)}` : v;
    }
    if (r < 8 && !scope.dotIsRoot && kind === 'any') return this.rng.chance(0.7) ? '.' : `.${this.rng.pick(KEYS)}`;
    if (r < 8 && kind === 'string') return this.rng.pick(['.Release.Name', '.Chart.Name', '.Template.Name']).replace(/^\./, scope.dotIsRoot ? '.' : '$.');
    if (r < 8 && kind === 'any') return this.rng.pick(['nil', '$.Values', '$.Release.Name', '$.Chart.Name']);
    if (depth > 0 && kind === 'string') return `(${this.rng.pick(['toString', 'quote', 'upper', 'print'])} ${this.operand(scope, depth - 1)})`;
    if (depth > 0 && kind === 'int') return `(${this.rng.pick(['int', 'len'])} ${this.operand(scope, depth - 1, this.rng.pick<ValueKind>(['num', 'string', 'list']))})`;
    if (depth > 0 && kind === 'any') return `(${this.pipeline(scope, depth - 1)})`;
    return this.literal(kind);
  }

  private args(scope: Scope, depth: number, n: number, kind: ValueKind = 'any'): string {
    return Array.from({ length: n }, () => ' ' + this.operand(scope, depth, kind)).join('');
  }

  /** last is the final argument of a command unless a previous stage supplies it. */
  private last(piped: boolean, scope: Scope, depth: number, kind: ValueKind = 'any'): string {
    return piped ? '' : ' ' + this.operand(scope, depth, kind);
  }

  /** command is one pipeline stage; `piped` tells a previous stage's value is appended. */
  private command(scope: Scope, depth: number, piped: boolean): string {
    const d = depth;
    if (piped && this.rng.chance(0.6)) return this.pipedCommand(scope, d);
    switch (this.rng.int(24)) {
      case 0:
        return `printf ${this.printfFormat()}${this.args(scope, d, this.rng.int(3))}`;
      case 1:
        return `print${this.args(scope, d, this.rng.int(3))}`;
      case 2:
        return this.comparison(scope);
      case 3:
        return `${this.rng.pick(['and', 'or'])}${this.args(scope, d, 1 + this.rng.int(2))}`;
      case 4:
        return `default ${this.operand(scope, d)}${this.last(piped, scope, d)}`;
      case 5:
        return `${this.rng.pick(['quote', 'squote', 'toString', 'toJson', 'kindOf', 'typeOf', 'empty', 'not', 'toYaml', 'toPrettyJson'])}${this.last(piped, scope, d)}`;
      case 6:
        return `${this.rng.pick(['upper', 'lower', 'title', 'trim', 'b64enc', 'len', 'trimAll "a"', 'untitle', 'kebabcase', 'snakecase'])}${this.last(piped, scope, d, 'string')}`;
      case 7:
        return `list${this.args(scope, d, this.rng.int(3))}`;
      case 8:
        return `dict ${this.rng.pick(STRING_LITS)} ${this.operand(scope, d)}`;
      case 9:
      {
        const k = this.rng.pick<ValueKind>(['list', 'map', 'string']);
        const keys = k === 'map' ? ['"a"', '"name"', '"zz"'] : ['0', '1', '-1', '2', '0'];
        return `index ${piped ? '' : this.operand(scope, d, k) + ' '}${this.rng.pick(keys)}`.replace('index  ', 'index ');
      }
      case 10:
      {
        const f = this.rng.pick(['add', 'sub', 'mul', 'max', 'min', 'add1', 'addf', 'subf', 'mulf']);
        const first = f === 'add1' ? '' : ' ' + this.operand(scope, d, this.rng.pick<ValueKind>(['int', 'num']));
        return `${f}${first}${this.last(piped, scope, d, this.rng.pick<ValueKind>(['int', 'num']))}`;
      }
      case 11:
        return `${this.rng.pick(['int', 'int64', 'float64', 'atoi', 'toString'])}${this.last(piped, scope, d, this.rng.pick<ValueKind>(['num', 'string', 'int']))}`;
      case 12:
        return `${this.rng.pick(['indent', 'nindent', 'trunc', 'repeat'])} ${this.rng.pick(['0', '2', '3', '-1', '1'])}${this.last(piped, scope, d, 'string')}`;
      case 13:
        return `${this.rng.pick(['contains', 'hasPrefix', 'hasSuffix', 'trimPrefix', 'trimSuffix'])} ${this.rng.pick(STRING_LITS)}${this.last(piped, scope, d, 'string')}`;
      case 14:
        return `replace ${this.rng.pick(STRING_LITS)} ${this.rng.pick(STRING_LITS)}${this.last(piped, scope, d, 'string')}`;
      case 15:
        return `ternary ${this.operand(scope, d)} ${this.operand(scope, d)}${this.last(piped, scope, d, 'bool')}`;
      case 16:
        return `coalesce${this.args(scope, d, 1 + this.rng.int(2))}`;
      case 17:
        return `${this.rng.pick(['first', 'last', 'rest', 'uniq', 'sortAlpha', 'compact', 'initial', 'reverse'])}${this.last(piped, scope, d, 'list')}`;
      case 18:
        return `${this.rng.pick(['join', 'splitList'])} ${this.rng.pick(['","', '" "', '""'])}${this.last(piped, scope, d, this.rng.pick<ValueKind>(['list', 'string']))}`;
      case 19:
        return `${this.rng.pick(['hasKey', 'get'])} ${piped ? '' : this.operand(scope, d, 'map') + ' '}${this.rng.pick(['"a"', '"name"', '"zz"'])}`.replace(/ {2}/g, ' ');
      case 20:
        return `${this.rng.pick(['html', 'js', 'urlquery', 'println'])}${this.args(scope, d, this.rng.int(2) + 1)}`;
      case 21:
        return this.rng.chance(0.2) ? `required "need it"${this.last(piped, scope, d)}` : `append ${piped ? '' : this.operand(scope, d, 'list') + ' '}${this.operand(scope, d)}`.replace(/ {2}/g, ' ');
      case 22:
        return this.rng.chance(0.1) ? `fail ${this.rng.pick(STRING_LITS)}` : `${this.rng.pick(['keys', 'values'])} ${piped ? '' : this.operand(scope, d, 'map') + ' '}| sortAlpha`.replace(/ {2}/g, ' ');
      default:
        return piped ? this.pipedCommand(scope, d) : this.operand(scope, d);
    }
  }

  /** pipedCommand is a stage that accepts any piped value. */
  private pipedCommand(scope: Scope, d: number): string {
    return this.rng.pick([
      'quote',
      'toJson',
      'toString',
      'typeOf',
      'kindOf',
      'empty',
      `print ${this.operand(scope, d)}`,
      'printf "%v"',
      `printf "%s|%v" ${this.operand(scope, d)}`,
      `default ${this.operand(scope, d)}`,
      `list ${this.operand(scope, d)}`,
      `coalesce ${this.operand(scope, d)}`,
      'toString | upper',
      'toYaml',
      `eq ${this.operand(scope, d)}`,
      'len',
    ]);
  }

  private printfFormat(): string {
    let f = '';
    for (let i = 1 + this.rng.int(3); i > 0; i--) f += this.rng.pick(['', 'x=', ' ', '-']) + this.rng.pick(PRINTF_VERBS);
    return JSON.stringify(f);
  }

  pipeline(scope: Scope, depth: number): string {
    const stages = [this.command(scope, depth, false)];
    for (let i = this.rng.chance(0.35) ? 1 + this.rng.int(2) : 0; i > 0; i--) stages.push(this.command(scope, depth, true));
    return stages.join(' | ');
  }
}

const BREAKERS: ((t: string, rng: Rng) => string)[] = [
  (t, rng) => {
    const i = t.indexOf('}}', rng.int(Math.max(1, t.length)));
    return i < 0 ? t + '{{' : t.slice(0, i) + t.slice(i + 2);
  },
  (t) => t.replace(/\{\{-? ?end ?-?\}\}(?![\s\S]*\{\{-? ?end)/, ''),
  (t) => t + '{{ end }}',
  (t, rng) => t + rng.pick(['{{ nope 1 }}', '{{ $undefined }}', '{{ 1- }}', '{{ "unterminated }}', '{{ else }}', '{{ break }}', '{{ (1 }}', '{{ .Values.a | }}', '{{ define "DUP" }}{{ end }}{{ define "DUP" }}1{{ end }}']),
  (t, rng) => {
    const i = rng.int(t.length + 1);
    return t.slice(0, i) + rng.pick(['{{', '}}', '"', ')', '(', '|', '$', '{{/*']) + t.slice(i);
  },
];

/** RandomCase is one generated template with the values it runs against. */
export interface RandomCase {
  name: string;
  template: string;
  values: string;
  set: string[];
  batchable: true;
}

/**
 * randomCases generates `count` templates in groups that share one values tree (so the oracle
 * can batch them); about one in six is made ill-formed.
 */
export function randomCases(seed: number, count: number, groupSize = 25): RandomCase[] {
  const rng = new Rng(seed);
  const out: RandomCase[] = [];
  let values = randomValues(rng);
  for (let i = 0; i < count; i++) {
    if (i % groupSize === 0) values = randomValues(rng);
    const prefix = `c${i}`;
    let t = new Gen(rng, values, prefix).template();
    if (rng.chance(1 / 6)) t = rng.pick(BREAKERS)(t, rng).replaceAll('"DUP"', `"${prefix}dup"`);
    out.push({ name: `random-${seed}-${i}`, template: t, values: values.yaml, set: values.set, batchable: true });
  }
  return out;
}
