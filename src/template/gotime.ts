/**
 * Go's `time.Time.Format` with reference-time layouts (`2006-01-02T15:04:05Z07:00`), plus
 * zone lookups via Intl for IANA names. Used by `%v` of a GoTime (Time.String) and by the
 * Sprig date functions.
 */
import { GoTime } from './value.js';

/** LONG_MONTHS are Go's month names (time.Month.String). */
export const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** LONG_DAYS are Go's weekday names (time.Weekday.String). */
export const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Std is one layout element (time/format.go's std* constants). */
export type Std =
  | 'LongMonth'
  | 'Month'
  | 'NumMonth'
  | 'ZeroMonth'
  | 'LongWeekDay'
  | 'WeekDay'
  | 'Day'
  | 'UnderDay'
  | 'ZeroDay'
  | 'UnderYearDay'
  | 'ZeroYearDay'
  | 'Hour'
  | 'Hour12'
  | 'ZeroHour12'
  | 'Minute'
  | 'ZeroMinute'
  | 'Second'
  | 'ZeroSecond'
  | 'LongYear'
  | 'Year'
  | 'PM'
  | 'pm'
  | 'TZ'
  | 'ISO8601TZ'
  | 'ISO8601SecondsTZ'
  | 'ISO8601ShortTZ'
  | 'ISO8601ColonTZ'
  | 'ISO8601ColonSecondsTZ'
  | 'NumTZ'
  | 'NumSecondsTz'
  | 'NumShortTZ'
  | 'NumColonTZ'
  | 'NumColonSecondsTZ'
  | 'Frac0'
  | 'Frac9';

export interface Chunk {
  prefix: string;
  std?: Std;
  /** fraction digits and separator for Frac0/Frac9. */
  n?: number;
  sep?: string;
  rest: string;
}

const STD0X: Std[] = ['ZeroMonth', 'ZeroDay', 'ZeroHour12', 'ZeroMinute', 'ZeroSecond', 'Year'];

const TZ_FORMS: [string, Std][] = [
  ['070000', 'NumSecondsTz'],
  ['07:00:00', 'NumColonSecondsTZ'],
  ['0700', 'NumTZ'],
  ['07:00', 'NumColonTZ'],
  ['07', 'NumShortTZ'],
];
const ISO_OF: Partial<Record<Std, Std>> = {
  NumSecondsTz: 'ISO8601SecondsTZ',
  NumColonSecondsTZ: 'ISO8601ColonSecondsTZ',
  NumTZ: 'ISO8601TZ',
  NumColonTZ: 'ISO8601ColonTZ',
  NumShortTZ: 'ISO8601ShortTZ',
};

function startsWithLower(s: string): boolean {
  return s.length > 0 && s[0] >= 'a' && s[0] <= 'z';
}

function isDigitAt(s: string, i: number): boolean {
  return i < s.length && s[i] >= '0' && s[i] <= '9';
}

/** nextStdChunk finds the first layout element (time/format.go `nextStdChunk`). */
export function nextStdChunk(layout: string): Chunk {
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i];
    const at = (s: string): boolean => layout.startsWith(s, i);
    const cut = (std: Std, len: number): Chunk => ({ prefix: layout.slice(0, i), std, rest: layout.slice(i + len) });
    switch (c) {
      case 'J':
        if (at('Jan')) {
          if (at('January')) return cut('LongMonth', 7);
          if (!startsWithLower(layout.slice(i + 3))) return cut('Month', 3);
        }
        break;
      case 'M':
        if (at('Mon')) {
          if (at('Monday')) return cut('LongWeekDay', 6);
          if (!startsWithLower(layout.slice(i + 3))) return cut('WeekDay', 3);
        }
        if (at('MST')) return cut('TZ', 3);
        break;
      case '0':
        if (i + 1 < layout.length && layout[i + 1] >= '1' && layout[i + 1] <= '6') return cut(STD0X[layout.charCodeAt(i + 1) - 49], 2);
        if (at('002')) return cut('ZeroYearDay', 3);
        break;
      case '1':
        if (at('15')) return cut('Hour', 2);
        return cut('NumMonth', 1);
      case '2':
        if (at('2006')) return cut('LongYear', 4);
        return cut('Day', 1);
      case '_':
        if (at('_2')) {
          if (at('_2006')) return { prefix: layout.slice(0, i + 1), std: 'LongYear', rest: layout.slice(i + 5) };
          return cut('UnderDay', 2);
        }
        if (at('__2')) return cut('UnderYearDay', 3);
        break;
      case '3':
        return cut('Hour12', 1);
      case '4':
        return cut('Minute', 1);
      case '5':
        return cut('Second', 1);
      case 'P':
        if (at('PM')) return cut('PM', 2);
        break;
      case 'p':
        if (at('pm')) return cut('pm', 2);
        break;
      case '-':
      case 'Z':
        for (const [form, std] of TZ_FORMS) {
          if (layout.startsWith(form, i + 1)) return cut(c === '-' ? std : (ISO_OF[std] as Std), form.length + 1);
        }
        break;
      case '.':
      case ',':
        if (i + 1 < layout.length && (layout[i + 1] === '0' || layout[i + 1] === '9')) {
          const ch = layout[i + 1];
          let j = i + 1;
          while (j < layout.length && layout[j] === ch) j++;
          if (!isDigitAt(layout, j)) {
            return { prefix: layout.slice(0, i), std: ch === '0' ? 'Frac0' : 'Frac9', n: j - (i + 1), sep: c, rest: layout.slice(j) };
          }
        }
        break;
    }
  }
  return { prefix: layout, rest: '' };
}

