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
    const lookup = resource.apiVersion && resource.kind ? schemas.lookup(schemaVersion, resource.apiVersion, resource.kind) : ({ status: 'missing' } as const);
    const errors: SchemaError[] = [];
    if (lookup.status === 'found') lookup.validate(resource.object, { path: [], errors });
    r = { lookup, errors };
    byVersion.set(schemaVersion, r);
  }
  return r;
}
