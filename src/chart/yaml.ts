import { parseAllDocuments, isMap, isSeq, isScalar, isAlias, isPair, type Node, type Document } from 'yaml';
import { GoMap, GoSlice, type GoValue } from '../template/value.js';
import { ChartError } from './errors.js';
import { formatFloat32 } from './float32.js';

/**
 * Reading YAML the way helm's sigs.k8s.io/yaml (yaml.v2, YAML 1.1) does for values and
 * Chart.yaml: numbers become float64, timestamps stay strings, bool/number keys become
 * strings, duplicate keys: last wins. (Interim adapter over eemeli/yaml until the project's
 * Go-compatible loader replaces it; error texts approximate go-yaml's.)
 */

/** YamlError is a YAML syntax or conversion error with go-yaml-like text. */
export class YamlError extends ChartError {
  constructor(message: string) {
    super(message, 'VALUES');
  }
}

function parseDocs(text: string): Document[] {
  const docs = parseAllDocuments(text, { version: '1.1', merge: true, uniqueKeys: false, keepSourceTokens: false });
  if (!Array.isArray(docs)) return [];
  for (const d of docs) {
    const e = d.errors[0];
    if (e) {
      const line = e.linePos?.[0]?.line ?? 1;
      throw new YamlError(`error converting YAML to JSON: yaml: line ${line}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
  }
  return docs;
}

/** yamlDocuments parses every document of `text` into Go values (empty documents → null). */
export function yamlDocuments(text: string): GoValue[] {
  return parseDocs(text).map((d) => toGo(d.contents as Node | null, d));
}

/** yamlToGo parses the first document of `text` (sigs.k8s.io/yaml.Unmarshal). */
export function yamlToGo(text: string): GoValue {
  const docs = parseDocs(text);
  return docs.length ? toGo(docs[0].contents as Node | null, docs[0]) : null;
}

function scalarKey(v: unknown): string {
  if (v === null || v === undefined) throw new YamlError(`error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>`);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : formatFloat32(v);
  if (typeof v === 'bigint') return v.toString();
  return String(v);
}

function toGo(node: Node | null | undefined, doc: Document): GoValue {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return toGo(node.resolve(doc) as Node, doc);
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new YamlError(`error converting YAML to JSON: json: unsupported value: ${v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN'}`);
      return v;
    }
    if (typeof v === 'bigint') return Number(v);
    if (v instanceof Date) return typeof node.source === 'string' ? node.source : v.toISOString();
    if (v instanceof Uint8Array) return Buffer.from(v).toString('latin1');
    if (typeof v === 'boolean' || typeof v === 'string') return v;
    return String(v);
  }
  if (isSeq(node)) return new GoSlice(node.items.map((i) => toGo(i as Node, doc)));
  if (isMap(node)) {
    const m = new Map<string, GoValue>();
    const merges: GoMap[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const kn = pair.key as Node | null;
      const rawKey = kn && isScalar(kn) ? kn.value : kn && isAlias(kn) ? (kn.resolve(doc) as Node & { value?: unknown }).value : kn === null ? null : String(kn);
      if (rawKey === '<<' && kn && isScalar(kn) && kn.source === '<<') {
        const src = toGo(pair.value as Node, doc);
        if (src instanceof GoMap) merges.push(src);
        else if (src instanceof GoSlice) for (const s of src.items) if (s instanceof GoMap) merges.push(s);
        continue;
      }
      const key = kn && isScalar(kn) && kn.value instanceof Date ? String(kn.source) : scalarKey(rawKey);
      m.delete(key);
      m.set(key, toGo(pair.value as Node, doc));
    }
    if (merges.length) {
      const merged = new Map<string, GoValue>();
      for (const src of merges) for (const [k, v] of src.entries) if (!merged.has(k)) merged.set(k, v);
      for (const [k, v] of m) merged.set(k, v);
      return new GoMap(merged);
    }
    return new GoMap(m);
  }
  return null;
}
