import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../gql/graphql';
import { byTeam, lateJobs, NO_TEAM } from './jobs';

const NOW = new Date('2026-11-23T15:00:00Z');
const RED = { id: 'T1', name: 'Red crew' };
const BLUE = { id: 'T2', name: 'Blue crew' };

function job(index: number, status: JobStatus, start: string, team: { id: string; name: string } | null = RED) {
  return { id: `J${index}`, status, scheduledStart: start, team };
}

describe("today's jobs", () => {
  it('counts the late jobs over the whole day: 250 jobs, 130 of them late, the last ones far past the first 100', () => {
    // given: 250 jobs of today; the first 120 started and are under way, the next 130 are past their start and still pending
    const underWay = Array.from({ length: 120 }, (_, index) => job(index, 'STARTED', '2026-11-23T08:00:00Z'));
    const late = Array.from({ length: 130 }, (_, index) => job(120 + index, 'PENDING', '2026-11-23T14:00:00Z'));
    // when
    const found = lateJobs([...underWay, ...late], NOW);
    // then
    expect(found).toHaveLength(130);
    expect(found.map((item) => item.id)).toEqual(late.map((item) => item.id));
  });

  it('is not late before its start, nor once someone set off, nor when cancelled', () => {
    const jobs = [
      job(1, 'PENDING', '2026-11-23T16:00:00Z'),
      job(2, 'ON_THE_WAY', '2026-11-23T09:00:00Z'),
      job(3, 'CANCELLED', '2026-11-23T09:00:00Z'),
      job(4, 'PENDING', '2026-11-23T09:00:00Z'),
    ];
    expect(lateJobs(jobs, NOW).map((item) => item.id)).toEqual(['J4']);
  });

  it('groups every job by team: jobs nobody is on first, then the teams by name, each soonest first as read', () => {
    // given: jobs of two teams and one without a team, Red's first job before Blue's
    const jobs = [
      job(1, 'PENDING', '2026-11-23T08:00:00Z', RED),
      job(2, 'PENDING', '2026-11-23T09:00:00Z', BLUE),
      job(3, 'PENDING', '2026-11-23T10:00:00Z', null),
      job(4, 'PENDING', '2026-11-23T11:00:00Z', RED),
    ];
    // when
    const teams = byTeam(jobs);
    // then
    expect(teams.map((team) => [team.name, team.jobs.map((item) => item.id)])).toEqual([
      [NO_TEAM, ['J3']],
      ['Blue crew', ['J2']],
      ['Red crew', ['J1', 'J4']],
    ]);
  });

  it('keeps two teams of the same name apart', () => {
    const twin = { id: 'T9', name: 'Red crew' };
    const teams = byTeam([job(1, 'PENDING', '2026-11-23T08:00:00Z', RED), job(2, 'PENDING', '2026-11-23T08:00:00Z', twin)]);
    expect(teams.map((team) => team.key)).toEqual(['T1', 'T9']);
  });
});
