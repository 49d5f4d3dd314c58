import { parseAllDocuments, isAlias, isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { GoInt, GoMap, GoSlice, type GoValue } from '../../template/value.js';
import { resolvePlain, resolveTagged } from './yaml-v1-1-resolve.js';
import { goYamlError, checkControlChars } from './yaml-load-errors.js';
import { formatGoFloat } from './go-float.js';
import { withPlainEnv } from '../../common/plain-env.js';
import { FAST_BAIL, fastYamlToJSON } from './yaml-fast.js';

/**
 * yaml-load is `sigs.k8s.io/yaml.Unmarshal` (v1.6.0) as Helm uses it for values files, `-f`
 * files, `fromYaml` and manifest heads: go-yaml v2 decodes the first document with YAML 1.1
 * resolution into `interface{}`, non-string keys are stringified, and the result goes through
 * encoding/json, so every number becomes float64.
 *
 * Parsing uses eemeli/yaml (failsafe schema, so every scalar stays text) and types plain
 * scalars with go-yaml v2's resolver; syntax errors are translated to go-yaml's texts.
 */

/** YamlLoadError carries Go's full error text (`error converting YAML to JSON: yaml: line 2: …`). */
export class YamlLoadError extends Error {
  readonly code = 'YAML_LOAD';
  constructor(
    message: string,
    /** 1-based line of the problem in the parsed text, when known. */
    readonly line?: number,
    /** 1-based column, when known. */
    readonly col?: number,
  ) {
    super(message);
    this.name = 'YamlLoadError';
  }
}

/** V2Error is a go-yaml v2 failure (`yaml: ...`) raised while decoding. */
class V2Error extends Error {}

const CONVERT = 'error converting YAML to JSON: ';
const TAG_PREFIX = 'tag:yaml.org,2002:';

const shortTag = (t: string | undefined): string => (t === undefined ? '' : t.startsWith(TAG_PREFIX) ? '!!' + t.slice(TAG_PREFIX.length) : t);

/**
 * YamlValue is what go-yaml v2 hands to sigs.k8s.io/yaml after key conversion:
 * GoInt (int/uint64), number (float64), string, boolean, null, GoMap, GoSlice.
 */
class V2Decoder {
  private decodeCount = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  private readonly expanding = new Set<Node>();
  /** first error of the JSON-conversion phases, reported after the YAML decode succeeded. */
  keyError?: string;
  /** the mapping being built; `<<` merges write into it. */
  private pending?: Map<string, GoValue>;

  constructor(private readonly doc: Document) {}

  private count(): void {
    this.decodeCount++;
    if (this.aliasDepth > 0) this.aliasCount++;
    const ratio = this.decodeCount <= 400000 ? 0.99 : this.decodeCount >= 4000000 ? 0.1 : 0.99 - (0.89 * (this.decodeCount - 400000)) / 3600000;
    if (this.aliasCount > 100 && this.decodeCount > 1000 && this.aliasCount / this.decodeCount > ratio) {
      throw new V2Error('document contains excessive aliasing');
    }
  }

  /** target resolves an alias to its anchored node (or throws go-yaml's unknown anchor error). */
  private target(n: Node): Node {
    if (!isAlias(n)) return n;
    const t = n.resolve(this.doc);
    if (!t) throw new V2Error(`unknown anchor '${n.source}' referenced`);
    return t;
  }

  decode(n: Node | null | undefined): GoValue {
    if (n === null || n === undefined) return null;
    this.count();
    if (isAlias(n)) {
      const t = this.target(n);
      if (this.expanding.has(t)) throw new V2Error(`anchor '${n.source}' value contains itself`);
      this.expanding.add(t);
      this.aliasDepth++;
      try {
        return this.decode(t);
      } finally {
        this.aliasDepth--;
        this.expanding.delete(t);
      }
    }
    if (isScalar(n)) return this.scalar(n);
    if (isSeq(n)) return new GoSlice(n.items.map((i) => this.decode(i as Node)));
    if (isMap(n)) {
      const m = new Map<string, GoValue>();
      const saved = this.pending;
      this.pending = m;
      try {
        this.mapping(n, m);
      } finally {
        this.pending = saved;
      }
      return new GoMap(m);
    }
    return null;
  }

  private mapping(n: Node, m: Map<string, GoValue>): void {
    if (!isMap(n)) return;
    for (const pair of n.items) {
      const k = pair.key as Node | null;
      if (k && isScalar(k) && k.type === 'PLAIN' && k.source === '<<' && (k.tag === undefined || shortTag(k.tag) === '!!merge')) {
        this.merge(pair.value as Node | null);
        continue;
      }
      const key = this.decode(k);
      if (key instanceof GoMap || key instanceof GoSlice) throw new V2Error(`invalid map key: ${goSyntax(key)}`);
      const value = this.decode(pair.value as Node | null);
      const ks = keyString(key);
      if (ks === undefined) {
        this.keyError ??= `unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSyntax(value)}`;
        continue;
      }
      m.set(ks, value);
    }
  }

  /** merge applies a `<<` value: a mapping, an alias to one, or a sequence of those (earlier wins). */
  private merge(v: Node | null): void {
    const want = (): V2Error => new V2Error('map merge requires map or sequence of maps as the value');
    if (v === null) throw want();
    const into = (node: Node): void => {
      const decoded = this.decode(node);
      if (!(decoded instanceof GoMap)) throw want();
      for (const [k, val] of decoded.entries) this.pending!.set(k, val);
    };
    if (isMap(v) || isAlias(v)) {
      if (!isMap(this.target(v))) throw want();
      into(v);
    } else if (isSeq(v)) {
      const items = v.items as Node[];
      for (const it of items) if (!isMap(this.target(it))) throw want();
      for (let i = items.length - 1; i >= 0; i--) into(items[i]);
    } else throw want();
  }

  private scalar(n: Scalar): GoValue {
    const text = String(n.value ?? '');
    const tag = shortTag(n.tag);
    let r: { tag: string; value: unknown };
    if (tag === '' || tag === '!') {
      r = n.type === 'PLAIN' && tag === '' ? resolvePlain(text) : { tag: '!!str', value: text };
    } else {
      try {
        r = resolveTagged(tag, text);
      } catch (e) {
        throw new V2Error((e as Error).message);
      }
    }
    if (r.tag === '!!binary') {
      const clean = text.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) throw new V2Error('!!binary value contains invalid base64 data');
      return Buffer.from(clean, 'base64').toString('utf8');
    }
    return r.value as GoValue;
  }
}

