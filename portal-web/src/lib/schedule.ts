/**
 * Calendar arithmetic for the schedule, in the company's time zone, as pure functions: a calendar day is a
 * "YYYY-MM-DD" string (no zone); an instant is a UTC ISO string as the API gives and takes it. The schedule
 * asks for jobs between the instants where company days start, and the job form turns "Dec 3, 9:00–11:00"
 * typed in the company's zone into instants, whatever zone the browser is in.
 */
import { companyTimeZone, LOCALE } from './company';
import { localDay } from './format';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Whether `text` is a real calendar day written "YYYY-MM-DD" (not "2026-02-30"). */
export function isDay(text: string | null | undefined): text is string {
  const found = DAY_PATTERN.exec(text ?? '');
  if (!found) return false;
  const [year, month, date] = found.slice(1).map(Number);
  const made = new Date(Date.UTC(year, month - 1, date));
  return made.getUTCFullYear() === year && made.getUTCMonth() === month - 1 && made.getUTCDate() === date;
}

/** Whether `text` is a time of day "H:MM" or "HH:MM" (24 hours). */
export function isTime(text: string | null | undefined): text is string {
  return TIME_PATTERN.test(text ?? '');
}

function parts(day: string): [number, number, number] {
  const [year, month, date] = day.split('-').map(Number);
  return [year, month, date];
}

function write(utc: Date): string {
  return utc.toISOString().slice(0, 10);
}

/** Today in the company's zone. */
export function today(now: Date = new Date(), timeZone = companyTimeZone()): string {
  return localDay(now, timeZone);
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  const [year, month, date] = parts(day);
  return write(new Date(Date.UTC(year, month - 1, date + count)));
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: string): number {
  const [year, month, date] = parts(day);
  return (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
}

/** The Monday of the week `day` is in (the office plans Monday to Sunday). */
export function weekStart(day: string): string {
  return addDays(day, -weekdayIndex(day));
}

/** The seven days of the week starting `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** The offset of `timeZone` from UTC at `instant`, in minutes east. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const found = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => Number(found.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant (UTC ISO) of the wall-clock `time` ("09:30") on `day` in `timeZone`. On the night clocks go
 * forward a time that does not exist is taken after the jump; on the night they go back, the earlier one.
 */
export function zonedInstant(day: string, time: string, timeZone = companyTimeZone()): string {
  const [year, month, date] = parts(day);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  let instant = wall - offsetMinutes(new Date(wall), timeZone) * 60000;
  instant = wall - offsetMinutes(new Date(instant), timeZone) * 60000;
  return new Date(instant).toISOString();
}

/** The instants where the company's days `from` (inclusive) to `to` (exclusive) start and end. */
export function daysRange(from: string, to: string, timeZone = companyTimeZone()): { from: string; to: string } {
  return { from: zonedInstant(from, '00:00', timeZone), to: zonedInstant(to, '00:00', timeZone) };
}

/** An instant's wall-clock time in the company's zone, "HH:MM" (24 hours, for a time input). */
export function wallTime(instant: string, timeZone = companyTimeZone()): string {
  const found = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(instant));
  const get = (type: string) => found.find((part) => part.type === type)?.value ?? '00';
  return `${get('hour').padStart(2, '0')}:${get('minute')}`;
}

/** An instant's calendar day in the company's zone. */
export function wallDay(instant: string, timeZone = companyTimeZone()): string {
  return localDay(new Date(instant), timeZone);
}

/** "Thu, Dec 3" (with the year when `withYear`). */
export function dayLabel(day: string, withYear = false): string {
  const [year, month, date] = parts(day);
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}),
  }).format(new Date(Date.UTC(year, month - 1, date)));
}

/** "Nov 30 – Dec 6, 2026" for the week starting `monday`. */
export function weekLabel(monday: string): string {
  const sunday = addDays(monday, 6);
  const format = (day: string, options: Intl.DateTimeFormatOptions) => {
    const [year, month, date] = parts(day);
    return new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', ...options }).format(new Date(Date.UTC(year, month - 1, date)));
  };
  const sameYear = monday.slice(0, 4) === sunday.slice(0, 4);
  const start = format(monday, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) });
  return `${start} – ${format(sunday, { month: 'short', day: 'numeric', year: 'numeric' })}`;
}

/** A column of the day board: a team or an employee, or nobody yet. */
export interface Lane { key: string; label: string }

export const UNASSIGNED = 'none';

interface JobCrew { team?: { id: string } | null; employees?: readonly { id: string }[] | null }

/** The lane keys a job belongs in when the board is by team (one) or by employee (one per employee). */
export function laneKeys(job: JobCrew, by: 'team' | 'employee'): string[] {
  if (by === 'team') return [job.team?.id ?? UNASSIGNED];
  const people = job.employees ?? [];
  return people.length ? people.map((person) => person.id) : [UNASSIGNED];
}

/**
 * Jobs sorted into lanes (in the lanes' order, "Not assigned" first), each lane's jobs by start. A job whose team
 * or employee is not among the lanes (retired since) gets a lane of its own so it is never hidden.
 */
export function groupIntoLanes<J extends JobCrew & { id: string; scheduledStart: string }>(
  jobs: readonly J[], lanes: readonly Lane[], by: 'team' | 'employee',
  nameOf: (job: J, key: string) => string = () => 'Other',
): { lane: Lane; jobs: J[] }[] {
  const result = new Map<string, { lane: Lane; jobs: J[] }>();
  result.set(UNASSIGNED, { lane: { key: UNASSIGNED, label: 'Not assigned' }, jobs: [] });
  for (const lane of lanes) result.set(lane.key, { lane, jobs: [] });
  for (const job of jobs) {
    for (const key of laneKeys(job, by)) {
      if (!result.has(key)) result.set(key, { lane: { key, label: nameOf(job, key) }, jobs: [] });
      result.get(key)?.jobs.push(job);
    }
  }
  for (const entry of result.values()) entry.jobs.sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart));
  return [...result.values()];
}

/** Jobs by the company day they start on. */
export function groupByDay<J extends { scheduledStart: string }>(jobs: readonly J[], timeZone = companyTimeZone()): Map<string, J[]> {
  const days = new Map<string, J[]>();
  for (const job of [...jobs].sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))) {
    const day = wallDay(job.scheduledStart, timeZone);
    days.set(day, [...(days.get(day) ?? []), job]);
  }
  return days;
}

/**
 * A span's jobs after one of them changed (`jobChanged`: another office user moved or reassigned it): replaced in
 * place while it still starts inside [from, to) (instants), added when it moved in, dropped when it moved out;
 * kept in order of start.
 */
export function placeJob<J extends { id: string; scheduledStart: string }>(jobs: readonly J[], job: J, from: string, to: string): J[] {
  const start = Date.parse(job.scheduledStart);
  const inside = start >= Date.parse(from) && start < Date.parse(to);
  const others = jobs.filter((item) => item.id !== job.id);
  if (!inside) return others.length === jobs.length ? [...jobs] : others;
  return [...others, job].sort((a, b) => Date.parse(a.scheduledStart) - Date.parse(b.scheduledStart));
}
