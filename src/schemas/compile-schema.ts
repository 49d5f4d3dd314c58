import { createRequire } from 'node:module';
import type { RE2JS as RE2JSType } from 're2js';
import type { PathSegment } from '../common/path.js';
import type { CelRule, CompactSchema } from './compact-schema.js';
import { formatChecks } from './formats.js';
import type { SchemaError, SchemaErrorCode } from './schema-error.js';

/** WalkState carries the current path and the collected errors through one validation. */
export interface WalkState {
  path: PathSegment[];
  errors: SchemaError[];
}

/** Validate checks `value` against one compiled schema node, appending to `state.errors`. */
export type Validate = (value: unknown, state: WalkState) => void;

/** CelCheck evaluates compiled `x-kubernetes-validations` rules against `self`. */
export type CelCheck = (self: unknown, schema: CompactSchema, state: WalkState) => void;

/** CompileOptions choose built-in or CRD semantics. */
export interface CompileOptions {
  resolve: (name: string) => CompactSchema | undefined;
  /**
   * crd selects the apiextensions-apiserver's semantics: objects without properties are closed
   * unless they preserve unknown fields, null array items need `nullable`, list-map duplicates are
   * errors. Built-in semantics follow Go's decoder: objects without properties are free-form.
   */
  crd: boolean;
  compileCel?: (rules: CelRule[]) => CelCheck;
  /** allowUnknown turns unknown-field checks off (allOf/anyOf/oneOf/not branches only validate). */
  allowUnknown?: boolean;
}

const require = createRequire(import.meta.url);
let re2: typeof RE2JSType | undefined;

/** compilePattern compiles a CRD `pattern` with Go's RE2 semantics; re2js loads on first use only. */
function compilePattern(pattern: string): RE2JSType {
  re2 ??= (require('re2js') as { RE2JS: typeof RE2JSType }).RE2JS;
  return re2.compile(pattern);
}

const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';
const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/**
 * NOT_ENFORCED lists `required` entries of the built-in OpenAPI that the API server does not
 * enforce (Go validation accepts the empty value), so reporting them would be a false error.
 */
const NOT_ENFORCED = new Set(['io.k8s.api.apps.v1.StatefulSetSpec#serviceName', 'io.k8s.api.core.v1.HTTPHeader#value']);

/** typeName names a JSON value's type as the API server's messages do. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function fail(state: WalkState, code: SchemaErrorCode, params: Record<string, string | number>, extra?: Partial<SchemaError>): void {
  state.errors.push({ code, path: [...state.path], target: 'value', params, ...extra });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** SchemaCompiler turns compact schema nodes into validation closures, memoising definitions. */
export class SchemaCompiler {
  private readonly definitions = new Map<string, Validate>();
  private branchCompiler?: SchemaCompiler;

  constructor(private readonly options: CompileOptions) {}

  /** definition returns the validator of a named definition; recursive definitions are fine. */
  definition(name: string): Validate {
    const known = this.definitions.get(name);
    if (known) return known;
    let impl: Validate = () => undefined;
    const slot: Validate = (v, s) => impl(v, s);
    this.definitions.set(name, slot);
    const schema = this.options.resolve(name);
    if (name === QUANTITY) impl = quantityCheck;
    else if (schema) impl = this.compile(schema, name);
    return slot;
  }

  /** compile builds the validator of one schema node; `owner` names its definition, if any. */
  compile(node: CompactSchema, owner?: string): Validate {
    if (node.$ !== undefined && node.t === undefined && node.v === undefined) return this.definition(node.$);
    const checks: Validate[] = [];
    const typeCheck = this.typeCheck(node);
    if (node.e) checks.push(enumCheck(node.e));
    if (node.f && formatChecks[node.f]) checks.push(formatCheck(node.f));
    checks.push(...stringChecks(node), ...numberChecks(node));
    if (node.t === 'object' || node.p || node.a !== undefined || node.er) checks.push(this.objectCheck(node, owner));
    if (node.t === 'array' || node.i) checks.push(this.arrayCheck(node));
    checks.push(...this.combinators(node));
    if (node.v && node.v.length && this.options.compileCel) {
      const cel = this.options.compileCel(node.v);
      checks.push((v, s) => cel(v, node, s));
    }
    const nullable = node.n === 1;
    return (value, state) => {
      if (value === null && nullable) return;
      if (typeCheck && !typeCheck(value, state)) return;
      for (const c of checks) c(value, state);
    };
  }

