import { GoInt } from '../../template/value.js';

/**
 * yaml-v1-1-resolve ports go-yaml v2's `resolve` (go.yaml.in/yaml/v2@v2.4.2 resolve.go): how a
 * plain scalar is typed under YAML 1.1 rules. It serves both the loader (values files,
 * fromYaml) and the emitter (a string that would resolve to a non-string must be quoted).
 */

/** Resolved is a typed scalar: tag (short form, `!!int`…) plus value. */
export type Resolved =
  | { tag: '!!str'; value: string }
  | { tag: '!!bool'; value: boolean }
  | { tag: '!!null'; value: null }
  | { tag: '!!int'; value: GoInt }
  | { tag: '!!float'; value: number }
  | { tag: '!!timestamp'; value: string }
  | { tag: '!!merge'; value: string };

const MAP = new Map<string, Resolved>();
function add(r: Resolved, words: string[]): void {
  for (const w of words) MAP.set(w, r);
}
add({ tag: '!!bool', value: true }, ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
add({ tag: '!!bool', value: false }, ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
add({ tag: '!!null', value: null }, ['', '~', 'null', 'Null', 'NULL']);
add({ tag: '!!float', value: NaN }, ['.nan', '.NaN', '.NAN']);
add({ tag: '!!float', value: Infinity }, ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']);
add({ tag: '!!float', value: -Infinity }, ['-.inf', '-.Inf', '-.INF']);
add({ tag: '!!merge', value: '<<' }, ['<<']);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** hint is resolve.go's resolveTable: the first byte decides which rules apply. */
function hint(c: string): string {
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return '';
}

/** parseGoInt is strconv.ParseInt/ParseUint with base 0 (prefixes 0x 0o 0b and legacy octal 0). */
export function parseGoInt(s: string, signed: boolean): bigint | undefined {
  let neg = false;
  let body = s;
  if (signed && (body[0] === '+' || body[0] === '-')) {
    neg = body[0] === '-';
    body = body.slice(1);
  }
  let digits: RegExp;
  let prefix = '';
  const p2 = body.slice(0, 2).toLowerCase();
  if (p2 === '0x') {
    prefix = '0x';
    digits = /^[0-9a-fA-F]+$/;
  } else if (p2 === '0o') {
    prefix = '0o';
    digits = /^[0-7]+$/;
  } else if (p2 === '0b') {
    prefix = '0b';
    digits = /^[01]+$/;
  } else if (body.length > 1 && body[0] === '0') {
    prefix = '0o';
    digits = /^[0-7]+$/;
    body = '00' + body.slice(1);
  } else digits = /^[0-9]+$/;
  const rest = prefix ? body.slice(2) : body;
  if (!digits.test(rest)) return undefined;
  let v = BigInt(prefix ? prefix + rest : rest);
  if (neg) v = -v;
  if (signed ? v < INT64_MIN || v > INT64_MAX : v > UINT64_MAX) return undefined;
  return v;
}

/** parseGoFloat is strconv.ParseFloat(s, 64) for the decimal syntaxes resolve lets through; undefined on error (incl. overflow). */
function parseGoFloat(s: string): number | undefined {
  const f = Number(s);
  if (Number.isNaN(f) || !Number.isFinite(f)) return undefined;
  return f;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TS_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TS_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})| (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?)$/;

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS[m - 1]);
}

/** isTimestamp is resolve.go's parseTimestamp over its four allowed layouts. */
export function isTimestamp(s: string): boolean {
  let m = TS_DATE.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  m = TS_TIME.exec(s);
  if (!m) return false;
  const [h, mi, se] = m[4] !== undefined ? [m[4], m[5], m[6]] : [m[7], m[8], m[9]];
  return validDate(+m[1], +m[2], +m[3]) && +h < 24 && +mi < 60 && +se < 60;
}

function intResult(v: bigint): Resolved {
  return { tag: '!!int', value: new GoInt(v, v >= INT64_MIN && v <= INT64_MAX ? 'int' : 'uint64') };
}

/** resolvePlain types an untagged plain scalar (resolve("", in)). */
export function resolvePlain(s: string): Resolved {
  const h = s === '' ? 'M' : hint(s[0]);
  if (h === '') return { tag: '!!str', value: s };
  const known = MAP.get(s);
  if (known) return known;
  if (h === '.') {
    if (DOT_FLOAT.test(s)) {
      const f = parseGoFloat(s);
      if (f !== undefined) return { tag: '!!float', value: f };
    }
  } else if (h === 'D' || h === 'S') {
    if (isTimestamp(s)) return { tag: '!!timestamp', value: s };
    const plain = s.replaceAll('_', '');
    const i = parseGoInt(plain, true) ?? parseGoInt(plain, false);
    if (i !== undefined) return intResult(i);
    if (YAML_STYLE_FLOAT.test(plain)) {
      const f = parseGoFloat(plain);
      if (f !== undefined) return { tag: '!!float', value: f };
    }
    if (plain.startsWith('0b') || plain.startsWith('-0b')) {
      const neg = plain[0] === '-';
      const body = plain.slice(neg ? 3 : 2);
      if (/^[01]+$/.test(body)) {
        const v = BigInt('0b' + body) * (neg ? -1n : 1n);
        if (v >= INT64_MIN && v <= UINT64_MAX) return intResult(v);
      }
    }
  }
  return { tag: '!!str', value: s };
}

const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** isBase60Float reports strings yaml.v2's encoder quotes because YAML 1.1 reads them as base-60 numbers. */
export function isBase60Float(s: string): boolean {
  return s !== '' && BASE60.test(s);
}

/** resolveTagged is resolve(tag, in) for an explicit tag; it throws the Go message on a mismatch. */
export function resolveTagged(tag: string, s: string): Resolved | { tag: string; value: string } {
  const resolvable = ['!!str', '!!bool', '!!int', '!!float', '!!null', '!!timestamp'];
  if (!resolvable.includes(tag)) return { tag, value: s };
  const r = tag === '!!str' ? ({ tag: '!!str', value: s } as const) : resolvePlain(s);
  if (r.tag === tag || tag === '!!str') return tag === '!!str' ? { tag: '!!str', value: s } : r;
  if (tag === '!!float' && r.tag === '!!int') return { tag: '!!float', value: Number(r.value.v) };
  throw new Error(`cannot decode ${r.tag} \`${s}\` as a ${tag}`);
}
