import { GoInt, GoMap, GoSlice, GoTime, type GoValue } from '../../template/value.js';

/**
 * toml-decode is a TOML 1.0 reader for Helm's `fromToml` (BurntSushi/toml Decode into
 * `map[string]interface{}`): integers become int64, floats float64, offset date-times time.Time,
 * tables `map[string]interface {}`, arrays `[]interface {}`. Errors use BurntSushi's
 * `toml: line N (last key "k"): …` shape; the common messages are reproduced, rarer ones are
 * approximations.
 */

/** TomlDecodeError carries the Go error text. */
export class TomlDecodeError extends Error {
  readonly code = 'TOML_DECODE';
}

class Reader {
  i = 0;
  lastKey = '';
  constructor(
    readonly s: string,
    readonly flavor: 3 | 4,
  ) {}

  line(): number {
    let n = 1;
    for (let k = 0; k < this.i && k < this.s.length; k++) if (this.s[k] === '\n') n++;
    return n;
  }

  fail(msg: string, noKey = false): never {
    // Helm 3's BurntSushi reports an error at end of input on line 0
    const line = this.flavor === 3 && msg.startsWith('unexpected EOF') ? 0 : this.line();
    if (noKey) throw new TomlDecodeError(`toml: line ${line}: ${msg}`);
    const where = this.lastKey ? ` (last key ${JSON.stringify(this.lastKey)})` : '';
    throw new TomlDecodeError(`toml: line ${line}${where}: ${msg}`);
  }

  peek(): string {
    return this.s[this.i] ?? '';
  }

  ws(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.i++;
  }

  /** wsnl skips blanks, newlines and comments (inside arrays). */
  wsnl(): void {
    for (;;) {
      this.ws();
      const c = this.peek();
      if (c === '\n' || c === '\r') this.i++;
      else if (c === '#') this.comment();
      else return;
    }
  }

  comment(): void {
    while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
  }

  endOfLine(): void {
    this.ws();
    if (this.peek() === '#') this.comment();
    const c = this.peek();
    if (c === '\r') this.i++;
    if (this.peek() === '\n') return void this.i++;
    if (this.i >= this.s.length) return;
    this.fail(`expected a top-level item to end with a newline, comment, or EOF, but got '${this.peek()}' instead`, true);
  }