function pad(n: number, width: number): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  while (s.length < width) s = '0' + s;
  return neg ? '-' + s : s;
}

/** Civil is the broken-down wall-clock time of a GoTime in its zone. */
interface Civil {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  nano: number;
  weekday: number; // 0 = Sunday
  yday: number; // 1..366
}

function civil(t: GoTime): Civil {
  const secs = t.unixNano / 1_000_000_000n;
  let nano = Number(t.unixNano - secs * 1_000_000_000n);
  let s = Number(secs) + t.offset;
  if (nano < 0) {
    nano += 1e9;
    s -= 1;
  }
  const d = new Date(s * 1000);
  const year = d.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const dayStart = Date.UTC(year, d.getUTCMonth(), d.getUTCDate());
  return {
    year,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    nano,
    weekday: d.getUTCDay(),
    yday: Math.round((dayStart - start) / 86_400_000) + 1,
  };
}

function formatZone(std: Std, offset: number, abbrev: string): string {
  if (std === 'TZ') {
    if (abbrev !== '') return abbrev;
    const z = Math.trunc(offset / 60);
    const a = Math.abs(z);
    return (z < 0 ? '-' : '+') + pad(Math.trunc(a / 60), 2) + pad(a % 60, 2);
  }
  if (std.startsWith('ISO') && offset === 0) return 'Z';
  let zone = Math.trunc(offset / 60);
  const absoffset = Math.abs(offset);
  let s: string;
  if (zone < 0) {
    s = '-';
    zone = -zone;
  } else s = '+';
  s += pad(Math.trunc(zone / 60), 2);
  const colon = std === 'ISO8601ColonTZ' || std === 'NumColonTZ' || std === 'ISO8601ColonSecondsTZ' || std === 'NumColonSecondsTZ';
  if (colon) s += ':';
  if (std !== 'NumShortTZ' && std !== 'ISO8601ShortTZ') s += pad(zone % 60, 2);
  if (std === 'ISO8601SecondsTZ' || std === 'NumSecondsTz' || std === 'NumColonSecondsTZ' || std === 'ISO8601ColonSecondsTZ') {
    if (colon) s += ':';
    s += pad(absoffset % 60, 2);
  }
  return s;
}

function formatFrac(nano: number, n: number, sep: string, trim: boolean): string {
  let digits = pad(nano, 9);
  if (n > 9) n = 9;
  digits = digits.slice(0, n);
  if (trim) {
    digits = digits.replace(/0+$/, '');
    if (digits === '') return '';
  }
  return sep + digits;
}

function formatStd(std: Std, c: Civil, t: GoTime, chunk: Chunk): string {
  switch (std) {
    case 'Year':
      return pad(((c.year % 100) + 100) % 100, 2);
    case 'LongYear':
      return pad(c.year, 4);
    case 'Month':
      return LONG_MONTHS[c.month - 1].slice(0, 3);
    case 'LongMonth':
      return LONG_MONTHS[c.month - 1];
    case 'NumMonth':
      return String(c.month);
    case 'ZeroMonth':
      return pad(c.month, 2);
    case 'WeekDay':
      return LONG_DAYS[c.weekday].slice(0, 3);
    case 'LongWeekDay':
      return LONG_DAYS[c.weekday];
    case 'Day':
      return String(c.day);
    case 'UnderDay':
      return (c.day < 10 ? ' ' : '') + c.day;
    case 'ZeroDay':
      return pad(c.day, 2);
    case 'UnderYearDay':
      return String(c.yday).padStart(3, ' ');
    case 'ZeroYearDay':
      return pad(c.yday, 3);
    case 'Hour':
      return pad(c.hour, 2);
    case 'Hour12':
      return String(c.hour % 12 === 0 ? 12 : c.hour % 12);
    case 'ZeroHour12':
      return pad(c.hour % 12 === 0 ? 12 : c.hour % 12, 2);
    case 'Minute':
      return String(c.minute);
    case 'ZeroMinute':
      return pad(c.minute, 2);
    case 'Second':
      return String(c.second);
    case 'ZeroSecond':
      return pad(c.second, 2);
    case 'PM':
      return c.hour >= 12 ? 'PM' : 'AM';
    case 'pm':
      return c.hour >= 12 ? 'pm' : 'am';
    case 'Frac0':
    case 'Frac9':
      return formatFrac(c.nano, chunk.n ?? 0, chunk.sep ?? '.', std === 'Frac9');
    default:
      return formatZone(std, t.offset, t.abbrev);
  }
}

