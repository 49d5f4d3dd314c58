import { describe, expect, it } from 'vitest';
import { thrownMessage } from '../helpers/thrown.js';
import { dateFunctions as D } from '../../src/functions/dates.js';
import { durationString, parseDuration, roundDuration, SECOND } from '../../src/functions/go/duration.js';
import { parseInLocation } from '../../src/functions/go/time-parse.js';
import { goTimeString } from '../../src/template/gotime.js';
import { GoTime, goInt } from '../../src/template/value.js';

// Expected values produced by helm 4.1.4 / 3.17.3 (fixtures/template/golden/fn-dates.json) in a UTC process zone.
const UTC = { kind: 'utc' as const };
const parse = (layout: string, value: string): string => goTimeString(parseInLocation(layout, value, UTC));

describe('Duration', () => {
  it('prints like Go', () => {
    const s = (n: bigint) => durationString(n);
    expect([
      s(0n),
      s(3661n * SECOND),
      s(-90n * SECOND),
      s(1500n * 1_000_000n),
      s(1250n),
      s(1_250_000n),
      s(86400n * SECOND),
    ]).toEqual(['0s', '1h1m1s', '-1m30s', '1.5s', '1.25µs', '1.25ms', '24h0m0s']);
  });

  it('parses like Go', () => {
    expect(parseDuration('1h30m')).toBe(5400n * SECOND);
    expect(parseDuration('-1.5h')).toBe(-5400n * SECOND);
    expect(parseDuration('1.25ms')).toBe(1_250_000n);
    expect(parseDuration('0')).toBe(0n);
    expect(thrownMessage(() => parseDuration('5x'))).toBe('time: unknown unit "x" in duration "5x"');
    expect(thrownMessage(() => parseDuration('10'))).toBe('time: missing unit in duration "10"');
    expect(thrownMessage(() => parseDuration(''))).toBe('time: invalid duration ""');
    expect(thrownMessage(() => parseDuration('.s'))).toBe('time: invalid duration ".s"');
  });

  it('rounds half away from zero', () => {
    expect(roundDuration(1_500_000_000n, SECOND)).toBe(2n * SECOND);
    expect(roundDuration(-1_499_999_999n, SECOND)).toBe(-SECOND);
  });
});

describe('time.Parse', () => {
  it('parses layouts', () => {
    expect(parse('2006-01-02', '2020-03-04')).toBe('2020-03-04 00:00:00 +0000 UTC');
    expect(parse('2006-01-02T15:04:05Z07:00', '2020-03-04T05:06:07+01:30')).toBe('2020-03-04 05:06:07 +0130 +0130');
    expect(parse('2006-01-02 15:04 MST', '2020-03-04 05:06 PST')).toBe('2020-03-04 05:06:00 +0000 PST');
    expect(parse('2006-01-02 15:04 MST', '2020-03-04 05:06 GMT+3')).toBe('2020-03-04 08:06:00 +0300 GMT+3');
    expect(parse('2006 002 3:04PM', '2020 060 12:30AM')).toBe('2020-02-29 00:30:00 +0000 UTC');
    expect(parse('15:04:05', '10:11:12.5')).toBe('0000-01-01 10:11:12.5 +0000 UTC');
    expect(parse('Monday 2006-01-02', 'TUESDAY 2021-01-05')).toBe('2021-01-05 00:00:00 +0000 UTC');
  });

  it('fails with Go ParseError texts', () => {
    const p = (l: string, v: string) => thrownMessage(() => parseInLocation(l, v, UTC));
    expect(p('2006-01-02', '2020/03/04')).toBe(
      'parsing time "2020/03/04" as "2006-01-02": cannot parse "/03/04" as "-"',
    );
    expect(p('2006-01-02', '2020-03-04 junk')).toBe('parsing time "2020-03-04 junk": extra text: " junk"');
    expect(p('2006-01-02', '2020-13-04')).toBe('parsing time "2020-13-04": month out of range');
    expect(p('2006-01-02', '2021-02-29')).toBe('parsing time "2021-02-29": day out of range');
    expect(p('2006', 'é')).toBe('parsing time "\\xc3\\xa9" as "2006": cannot parse "\\xc3\\xa9" as "2006"');
    expect(p('2006-01-02 002', '2020-01-05 006')).toBe('parsing time "2020-01-05 006": day-of-year does not match day');
  });
});

describe('date functions', () => {
  it('format epochs in zones', () => {
    expect(D.dateInZone.fn('2006-01-02 15:04:05 MST -07:00', goInt(1700000000), 'Europe/Paris')).toBe(
      '2023-11-14 23:13:20 CET +01:00',
    );
    expect(D.dateInZone.fn('15:04 MST', goInt(1690000000), 'America/New_York')).toBe('00:26 EDT');
    expect(D.dateInZone.fn('15:04 MST', goInt(1700000000), 'America/Sao_Paulo')).toBe('19:13 -03');
    expect(D.dateInZone.fn('15:04 MST', goInt(1700000000), 'Nope/Zone')).toBe('22:13 UTC');
    expect(D.dateInZone.fn('15:04 MST', goInt(1700000000), 'europe/paris')).toBe('22:13 UTC');
    expect(D.htmlDateInZone.fn(goInt(1700000000), 'Pacific/Kiritimati')).toBe('2023-11-15');
  });

  it('apply Sprig type switches', () => {
    expect(D.duration.fn(goInt(3661, 'int64'))).toBe('1h1m1s');
    expect(D.duration.fn(goInt(3661))).toBe('0s');
    expect(D.duration.fn('99999999999999999999')).toBe('-1s');
    expect(D.durationRound.fn('-49h')).toBe('2d');
    expect(D.durationRound.fn('1s')).toBe('0s');
    expect(D.date.fn('2006', '2020-03-04')).toBe(String(new Date().getUTCFullYear()));
    expect(D.unixEpoch.fn(D.toDate.fn('x', 'y'))).toBe('-62135596800');
    const t = D.toDate.fn('2006-01-02 -0700', '2020-03-04 +0200') as GoTime;
    expect(goTimeString(D.dateModify.fn('25h', t) as GoTime)).toBe('2020-03-05 01:00:00 +0200 +0200');
    expect(D.dateModify.fn('bogus', t)).toBe(t);
    expect(thrownMessage(() => D.mustDateModify.fn('5x', t))).toBe('time: unknown unit "x" in duration "5x"');
  });
});
