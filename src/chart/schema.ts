import { GoInt, GoMap, GoSlice, type GoValue } from '../template/value.js';
import { checkValid } from '../functions/encoding/go-json-decode.js';
import { ChartError } from './errors.js';
import { fileText } from './loader.js';
import { compareBytes } from './go-strings.js';
import type { Chart } from './types.js';

/**
 * values.schema.json validation. Helm 4 uses santhosh-tekuri/jsonschema v6 (messages from
 * `kind/kind.go`, output tree from `output.go`); Helm 3.17 uses xeipuuv/gojsonschema. Both are
 * reproduced for the common keywords; object properties are visited in sorted order where Go
 * iterates a map (helm's own order is random there).
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = boolean | { [k: string]: Json };

/** SchemaError is one node of the error tree (santhosh-tekuri `ValidationError`). */
interface SchemaError {
  loc: string[];
  msg: string;
  /** gojsonschema-style message, when different. */
  msg3?: string;
  causes: SchemaError[];
  /** true for a `$ref` wrapper or a group that is transparent in the output. */
  group?: boolean;
}

function toJson(v: GoValue): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (v instanceof GoInt) return Number(v.v);
  if (v instanceof GoSlice) return v.items.map(toJson);
  if (v instanceof GoMap) {
    const o: { [k: string]: Json } = {};
    for (const [k, x] of v.entries) o[k] = toJson(x);
    return o;
  }
  return String(v);
}