/** keyString converts a decoded key as sigs.k8s.io/yaml convertToJSONableObject does. */
function keyString(k: GoValue): string | undefined {
  if (typeof k === 'string') return k;
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (k instanceof GoInt) return k.v.toString();
  if (typeof k === 'number') {
    if (Number.isNaN(k)) return '.nan';
    if (!Number.isFinite(k)) return k > 0 ? '.inf' : '-.inf';
    return formatGoFloat(Math.fround(k), 'g', -1, 32);
  }
  return undefined;
}

/** goSyntax formats a decoded YAML value with Go's `%+#v` (for error texts). */
function goSyntax(v: GoValue): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return formatGoFloat(v, 'g', -1, 64);
  if (typeof v === 'boolean' || v instanceof GoInt) return String(v);
  if (v instanceof GoSlice) return `[]interface {}{${v.items.map(goSyntax).join(', ')}}`;
  if (v instanceof GoMap) return `map[interface {}]interface {}{${[...v.entries].map(([k, x]) => `${JSON.stringify(k)}:${goSyntax(x)}`).join(', ')}}`;
  return String(v);
}

/** toJSONValue is the encoding/json round trip: ints become float64; Inf/NaN fail like json.Marshal. */
function toJSONValue(v: GoValue, err: { msg?: string }): GoValue {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) err.msg ??= `json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`;
    return v;
  }
  if (v instanceof GoInt) return Number(v.v);
  if (v instanceof GoSlice) {
    for (let i = 0; i < v.items.length; i++) v.items[i] = toJSONValue(v.items[i], err);
    return v;
  }
  if (v instanceof GoMap) {
    for (const [k, x] of v.entries) v.entries.set(k, toJSONValue(x, err));
    return v;
  }
  return v;
}

