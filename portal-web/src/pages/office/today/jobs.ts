/**
 * Today's jobs as the office reads them: grouped by team, and the late ones. Both are worked out over every job of
 * the day (the page reads all of them, page by page), never over a first page, so a busy day's counts are right.
 */
import type { JobStatus } from '../../../gql/graphql';
import { isLate } from '../../../lib/status';

interface DayJob { id: string; status: JobStatus; scheduledStart: string; team?: { id: string; name: string } | null }

export interface TeamJobs<J> { key: string; name: string; jobs: J[] }

export const NO_TEAM = 'No team';

/**
 * The jobs by team, each team's in the order given (soonest first): jobs nobody is on first (they need a crew),
 * then the teams by name — a fixed order, so a team does not jump about when its first job moves.
 */
export function byTeam<J extends DayJob>(jobs: readonly J[]): TeamJobs<J>[] {
  const teams = new Map<string, TeamJobs<J>>();
  for (const job of jobs) {
    const key = job.team?.id ?? '';
    const team = teams.get(key) ?? { key, name: job.team?.name ?? NO_TEAM, jobs: [] };
    team.jobs.push(job);
    teams.set(key, team);
  }
  return [...teams.values()].sort((a, b) => (a.key === '' ? -1 : b.key === '' ? 1 : a.name.localeCompare(b.name) || a.key.localeCompare(b.key)));
}

/** The jobs past their start that nobody has set off for yet (`isLate`), soonest first as given. */
export function lateJobs<J extends DayJob>(jobs: readonly J[], now: Date): J[] {
  return jobs.filter((job) => isLate(job, now));
}
