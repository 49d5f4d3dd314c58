import type { CelRule, CompactSchema } from './compact-schema.js';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/** fromOpenApiV3 converts a CRD's `openAPIV3Schema` (structural schema) to a compact schema node. */
export function fromOpenApiV3(s: unknown): CompactSchema {
  if (!isObject(s)) return {};
  const out: CompactSchema = {};
  if (typeof s.type === 'string' && TYPES.has(s.type)) out.t = s.type as CompactSchema['t'];
  if (typeof s.format === 'string') out.f = s.format;
  if (Array.isArray(s.enum)) out.e = s.enum;
  if (isObject(s.properties)) {
    out.p = {};
    for (const [k, v] of Object.entries(s.properties)) out.p[k] = fromOpenApiV3(v);
  }
  if (Array.isArray(s.required)) out.r = s.required.filter((x): x is string => typeof x === 'string');
  if (isObject(s.items)) out.i = fromOpenApiV3(s.items);
  if (typeof s.additionalProperties === 'boolean') out.a = s.additionalProperties;
  else if (isObject(s.additionalProperties)) out.a = fromOpenApiV3(s.additionalProperties);
  if (s.nullable === true) out.n = 1;
  if (s['x-kubernetes-preserve-unknown-fields'] === true) out.pu = 1;
  if (s['x-kubernetes-embedded-resource'] === true) out.er = 1;
  if (s['x-kubernetes-int-or-string'] === true) out.ios = 1;
  if (typeof s['x-kubernetes-list-type'] === 'string') out.lt = s['x-kubernetes-list-type'];
  if (Array.isArray(s['x-kubernetes-list-map-keys'])) out.lk = s['x-kubernetes-list-map-keys'] as string[];
  if (Array.isArray(s['x-kubernetes-validations'])) {
    out.v = s['x-kubernetes-validations'].filter((r): r is CelRule => isObject(r) && typeof r.rule === 'string');
  }
  numeric(s, out);
  combinators(s, out);
  return out;
}

function numeric(s: Json, out: CompactSchema): void {
  const num = (k: string): number | undefined => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
  if (typeof s.pattern === 'string') out.pt = s.pattern;
  out.mn = num('minimum');
  out.mx = num('maximum');
  if (s.exclusiveMinimum === true) out.xmn = 1;
  if (s.exclusiveMaximum === true) out.xmx = 1;
  out.mnl = num('minLength');
  out.mxl = num('maxLength');
  out.mni = num('minItems');
  out.mxi = num('maxItems');
  out.mnp = num('minProperties');
  out.mxp = num('maxProperties');
  out.mo = num('multipleOf');
  if (s.uniqueItems === true) out.ui = 1;
  for (const k of Object.keys(out) as (keyof CompactSchema)[]) if (out[k] === undefined) delete out[k];
}

function combinators(s: Json, out: CompactSchema): void {
  const list = (k: string): CompactSchema[] | undefined =>
    Array.isArray(s[k]) ? (s[k] as unknown[]).map(fromOpenApiV3) : undefined;
  const all = list('allOf');
  const any = list('anyOf');
  const one = list('oneOf');
  if (all) out.all = all;
  if (any) out.any = any;
  if (one) out.one = one;
  if (isObject(s.not)) out.not = fromOpenApiV3(s.not);
}