/** parseFirstDocument parses text and returns go-yaml v2's decoding of its first document (before JSON). */
function decodeFirst(text: string): { value: GoValue; keyError?: string } {
  const ctl = checkControlChars(text);
  if (ctl) throw new YamlLoadError(CONVERT + 'yaml: ' + ctl);
  const docs = withPlainEnv(() => parseAllDocuments(text, { schema: 'failsafe', merge: false, uniqueKeys: false, strict: false, version: '1.1', stringKeys: false }));
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  if (!doc) return { value: null };
  if (doc.errors.length > 0) {
    const e = goYamlError(text, doc.errors[0]);
    throw new YamlLoadError(CONVERT + 'yaml: ' + e.message, e.line, e.col);
  }
  const d = new V2Decoder(doc);
  try {
    const value = d.decode(doc.contents as Node | null);
    return { value, keyError: d.keyError };
  } catch (e) {
    if (e instanceof V2Error) throw new YamlLoadError(CONVERT + 'yaml: ' + e.message);
    throw e;
  }
}

/**
 * yamlToJSONValue is sigs.k8s.io/yaml's YAML → JSON-able value, before json.Unmarshal. The common
 * subset takes the fast reader (yaml-fast.ts); everything else, errors included, the full parser.
 */
export function yamlToJSONValue(text: string): GoValue {
  const fast = fastYamlToJSON(text);
  if (fast !== FAST_BAIL) return fast;
  return yamlToJSONValueFull(text);
}

/** yamlToJSONValueFull is yamlToJSONValue through the full parser only (the reference for the fast reader). */
export function yamlToJSONValueFull(text: string): GoValue {
  const { value, keyError } = decodeFirst(text);
  if (keyError !== undefined) throw new YamlLoadError(CONVERT + keyError);
  const err: { msg?: string } = {};
  const out = toJSONValue(value, err);
  if (err.msg !== undefined) throw new YamlLoadError(CONVERT + err.msg);
  return out;
}

/** YamlTarget is the Go type the JSON step decodes into. */
export type YamlTarget = 'interface' | 'map' | 'slice';

const TARGET_TYPE = { map: 'map[string]interface {}', slice: '[]interface {}' } as const;

function kindName(v: GoValue): string {
  if (v instanceof GoMap) return 'object';
  if (v instanceof GoSlice) return 'array';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  return 'number';
}

/**
 * unmarshalYAML is `sigs.k8s.io/yaml.Unmarshal(text, &target)`: numbers are float64, maps
 * `map[string]interface {}`, lists `[]interface {}`. `null` yields null (a nil map/slice).
 * Throws YamlLoadError with Go's message.
 */
export function unmarshalYAML(text: string, target: YamlTarget = 'interface'): GoValue {
  const v = yamlToJSONValue(text);
  if (target === 'interface' || v === null) return v;
  const ok = target === 'map' ? v instanceof GoMap : v instanceof GoSlice;
  if (!ok) {
    throw new YamlLoadError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${kindName(v)} into Go value of type ${TARGET_TYPE[target]}`);
  }
  return v;
}

/**
 * splitYAMLDocuments is k8s.io/apimachinery's YAMLReader (Helm 4 LoadValues): a line starting
 * with `---` ends a document; anything but a comment after the marker is an error.
 */
export function splitYAMLDocuments(text: string): string[] {
  if (!text.startsWith('---') && !text.includes('\n---')) return [text];
  const docs: string[] = [];
  let buf: string[] = [];
  const lines = text.split(/(?<=\n)/);
  for (const line of lines) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest.length > 0 && rest[0] !== '#') throw new YamlLoadError(`error reading yaml document: invalid Yaml document separator: ${rest}`);
      if (buf.length > 0) docs.push(buf.join(''));
      buf = [];
      continue;
    }
    buf.push(line);
  }
  if (buf.length > 0) docs.push(buf.join(''));
  return docs;
}

/** loadValuesDocuments is Helm 4's LoadValues: every document decoded into a map and deep-merged. */
export function loadValuesDocuments(text: string): GoMap {
  let out = new GoMap();
  for (const doc of splitYAMLDocuments(text)) {
    let m: GoValue;
    try {
      m = unmarshalYAML(doc, 'map');
    } catch (e) {
      if (e instanceof YamlLoadError) throw new YamlLoadError('cannot unmarshal yaml document: ' + e.message, e.line, e.col);
      throw e;
    }
    if (m instanceof GoMap) out = mergeMaps(out, m);
  }
  return out;
}

/** mergeMaps is Helm 4's MergeMaps: nested maps merge recursively, anything else is replaced. */
export function mergeMaps(a: GoMap, b: GoMap): GoMap {
  const out = new Map(a.entries);
  for (const [k, v] of b.entries) {
    const bv = out.get(k);
    out.set(k, v instanceof GoMap && bv instanceof GoMap ? mergeMaps(bv, v) : v);
  }
  return new GoMap(out);
}
