import { asMap, type ObjectCheck } from './object-check.js';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const GO_DURATION = /^((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$/;

interface FieldSpec {
  min: number;
  max: number;
  names?: string[];
  question?: boolean;
}

const FIELDS: FieldSpec[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31, question: true },
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 6, names: DAYS, question: true },
];

function value(s: string, f: FieldSpec): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const i = f.names?.indexOf(s.toUpperCase()) ?? -1;
  return i < 0 ? undefined : i + (f.names === MONTHS ? 1 : 0);
}

function validField(text: string, f: FieldSpec): boolean {
  for (const part of text.split(',')) {
    const [range, step, extra] = part.split('/');
    if (extra !== undefined || (step !== undefined && !/^\d+$/.test(step))) return false;
    if (range === '*' || (range === '?' && f.question)) continue;
    const [lo, hi, more] = range.split('-');
    if (more !== undefined) return false;
    const a = value(lo, f);
    const b = hi === undefined ? a : value(hi, f);
    if (a === undefined || b === undefined || a < f.min || b > f.max || a > b) return false;
  }
  return true;
}

/** isValidCronSchedule follows robfig/cron's standard parser, as the CronJob controller uses it. */
export function isValidCronSchedule(schedule: string): boolean {
  const s = schedule.trim();
  if (s.startsWith('@every ')) return GO_DURATION.test(s.slice(7).trim());
  if (s.startsWith('@')) return DESCRIPTORS.has(s);
  const fields = s.split(/\s+/);
  return fields.length === 5 && fields.every((f, i) => validField(f, FIELDS[i]));
}

/** cronCheck: CronJob schedules parse as standard cron, without TZ= prefixes. */
export const cronCheck: ObjectCheck = {
  id: 'cron-schedule',
  description: 'spec.schedule of a CronJob is a 5-field cron expression or a descriptor (@daily, @every 1h...); TZ= and CRON_TZ= prefixes are rejected in favour of spec.timeZone.',
  source: 'pkg/apis/batch/validation/validation.go validateScheduleFormat (robfig/cron ParseStandard)',
  check(res, report) {
    if (res.kind !== 'CronJob' || !res.apiVersion.startsWith('batch/')) return;
    const schedule = asMap(res.object.spec)?.schedule;
    if (typeof schedule !== 'string') return;
    if (/^\s*(CRON_)?TZ=/.test(schedule)) report('cronTimeZone', ['spec', 'schedule'], { value: JSON.stringify(schedule) });
    else if (!isValidCronSchedule(schedule)) report('cronSchedule', ['spec', 'schedule'], { value: JSON.stringify(schedule) });
  },
};
