import { GoFunc, GoInt, GoMap, GoSlice, GoStruct, GoTime, compareGoStrings, type GoValue } from '../../template/value.js';
import { formatGoFloat } from './go-float.js';
import { formatRFC3339Nano } from './go-time-format.js';

/**
 * toml is the BurntSushi/toml Encoder as Helm's `toToml` uses it: plain keys (byte-sorted)
 * before tables, `[a.b]` headers indented two spaces per level, `[[x]]` for arrays of maps,
 * nil map values skipped, floats in `%g` form with `.0` added to integral values.
 */

/** TomlEncodeError is an encoder failure; Helm's toToml returns its text. */
export class TomlEncodeError extends Error {
  readonly code = 'TOML_ENCODE';
}

const BARE = /^[A-Za-z0-9_-]+$/;

function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0c) out += '\\f';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

const keyText = (k: string): string => (BARE.test(k) ? k : quote(k));

/** TomlFlavor: Helm 4 ships BurntSushi/toml v1.5 (`%g` floats), Helm 3.17 an older v1 (`%f` floats, 0-based EOF lines). */
export type TomlFlavor = 3 | 4;

function floatText(f: number, flavor: TomlFlavor): string {
  if (Number.isNaN(f)) return 'nan';
  if (!Number.isFinite(f)) return f > 0 ? 'inf' : '-inf';
  const s = formatGoFloat(f, flavor === 4 ? 'g' : 'f', -1, 64);
  return /[.eEn]/.test(s) ? s : s + '.0';
}

type Entries = [string, GoValue][];

function entriesOf(v: GoValue): Entries | undefined {
  if (v instanceof GoMap) return [...v.entries];
  if (v instanceof GoStruct) return [...v.fields];
  return undefined;
}

const isNil = (v: GoValue): boolean => v === null || v === undefined;

/** isTableArray: a non-empty slice whose elements are all maps (a nil element is an error). */
function isTableArray(v: GoSlice): boolean {
  if (v.items.length === 0) return false;
  let ret = true;
  for (const it of v.items) {
    if (isNil(it)) throw new TomlEncodeError('toml: cannot encode array with nil element');
    if (!entriesOf(it)) ret = false;
  }
  return ret;
}

const isTable = (v: GoValue): boolean => entriesOf(v) !== undefined || (v instanceof GoSlice && isTableArray(v));

class TomlEncoder {
  readonly out: string[] = [];
  private written = false;
  constructor(private readonly flavor: TomlFlavor) {}

  private w(s: string): void {
    this.out.push(s);
    this.written = true;
  }

  private newline(): void {
    if (this.written) this.w('\n');
  }

  element(v: GoValue): string {
    if (typeof v === 'string') return quote(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'number') return floatText(v, this.flavor);
    if (v instanceof GoInt) return v.v.toString();
    if (v instanceof GoTime) return formatRFC3339Nano(v);
    if (v instanceof GoSlice) {
      return '[' + v.items.map((x) => {
        if (isNil(x)) throw new TomlEncodeError('toml: cannot encode array with nil element');
        return this.element(x);
      }).join(', ') + ']';
    }
    const e = entriesOf(v);
    if (e) return '{' + this.sortedKeys(e).filter(([, x]) => !isNil(x)).map(([k, x]) => `${keyText(k)} = ${this.element(x)}`).join(', ') + '}';
    if (v instanceof GoFunc) throw new TomlEncodeError(`toml: cannot encode a value of type ${v.type}`);
    throw new TomlEncodeError('toml: cannot encode value');
  }

  private sortedKeys(e: Entries): Entries {
    const direct = e.filter(([, x]) => !isTable(x)).sort((a, b) => compareGoStrings(a[0], b[0]));
    const sub = e.filter(([, x]) => isTable(x)).sort((a, b) => compareGoStrings(a[0], b[0]));
    return [...direct, ...sub];
  }

  encode(key: string[], v: GoValue): void {
    const e = entriesOf(v);
    if (e) return this.table(key, e);
    if (v instanceof GoSlice && isTableArray(v)) return this.arrayOfTables(key, v);
    this.keyValue(key, v);
  }

  private keyValue(key: string[], v: GoValue): void {
    if (key.length === 0) return this.w(this.element(v));
    this.w(`${'  '.repeat(key.length - 1)}${keyText(key[key.length - 1])} = ${this.element(v)}`);
    this.newline();
  }

  private header(key: string[]): string {
    return key.map(keyText).join('.');
  }

  private table(key: string[], e: Entries): void {
    if (key.length === 1) this.newline();
    if (key.length > 0) {
      this.w(`${'  '.repeat(key.length - 1)}[${this.header(key)}]`);
      this.newline();
    }
    for (const [k, x] of this.sortedKeys(e)) if (!isNil(x)) this.encode([...key, k], x);
  }

  private arrayOfTables(key: string[], v: GoSlice): void {
    for (const it of v.items) {
      this.newline();
      this.w(`${'  '.repeat(key.length - 1)}[[${this.header(key)}]]`);
      this.newline();
      for (const [k, x] of this.sortedKeys(entriesOf(it)!)) if (!isNil(x)) this.encode([...key, k], x);
    }
  }
}

/** encodeTOML returns the encoder's output; throws TomlEncodeError (or a reflect panic text for nil). */
export function encodeTOML(v: GoValue, flavor: TomlFlavor = 4): string {
  if (isNil(v)) throw new TomlEncodeError('reflect: call of reflect.Value.Type on zero Value');
  const e = new TomlEncoder(flavor);
  e.encode([], v);
  return e.out.join('');
}
