/**
 * Go `time.Location` handling for the Sprig date functions: `UTC`, `Local` (the process zone)
 * and IANA names via Intl, plus fixed zones created by parsing (`+0100`, `PST`).
 */
import { goTimeIn, zoneAt } from '../../template/gotime.js';
import { GoTime } from '../../template/value.js';

/** GoLocation is a resolved `*time.Location`. */
export type GoLocation =
  | { kind: 'utc' }
  | { kind: 'local' }
  | { kind: 'iana'; name: string }
  | { kind: 'fixed'; name: string; offset: number };

/** Times whose location is a fixed zone (their zone field is just the name Go prints). */
const fixedZones = new WeakMap<GoTime, GoLocation>();

/** localZoneName is the IANA name of the process time zone (Go's `time.Local`). */
export function localZoneName(): string {
  const tz = process.env.TZ;
  if (tz === '') return 'UTC';
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function validIana(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    // Intl matches case-insensitively; Go opens zoneinfo files, whose names are case-sensitive.
    return !(resolved.toLowerCase() === name.toLowerCase() && resolved !== name);
  } catch {
    return false;
  }
}

/** loadLocation is `time.LoadLocation`; null means Go would return an error. */
export function loadLocation(name: string): GoLocation | null {
  if (name === '' || name === 'UTC') return { kind: 'utc' };
  if (name === 'Local') return { kind: 'local' };
  return validIana(name) ? { kind: 'iana', name } : null;
}

/** offsetAt returns the UTC offset (seconds) and abbreviation of `loc` at an instant. */
export function offsetAt(loc: GoLocation, unixSec: number): { offset: number; abbrev: string } {
  switch (loc.kind) {
    case 'utc':
      return { offset: 0, abbrev: 'UTC' };
    case 'fixed':
      return { offset: loc.offset, abbrev: loc.name };
    case 'local': {
      const name = localZoneName();
      return name === 'UTC' ? { offset: 0, abbrev: 'UTC' } : zoneAt(name, unixSec * 1000);
    }
    case 'iana':
      return zoneAt(loc.name, unixSec * 1000);
  }
}

/** timeIn is `t.In(loc)`: the same instant shown in `loc`. */
export function timeIn(unixNano: bigint, loc: GoLocation): GoTime {
  switch (loc.kind) {
    case 'utc':
      return new GoTime(unixNano, 'UTC', 0, 'UTC');
    case 'iana':
      return goTimeIn(unixNano, loc.name);
    case 'local': {
      const { offset, abbrev } = offsetAt(loc, Number(unixNano / 1_000_000_000n));
      return new GoTime(unixNano, 'Local', offset, abbrev);
    }
    case 'fixed': {
      const t = new GoTime(unixNano, loc.name, loc.offset, loc.name);
      fixedZones.set(t, loc);
      return t;
    }
  }
}

/** locationOf recovers the location a GoTime is displayed in. */
export function locationOf(t: GoTime): GoLocation {
  const fixed = fixedZones.get(t);
  if (fixed) return fixed;
  if (t.zone === 'UTC') return { kind: 'utc' };
  if (t.zone === 'Local') return { kind: 'local' };
  return validIana(t.zone) ? { kind: 'iana', name: t.zone } : { kind: 'fixed', name: t.abbrev, offset: t.offset };
}

/** fixedZone is `time.FixedZone(name, offset)`. */
export function fixedZone(name: string, offset: number): GoLocation {
  return { kind: 'fixed', name, offset };
}

/** timeAdd is `t.Add(d)` (the location is kept; its offset is looked up again). */
export function timeAdd(t: GoTime, d: bigint): GoTime {
  return timeIn(t.unixNano + d, locationOf(t));
}

/** ZERO_UNIX_SEC is the Unix second of Go's zero time, January 1, year 1, 00:00:00 UTC. */
export const ZERO_UNIX_SEC = -62135596800n;

/** zeroTime is `time.Time{}`. */
export function zeroTime(): GoTime {
  return new GoTime(ZERO_UNIX_SEC * 1_000_000_000n, 'UTC', 0, 'UTC');
}

/** nowTime is `time.Now()` in the local zone. */
export function nowTime(): GoTime {
  const ns = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n;
  return timeIn(ns, { kind: 'local' });
}

/** civilToUnix is the Unix second of a wall-clock time in UTC (proleptic Gregorian, any year). */
export function civilToUnix(year: number, month: number, day: number, hour: number, min: number, sec: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, min, sec, 0);
  return Math.floor(d.getTime() / 1000);
}

/** dateIn is `time.Date(...)` in `loc` (wall clock → instant, resolving the zone offset like Go). */
export function dateIn(
  year: number,
  month: number,
  day: number,
  hour: number,
  min: number,
  sec: number,
  nsec: number,
  loc: GoLocation,
): GoTime {
  let unix = civilToUnix(year, month, day, hour, min, sec);
  const off1 = offsetAt(loc, unix).offset;
  if (off1 !== 0) {
    const off2 = offsetAt(loc, unix - off1).offset;
    unix -= off2 !== off1 ? off2 : off1;
  }
  return timeIn(BigInt(unix) * 1_000_000_000n + BigInt(nsec), loc);
}
