/**
 * What the schedule screens read and write: every job of a span of days (all pages, with the total), the crew
 * (teams and employees), live status moves applied in place, jobs another office user moved or reassigned
 * (`jobChanged`) put where they now belong, and reassigning a job (jobUpdate).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, useMutation, useQuery, useSubscription } from 'urql';
import { graphql } from '../../../gql';
import type { BoardJobFragment, JobUpdateInput, ScheduleJobsQuery } from '../../../gql/graphql';
import { describeError, describeUserErrors } from '../../../lib/errors';
import { useConnection } from '../../../lib/connection';
import { useJobStatusUpdates } from '../../../lib/jobUpdates';
import { applyJobEvents } from '../../../lib/liveSync';
import { daysRange, placeJob, UNASSIGNED } from '../../../lib/schedule';

graphql(`
  fragment BoardJob on Job {
    id
    status
    scheduledStart
    scheduledEnd
    property { id name address { line1 city } }
    customer { id displayName }
    team { id name }
    employees { id name }
    services { id description }
  }
`);

const JobsBetween = graphql(`
  query ScheduleJobs($from: DateTime!, $to: DateTime!, $after: String) {
    jobs(filter: { scheduledFrom: $from, scheduledTo: $to, oldestFirst: true }, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...BoardJob }
    }
  }
`);

const JobChanged = graphql(`
  subscription ScheduleJobChanged {
    jobChanged { fields job { ...BoardJob } }
  }
`);

const Crew = graphql(`
  query ScheduleCrew {
    teams { id name members { id name active } }
    employees { id name active }
  }
`);

const Reassign = graphql(`
  mutation ScheduleReassign($input: JobUpdateInput!) {
    jobUpdate(input: $input) {
      userErrors { field code message }
      job { ...BoardJob }
    }
  }
`);

export type BoardJob = BoardJobFragment;

export interface JobsState {
  jobs: BoardJob[];
  total: number;
  loading: boolean;
  error: string | null;
  reload: () => void;
  /** Put a job as the server now has it (after a reassignment). */
  replace: (job: BoardJob) => void;
}

/**
 * Every job starting in the company days `from` to `to` (exclusive), read page by page until the last (the
 * total is the API's `totalCount`, so the screen says how many). Status moves arrive live and are applied in
 * place; a job created meanwhile (a move from nothing) or a catch-up that cannot be completed reads again. A job
 * another office user moved or reassigned (`jobChanged`) is put where it now belongs, in the span or out of it;
 * those changes have no event log, so after a lost connection the span is read again.
 */
