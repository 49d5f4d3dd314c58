/** Go's `time.ParseInLocation` (time/format.go `parse`) with Go's ParseError texts. */
import { LONG_DAYS as GO_DAYS, LONG_MONTHS as GO_MONTHS } from '../../template/gotime.js';
import { nextStdChunk, type Std } from '../../template/gotime.js';
import type { GoTime } from '../../template/value.js';
import { timeQuote } from './duration.js';
import { dateIn, fixedZone, offsetAt, timeIn, type GoLocation } from './time-zone.js';

/** TimeParseError is `*time.ParseError`. */
export class TimeParseError extends Error {
  readonly code = 'GO_TIME_PARSE';
  constructor(layout: string, value: string, layoutElem: string, valueElem: string, message: string) {
    super(
      message === ''
        ? `parsing time ${timeQuote(value)} as ${timeQuote(layout)}: cannot parse ${timeQuote(valueElem)} as ${timeQuote(layoutElem)}`
        : `parsing time ${timeQuote(value)}${message}`,
    );
    this.name = 'TimeParseError';
  }
}

const LONG_MONTHS: string[] = GO_MONTHS;
const SHORT_MONTHS = LONG_MONTHS.map((m) => m.slice(0, 3));
const LONG_DAYS: string[] = GO_DAYS;
const SHORT_DAYS = LONG_DAYS.map((d) => d.slice(0, 3));
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

class Bad extends Error {}
const isDigit = (s: string, i: number): boolean => i < s.length && s[i] >= '0' && s[i] <= '9';
const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (m: number, y: number): number => (m === 2 && isLeap(y) ? 29 : DAYS_BEFORE[m] - DAYS_BEFORE[m - 1]);
const cutspace = (s: string): string => s.replace(/^ +/, '');

function skip(value: string, prefix: string): string {
  let v = value;
  let p = prefix;
  while (p.length > 0) {
    if (p[0] === ' ') {
      if (v.length > 0 && v[0] !== ' ') throw new Bad();
      p = cutspace(p);
      v = cutspace(v);
      continue;
    }
    if (v.length === 0 || v[0] !== p[0]) throw new Bad();
    p = p.slice(1);
    v = v.slice(1);
  }
  return v;
}

function getnum(s: string, fixed: boolean): [number, string] {
  if (!isDigit(s, 0)) throw new Bad();
  if (!isDigit(s, 1)) {
    if (fixed) throw new Bad();
    return [s.charCodeAt(0) - 48, s.slice(1)];
  }
  return [(s.charCodeAt(0) - 48) * 10 + s.charCodeAt(1) - 48, s.slice(2)];
}

function getnum3(s: string, fixed: boolean): [number, string] {
  let n = 0;
  let i = 0;
  for (; i < 3 && isDigit(s, i); i++) n = n * 10 + s.charCodeAt(i) - 48;
  if (i === 0 || (fixed && i !== 3)) throw new Bad();
  return [n, s.slice(i)];
}

function atoi(s: string): number {
  if (!/^[+-]?[0-9]+$/.test(s)) throw new Bad();
  return Number(s);
}

function lookup(tab: string[], val: string): [number, string] {
  for (let i = 0; i < tab.length; i++) {
    const v = tab[i];
    if (val.length >= v.length && val.slice(0, v.length).toLowerCase() === v.toLowerCase())
      return [i, val.slice(v.length)];
  }
  throw new Bad();
}

function parseNanoseconds(value: string, nbytes: number): number {
  if (value[0] !== '.' && value[0] !== ',') throw new Bad();
  const n = Math.min(nbytes, 10);
  const ns = atoi(value.slice(1, n));
  return ns * 10 ** (10 - n);
}

function parseSignedOffset(value: string): number {
  if (value[0] !== '-' && value[0] !== '+') return 0;
  const digits = /^[0-9]*/.exec(value.slice(1))?.[0] ?? '';
  if (digits === '' || Number(digits) > 23) return 0;
  return 1 + digits.length;
}

