/**
 * Test-side stand-ins for Helm's values handling, used until `src/chart/` provides the real
 * loader/strvals/coalesce: values.yaml → Go values (sigs.k8s.io/yaml semantics: YAML 1.1,
 * JSON round trip so every number is float64, timestamps stay strings), a minimal `--set`
 * parser (strvals typedVal: int64, bool, null, string) and coalescing of `--set` over the
 * chart defaults (user null deletes a key).
 */
import { Document, isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { GoInt, GoMap, GoSlice, type GoValue } from '../../src/template/value.js';

/** parseValuesYaml converts a values.yaml text into a `map[string]interface {}` tree. */
export function parseValuesYaml(text: string | undefined): GoMap {
  if (!text || text.trim() === '') return new GoMap();
  const doc: Document = parseDocument(text, { version: '1.1', merge: true, uniqueKeys: false });
  if (doc.errors.length > 0) throw new Error(`values.yaml: ${doc.errors[0].message}`);
  const v = toGo(doc.contents as Node | null, doc);
  if (v === null) return new GoMap();
  if (!(v instanceof GoMap)) throw new Error('values.yaml: the top level must be a mapping');
  return v;
}

function toGo(node: Node | null, doc: Document): GoValue {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return scalarToGo(node.value, node.source);
  if (isSeq(node)) return new GoSlice(node.items.map((n) => toGo(n as Node, doc)));
  if (isMap(node)) {
    const m = new Map<string, GoValue>();
    const merged = new Map<string, GoValue>();
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? scalarToGo(pair.key.value, pair.key.source) : pair.key;
      const v = toGo(pair.value as Node | null, doc);
      if (k === '<<' && (v instanceof GoMap || v instanceof GoSlice)) {
        for (const src of v instanceof GoMap ? [v] : v.items) {
          if (src instanceof GoMap) for (const [mk, mv] of src.entries) if (!merged.has(mk)) merged.set(mk, mv);
        }
      } else m.set(keyString(k), v);
    }
    for (const [mk, mv] of merged) if (!m.has(mk)) m.set(mk, mv);
    return new GoMap(m);
  }
  if (isAlias(node)) return toGo((node.resolve(doc) ?? null) as Node | null, doc);
  return null;
}

function keyString(k: unknown): string {
  if (k === null || k === undefined) return 'null';
  if (typeof k === 'number') return String(k);
  return String(k);
}

function scalarToGo(v: unknown, source: string | undefined): GoValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return source ?? v.toISOString();
  return String(v);
}

/** typedSetValue is strvals' typedVal: `true`/`false`, `null`, int64 (no leading zero), else string. */
function typedSetValue(val: string): GoValue {
  const lower = val.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (val === '0') return new GoInt(0n, 'int64');
  if (val.length > 0 && val[0] !== '0' && /^[+-]?\d+$/.test(val)) {
    const n = BigInt(val);
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return new GoInt(n, 'int64');
  }
  return val;
}

/** parseSetFlags parses `--set a=1,b.c=x` flags (no escapes, lists or indexes) into a map. */
export function parseSetFlags(flags: string[] | undefined): GoMap {
  const root = new GoMap();
  for (const flag of flags ?? []) {
    for (const part of flag.split(',')) {
      const eq = part.indexOf('=');
      if (eq < 0) throw new Error(`--set ${flag}: key "${part}" has no value (minimal test parser)`);
      const path = part.slice(0, eq).split('.');
      if (path.some((p) => p === '' || /[[\]\\]/.test(p))) throw new Error(`--set ${flag}: unsupported by the minimal test parser`);
      let m = root;
      for (const key of path.slice(0, -1)) {
        const next = m.entries.get(key);
        if (next instanceof GoMap) m = next;
        else {
          const created = new GoMap();
          m.entries.set(key, created);
          m = created;
        }
      }
      m.entries.set(path[path.length - 1], typedSetValue(part.slice(eq + 1)));
    }
  }
  return root;
}

/** coalesceOver merges user values over chart defaults (Helm coalesce: maps merge, user null deletes). */
export function coalesceOver(user: GoMap, defaults: GoMap): GoMap {
  const out = new Map(defaults.entries);
  for (const [k, v] of user.entries) {
    const d = out.get(k);
    if (v === null) out.delete(k);
    else if (v instanceof GoMap && d instanceof GoMap) out.set(k, coalesceOver(v, d));
    else out.set(k, v);
  }
  return new GoMap(out, defaults.type);
}

/** caseValues builds `.Values` for a case: values.yaml coalesced under `--set`, typed as Helm's Values map. */
export function caseValues(valuesYaml: string | undefined, set: string[] | undefined, helmVersion: 3 | 4): GoMap {
  const merged = coalesceOver(parseSetFlags(set), parseValuesYaml(valuesYaml));
  return new GoMap(merged.entries, helmVersion === 3 ? 'chartutil.Values' : 'common.Values');
}