export function useJobsBetween(from: string, to: string): JobsState {
  const client = useClient();
  const [state, setState] = useState<{ key: string; jobs: BoardJob[]; total: number; loading: boolean; error: string | null }>(
    { key: '', jobs: [], total: 0, loading: true, error: null });
  const [generation, setGeneration] = useState(0);
  const key = `${from}|${to}`;
  const { accessEpoch } = useConnection();

  useEffect(() => {
    let cancelled = false;
    const range = daysRange(from, to);
    setState((was) => ({ ...was, key, loading: true, error: null, ...(was.key === key ? {} : { jobs: [], total: 0 }) }));
    (async () => {
      const all: BoardJob[] = [];
      let after: string | null = null;
      let total = 0;
      for (;;) {
        const result: { data?: ScheduleJobsQuery; error?: Parameters<typeof describeError>[0] } = await client.query(JobsBetween, { from: range.from, to: range.to, after },
          { requestPolicy: 'network-only' }).toPromise();
        if (cancelled) return;
        if (!result.data) {
          setState((was) => ({ ...was, loading: false, error: describeError(result.error) || 'The schedule could not be read.' }));
          return;
        }
        const page: ScheduleJobsQuery['jobs'] = result.data.jobs;
        all.push(...page.nodes);
        total = page.totalCount;
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
        after = page.pageInfo.endCursor;
      }
      setState({ key, jobs: all, total, loading: false, error: null });
    })();
    return () => { cancelled = true; };
  }, [client, from, to, key, generation, accessEpoch]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const known = useRef(new Set<string>());
  known.current = new Set(state.jobs.map((job) => job.id));
  useJobStatusUpdates((events) => {
    const created = events.some((event) => event.job && !known.current.has(event.job.id) && event.previousStatus == null);
    if (created) reload();
    setState((was) => ({ ...was, jobs: applyJobEvents(was.jobs, events) }));
  }, {}, reload);

  const [{ data: changed }] = useSubscription({ query: JobChanged });
  const changedJob = changed?.jobChanged.job;
  useEffect(() => {
    if (!changedJob) return;
    const range = daysRange(from, to);
    setState((was) => {
      if (was.key !== key) return was;
      const jobs = placeJob(was.jobs, changedJob, range.from, range.to);
      return { ...was, jobs, total: was.total + jobs.length - was.jobs.length };  // in or out of the span: counted
    });
  }, [changed]); // eslint-disable-line react-hooks/exhaustive-deps
  const { epoch } = useConnection();
  const firstEpoch = useRef(epoch);
  useEffect(() => {
    if (epoch !== firstEpoch.current) reload();
  }, [epoch, reload]);

  const replace = useCallback((job: BoardJob) => {
    setState((was) => ({ ...was, jobs: was.jobs.map((item) => (item.id === job.id ? job : item)) }));
  }, []);

  return { jobs: state.key === key ? state.jobs : [], total: state.total, loading: state.loading, error: state.error, reload, replace };
}

export interface CrewMember { id: string; name: string; active: boolean }
export interface CrewTeam { id: string; name: string; members: CrewMember[] }

export function useCrew(): { teams: CrewTeam[]; employees: CrewMember[]; error: string | null } {
  const [{ data, error }] = useQuery({ query: Crew });
  return {
    teams: data?.teams ?? [],
    employees: (data?.employees ?? []).filter((person) => person.active),
    error: error && !data ? describeError(error) : null,
  };
}

/** Where a job goes: a team lane (the team and its crew) or an employee lane (that person instead of another). */
export interface Move { by: 'team' | 'employee'; from: string; to: string }

/** The jobUpdate that makes a move (null when the job is already there). */
export function moveInput(job: BoardJob, move: Move, teams: readonly CrewTeam[]): JobUpdateInput | null {
  if (move.from === move.to) return null;
  if (move.by === 'team') {
    if (move.to === UNASSIGNED) return { id: job.id, teamId: null, employeeIds: [] };
    const team = teams.find((item) => item.id === move.to);
    if (!team) return null;
    return { id: job.id, teamId: team.id, employeeIds: team.members.filter((person) => person.active).map((person) => person.id) };
  }
  const others = job.employees.map((person) => person.id).filter((id) => id !== move.from && id !== move.to);
  return { id: job.id, employeeIds: move.to === UNASSIGNED ? others : [...others, move.to] };
}

/** Reassigns a job; the outcome in words for the board's status line. */
export function useReassign(onSaved: (job: BoardJob | null) => void) {
  const [{ fetching }, update] = useMutation(Reassign);
  const [busyJob, setBusyJob] = useState<string | null>(null);
  const reassign = useCallback(async (input: JobUpdateInput): Promise<{ ok: boolean; message: string }> => {
    setBusyJob(input.id);
    try {
      const result = await update({ input });
      const payload = result.data?.jobUpdate;
      if (!payload) return { ok: false, message: describeError(result.error) || 'The job was not moved. Try again.' };
      if (payload.userErrors.length) return { ok: false, message: describeUserErrors(payload.userErrors) };
      // The normalised cache answers null when it cannot complete the job from what it holds: the move was made,
      // so the board reads the day again instead of showing it.
      onSaved(payload.job ?? null);
      return { ok: true, message: '' };
    } finally {
      setBusyJob(null);
    }
  }, [update, onSaved]);
  return { reassign, busy: fetching, busyJob };
}
