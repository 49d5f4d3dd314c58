/**
 * Methods of `time.Time` reachable as fields (`(now).Year`, `$t.Format "2006"`), the subset
 * charts use. Calendar fields are computed from the wall clock (instant + zone offset).
 */
import { formatGoTime, goTimeIn, goTimeString, LONG_DAYS as DAYS, LONG_MONTHS as MONTHS } from './gotime.js';
import { GoInt, GoStruct, GoTime, type GoMethod, type GoValue } from './value.js';


function wall(t: GoTime): Date {
  const ms =
    Number((t.unixNano - (((t.unixNano % 1_000_000n) + 1_000_000n) % 1_000_000n)) / 1_000_000n) + t.offset * 1000;
  return new Date(ms);
}

function int(n: number | bigint, kind: 'int' | 'int64' = 'int'): GoInt {
  return new GoInt(BigInt(n), kind);
}

/** named makes a value of an int-based named type with a String method (time.Month, time.Weekday). */
function named(type: string, n: number, name: string): GoStruct {
  return new GoStruct(
    type,
    new Map<string, GoValue>(),
    { String: { params: [], results: ['string'], fn: () => name } },
    false,
    () => name,
  );
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function method(
  results: string[],
  fn: (t: GoTime, ...a: GoValue[]) => GoValue,
  params: string[] = [],
): (t: GoTime) => GoMethod {
  return (t) => ({ params, results, fn: (...a: GoValue[]) => fn(t, ...a) });
}

const TIME_METHODS: Record<string, (t: GoTime) => GoMethod> = {
  Year: method(['int'], (t) => int(wall(t).getUTCFullYear())),
  Month: method(['time.Month'], (t) => {
    const m = wall(t).getUTCMonth();
    return named('time.Month', m + 1, MONTHS[m]);
  }),
  Day: method(['int'], (t) => int(wall(t).getUTCDate())),
  Hour: method(['int'], (t) => int(wall(t).getUTCHours())),
  Minute: method(['int'], (t) => int(wall(t).getUTCMinutes())),
  Second: method(['int'], (t) => int(wall(t).getUTCSeconds())),
  Nanosecond: method(['int'], (t) => int(((t.unixNano % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n)),
  YearDay: method(['int'], (t) => {
    const d = wall(t);
    const start = Date.UTC(d.getUTCFullYear(), 0, 1);
    const startDate = new Date(start);
    startDate.setUTCFullYear(d.getUTCFullYear());
    return int(Math.floor((d.getTime() - startDate.getTime()) / 86_400_000) + 1);
  }),
  Weekday: method(['time.Weekday'], (t) => {
    const w = wall(t).getUTCDay();
    return named('time.Weekday', w, DAYS[w]);
  }),
  Unix: method(['int64'], (t) => int(floorDiv(t.unixNano, 1_000_000_000n), 'int64')),
  UnixMilli: method(['int64'], (t) => int(floorDiv(t.unixNano, 1_000_000n), 'int64')),
  UnixMicro: method(['int64'], (t) => int(floorDiv(t.unixNano, 1_000n), 'int64')),
  UnixNano: method(['int64'], (t) => int(t.unixNano, 'int64')),
  Format: method(['string'], (t, layout) => formatGoTime(t, layout as string), ['string']),
  String: method(['string'], (t) => goTimeString(t)),
  UTC: method(['time.Time'], (t) => goTimeIn(t.unixNano, 'UTC')),
  IsZero: method(['bool'], (t) => t.unixNano === -62135596800000000000n),
};

/** timeMethod returns the bound method `name` of a time.Time, if it is supported. */
export function timeMethod(t: GoTime, name: string): GoMethod | undefined {
  const m = Object.prototype.hasOwnProperty.call(TIME_METHODS, name) ? TIME_METHODS[name] : undefined;
  return m ? m(t) : undefined;
}
