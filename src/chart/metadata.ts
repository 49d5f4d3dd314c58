import { GoInt, GoMap, GoSlice, type GoValue } from '../template/value.js';
import { ChartError } from './errors.js';
import { formatFloat32 } from './float32.js';
import type { Dependency, Maintainer, Metadata } from './types.js';
import { isValidSemver } from './version-range.js';

/**
 * Decoding and validating Chart.yaml (helm/helm pkg/chart/v2/metadata.go, dependency.go).
 * sigs.k8s.io/yaml converts YAML to JSON and encoding/json fills the struct with
 * case-insensitive field names; numbers landing in string fields are formatted as float32.
 */

type FieldKind = 'string' | 'strings' | 'bool' | 'stringMap' | 'maintainers' | 'dependencies' | 'any';

const METADATA_FIELDS: Record<string, FieldKind> = {
  name: 'string',
  home: 'string',
  sources: 'strings',
  version: 'string',
  description: 'string',
  keywords: 'strings',
  maintainers: 'maintainers',
  icon: 'string',
  apiVersion: 'string',
  condition: 'string',
  tags: 'string',
  appVersion: 'string',
  deprecated: 'bool',
  annotations: 'stringMap',
  kubeVersion: 'string',
  dependencies: 'dependencies',
  type: 'string',
};

const DEPENDENCY_FIELDS: Record<string, FieldKind> = {
  name: 'string',
  version: 'string',
  repository: 'string',
  condition: 'string',
  tags: 'strings',
  enabled: 'bool',
  'import-values': 'any',
  alias: 'string',
};

const MAINTAINER_FIELDS: Record<string, FieldKind> = { name: 'string', email: 'string', url: 'string' };

const GO_TYPES: Record<FieldKind, string> = {
  string: 'string',
  strings: '[]string',
  bool: 'bool',
  stringMap: 'map[string]string',
  maintainers: '[]*{pkg}.Maintainer',
  dependencies: '[]*{pkg}.Dependency',
  any: '[]interface {}',
};

/** MetadataDecodeContext carries the Go package name used in type errors (`v2` in Helm 4, `chart` in Helm 3). */
interface DecodeContext {
  pkg: string;
}

function jsonKind(v: GoValue): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number' || v instanceof GoInt) return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof GoSlice) return 'array';
  if (v instanceof GoMap) return 'object';
  return 'null';
}

function typeError(v: GoValue, struct: string, field: string, kind: FieldKind, ctx: DecodeContext): ChartError {
  const t = GO_TYPES[kind].replace('{pkg}', ctx.pkg);
  return new ChartError(
    `cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go struct field ${struct}.${field} of type ${t}`,
    'METADATA',
  );
}

/** scalarString converts a YAML scalar landing in a Go string field (sigs.k8s.io/yaml jsonTarget). */
function scalarString(v: GoValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof GoInt) return v.v.toString();
  if (typeof v === 'number') return formatFloat32(v);
  if (typeof v === 'boolean') return String(v);
  return undefined;
}

function decodeField(v: GoValue, struct: string, field: string, kind: FieldKind, ctx: DecodeContext): unknown {
  if (v === null || v === undefined) return kind === 'bool' ? false : kind === 'string' ? '' : null;
  switch (kind) {
    case 'string': {
      const s = scalarString(v);
      if (s === undefined) throw typeError(v, struct, field, kind, ctx);
      return s;
    }
    case 'bool':
      if (typeof v !== 'boolean') throw typeError(v, struct, field, kind, ctx);
      return v;
    case 'strings':
      if (!(v instanceof GoSlice)) throw typeError(v, struct, field, kind, ctx);
      return v.items.map((i) => {
        if (i === null) return '';
        const s = scalarString(i);
        if (s === undefined) throw typeError(i, struct, field, 'string', ctx);
        return s;
      });
    case 'stringMap': {
      if (!(v instanceof GoMap)) throw typeError(v, struct, field, kind, ctx);
      const out: Record<string, string> = {};
      for (const [k, x] of v.entries) {
        const s = x === null ? '' : scalarString(x);
        if (s === undefined) throw typeError(x, struct, field, 'string', ctx);
        out[k] = s;
      }
      return out;
    }
    case 'maintainers':
    case 'dependencies': {
      if (!(v instanceof GoSlice)) throw typeError(v, struct, field, kind, ctx);
      const fields = kind === 'maintainers' ? MAINTAINER_FIELDS : DEPENDENCY_FIELDS;
      const name = kind === 'maintainers' ? 'Maintainer' : 'Dependency';
      return v.items.map((i) => {
        if (i === null) return null;
        if (!(i instanceof GoMap)) throw typeError(i, struct, field, kind, ctx);
        return decodeStruct(i, fields, `${struct}.${field}`, ctx, name);
      });
    }
    case 'any':
      if (!(v instanceof GoSlice)) throw typeError(v, struct, field, kind, ctx);
      return v.items;
  }
}

function decodeStruct(m: GoMap, fields: Record<string, FieldKind>, struct: string, ctx: DecodeContext, _name: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [f, kind] of Object.entries(fields)) out[f] = kind === 'bool' ? false : kind === 'string' ? '' : null;
  for (const [k, v] of m.entries) {
    const f = Object.keys(fields).find((x) => x === k) ?? Object.keys(fields).find((x) => x.toLowerCase() === k.toLowerCase());
    if (!f) continue;
    out[f] = decodeField(v, struct, f, fields[f], ctx);
  }
  return out;
}

