import { GoFunc, GoInt, GoMap, GoSlice, GoStruct, GoTime, type GoValue } from '../../template/value.js';
import { base64Std, formatJSONFloat } from './go-json.js';
import { JsonMarshalError } from './json-errors.js';
import { formatRFC3339Nano } from './go-time-format.js';
import { formatGoFloat } from './go-float.js';
import { resolvePlain, isBase60Float } from './yaml-v1-1-resolve.js';
import { naturalLess } from './yaml-sort.js';
import { Emitter } from './yaml-emitter.js';
import { scalar, type YamlNode } from './yaml-node.js';

/**
 * yaml-v2-emit is `sigs.k8s.io/yaml.Marshal` (v1.6.0) as Helm's `toYaml` uses it:
 * encoding/json first (struct json forms, []byte as base64, time as RFC 3339, sorted keys,
 * unsupported values fail), then go-yaml v2 re-reads the JSON — numbers become int, uint64 or
 * float64 by its resolver — and marshals it: natural key order (sorter.go), strings quoted when
 * they would resolve to another type (encode.go stringv), 80-column folding (emitterc.go).
 */

const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** numberNode re-resolves a JSON number text the way yaml.v2 does and formats it back. */
function numberText(jsonText: string): string {
  if (!/[.eE]/.test(jsonText)) {
    const v = BigInt(jsonText);
    if (v >= -INT64_MAX - 1n && v <= UINT64_MAX) return v.toString();
  }
  const f = Number(jsonText);
  if (f === 0) return '0';
  return formatGoFloat(f, 'g', -1, 64);
}

const REREAD_FORBIDDEN = /[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

/** stringNode is encode.go stringv: literal for multi-line, double-quoted when plain would re-resolve. */
export function stringNodeV2(s: string): YamlNode {
  // json.Marshal leaves DEL and C1 controls raw; yaml.v2's reader then rejects the JSON text.
  if (REREAD_FORBIDDEN.test(s)) throw new JsonMarshalError('yaml: control characters are not allowed');
  if (s.includes('\u0085')) s = foldNEL(s);
  if (s.includes('\n')) return scalar(s, 'literal');
  const plainOk = resolvePlain(s).tag === '!!str' && !isBase60Float(s);
  return scalar(s, plainOk ? 'plain' : 'double');
}

/**
 * foldNEL applies what yaml.v2 does to a raw NEL (U+0085, left unescaped by json.Marshal) when it
 * re-reads the JSON string as a double-quoted scalar: it is a line break, so surrounding blanks
 * are dropped and one break folds to a space, n breaks to n-1 newlines.
 */
function foldNEL(s: string): string {
  return s.replace(/[ \t]*(?:\u0085[ \t]*)+/g, (m) => {
    const k = m.split('\u0085').length - 1;
    return k === 1 ? ' ' : '\n'.repeat(k - 1);
  });
}

function sortedPairs(keys: string[], get: (k: string) => GoValue): [YamlNode, YamlNode][] {
  const sorted = keys.slice().sort((a, b) => (a === b ? 0 : naturalLess(a, b) ? -1 : 1));
  // JSON object keys are unique; each becomes a string key node.
  return sorted.map((k) => [stringNodeV2(k), toNode(get(k))]);
}

/** toNode converts a GoValue through its JSON form into yaml.v2 encoder nodes. */
function toNode(v: GoValue): YamlNode {
  if (v === undefined || v === null) return scalar('null');
  switch (typeof v) {
    case 'string':
      return stringNodeV2(v);
    case 'boolean':
      return scalar(v ? 'true' : 'false');
    case 'number':
      return scalar(numberText(formatJSONFloat(v)));
  }
  if (v instanceof GoInt) return scalar(numberText(v.v.toString()));
  if (v instanceof GoMap) return { kind: 'map', pairs: sortedPairs([...v.entries.keys()], (k) => v.entries.get(k)) };
  if (v instanceof GoSlice) {
    if (v.isNil) return scalar('null');
    if (v.type === '[]uint8') return stringNodeV2(base64Std(v.items.map((b) => (b instanceof GoInt ? Number(b.v) : 0))));
    return { kind: 'seq', items: v.items.map(toNode) };
  }
  if (v instanceof GoTime) return stringNodeV2(formatRFC3339Nano(v, true));
  if (v instanceof GoStruct) {
    if (v.json) return toNode(v.json());
    return { kind: 'map', pairs: sortedPairs([...v.fields.keys()], (k) => v.fields.get(k)) };
  }
  if (v instanceof GoFunc) throw new JsonMarshalError(`json: unsupported type: ${v.type}`);
  throw new JsonMarshalError('json: unsupported value');
}

const V2_OPTIONS = { bestWidth: 80, bestIndent: 2, indentSequenceInMapping: false };

/** marshalYAMLv2 returns sigs.k8s.io/yaml.Marshal's text (ending in a newline); throws JsonMarshalError with Go's text. */
export function marshalYAMLv2(v: GoValue): string {
  let root: YamlNode;
  try {
    root = toNode(v);
  } catch (e) {
    if (e instanceof JsonMarshalError && e.message.startsWith('json: ')) throw new JsonMarshalError('error marshaling into JSON: ' + e.message);
    throw e;
  }
  return new Emitter(V2_OPTIONS).emitDocument(root);
}
