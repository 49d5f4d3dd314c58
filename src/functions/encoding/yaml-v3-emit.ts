import { GoFunc, GoInt, GoMap, GoSlice, GoStruct, GoTime, type GoValue } from '../../template/value.js';
import { formatRFC3339Nano } from './go-time-format.js';
import { formatGoFloat } from './go-float.js';
import { resolvePlain, isBase60Float } from './yaml-v1-1-resolve.js';
import { naturalLess } from './yaml-sort.js';
import { Emitter } from './yaml-emitter.js';
import { scalar, type YamlNode } from './yaml-node.js';

/**
 * yaml-v3-emit is Helm's `toYamlPretty`: a go-yaml v3 (v3.0.4) Encoder with SetIndent(2) over the
 * Go values themselves (no JSON step): float64 in `%g` form (`1e+06`), sequences indented inside
 * mappings, no line folding, tabs allowed in literal blocks. Strings are quoted when v3's resolver
 * or its `isOldBool` list (`y`, `yes`, `on`, … — exactly YAML 1.1's extra booleans) would read them
 * as another type, which is the same set as yaml.v2's quoting.
 */

/** YamlPrettyError is a v3 encoder failure (Helm's toYamlPretty then returns ""). */
export class YamlPrettyError extends Error {
  readonly code = 'YAML_PRETTY';
}

function stringNode(s: string): YamlNode {
  if (s.includes('\n')) return scalar(s, 'literal');
  const plainOk = resolvePlain(s).tag === '!!str' && !isBase60Float(s);
  return scalar(s, plainOk ? 'plain' : 'double');
}

function floatText(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (!Number.isFinite(f)) return f > 0 ? '.inf' : '-.inf';
  return formatGoFloat(f, 'g', -1, 64);
}

function mapping(keys: string[], get: (k: string) => GoValue): YamlNode {
  const sorted = keys.slice().sort((a, b) => (a === b ? 0 : naturalLess(a, b, true) ? -1 : 1));
  return { kind: 'map', pairs: sorted.map((k) => [stringNode(k), toNode(get(k))]) };
}

/** toNode is yaml.v3 encoder.marshal for the value kinds templates produce. */
function toNode(v: GoValue): YamlNode {
  if (v === undefined || v === null) return scalar('null');
  switch (typeof v) {
    case 'string':
      return stringNode(v);
    case 'boolean':
      return scalar(v ? 'true' : 'false');
    case 'number':
      return scalar(floatText(v));
  }
  if (v instanceof GoInt) return scalar(v.v.toString());
  if (v instanceof GoMap) return mapping([...v.entries.keys()], (k) => v.entries.get(k));
  if (v instanceof GoSlice) return v.isNil ? { kind: 'seq', items: [] } : { kind: 'seq', items: v.items.map(toNode) };
  if (v instanceof GoTime) return scalar(formatRFC3339Nano(v));
  if (v instanceof GoStruct) {
    // yaml.v3 names struct fields by their lower-cased Go name when there is no yaml tag.
    const fields = new Map([...v.fields].map(([k, x]) => [k.toLowerCase(), x]));
    return { kind: 'map', pairs: [...fields].map(([k, x]) => [stringNode(k), toNode(x)]) };
  }
  if (v instanceof GoFunc) throw new YamlPrettyError(`cannot marshal type: ${v.type}`);
  throw new YamlPrettyError('cannot marshal value');
}

const V3_OPTIONS = { bestWidth: Number.MAX_SAFE_INTEGER, bestIndent: 2, indentSequenceInMapping: true, v3: true };

/** marshalYAMLv3 returns the v3 Encoder's text (ending in a newline); throws YamlPrettyError. */
export function marshalYAMLv3(v: GoValue): string {
  return new Emitter(V3_OPTIONS).emitDocument(toNode(v));
}