  key(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.ws();
      const c = this.peek();
      let k: string;
      if (c === '"') k = this.basicString();
      else if (c === "'") k = this.literalString();
      else {
        const m = /^[A-Za-z0-9_-]+/.exec(this.s.slice(this.i));
        if (!m) this.fail(this.i >= this.s.length ? 'unexpected EOF; expected key name' : `bare keys cannot contain ${JSON.stringify(c)}`);
        k = m[0];
        this.i += k.length;
      }
      parts.push(k);
      this.ws();
      if (this.peek() !== '.') return parts;
      this.i++;
    }
  }

  basicString(): string {
    if (this.s.startsWith('"""', this.i)) return this.multiBasic();
    this.i++;
    let out = '';
    for (;;) {
      const c = this.s[this.i++];
      if (c === undefined) this.fail('unexpected EOF; expected \'"\'');
      if (c === '"') return out;
      if (c === '\n') this.fail('strings cannot contain newlines');
      if (c === '\\') out += this.escape();
      else out += c;
    }
  }

  escape(): string {
    const e = this.s[this.i++];
    const simple: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
    if (e in simple) return simple[e];
    if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const hex = this.s.slice(this.i, this.i + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) this.fail(`invalid escape: '\\${e}${hex}'`);
      this.i += n;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    return this.fail(`invalid escape in string '\\${e}'`);
  }

  multiBasic(): string {
    this.i += 3;
    if (this.peek() === '\n') this.i++;
    else if (this.s.startsWith('\r\n', this.i)) this.i += 2;
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) this.fail('unexpected EOF; expected \'"""\'');
      if (this.s.startsWith('"""', this.i)) {
        let q = 3;
        while (this.s[this.i + q] === '"' && q < 5) q++;
        out += '"'.repeat(q - 3);
        this.i += q;
        return out;
      }
      const c = this.s[this.i++];
      if (c === '\\') {
        if (/^[ \t]*\r?\n/.test(this.s.slice(this.i))) {
          while (/[ \t\r\n]/.test(this.peek())) this.i++;
        } else out += this.escape();
      } else out += c;
    }
  }

  literalString(): string {
    if (this.s.startsWith("'''", this.i)) {
      this.i += 3;
      if (this.peek() === '\n') this.i++;
      const end = this.s.indexOf("'''", this.i);
      if (end < 0) this.fail("unexpected EOF; expected \"'''\"");
      let stop = end;
      while (this.s[stop + 3] === "'" && stop - end < 2) stop++;
      const out = this.s.slice(this.i, stop);
      this.i = stop + 3;
      return out;
    }
    this.i++;
    const end = this.s.indexOf("'", this.i);
    const nl = this.s.indexOf('\n', this.i);
    if (end < 0 || (nl >= 0 && nl < end)) this.fail("unexpected EOF; expected \"'\"");
    const out = this.s.slice(this.i, end);
    this.i = end + 1;
    return out;
  }

  value(): GoValue {
    this.ws();
    const c = this.peek();
    if (c === '' || c === '\n' || c === '\r' || c === '#') this.fail(c === '' ? 'unexpected EOF; expected value' : 'expected value but found ' + JSON.stringify(c) + ' instead');
    if (c === '"') return this.basicString();
    if (c === "'") return this.literalString();
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    const m = /^[^\s,\]}#]+(?: \d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?/.exec(this.s.slice(this.i));
    const tok = m ? m[0] : '';
    this.i += tok.length;
    return this.scalar(tok);
  }

  scalar(tok: string): GoValue {
    if (tok === 'true') return true;
    if (tok === 'false') return false;
    if (/^[+-]?(inf|nan)$/.test(tok)) return tok.endsWith('nan') ? NaN : tok.startsWith('-') ? -Infinity : Infinity;
    const dt = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|z|[+-]\d{2}:\d{2})$/.exec(tok);
    if (dt) {
      const ms = Date.parse(`${dt[1]}T${dt[2].slice(0, 12)}${dt[3].toUpperCase()}`);
      const frac = (dt[2].split('.')[1] ?? '').padEnd(9, '0').slice(0, 9);
      const off = dt[3].toUpperCase() === 'Z' ? 0 : (dt[3][0] === '-' ? -1 : 1) * (Number(dt[3].slice(1, 3)) * 3600 + Number(dt[3].slice(4, 6)) * 60);
      const nanos = BigInt(Math.floor(ms / 1000)) * 1_000_000_000n + BigInt(frac);
      return new GoTime(nanos, off === 0 ? 'UTC' : '', off, off === 0 ? 'UTC' : '');
    }
    if (/^\d{4}-\d{2}-\d{2}/.test(tok) || /^\d{2}:\d{2}/.test(tok)) return tok;
    const clean = tok.replace(/_/g, '');
    const int = /^[+-]?(0|[1-9]\d*)$/.test(clean) ? BigInt(clean) : /^0x[0-9a-fA-F]+$|^0o[0-7]+$|^0b[01]+$/.test(clean) ? BigInt(clean) : undefined;
    if (int !== undefined && /^[+-]?\d/.test(tok) && !/__|_$|^_|[^\d]_|_[^\d]/.test(tok.replace(/^0[xob]/, ''))) {
      if (int > 9223372036854775807n || int < -9223372036854775808n) this.fail(`${JSON.stringify(tok)} is out of range for int64`);
      return new GoInt(int, 'int64');
    }
    if (/^[+-]?(0|[1-9][\d_]*)(\.\d[\d_]*)?([eE][+-]?\d[\d_]*)?$/.test(tok) && /[.eE]/.test(tok)) return Number(clean);
    return this.fail(`expected value but found ${JSON.stringify(tok)} instead`);
  }

  array(): GoSlice {
    this.i++;
    const items: GoValue[] = [];
    for (;;) {
      this.wsnl();
      if (this.peek() === ']') return this.i++, new GoSlice(items);
      if (this.i >= this.s.length) this.fail('unexpected EOF; expected value');
      items.push(this.value());
      this.wsnl();
      if (this.peek() === ',') this.i++;
      else if (this.peek() === ']') return this.i++, new GoSlice(items);
      else this.fail(`expected a comma (',') or array terminator (']'), but got ${this.i >= this.s.length ? 'EOF' : JSON.stringify(this.peek())}`);
    }
  }

  inlineTable(): GoMap {
    this.i++;
    const m = new GoMap();
    this.ws();
    if (this.peek() === '}') return this.i++, m;
    for (;;) {
      const k = this.key();
      this.lastKey = k.join('.');
      this.ws();
      if (this.peek() !== '=') this.fail(`expected key separator '=', but got ${JSON.stringify(this.peek())} instead`);
      this.i++;
      setPath(this, m, k, this.value());
      this.ws();
      if (this.peek() === ',') this.i++;
      else if (this.peek() === '}') return this.i++, m;
      else this.fail(`expected a comma or an inline table terminator '}', but got ${this.i >= this.s.length ? 'EOF' : JSON.stringify(this.peek())} instead`);
    }
  }
}

