/**
 * The field view follows the office's changes to the employee's jobs without a reload (`jobChanged`): a job moved
 * to another time, a job they were put on, and a job they were taken off, which they can no longer read (the event
 * then names the job, `job` is null) and which must leave their day at once.
 */
import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../../gql';
import { formatTime } from '../../lib/format';

const FieldJobChanged = graphql(`
  subscription FieldJobChanged { jobChanged { jobId fields job { id } } }
`);

export interface CrewChange {
  jobId: string;
  /** False when the office took the employee off the job: it is no longer theirs to see. */
  stillMine: boolean;
}

/** Calls `onChange` for each change the office makes to the crew or time of one of the employee's jobs. */
export function useCrewChanges(onChange: (change: CrewChange) => void): void {
  const callback = useRef(onChange);
  callback.current = onChange;
  const [{ data }] = useSubscription({ query: FieldJobChanged });
  const event = data?.jobChanged;
  useEffect(() => {
    if (event) callback.current({ jobId: event.jobId, stillMine: event.job != null });
  }, [event]);
}

interface ShownJob { id: string; scheduledStart: string; property?: { name: string } | null }

/**
 * What to tell the employee when a job leaves their day because the office took them off it (the card just
 * vanishing would look like a glitch); null when the change leaves their list as it was, or the job wasn't on it.
 */
export function takenOffNotice(change: CrewChange, shown: readonly ShownJob[]): string | null {
  if (change.stillMine) return null;
  const job = shown.find((item) => item.id === change.jobId);
  if (!job) return null;
  return `The office took you off ${job.property?.name ?? 'a job'} (${formatTime(job.scheduledStart)}). Your day is up to date.`;
}
