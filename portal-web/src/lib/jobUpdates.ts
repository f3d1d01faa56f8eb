import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../gql';
import type { JobStatusChangedSubscription } from '../gql/graphql';

const JobStatusChanged = graphql(`
  subscription JobStatusChanged($jobId: ID, $propertyId: ID) {
    jobStatusChanged(jobId: $jobId, propertyId: $propertyId) {
      snapshot
      status
      previousStatus
      changedAt
      job { id status startedAt finishedAt }
    }
  }
`);

export type JobStatusUpdate = JobStatusChangedSubscription['jobStatusChanged'];

/**
 * Calls `onChange` when a job the viewer can see moves (live, over the `jobStatusChanged` subscription;
 * narrowed to one job or one property when given). What was missed while the connection was down is
 * refetched by `useLiveQuery` when it comes back.
 */
export function useJobStatusUpdates(onChange: (event: JobStatusUpdate) => void, scope: { jobId?: string; propertyId?: string } = {}): void {
  const callback = useRef(onChange);
  callback.current = onChange;
  const [{ data }] = useSubscription({
    query: JobStatusChanged,
    variables: { jobId: scope.jobId ?? null, propertyId: scope.propertyId ?? null },
  });
  const event = data?.jobStatusChanged;
  useEffect(() => {
    if (event && !event.snapshot) callback.current(event);
  }, [event]);
}