function typeOf(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

function equal(a: Json, b: Json): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o: { [k: string]: Json } = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

function display(v: Json): string {
  if (typeof v === 'string') return `'${v}'`;
  return JSON.stringify(v);
}

function quoteList(xs: string[]): string {
  return xs.map((x) => `'${x}'`).join(', ');
}

/** numStr prints a number as golang.org/x/text's message printer does for `%v`/`%d` (digit grouping). */
function numStr(n: Json): string {
  const s = String(n);
  const m = /^(-?)(\d+)(.*)$/.exec(s);
  if (!m || m[3].includes('e')) return s;
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + m[3];
}

function runeLen(s: string): number {
  return [...s].length;
}

class Validator {
  constructor(private readonly root: Schema) {}

  private resolve(ref: string): Schema {
    if (!ref.startsWith('#')) return true;
    let cur: Json = this.root as Json;
    for (const raw of ref.slice(1).split('/').filter((p) => p !== '')) {
      const p = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (cur && typeof cur === 'object' && !Array.isArray(cur)) cur = cur[p];
      else return true;
    }
    return (cur ?? true) as Schema;
  }

  validate(s: Schema, v: Json, loc: string[]): SchemaError | undefined {
    if (s === true) return undefined;
    if (s === false) return { loc, msg: 'false schema', msg3: 'False always fails validation', causes: [] };
    const t = typeOf(v);
    const types = s.type === undefined ? undefined : Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (types) {
      const ok = types.includes(t) || (types.includes('integer') && t === 'number' && Number.isInteger(v));
      if (!ok) {
        const got3 = t === 'number' && Number.isInteger(v) ? 'integer' : t;
        return { loc, msg: `got ${t}, want ${types.join(' or ')}`, msg3: `Invalid type. Expected: ${types.join('/')}, given: ${got3}`, causes: [] };
      }
    }
    if (s.const !== undefined && !equal(v, s.const)) {
      const c = s.const;
      return { loc, msg: c !== null && typeof c === 'object' ? 'const failed' : `value must be ${display(c)}`, msg3: `${loc.length ? loc[loc.length - 1] : '(root)'} does not match: ${JSON.stringify(c)}`, causes: [] };
    }
    if (Array.isArray(s.enum) && !s.enum.some((e) => equal(v, e))) {
      const prim = s.enum.every((e) => e === null || typeof e !== 'object');
      const msg = !prim ? 'enum failed' : s.enum.length === 1 ? `value must be ${display(s.enum[0])}` : `value must be one of ${s.enum.map(display).join(', ')}`;
      const field = loc.length ? loc.join('.') : '(root)';
      return { loc, msg, msg3: `${field} must be one of the following: ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`, causes: [] };
    }
    const errs: SchemaError[] = [];
    if (typeof s.$ref === 'string') {
      const e = this.validate(this.resolve(s.$ref), v, loc);
      if (e) errs.push({ loc, msg: '', causes: e.group ? e.causes : [e], group: true });
    }
    if (t === 'object') this.object(s, v as { [k: string]: Json }, loc, errs);
    else if (t === 'array') this.array(s, v as Json[], loc, errs);
    else if (t === 'string') this.string(s, v as string, loc, errs);
    else if (t === 'number') this.number(s, v as number, loc, errs);
    this.conditional(s, v, loc, errs);
    if (errs.length === 0) return undefined;
    if (errs.length === 1) return errs[0];
    return { loc, msg: '', causes: errs, group: true };
  }

  private object(s: { [k: string]: Json }, obj: { [k: string]: Json }, loc: string[], errs: SchemaError[]): void {
    const keys = Object.keys(obj).sort(compareBytes);
    if (typeof s.minProperties === 'number' && keys.length < s.minProperties) errs.push({ loc, msg: `minProperties: got ${numStr(keys.length)}, want ${numStr(s.minProperties)}`, causes: [] });
    if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) errs.push({ loc, msg: `maxProperties: got ${numStr(keys.length)}, want ${numStr(s.maxProperties)}`, causes: [] });
    if (Array.isArray(s.required)) {
      const missing = (s.required as string[]).filter((r) => !(r in obj));
      if (missing.length === 1) errs.push({ loc, msg: `missing property '${missing[0]}'`, causes: [] });
      else if (missing.length > 1) errs.push({ loc, msg: `missing properties ${quoteList(missing)}`, causes: [] });
    }
    const props = (s.properties ?? {}) as { [k: string]: Schema };
    const patterns = Object.entries((s.patternProperties ?? {}) as { [k: string]: Schema });
    const additional: string[] = [];
    for (const k of keys) {
      let evaluated = false;
      if (k in props) {
        evaluated = true;
        const e = this.validate(props[k], obj[k], [...loc, k]);
        if (e) errs.push(e);
      }
      for (const [re, ps] of patterns) {
        if (new RegExp(re, 'u').test(k)) {
          evaluated = true;
          const e = this.validate(ps, obj[k], [...loc, k]);
          if (e) errs.push(e);
        }
      }
      if (!evaluated && s.additionalProperties !== undefined) {
        if (s.additionalProperties === false) additional.push(k);
        else if (typeof s.additionalProperties === 'object') {
          const e = this.validate(s.additionalProperties as Schema, obj[k], [...loc, k]);
          if (e) errs.push(e);
        }
      }
    }
    if (additional.length) errs.push({ loc, msg: `additional properties ${quoteList(additional)} not allowed`, causes: [] });
  }

  private array(s: { [k: string]: Json }, arr: Json[], loc: string[], errs: SchemaError[]): void {
    if (typeof s.minItems === 'number' && arr.length < s.minItems) errs.push({ loc, msg: `minItems: got ${numStr(arr.length)}, want ${numStr(s.minItems)}`, msg3: `Array must have at least ${s.minItems} items`, causes: [] });
    if (typeof s.maxItems === 'number' && arr.length > s.maxItems) errs.push({ loc, msg: `maxItems: got ${numStr(arr.length)}, want ${numStr(s.maxItems)}`, msg3: `Array must have at most ${s.maxItems} items`, causes: [] });
    if (s.uniqueItems === true) {
      outer: for (let i = 0; i < arr.length; i++) {
        for (let j = i + 1; j < arr.length; j++) {
          if (equal(arr[i], arr[j])) {
            errs.push({ loc, msg: `items at ${i} and ${j} are equal`, msg3: `array items[${i},${j}] must be unique`, causes: [] });
            break outer;
          }
        }
      }
    }
    const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as Schema[]) : Array.isArray(s.items) ? (s.items as Schema[]) : [];
    const n = Math.min(prefix.length, arr.length);
    for (let i = 0; i < n; i++) {
      const e = this.validate(prefix[i], arr[i], [...loc, String(i)]);
      if (e) errs.push(e);
    }
    if (s.items !== undefined && !Array.isArray(s.items)) {
      for (let i = n; i < arr.length; i++) {
        const e = this.validate(s.items as Schema, arr[i], [...loc, String(i)]);
        if (e) errs.push(e);
      }
    }
  }

  private string(s: { [k: string]: Json }, str: string, loc: string[], errs: SchemaError[]): void {
    const len = runeLen(str);
    if (typeof s.minLength === 'number' && len < s.minLength) errs.push({ loc, msg: `minLength: got ${numStr(len)}, want ${numStr(s.minLength)}`, msg3: `String length must be greater than or equal to ${s.minLength}`, causes: [] });
    if (typeof s.maxLength === 'number' && len > s.maxLength) errs.push({ loc, msg: `maxLength: got ${numStr(len)}, want ${numStr(s.maxLength)}`, msg3: `String length must be less than or equal to ${s.maxLength}`, causes: [] });
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(str)) {
      errs.push({ loc, msg: `'${str}' does not match pattern '${s.pattern}'`, msg3: `Does not match pattern '${s.pattern}'`, causes: [] });
    }
  }

  private number(s: { [k: string]: Json }, n: number, loc: string[], errs: SchemaError[]): void {
    if (typeof s.minimum === 'number' && n < s.minimum) errs.push({ loc, msg: `minimum: got ${numStr(n)}, want ${numStr(s.minimum)}`, msg3: `Must be greater than or equal to ${s.minimum}`, causes: [] });
    if (typeof s.maximum === 'number' && n > s.maximum) errs.push({ loc, msg: `maximum: got ${numStr(n)}, want ${numStr(s.maximum)}`, msg3: `Must be less than or equal to ${s.maximum}`, causes: [] });
    if (typeof s.exclusiveMinimum === 'number' && n <= s.exclusiveMinimum) errs.push({ loc, msg: `exclusiveMinimum: got ${numStr(n)}, want ${numStr(s.exclusiveMinimum)}`, msg3: `Must be greater than ${s.exclusiveMinimum}`, causes: [] });
    if (typeof s.exclusiveMaximum === 'number' && n >= s.exclusiveMaximum) errs.push({ loc, msg: `exclusiveMaximum: got ${numStr(n)}, want ${numStr(s.exclusiveMaximum)}`, msg3: `Must be less than ${s.exclusiveMaximum}`, causes: [] });
    if (typeof s.multipleOf === 'number' && !Number.isInteger(n / s.multipleOf)) errs.push({ loc, msg: `multipleOf: got ${numStr(n)}, want ${numStr(s.multipleOf)}`, msg3: `Must be a multiple of ${s.multipleOf}`, causes: [] });
  }

  private conditional(s: { [k: string]: Json }, v: Json, loc: string[], errs: SchemaError[]): void {
    if (s.not !== undefined && !this.validate(s.not as Schema, v, loc)) errs.push({ loc, msg: "'not' failed", msg3: 'Must not validate the schema (not)', causes: [] });
    if (Array.isArray(s.allOf)) {
      const sub = (s.allOf as Schema[]).map((x) => this.validate(x, v, loc)).filter((e): e is SchemaError => !!e);
      if (sub.length) errs.push({ loc, msg: "'allOf' failed", msg3: 'Must validate all the schemas (allOf)', causes: sub });
    }
    if (Array.isArray(s.anyOf)) {
      const sub = (s.anyOf as Schema[]).map((x) => this.validate(x, v, loc));
      if (sub.every((e) => e)) errs.push({ loc, msg: "'anyOf' failed", msg3: 'Must validate at least one schema (anyOf)', causes: sub as SchemaError[] });
    }
    if (Array.isArray(s.oneOf)) {
      const sub = (s.oneOf as Schema[]).map((x) => this.validate(x, v, loc));
      const ok = sub.map((e, i) => (e ? -1 : i)).filter((i) => i >= 0);
      if (ok.length === 0) errs.push({ loc, msg: "'oneOf' failed, none matched", msg3: 'Must validate one and only one schema (oneOf)', causes: sub as SchemaError[] });
      else if (ok.length > 1) errs.push({ loc, msg: `'oneOf' failed, subschemas ${ok[0]}, ${ok[1]} matched`, msg3: 'Must validate one and only one schema (oneOf)', causes: [] });
    }
    if (s.if !== undefined) {
      const cond = this.validate(s.if as Schema, v, loc);
      const branch = cond ? s.else : s.then;
      if (branch !== undefined) {
        const e = this.validate(branch as Schema, v, loc);
        if (e) errs.push(e);
      }
    }
  }
}