  private typeCheck(node: CompactSchema): ((v: unknown, s: WalkState) => boolean) | undefined {
    const intOrString = node.ios === 1 || node.f === 'int-or-string';
    const t = node.t;
    if (!t && !intOrString) return undefined;
    const want = intOrString ? 'integer or string' : t === 'number' ? 'number' : String(t);
    const ok = (v: unknown): boolean => {
      if (intOrString) return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
      switch (t) {
        case 'string':
          return typeof v === 'string';
        case 'integer':
          return typeof v === 'number' && Number.isInteger(v);
        case 'number':
          return typeof v === 'number';
        case 'boolean':
          return typeof v === 'boolean';
        case 'object':
          return isPlainObject(v);
        case 'array':
          return Array.isArray(v);
        default:
          return true;
      }
    };
    return (v, s) => {
      if (ok(v)) return true;
      fail(s, 'type', { expected: want, actual: typeName(v), value: preview(v) });
      return false;
    };
  }

  private objectCheck(node: CompactSchema, owner: string | undefined): Validate {
    const props = new Map<string, Validate>();
    for (const [k, p] of Object.entries(node.p ?? {})) props.set(k, this.compile(p));
    if (node.er) {
      if (!props.has('metadata')) props.set('metadata', this.definition(OBJECT_META));
      if (!props.has('apiVersion')) props.set('apiVersion', this.compile({ t: 'string' }));
      if (!props.has('kind')) props.set('kind', this.compile({ t: 'string' }));
    }
    const nullableProps = new Set(Object.entries(node.p ?? {}).filter(([, p]) => p.n === 1).map(([k]) => k));
    const required = (node.r ?? []).filter((k) => !(owner && NOT_ENFORCED.has(`${owner}#${k}`)));
    if (node.er) required.push('apiVersion', 'kind');
    const additional = typeof node.a === 'object' ? this.compile(node.a) : undefined;
    const open =
      this.options.allowUnknown === true ||
      node.pu === 1 || node.a === true || (!this.options.crd && !node.p && node.a === undefined && !node.er);
    const { mnp, mxp } = node;
    const crd = this.options.crd;
    return (value, state) => {
      if (!isPlainObject(value)) return;
      // The API server resets a built-in object's status on create; it never requires status fields.
      const inStatus = !crd && (state.path[0] === 'items' ? state.path[2] : state.path[0]) === 'status';
      if (!inStatus) for (const key of required) {
        const v = value[key];
        if (v === undefined || (v === null && !nullableProps.has(key))) {
          state.path.push(key);
          fail(state, 'required', { field: key });
          state.path.pop();
        }
      }
      let count = 0;
      for (const key in value) {
        count++;
        const v = value[key];
        const check = props.get(key) ?? additional;
        state.path.push(key);
        if (check) {
          if (v !== null || nullableProps.has(key)) check(v, state);
        } else if (!open) {
          state.errors.push({ code: 'unknownField', path: [...state.path], target: 'key', params: { field: key } });
        }
        state.path.pop();
      }
      if (mnp !== undefined && count < mnp) fail(state, 'minProperties', { limit: mnp });
      if (mxp !== undefined && count > mxp) fail(state, 'maxProperties', { limit: mxp });
    };
  }

  private arrayCheck(node: CompactSchema): Validate {
    const items = node.i ? this.compile(node.i) : undefined;
    const itemNullable = node.i?.n === 1;
    const crd = this.options.crd;
    const { mni, mxi, lt, lk } = node;
    const unique = node.ui === 1 || lt === 'set';
    const mapKeys = lt === 'map' && lk && lk.length ? lk : undefined;
    return (value, state) => {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        state.path.push(i);
        if (item === null && !itemNullable) {
          if (crd) fail(state, 'type', { expected: node.i?.t ?? 'value', actual: 'null', value: 'null' });
        } else if (items) items(item, state);
        state.path.pop();
      }
      if (mni !== undefined && value.length < mni) fail(state, 'minItems', { limit: mni });
      if (mxi !== undefined && value.length > mxi) fail(state, 'maxItems', { limit: mxi });
      if (mapKeys) duplicateKeys(value, mapKeys, state, !crd);
      else if (unique) duplicateItems(value, state, !crd && node.ui !== 1);
    };
  }

  private combinators(node: CompactSchema): Validate[] {
    const out: Validate[] = [];
    this.branchCompiler ??= this.options.allowUnknown ? this : new SchemaCompiler({ ...this.options, allowUnknown: true });
    const sub = this.branchCompiler;
    const branch = (s: CompactSchema): Validate => sub.compile(s);
    const passes = (fn: Validate, v: unknown, state: WalkState): boolean => {
      const sub: WalkState = { path: [...state.path], errors: [] };
      fn(v, sub);
      return sub.errors.length === 0;
    };
    if (node.all) for (const s of node.all) out.push(branch(s));
    if (node.any) {
      const fns = node.any.map(branch);
      out.push((v, s) => {
        if (!fns.some((f) => passes(f, v, s))) fail(s, 'anyOf', {});
      });
    }
    if (node.one) {
      const fns = node.one.map(branch);
      out.push((v, s) => {
        const n = fns.filter((f) => passes(f, v, s)).length;
        if (n !== 1) fail(s, 'oneOf', { count: n });
      });
    }
    if (node.not) {
      const fn = branch(node.not);
      out.push((v, s) => {
        if (passes(fn, v, s)) fail(s, 'not', {});
      });
    }
    return out;
  }
}

