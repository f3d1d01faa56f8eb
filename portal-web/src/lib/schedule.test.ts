import { describe, expect, it } from 'vitest';
import {
  addDays, dayLabel, placeJob, daysRange, groupByDay, groupIntoLanes, isDay, isTime, today, wallDay, wallTime, weekDays,
  weekLabel, weekStart, zonedInstant,
} from './schedule';

const NY = 'America/New_York';

describe('calendar days', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('starts a week on Monday', () => {
    expect(weekStart('2026-12-03')).toBe('2026-11-30'); // a Thursday
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // the Sunday after
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekDays('2026-11-30')).toHaveLength(7);
    expect(weekDays('2026-11-30')[6]).toBe('2026-12-06');
  });

  it('accepts only real days and times', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('tomorrow')).toBe(false);
    expect(isTime('9:30')).toBe(true);
    expect(isTime('23:59')).toBe(true);
    expect(isTime('24:00')).toBe(false);
  });

  it('names days and weeks as people read them', () => {
    expect(dayLabel('2026-12-03')).toBe('Thu, Dec 3');
    expect(weekLabel('2026-11-30')).toBe('Nov 30 – Dec 6, 2026');
    expect(weekLabel('2026-12-28')).toBe('Dec 28, 2026 – Jan 3, 2027');
  });
});

describe('the company time zone', () => {
  it('turns a wall-clock time in the company zone into an instant, whatever the browser zone', () => {
    expect(zonedInstant('2026-12-03', '09:00', NY)).toBe('2026-12-03T14:00:00.000Z');
    expect(zonedInstant('2026-07-03', '09:00', NY)).toBe('2026-07-03T13:00:00.000Z');
    expect(zonedInstant('2026-12-03', '09:00', 'Europe/Berlin')).toBe('2026-12-03T08:00:00.000Z');
  });

  it('gives the instants a company day starts and ends, 23 hours on the day clocks go forward', () => {
    const range = daysRange('2026-03-08', '2026-03-09', NY);
    expect(range.from).toBe('2026-03-08T05:00:00.000Z');
    expect(range.to).toBe('2026-03-09T04:00:00.000Z');
  });

  it('reads an instant back as the day and time the office typed', () => {
    const instant = zonedInstant('2026-12-03', '17:45', NY);
    expect(wallDay(instant, NY)).toBe('2026-12-03');
    expect(wallTime(instant, NY)).toBe('17:45');
    expect(wallDay('2026-12-04T02:00:00Z', NY)).toBe('2026-12-03');
  });

  it('knows today in the company zone, not in UTC', () => {
    expect(today(new Date('2026-12-04T02:00:00Z'), NY)).toBe('2026-12-03');
  });
});

describe('the day board', () => {
  const job = (id: string, start: string, team: string | null, employees: string[] = []) => ({
    id, scheduledStart: start, team: team ? { id: team } : null, employees: employees.map((person) => ({ id: person })),
  });

  it('puts each job in its team lane by start, unassigned ones first, and never hides a job of an unknown team', () => {
    const lanes = groupIntoLanes([
      job('b', '2026-12-03T16:00:00Z', 't1'), job('a', '2026-12-03T14:00:00Z', 't1'), job('c', '2026-12-03T15:00:00Z', null),
      job('d', '2026-12-03T15:00:00Z', 'retired'),
    ], [{ key: 't1', label: 'Crew 1' }, { key: 't2', label: 'Crew 2' }], 'team', () => 'Retired crew');
    expect(lanes.map((entry) => entry.lane.label)).toEqual(['Not assigned', 'Crew 1', 'Crew 2', 'Retired crew']);
    expect(lanes[1].jobs.map((item) => item.id)).toEqual(['a', 'b']);
    expect(lanes[0].jobs.map((item) => item.id)).toEqual(['c']);
  });

  it('shows a job with two employees in both employee lanes', () => {
    const lanes = groupIntoLanes([job('a', '2026-12-03T14:00:00Z', null, ['e1', 'e2'])],
      [{ key: 'e1', label: 'Ann' }, { key: 'e2', label: 'Bo' }], 'employee');
    expect(lanes.map((entry) => entry.jobs.length)).toEqual([0, 1, 1]);
  });

  it('groups a week by company day', () => {
    const days = groupByDay([job('late', '2026-12-04T02:00:00Z', null), job('early', '2026-12-03T14:00:00Z', null)], NY);
    expect([...days.keys()]).toEqual(['2026-12-03']);
    expect(days.get('2026-12-03')?.map((item) => item.id)).toEqual(['early', 'late']);
  });
});

describe('a job another office user changed', () => {
  const span = { from: '2026-12-03T05:00:00Z', to: '2026-12-04T05:00:00Z' };
  const jobs = [{ id: 'A', scheduledStart: '2026-12-03T14:00:00Z' }, { id: 'B', scheduledStart: '2026-12-03T16:00:00Z' }];
  it('is replaced in place and the day stays in order of start', () => {
    expect(placeJob(jobs, { id: 'A', scheduledStart: '2026-12-03T17:00:00Z' }, span.from, span.to).map((job) => job.id)).toEqual(['B', 'A']);
  });
  it('joins the day it moved into and leaves the one it moved out of', () => {
    expect(placeJob(jobs, { id: 'C', scheduledStart: '2026-12-03T15:00:00Z' }, span.from, span.to).map((job) => job.id)).toEqual(['A', 'C', 'B']);
    expect(placeJob(jobs, { id: 'A', scheduledStart: '2026-12-05T14:00:00Z' }, span.from, span.to).map((job) => job.id)).toEqual(['B']);
    expect(placeJob(jobs, { id: 'Z', scheduledStart: '2026-12-05T14:00:00Z' }, span.from, span.to)).toEqual(jobs);
  });
});