function parseTimeZone(value: string): number {
  if (value.length < 3) return 0;
  if (value.startsWith('ChST') || value.startsWith('MeST')) return 4;
  if (value.startsWith('GMT')) return value.length === 3 ? 3 : 3 + parseSignedOffset(value.slice(3));
  if (value[0] === '+' || value[0] === '-') return parseSignedOffset(value);
  let n = 0;
  while (n < 6 && n < value.length && value[n] >= 'A' && value[n] <= 'Z') n++;
  if (n === 5 && value[4] === 'T') return 5;
  if (n === 4 && (value[3] === 'T' || value.startsWith('WITA'))) return 4;
  return n === 3 ? 3 : 0;
}

/** Parsed holds the fields collected while walking the layout. */
interface Parsed {
  year: number;
  month: number;
  day: number;
  yday: number;
  hour: number;
  min: number;
  sec: number;
  nsec: number;
  utc: boolean;
  zoneOffset: number;
  zoneName: string;
  amSet: boolean;
  pmSet: boolean;
}

const NUM_TZ: Partial<Record<Std, [number, number[]]>> = {
  // std → [min length, field offsets of hour, minute, second (-1: "00")]
  NumColonTZ: [6, [1, 4, -1]],
  ISO8601ColonTZ: [6, [1, 4, -1]],
  NumShortTZ: [3, [1, -1, -1]],
  ISO8601ShortTZ: [3, [1, -1, -1]],
  NumColonSecondsTZ: [9, [1, 4, 7]],
  ISO8601ColonSecondsTZ: [9, [1, 4, 7]],
  NumSecondsTz: [7, [1, 3, 5]],
  ISO8601SecondsTZ: [7, [1, 3, 5]],
  NumTZ: [5, [1, 3, -1]],
  ISO8601TZ: [5, [1, 3, -1]],
};

/** parseNumTZ parses `-0700`-style offsets; returns [rest, range error]. */
function parseNumTZ(std: Std, value: string, p: Parsed): [string, string] {
  if (std.startsWith('ISO') && value[0] === 'Z') {
    p.utc = true;
    return [value.slice(1), ''];
  }
  const [len, [h, m, s]] = NUM_TZ[std] as [number, number[]];
  if (value.length < len) throw new Bad();
  if ((std === 'NumColonTZ' || std === 'ISO8601ColonTZ' || len === 9) && value[3] !== ':') throw new Bad();
  if (len === 9 && value[6] !== ':') throw new Bad();
  const field = (i: number): number => (i < 0 ? 0 : getnum(value.slice(i, i + 2), true)[0]);
  const hr = field(h);
  const mm = field(m);
  const ss = field(s);
  let range = '';
  if (hr > 24) range = 'time zone offset hour';
  if (mm > 60) range = 'time zone offset minute';
  if (ss > 60) range = 'time zone offset second';
  let off = (hr * 60 + mm) * 60 + ss;
  if (value[0] === '-') off = -off;
  else if (value[0] !== '+') throw new Bad();
  p.zoneOffset = off;
  return [value.slice(len), range];
}

