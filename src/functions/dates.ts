/**
 * Sprig's date functions (Masterminds/sprig v3.3.0 `date.go`) with Go `time` semantics:
 * reference-time layouts, IANA zones (`Local` = the process zone), Go's type switches (a date
 * argument of any type other than time.Time/int/int64/int32 silently means "now").
 */
import { formatGoTime } from '../template/gotime.js';
import { FunctionError, type FunctionTable } from '../template/registry.js';
import { GoInt, GoTime, type GoValue } from '../template/value.js';
import { DurationError, durationString, parseDuration, roundDuration, SECOND } from './go/duration.js';
import { TimeParseError, parseInLocation } from './go/time-parse.js';
import { loadLocation, nowTime, timeAdd, timeIn, zeroTime } from './go/time-zone.js';

/** toTime is the type switch of dateInZone/dateAgo: which Go types count as a date. */
function toTime(d: GoValue, intKinds: string[]): GoTime {
  if (d instanceof GoTime) return d;
  if (d instanceof GoInt && intKinds.includes(d.kind)) return timeIn(d.v * SECOND, { kind: 'local' });
  return nowTime();
}

function dateInZone(layout: string, d: GoValue, zone: string): string {
  const t = toTime(d, ['int64', 'int', 'int32']);
  const loc = loadLocation(zone) ?? { kind: 'utc' as const };
  return formatGoTime(timeIn(t.unixNano, loc), layout);
}

function dateModify(fmt: string, t: GoTime): GoTime {
  try {
    return timeAdd(t, parseDuration(fmt));
  } catch (e) {
    if (e instanceof DurationError) return t;
    throw e;
  }
}

function mustDateModify(fmt: string, t: GoTime): GoTime {
  try {
    return timeAdd(t, parseDuration(fmt));
  } catch (e) {
    if (e instanceof DurationError) throw new FunctionError(e.message);
    throw e;
  }
}

const MIN_DURATION = -(1n << 63n);
const MAX_DURATION = (1n << 63n) - 1n;

/** sinceNs is `time.Since(t)`, which saturates instead of overflowing. */
function sinceNs(t: GoTime): bigint {
  const d = nowTime().unixNano - t.unixNano;
  return d < MIN_DURATION ? MIN_DURATION : d > MAX_DURATION ? MAX_DURATION : d;
}

function dateAgo(d: GoValue): string {
  return durationString(roundDuration(sinceNs(toTime(d, ['int64', 'int'])), SECOND));
}

function duration(sec: GoValue): string {
  let n = 0n;
  if (typeof sec === 'string') n = parseInt64(sec);
  else if (sec instanceof GoInt && sec.kind === 'int64') n = sec.v;
  return durationString(BigInt.asIntN(64, n * SECOND));
}

/** parseInt64 is `strconv.ParseInt(s, 10, 64)` with its result on error (0, or ±max on range errors). */
function parseInt64(s: string): bigint {
  if (!/^[+-]?[0-9]+$/.test(s)) return 0n;
  const v = BigInt(s);
  const max = (1n << 63n) - 1n;
  if (v > max) return max;
  if (v < -max - 1n) return -max - 1n;
  return v;
}

const YEAR = 3600n * 24n * 365n * SECOND;
const ROUND_UNITS: [bigint, string][] = [
  [YEAR, 'y'],
  [3600n * 24n * 30n * SECOND, 'mo'],
  [3600n * 24n * SECOND, 'd'],
  [3600n * SECOND, 'h'],
  [60n * SECOND, 'm'],
  [SECOND, 's'],
];

function durationRound(v: GoValue): string {
  let d = 0n;
  if (typeof v === 'string') {
    try {
      d = parseDuration(v);
    } catch (e) {
      if (!(e instanceof DurationError)) throw e;
    }
  } else if (v instanceof GoInt && v.kind === 'int64') d = v.v;
  else if (v instanceof GoTime) d = sinceNs(v);
  const u = BigInt.asUintN(64, d < 0n ? -d : d);
  for (const [unit, suffix] of ROUND_UNITS) if (u > unit) return `${u / unit}${suffix}`;
  return '0s';
}

function toDate(layout: string, s: string): GoTime {
  try {
    return parseInLocation(layout, s, { kind: 'local' });
  } catch (e) {
    if (e instanceof TimeParseError) return zeroTime();
    throw e;
  }
}

function mustToDate(layout: string, s: string): GoTime {
  try {
    return parseInLocation(layout, s, { kind: 'local' });
  } catch (e) {
    if (e instanceof TimeParseError) throw new FunctionError(e.message);
    throw e;
  }
}

function unixEpoch(t: GoTime): string {
  const ns = t.unixNano;
  const sec = ns / SECOND - (ns % SECOND < 0n ? 1n : 0n);
  return sec.toString();
}

const IFACE = 'interface {}';
const TIME = 'time.Time';

/** dateFunctions: Sprig's date family. */
export const dateFunctions: FunctionTable = {
  now: { params: [], results: [TIME], fn: nowTime, hermetic: false },
  date: {
    params: ['string', IFACE],
    results: ['string'],
    fn: (f: string, d: GoValue) => dateInZone(f, d, 'Local'),
    hermetic: false,
  },
  dateInZone: { params: ['string', IFACE, 'string'], results: ['string'], fn: dateInZone, hermetic: false },
  date_in_zone: { params: ['string', IFACE, 'string'], results: ['string'], fn: dateInZone, hermetic: false },
  htmlDate: {
    params: [IFACE],
    results: ['string'],
    fn: (d: GoValue) => dateInZone('2006-01-02', d, 'Local'),
    hermetic: false,
  },
  htmlDateInZone: {
    params: [IFACE, 'string'],
    results: ['string'],
    fn: (d: GoValue, z: string) => dateInZone('2006-01-02', d, z),
    hermetic: false,
  },
  dateModify: { params: ['string', TIME], results: [TIME], fn: dateModify, hermetic: false },
  date_modify: { params: ['string', TIME], results: [TIME], fn: dateModify, hermetic: false },
  mustDateModify: { params: ['string', TIME], results: [TIME, 'error'], fn: mustDateModify },
  must_date_modify: { params: ['string', TIME], results: [TIME, 'error'], fn: mustDateModify },
  toDate: { params: ['string', 'string'], results: [TIME], fn: toDate },
  mustToDate: { params: ['string', 'string'], results: [TIME, 'error'], fn: mustToDate },
  unixEpoch: { params: [TIME], results: ['string'], fn: unixEpoch },
  ago: { params: [IFACE], results: ['string'], fn: dateAgo },
  duration: { params: [IFACE], results: ['string'], fn: duration },
  durationRound: { params: [IFACE], results: ['string'], fn: durationRound },
};