function pointer(loc: string[]): string {
  return loc.map((t) => '/' + t.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** display4 prints the santhosh-tekuri error tree (`output.go` display, non-verbose). */
function display4(e: SchemaError, indent: number, out: string[]): void {
  if (!e.group) {
    out.push(`${'  '.repeat(Math.max(indent - 1, 0))}- at '${pointer(e.loc)}': ${e.msg}`);
    indent++;
  }
  for (const c of e.causes) display4(c, indent, out);
}

function countErrors(e: SchemaError): number {
  return (e.group ? 0 : 1) + e.causes.reduce((a, c) => a + countErrors(c), 0);
}

function typeFailure(e: SchemaError): number {
  return e.msg.startsWith('got ') ? 1 : 0;
}

function closest(causes: SchemaError[]): SchemaError {
  const rank = (c: SchemaError) => countErrors(c) * 2 + typeFailure(c);
  return causes.reduce((best, c) => (rank(c) < rank(best) ? c : best), causes[0]);
}

/** flatten3 lists gojsonschema-style errors. */
function flatten3(e: SchemaError, out: string[]): void {
  if (!e.group) {
    const field = e.loc.length ? e.loc.join('.') : '(root)';
    const msg = e.msg3 ?? e.msg;
    if (e.msg.startsWith('missing propert')) {
      for (const m of e.msg.replace(/^missing propert(y|ies) /, '').split(', ')) out.push(`- ${field}: ${m.slice(1, -1)} is required`);
    } else if (e.msg.startsWith('additional properties')) {
      for (const m of e.msg.replace(/^additional properties /, '').replace(/ not allowed$/, '').split(', ')) out.push(`- ${field}: Additional property ${m.slice(1, -1)} is not allowed`);
    } else out.push(`- ${field}: ${msg}`);
  }
  // gojsonschema reports only the closest failing subschema of anyOf/oneOf (approximated: fewest errors, then first).
  const best = /^'(anyOf|oneOf)' failed, none matched$|^'anyOf' failed$/.test(e.msg) ? [closest(e.causes)] : e.causes;
  for (const c of best) flatten3(c, out);
}

/** firstJsonValue cuts a text after its first complete JSON value (what a json.Decoder reads); linear. */
function firstJsonValue(text: string): string {
  let i = 0;
  while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  if (text[i] !== '{' && text[i] !== '[' && text[i] !== '"') {
    const m = /^[^\s{}[\],:"]+/.exec(text.slice(i));
    return text.slice(0, i + (m ? m[0].length : 0));
  }
  let depth = 0;
  let inString = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 0) return text.slice(0, i + 1);
      }
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return text.slice(0, i + 1);
  }
  return text;
}

