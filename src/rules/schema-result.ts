import type { Resource } from '../documents/resource.js';
import type { SchemaError } from '../schemas/schema-error.js';
import type { SchemaLookup, SchemaRegistry } from '../schemas/schema-registry.js';

/** SchemaResult is the schema lookup and validation of one resource, shared by the schema-* rules. */
export interface SchemaResult {
  lookup: SchemaLookup;
  errors: SchemaError[];
}

const results = new WeakMap<Resource, Map<string, SchemaResult>>();

/** schemaResult validates a resource once per schema version and caches the result on it. */
export function schemaResult(resource: Resource, schemas: SchemaRegistry, schemaVersion: string): SchemaResult {
  let byVersion = results.get(resource);
  if (!byVersion) {
    byVersion = new Map();
    results.set(resource, byVersion);
  }
  let r = byVersion.get(schemaVersion);
  if (!r) {
    r = isList(resource) ? listResult(resource, schemas, schemaVersion) : objectResult(resource.object, resource, schemas, schemaVersion);
    byVersion.set(schemaVersion, r);
  }
  return r;
}

function objectResult(object: Record<string, unknown>, res: { apiVersion: string; kind: string }, schemas: SchemaRegistry, schemaVersion: string, path: (string | number)[] = []): SchemaResult {
  const lookup: SchemaLookup = res.apiVersion && res.kind ? schemas.lookup(schemaVersion, res.apiVersion, res.kind) : { status: 'missing' };
  const errors: SchemaError[] = [];
  if (lookup.status === 'found') lookup.validate(object, { path, errors });
  return { lookup, errors };
}

function isList(res: Resource): boolean {
  return res.apiVersion === 'v1' && res.kind === 'List';
}

/**
 * listResult validates a `kind: List` (what `kubectl get -o yaml` writes and kubectl unwraps):
 * each item against its own schema, with paths under `items[i]`.
 */
function listResult(res: Resource, schemas: SchemaRegistry, schemaVersion: string): SchemaResult {
  const errors: SchemaError[] = [];
  const items = Array.isArray(res.object.items) ? res.object.items : [];
  items.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
    const o = item as Record<string, unknown>;
    const r = objectResult(o, { apiVersion: String(o.apiVersion ?? ''), kind: String(o.kind ?? '') }, schemas, schemaVersion, ['items', i]);
    errors.push(...r.errors);
  });
  return { lookup: { status: 'found', source: 'builtin', validate: () => undefined }, errors };
}