/** emptyMetadata returns a Metadata with Go zero values. */
export function emptyMetadata(): Metadata {
  return decodeStruct(new GoMap(), METADATA_FIELDS, 'Metadata', { pkg: 'v2' }, 'Metadata') as unknown as Metadata;
}

/** decodeMetadataInto applies a decoded Chart.yaml/requirements.yaml map onto `md` (json.Unmarshal into an existing struct). */
export function decodeMetadataInto(md: Metadata, doc: GoValue, helmVersion: 3 | 4): void {
  if (doc === null || doc === undefined) return;
  const ctx = { pkg: helmVersion === 4 ? 'v2' : 'chart' };
  if (!(doc instanceof GoMap)) {
    throw new ChartError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(doc)} into Go value of type ${ctx.pkg}.Metadata`, 'METADATA');
  }
  const rec = md as unknown as Record<string, unknown>;
  for (const [k, v] of doc.entries) {
    const f = Object.keys(METADATA_FIELDS).find((x) => x === k) ?? Object.keys(METADATA_FIELDS).find((x) => x.toLowerCase() === k.toLowerCase());
    if (!f) continue;
    rec[f] = decodeField(v, 'Metadata', f, METADATA_FIELDS[f], ctx);
  }
  if (md.dependencies) {
    md.dependencies = md.dependencies.map((d) => (d === null ? null : normalizeDependency(d as unknown as Record<string, unknown>))) as Dependency[];
  }
  if (md.maintainers) md.maintainers = md.maintainers.map((m) => (m === null ? null : (m as Maintainer))) as Maintainer[];
}

function normalizeDependency(d: Record<string, unknown>): Dependency {
  return {
    name: d.name as string,
    version: d.version as string,
    repository: d.repository as string,
    condition: d.condition as string,
    tags: d.tags as string[] | null,
    enabled: d.enabled as boolean,
    importValues: d['import-values'] as unknown[] | null,
    alias: d.alias as string,
  };
}

/** sanitizeString maps every Unicode space to ' ' and drops non-printable runes (metadata.go). */
export function sanitizeString(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/^[\s\u0085\u00a0]$/u.test(ch)) out += ' ';
    else if (/^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch) || ch === ' ') out += ch;
  }
  return out;
}

const ALIAS = /^[a-zA-Z0-9_-]+$/;

function validation(msg: string): ChartError {
  return new ChartError(`validation: ${msg}`, 'METADATA');
}

/** validateMetadata sanitizes and validates metadata exactly as Helm's `Metadata.Validate`. */
export function validateMetadata(md: Metadata, helmVersion: 3 | 4 = 4): void {
  md.name = sanitizeString(md.name);
  md.description = sanitizeString(md.description);
  md.home = sanitizeString(md.home);
  md.icon = sanitizeString(md.icon);
  md.condition = sanitizeString(md.condition);
  md.tags = sanitizeString(md.tags);
  md.appVersion = sanitizeString(md.appVersion);
  md.kubeVersion = sanitizeString(md.kubeVersion);
  if (md.sources) md.sources = md.sources.map(sanitizeString);
  if (md.keywords) md.keywords = md.keywords.map(sanitizeString);
  if (md.apiVersion === '') throw validation('chart.metadata.apiVersion is required');
  if (md.name === '') throw validation('chart.metadata.name is required');
  if (md.name === '.' || md.name === '..') throw validation(`chart.metadata.name ${JSON.stringify(md.name)} is not allowed`);
  if (md.name.includes('/') || md.name.includes('\\')) throw validation(`chart.metadata.name ${JSON.stringify(md.name)} is invalid`);
  if (md.version === '') throw validation('chart.metadata.version is required');
  if (!isValidSemver(md.version, helmVersion)) throw validation(`chart.metadata.version ${JSON.stringify(md.version)} is invalid`);
  if (md.type !== '' && md.type !== 'application' && md.type !== 'library') throw validation('chart.metadata.type must be application or library');
  for (const m of md.maintainers ?? []) {
    if (m === null) throw validation('maintainers must not contain empty or null nodes');
    m.name = sanitizeString(m.name);
    m.email = sanitizeString(m.email);
    m.url = sanitizeString(m.url);
  }
  const seen = new Set<string>();
  for (const d of md.dependencies ?? []) {
    if (d === null) throw validation('dependencies must not contain empty or null nodes');
    d.name = sanitizeString(d.name);
    d.version = sanitizeString(d.version);
    d.repository = sanitizeString(d.repository);
    d.condition = sanitizeString(d.condition);
    if (d.tags) d.tags = d.tags.map(sanitizeString);
    if (d.alias !== '' && !ALIAS.test(d.alias)) throw validation(`dependency ${JSON.stringify(d.name)} has disallowed characters in the alias`);
    const key = d.alias !== '' ? d.alias : d.name;
    if (seen.has(key)) throw validation(`more than one dependency with name or alias ${JSON.stringify(key)}`);
    seen.add(key);
  }
}