/** validateSingle validates values against one schema document; returns helm's error text or undefined. */
export function validateSingle(values: GoMap, schemaText: string, helmVersion: 3 | 4): string | undefined {
  let schema: Schema;
  // Go's encoding/json reports the syntax error (helm prints its text).
  const syntax = checkValid(new TextEncoder().encode(schemaText));
  if (syntax !== undefined) {
    // helm decodes with a json.Decoder: end of input reads as io.EOF / io.ErrUnexpectedEOF
    if (syntax === 'unexpected end of JSON input') return schemaText.trim() === '' ? 'EOF' : 'unexpected EOF';
    if (!/after top-level value$/.test(syntax)) return syntax;
    // data after the schema: helm 4 rejects it with this text, helm 3's decoder stops after the first value
    if (helmVersion === 4) return 'invalid character after top-level value';
    schemaText = firstJsonValue(schemaText);
  }
  try {
    schema = JSON.parse(schemaText) as Schema;
  } catch (e) {
    return `${(e as Error).message}\n`;
  }
  const err = new Validator(schema).validate(schema, toJson(values), []);
  if (!err) return undefined;
  const out: string[] = [];
  if (helmVersion === 4) {
    display4(err.group ? err : { loc: [], msg: '', causes: [err], group: true }, 1, out);
    return out.join('\n') + '\n';
  }
  // gojsonschema reports required and additionalProperties before property errors.
  flatten3(err, out);
  const rank = (l: string) => (l.includes(' is required') ? 0 : l.includes('Additional property') ? 1 : 2);
  return out.map((l, i) => ({ l, i })).sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i).map((x) => x.l).join('\n') + '\n';
}

function validateTree(c: Chart, values: GoMap, helmVersion: 3 | 4): string {
  let sb = '';
  if (c.schema) {
    const err = validateSingle(values, fileText(c.schema), helmVersion);
    if (err) sb += `${c.metadata.name}:\n${err}`;
  }
  for (const sub of c.dependencies) {
    const raw = values.entries.get(sub.metadata.name);
    if (raw === undefined || raw === null) continue;
    if (!(raw instanceof GoMap)) {
      sb += `${sub.metadata.name}:\ninvalid type for values: expected object (map), got ${typeof raw === 'string' ? 'string' : 'float64'}\n`;
      continue;
    }
    sb += validateTree(sub, raw, helmVersion);
  }
  return sb;
}

/** validateValuesSchemas checks every chart's values.schema.json (root first, then subcharts). */
export function validateValuesSchemas(c: Chart, values: GoMap, helmVersion: 3 | 4): void {
  const err = validateTree(c, values, helmVersion);
  if (err !== '') throw new ChartError(`values don't meet the specifications of the schema(s) in the following chart(s):\n${err}`, 'SCHEMA');
}
