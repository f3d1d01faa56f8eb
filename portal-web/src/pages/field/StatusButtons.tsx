import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { JobStatus } from '../../gql/graphql';
import { moveLabel, nextMoves } from '../../lib/status';

const SetStatus = graphql(`
  mutation FieldSetStatus($input: JobSetStatusInput!) {
    jobSetStatus(input: $input) {
      job { id status startedAt finishedAt statusHistory { id toStatus changedAt } }
      userErrors { field code message }
    }
  }
`);

/** Big buttons for the only allowed next move of a job (none once it is finished or cancelled). */
export function StatusButtons({ jobId, status }: { jobId: string; status: JobStatus }) {
  const [state, setStatus] = useMutation(SetStatus);
  const [error, setError] = useState<string | null>(null);
  const moves = nextMoves(status);
  if (!moves.length) return null;
  async function move(to: JobStatus) {
    setError(null);
    const result = await setStatus({ input: { jobId, status: to } });
    if (result.error) setError(result.error.networkError ? 'No connection: try again when you have signal.' : result.error.graphQLErrors.map((e) => e.message).join(' '));
    else if (result.data?.jobSetStatus.userErrors.length) setError(result.data.jobSetStatus.userErrors.map((e) => e.message).join(' '));
  }
  return (
    <div className="status-actions">
      {moves.map((to) => (
        <button key={to} type="button" className={`button big move-${to.toLowerCase()}`} disabled={state.fetching} onClick={() => move(to)}>
          {state.fetching ? 'Saving…' : moveLabel(to)}
        </button>
      ))}
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}