/** parseStd consumes one layout element from `value`; returns [rest, range error]. */
function parseStd(std: Std, value: string, p: Parsed, layoutRest: string, n: number): [string, string] {
  let v = value;
  switch (std) {
    case 'Year': {
      if (v.length < 2) throw new Bad();
      const y = atoi(v.slice(0, 2));
      p.year = y >= 69 ? y + 1900 : y + 2000;
      return [v.slice(2), ''];
    }
    case 'LongYear':
      if (v.length < 4 || !isDigit(v, 0)) throw new Bad();
      p.year = atoi(v.slice(0, 4));
      return [v.slice(4), ''];
    case 'Month':
    case 'LongMonth': {
      const [m, rest] = lookup(std === 'Month' ? SHORT_MONTHS : LONG_MONTHS, v);
      p.month = m + 1;
      return [rest, ''];
    }
    case 'NumMonth':
    case 'ZeroMonth': {
      [p.month, v] = getnum(v, std === 'ZeroMonth');
      return [v, p.month <= 0 || p.month > 12 ? 'month' : ''];
    }
    case 'WeekDay':
    case 'LongWeekDay':
      return [lookup(std === 'WeekDay' ? SHORT_DAYS : LONG_DAYS, v)[1], ''];
    case 'Day':
    case 'UnderDay':
    case 'ZeroDay':
      if (std === 'UnderDay' && v[0] === ' ') v = v.slice(1);
      [p.day, v] = getnum(v, std === 'ZeroDay');
      return [v, ''];
    case 'UnderYearDay':
    case 'ZeroYearDay':
      for (let i = 0; i < 2; i++) if (std === 'UnderYearDay' && v[0] === ' ') v = v.slice(1);
      [p.yday, v] = getnum3(v, std === 'ZeroYearDay');
      return [v, ''];
    case 'Hour':
      [p.hour, v] = getnum(v, false);
      return [v, p.hour < 0 || p.hour >= 24 ? 'hour' : ''];
    case 'Hour12':
    case 'ZeroHour12':
      [p.hour, v] = getnum(v, std === 'ZeroHour12');
      return [v, p.hour < 0 || p.hour > 12 ? 'hour' : ''];
    case 'Minute':
    case 'ZeroMinute':
      [p.min, v] = getnum(v, std === 'ZeroMinute');
      return [v, p.min < 0 || p.min >= 60 ? 'minute' : ''];
    case 'Second':
    case 'ZeroSecond':
      return parseSecond(std, v, p, layoutRest);
    case 'PM':
    case 'pm': {
      if (v.length < 2) throw new Bad();
      const s = v.slice(0, 2);
      if (s === (std === 'PM' ? 'PM' : 'pm')) p.pmSet = true;
      else if (s === (std === 'PM' ? 'AM' : 'am')) p.amSet = true;
      else throw new Bad();
      return [v.slice(2), ''];
    }
    case 'TZ': {
      if (v.startsWith('UTC')) {
        p.utc = true;
        return [v.slice(3), ''];
      }
      const len = parseTimeZone(v);
      if (len === 0) throw new Bad();
      p.zoneName = v.slice(0, len);
      return [v.slice(len), ''];
    }
    case 'Frac0': {
      const nd = 1 + n;
      if (v.length < nd) throw new Bad();
      p.nsec = parseNanoseconds(v, nd);
      return [v.slice(nd), ''];
    }
    case 'Frac9': {
      if (v.length < 2 || (v[0] !== '.' && v[0] !== ',') || !isDigit(v, 1)) return [v, ''];
      let i = 0;
      while (isDigit(v, i + 1)) i++;
      p.nsec = parseNanoseconds(v, 1 + i);
      return [v.slice(1 + i), ''];
    }
    default:
      return parseNumTZ(std, v, p);
  }
}

function parseSecond(std: Std, value: string, p: Parsed, layoutRest: string): [string, string] {
  let v: string;
  [p.sec, v] = getnum(value, std === 'ZeroSecond');
  if (p.sec < 0 || p.sec >= 60) return [v, 'second'];
  if (v.length >= 2 && (v[0] === '.' || v[0] === ',') && isDigit(v, 1)) {
    const next = nextStdChunk(layoutRest).std;
    if (next === 'Frac0' || next === 'Frac9') return [v, ''];
    let n = 2;
    while (isDigit(v, n)) n++;
    p.nsec = parseNanoseconds(v, n);
    v = v.slice(n);
  }
  return [v, ''];
}