/** formatGoTime is Go's `t.Format(layout)` for a GoTime (wall clock = unixNano + offset). */
export function formatGoTime(t: GoTime, layout: string): string {
  const c = civil(t);
  let out = '';
  let rest = layout;
  while (rest !== '') {
    const chunk = nextStdChunk(rest);
    out += chunk.prefix;
    if (chunk.std === undefined) break;
    out += formatStd(chunk.std, c, t, chunk);
    rest = chunk.rest;
  }
  return out;
}

/** goTimeString is Go's Time.String() (without a monotonic clock reading). */
export function goTimeString(t: GoTime): string {
  return formatGoTime(t, '2006-01-02 15:04:05.999999999 -0700 MST');
}

// ---------------------------------------------------------------------------------------------
// Zones

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const abbrevFormats = new Map<string, Intl.DateTimeFormat>();

/** A few tzdata abbreviations that no English Intl locale reproduces. */
const KNOWN_ABBREV: Record<string, [string, string?]> = {
  'Asia/Tokyo': ['JST'],
  'Asia/Seoul': ['KST'],
  'Asia/Shanghai': ['CST'],
  'Asia/Taipei': ['CST'],
  'Asia/Hong_Kong': ['HKT'],
  'Asia/Kolkata': ['IST'],
  'Asia/Calcutta': ['IST'],
  'Asia/Jerusalem': ['IST', 'IDT'],
  'Asia/Manila': ['PST'],
  'Asia/Karachi': ['PKT'],
  'Asia/Jakarta': ['WIB'],
  'Africa/Johannesburg': ['SAST'],
  'Africa/Lagos': ['WAT'],
  'Africa/Nairobi': ['EAT'],
  'Africa/Cairo': ['EET', 'EEST'],
  'Europe/Moscow': ['MSK'],
  'Europe/Minsk': ['+03'],
  'Europe/Istanbul': ['+03'],
};

function zoneOffsetSeconds(zone: string, ms: number): number {
  let f = offsetFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, f);
  }
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
  if (!m) return 0;
  const secs = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === '-' ? -secs : secs;
}

function intlAbbrev(zone: string, ms: number, locale: string): string {
  const key = locale + '|' + zone;
  let f = abbrevFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    abbrevFormats.set(key, f);
  }
  return f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** localesFor lists the Intl locales whose short zone names match tzdata for a zone's region. */
function localesFor(zone: string): string[] {
  if (zone.startsWith('Europe/')) return ['en-GB'];
  if (zone.startsWith('Australia/')) return ['en-AU'];
  if (zone === 'Pacific/Auckland') return ['en-NZ'];
  return ['en-US'];
}

function numericAbbrev(offset: number): string {
  const a = Math.abs(offset);
  const h = Math.trunc(a / 3600);
  const m = Math.trunc((a % 3600) / 60);
  return (offset < 0 ? '-' : '+') + pad(h, 2) + (m !== 0 ? pad(m, 2) : '');
}

/**
 * zoneAt resolves an IANA zone name (or `UTC`/`Local`) at an instant to Go's offset and
 * abbreviation. Abbreviations come from Intl (en-US; en-GB for Europe, en-AU, en-NZ), a small
 * table, or tzdata's numeric style (`+08`, `+0530`). Throws RangeError for unknown zones.
 */
export function zoneAt(zone: string, unixMs: number): { offset: number; abbrev: string } {
  if (zone === 'UTC' || zone === '') return { offset: 0, abbrev: 'UTC' };
  const offset = zoneOffsetSeconds(zone, unixMs);
  const known = KNOWN_ABBREV[zone];
  if (known) {
    const std = known[0];
    const dst = known[1];
    const jan = zoneOffsetSeconds(zone, Date.UTC(new Date(unixMs).getUTCFullYear(), 0, 1));
    return { offset, abbrev: dst !== undefined && offset !== jan ? dst : std };
  }
  for (const locale of localesFor(zone)) {
    const a = intlAbbrev(zone, unixMs, locale);
    if (/^[A-Z]{2,5}$/.test(a) && !(a === 'GMT' && offset !== 0)) return { offset, abbrev: a };
  }
  return { offset, abbrev: numericAbbrev(offset) };
}

/** goTimeIn builds a GoTime for an instant displayed in `zone` (IANA name or `UTC`). */
export function goTimeIn(unixNano: bigint, zone: string): GoTime {
  if (zone === 'UTC') return new GoTime(unixNano, 'UTC', 0, 'UTC');
  const { offset, abbrev } = zoneAt(zone, Number(unixNano / 1_000_000n));
  return new GoTime(unixNano, zone, offset, abbrev);
}
