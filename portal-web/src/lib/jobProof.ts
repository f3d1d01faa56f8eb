import { useEffect, useState } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../gql';
import type { JobProofChangedSubscription } from '../gql/graphql';

const JobProofChanged = graphql(`
  subscription JobProofChanged($jobId: ID!) {
    jobProofChanged(jobId: $jobId) {
      snapshot
      change
      job {
        id
        checklist { id label required done }
        files { id kind filename contentType url thumbnailUrl createdAt }
      }
    }
  }
`);

export type JobProof = NonNullable<JobProofChangedSubscription['jobProofChanged']['job']>;

/**
 * The job's checklist and files as they change, live (`jobProofChanged`): null until something changes
 * after `since` (the page's own data), so the page shows its query's data until then. A newer page read
 * (`since` changes) wins again.
 */
export function useJobProof(jobId: string, since: unknown): JobProof | null {
  const [{ data }] = useSubscription({ query: JobProofChanged, variables: { jobId } });
  const [latest, setLatest] = useState<JobProof | null>(null);
  const event = data?.jobProofChanged;
  useEffect(() => {
    if (event && !event.snapshot && event.job) setLatest(event.job);
  }, [event]);
  useEffect(() => setLatest(null), [since]);
  return latest;
}
