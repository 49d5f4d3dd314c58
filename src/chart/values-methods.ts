import { marshalYAMLv2 } from '../functions/encoding/yaml-v2-emit.js';
import { FunctionError } from '../template/registry.js';
import { GoMap, type GoMethod, type GoValue } from '../template/value.js';

/** isTable tells whether a value is a values table (a string-keyed map). */
function isTable(v: GoValue): v is GoMap {
  return v instanceof GoMap && (v.type === 'map[string]interface {}' || v.type === 'common.Values' || v.type === 'chartutil.Values');
}

/** parsePath splits `a.b.c` like helm's chartutil `parsePath`. */
function parsePath(key: string): string[] {
  return key.split('.');
}

/**
 * valuesMap makes a values table of helm's `Values` type (helm/helm pkg/chart/common/values.go,
 * Helm 3 pkg/chartutil/values.go) with its methods, reachable from templates as `.Values.YAML`,
 * `.Values.Table "a.b"`, `.Values.AsMap` and `.Values.PathValue "a.b"`; they shadow same-named keys.
 */
export function valuesMap(entries: Map<string, GoValue>, typeName: string): GoMap {
  const methods: Record<string, GoMethod> = {};
  const m = new GoMap(entries, typeName, methods);
  methods.YAML = {
    params: [],
    results: ['string', 'error'],
    fn: () => {
      try {
        return marshalYAMLv2(m);
      } catch (e) {
        throw new FunctionError((e as Error).message);
      }
    },
  };
  methods.AsMap = { params: [], results: ['map[string]interface {}'], fn: () => new GoMap(m.entries) };
  methods.Table = {
    params: ['string'],
    results: [typeName, 'error'],
    fn: (name: GoValue) => {
      let table: GoMap = m;
      for (const n of parsePath(String(name))) {
        const next = table.entries.get(n);
        if (!isTable(next)) throw new FunctionError(`"${n}" is not a table`);
        table = valuesMap(next.entries, typeName);
      }
      return table;
    },
  };
  methods.PathValue = {
    params: ['string'],
    results: ['interface {}', 'error'],
    fn: (path: GoValue) => {
      if (String(path) === '') throw new FunctionError('YAML path cannot be empty');
      const parts = parsePath(String(path));
      const key = parts.pop()!;
      let table: GoMap = m;
      for (const n of parts) {
        const next = table.entries.get(n);
        if (!isTable(next)) throw new FunctionError(`"${key}" is not a value`);
        table = next;
      }
      if (!table.entries.has(key) || isTable(table.entries.get(key))) throw new FunctionError(`"${key}" is not a value`);
      return table.entries.get(key) ?? null;
    },
  };
  return m;
}