/** parseInLocation is `time.ParseInLocation(layout, value, loc)`; throws {@link TimeParseError}. */
export function parseInLocation(layout: string, value: string, loc: GoLocation): GoTime {
  const p: Parsed = {
    year: 0,
    month: -1,
    day: -1,
    yday: -1,
    hour: 0,
    min: 0,
    sec: 0,
    nsec: 0,
    utc: false,
    zoneOffset: -1,
    zoneName: '',
    amSet: false,
    pmSet: false,
  };
  let lay = layout;
  let val = value;
  for (;;) {
    const chunk = nextStdChunk(lay);
    const stdstr = lay.slice(chunk.prefix.length, lay.length - chunk.rest.length);
    try {
      val = skip(val, chunk.prefix);
    } catch {
      throw new TimeParseError(layout, value, chunk.prefix, val, '');
    }
    if (chunk.std === undefined) {
      if (val.length !== 0) throw new TimeParseError(layout, value, '', val, `: extra text: ${timeQuote(val)}`);
      break;
    }
    lay = chunk.rest;
    const hold = val;
    let range: string;
    try {
      [val, range] = parseStd(chunk.std, val, p, lay, chunk.n ?? 0);
    } catch (e) {
      if (!(e instanceof Bad)) throw e;
      throw new TimeParseError(layout, value, stdstr, hold, '');
    }
    if (range !== '') throw new TimeParseError(layout, value, stdstr, val, `: ${range} out of range`);
  }
  return finish(p, layout, value, val, loc);
}

function finish(p: Parsed, layout: string, value: string, rest: string, loc: GoLocation): GoTime {
  if (p.pmSet && p.hour < 12) p.hour += 12;
  else if (p.amSet && p.hour === 12) p.hour = 0;
  const fail = (msg: string): TimeParseError => new TimeParseError(layout, value, '', rest, msg);
  if (p.yday >= 0) {
    let yday = p.yday;
    let m = 0;
    let d = 0;
    if (isLeap(p.year)) {
      if (yday === 31 + 29) [m, d] = [2, 29];
      else if (yday > 31 + 29) yday--;
    }
    if (yday < 1 || yday > 365) throw fail(': day-of-year out of range');
    if (m === 0) {
      m = Math.floor((yday - 1) / 31) + 1;
      if (DAYS_BEFORE[m] < yday) m++;
      d = yday - DAYS_BEFORE[m - 1];
    }
    if (p.month >= 0 && p.month !== m) throw fail(': day-of-year does not match month');
    if (p.day >= 0 && p.day !== d) throw fail(': day-of-year does not match day');
    [p.month, p.day] = [m, d];
  } else {
    if (p.month < 0) p.month = 1;
    if (p.day < 0) p.day = 1;
  }
  if (p.day < 1 || p.day > daysIn(p.month, p.year)) throw fail(': day out of range');
  const at = (l: GoLocation): GoTime => dateIn(p.year, p.month, p.day, p.hour, p.min, p.sec, p.nsec, l);
  if (p.utc) return at({ kind: 'utc' });
  if (p.zoneOffset !== -1) {
    const t = at(fixedZone(p.zoneName, p.zoneOffset));
    const local = offsetAt(loc, Number(t.unixNano / 1_000_000_000n));
    if (local.offset === p.zoneOffset && (p.zoneName === '' || local.abbrev === p.zoneName))
      return timeIn(t.unixNano, loc);
    return t;
  }
  if (p.zoneName !== '') {
    const utc = at({ kind: 'utc' });
    const local = offsetAt(loc, Number(utc.unixNano / 1_000_000_000n));
    if (local.abbrev === p.zoneName) return at(loc);
    // Unknown abbreviation: Go keeps the wall clock as UTC and attaches a fake zone.
    const offset = p.zoneName.length > 3 && p.zoneName.startsWith('GMT') ? Number(p.zoneName.slice(3)) * 3600 : 0;
    return timeIn(utc.unixNano, fixedZone(p.zoneName, offset));
  }
  return at(loc);
}