function subTable(r: Reader, m: GoMap, k: string): GoMap {
  const cur = m.entries.get(k);
  if (cur instanceof GoMap) return cur;
  if (cur instanceof GoSlice && cur.items.length > 0 && cur.items[cur.items.length - 1] instanceof GoMap) return cur.items[cur.items.length - 1] as GoMap;
  if (cur !== undefined) r.fail(`key ${JSON.stringify(k)} has already been defined`);
  const t = new GoMap();
  m.entries.set(k, t);
  return t;
}

function setPath(r: Reader, root: GoMap, key: string[], v: GoValue): void {
  let m = root;
  for (const k of key.slice(0, -1)) m = subTable(r, m, k);
  const last = key[key.length - 1];
  if (m.entries.has(last)) r.fail(`Key '${key.join('.')}' has already been defined.`);
  m.entries.set(last, v);
}

/** decodeTOML parses a TOML document into a `map[string]interface {}`. */
export function decodeTOML(text: string, flavor: 3 | 4 = 4): GoMap {
  const r = new Reader(text.replace(/^\ufeff/, ''), flavor);
  const root = new GoMap();
  let cur = root;
  for (;;) {
    r.wsnl();
    if (r.i >= r.s.length) return root;
    if (r.peek() === '[') {
      const arr = r.s[r.i + 1] === '[';
      r.i += arr ? 2 : 1;
      const k = r.key();
      r.lastKey = k.join('.');
      if (!r.s.startsWith(arr ? ']]' : ']', r.i)) r.fail(`expected ${arr ? "']]'" : "']'"} to close table name`);
      r.i += arr ? 2 : 1;
      let m = root;
      for (const p of k.slice(0, -1)) m = subTable(r, m, p);
      const last = k[k.length - 1];
      if (arr) {
        const list = m.entries.get(last);
        const t = new GoMap();
        if (list instanceof GoSlice) list.items.push(t);
        else if (list === undefined) m.entries.set(last, new GoSlice([t], '[]map[string]interface {}'));
        else r.fail(`key ${JSON.stringify(r.lastKey)} has already been defined`);
        cur = t;
      } else cur = subTable(r, m, last);
      r.endOfLine();
      continue;
    }
    const k = r.key();
    r.lastKey = k.join('.');
    r.ws();
    if (r.peek() !== '=') r.fail(r.i >= r.s.length ? 'unexpected EOF; expected key separator \'=\'' : `expected key separator '=', but got ${JSON.stringify(r.peek())} instead`);
    r.i++;
    setPath(r, cur, k, r.value());
    r.endOfLine();
  }
}
