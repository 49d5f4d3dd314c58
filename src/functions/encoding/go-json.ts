import { GoFunc, GoInt, GoMap, GoSlice, GoStruct, GoTime, compareGoStrings, type GoValue } from '../../template/value.js';
import { formatRFC3339Nano } from './go-time-format.js';
import { JsonMarshalError } from './json-errors.js';

/**
 * go-json ports the parts of Go's encoding/json that Helm and Sprig expose:
 * `Marshal`/`MarshalIndent`/`Encoder.SetEscapeHTML(false)` over GoValues, and `Unmarshal`
 * into `interface{}`, `map[string]interface{}` or `[]interface{}` (golang/go src/encoding/json).
 */

export { JsonMarshalError };

export interface MarshalOptions {
  /** escapeHTML escapes `<`, `>`, `&` as `\u003c` … (json.Marshal does; Encoder.SetEscapeHTML(false) does not). */
  escapeHTML?: boolean;
  /** indent enables MarshalIndent with this per-level indent (prefix is always ""). */
  indent?: string;
}

const HEX = '0123456789abcdef';

/** quoteJSONString appends Go's JSON encoding of `s` (encodeState.string) to `out`. */
export function quoteJSONString(s: string, escapeHTML: boolean): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c < 0x20) {
      rep = c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : c === 0x08 ? '\\b' : c === 0x0c ? '\\f' : '\\u00' + HEX[c >> 4] + HEX[c & 15];
    } else if (c === 0x22) rep = '\\"';
    else if (c === 0x5c) rep = '\\\\';
    else if (escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26)) rep = '\\u00' + HEX[c >> 4] + HEX[c & 15];
    else if (c === 0x2028) rep = '\\u2028';
    else if (c === 0x2029) rep = '\\u2029';
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      rep = '\ufffd'; // invalid UTF-8 (a lone surrogate here) becomes U+FFFD
    }
    if (rep !== undefined) {
      if (start < i) out += s.slice(start, i);
      out += rep;
      start = i + 1;
    }
  }
  if (start === 0) return '"' + s + '"';
  return out + s.slice(start) + '"';
}

/** formatJSONFloat formats a float64 as encoding/json does (floatEncoder). */
export function formatJSONFloat(f: number): string {
  if (!Number.isFinite(f)) throw new JsonMarshalError(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  if (Object.is(f, -0)) return '-0';
  // JS Number#toString uses exponent form exactly when Go switches to 'e' (abs < 1e-6 || abs >= 1e21)
  // and prints the exponent without zero padding, which is Go's cleaned-up form.
  return String(f);
}

/** base64Std encodes bytes with the standard alphabet and padding. */
export function base64Std(bytes: ArrayLike<number>): string {
  return Buffer.from(Uint8Array.from(bytes)).toString('base64');
}

/** bytesOf returns the bytes of a `[]uint8` slice. */
function bytesOf(s: GoSlice): number[] {
  return s.items.map((b) => (b instanceof GoInt ? Number(b.v) : typeof b === 'number' ? b : 0));
}

class Encoder {
  private readonly parts: string[] = [];
  constructor(
    private readonly escapeHTML: boolean,
    private readonly indent: string | undefined,
  ) {}

  result(): string {
    return this.parts.join('');
  }

  private newline(depth: number): void {
    if (this.indent !== undefined) this.parts.push('\n' + this.indent.repeat(depth));
  }

  encode(v: GoValue, depth: number): void {
    const p = this.parts;
    if (v === undefined || v === null) return void p.push('null');
    switch (typeof v) {
      case 'string':
        return void p.push(quoteJSONString(v, this.escapeHTML));
      case 'boolean':
        return void p.push(v ? 'true' : 'false');
      case 'number':
        return void p.push(formatJSONFloat(v));
    }
    if (v instanceof GoInt) return void p.push(v.v.toString());
    if (v instanceof GoMap) return this.encodeObject([...v.entries.keys()].sort(compareGoStrings), v.entries, depth);
    if (v instanceof GoSlice) return this.encodeSlice(v, depth);
    if (v instanceof GoTime) return void p.push('"' + formatRFC3339Nano(v, true) + '"');
    if (v instanceof GoStruct) {
      if (v.json) {
        const j = v.json();
        // A struct's JSON form keeps field order: a GoMap returned by the hook is written in insertion order.
        if (j instanceof GoMap) return this.encodeObject([...j.entries.keys()], j.entries, depth);
        return this.encode(j, depth);
      }
      return this.encodeObject([...v.fields.keys()], v.fields, depth);
    }
    if (v instanceof GoFunc) throw new JsonMarshalError(`json: unsupported type: ${v.type}`);
    throw new JsonMarshalError('json: unsupported value');
  }

  private encodeSlice(v: GoSlice, depth: number): void {
    const p = this.parts;
    if (v.isNil) return void p.push('null');
    if (v.type === '[]uint8') return void p.push('"' + base64Std(bytesOf(v)) + '"');
    if (v.items.length === 0) return void p.push('[]');
    p.push('[');
    v.items.forEach((item, i) => {
      if (i > 0) p.push(',');
      this.newline(depth + 1);
      this.encode(item, depth + 1);
    });
    this.newline(depth);
    p.push(']');
  }

  private encodeObject(keys: string[], entries: Map<string, GoValue>, depth: number): void {
    const p = this.parts;
    if (keys.length === 0) return void p.push('{}');
    const sep = this.indent !== undefined ? ': ' : ':';
    p.push('{');
    keys.forEach((k, i) => {
      if (i > 0) p.push(',');
      this.newline(depth + 1);
      p.push(quoteJSONString(k, this.escapeHTML), sep);
      this.encode(entries.get(k), depth + 1);
    });
    this.newline(depth);
    p.push('}');
  }
}

/** marshalJSON is json.Marshal (or MarshalIndent with opts.indent); it throws JsonMarshalError. */
export function marshalJSON(v: GoValue, opts: MarshalOptions = {}): string {
  const e = new Encoder(opts.escapeHTML ?? true, opts.indent);
  e.encode(v, 0);
  return e.result();
}