function quantityCheck(value: unknown, state: WalkState): void {
  if (value === null || typeof value === 'string' || typeof value === 'number') return;
  fail(state, 'type', { expected: 'quantity (string or number)', actual: typeName(value), value: preview(value) });
}

function enumCheck(values: unknown[]): Validate {
  const allowed = new Set(values);
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  return (value, state) => {
    if (value === null || typeof value === 'object') return;
    if (!allowed.has(value)) fail(state, 'enum', { value: preview(value), allowed: list });
  };
}

function formatCheck(format: string): Validate {
  const check = formatChecks[format];
  return (value, state) => {
    if ((typeof value === 'string' || typeof value === 'number') && !check(value)) {
      fail(state, 'format', { format, value: preview(value) });
    }
  };
}

function stringChecks(node: CompactSchema): Validate[] {
  const out: Validate[] = [];
  if (node.pt !== undefined) {
    const re = compilePattern(node.pt);
    const pattern = node.pt;
    out.push((v, s) => {
      if (typeof v === 'string' && !re.matcher(v).find()) fail(s, 'pattern', { pattern, value: preview(v) });
    });
  }
  const { mnl, mxl } = node;
  if (mnl !== undefined || mxl !== undefined) {
    out.push((v, s) => {
      if (typeof v !== 'string') return;
      const n = [...v].length;
      if (mnl !== undefined && n < mnl) fail(s, 'minLength', { limit: mnl, value: preview(v) });
      if (mxl !== undefined && n > mxl) fail(s, 'maxLength', { limit: mxl, value: preview(v) });
    });
  }
  return out;
}

function numberChecks(node: CompactSchema): Validate[] {
  const { mn, mx, xmn, xmx, mo } = node;
  if (mn === undefined && mx === undefined && mo === undefined) return [];
  return [
    (v, s) => {
      if (typeof v !== 'number') return;
      if (mn !== undefined && (xmn ? v <= mn : v < mn)) fail(s, 'minimum', { limit: mn, exclusive: xmn ? 1 : 0, value: v });
      if (mx !== undefined && (xmx ? v >= mx : v > mx)) fail(s, 'maximum', { limit: mx, exclusive: xmx ? 1 : 0, value: v });
      if (mo !== undefined && mo > 0 && Math.abs(v / mo - Math.round(v / mo)) > 1e-9) fail(s, 'multipleOf', { limit: mo, value: v });
    },
  ];
}

function duplicateKeys(items: unknown[], keys: string[], state: WalkState, soft: boolean): void {
  if (items.length < 2) return;
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isPlainObject(item)) continue;
    const tuple = JSON.stringify(keys.map((k) => item[k] ?? null));
    if (seen.has(tuple)) {
      state.path.push(i);
      const key = keys.map((k) => `${k}=${preview(item[k] ?? null)}`).join(', ');
      fail(state, 'duplicateKey', { key }, soft ? { soft } : undefined);
      state.path.pop();
    }
    seen.add(tuple);
  }
}

function duplicateItems(items: unknown[], state: WalkState, soft: boolean): void {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const k = JSON.stringify(items[i]);
    if (seen.has(k)) {
      state.path.push(i);
      fail(state, 'duplicateItem', { value: preview(items[i]) }, soft ? { soft } : undefined);
      state.path.pop();
    }
    seen.add(k);
  }
}

/** preview prints a value for a message, shortened. */
export function preview(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'undefined' : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
