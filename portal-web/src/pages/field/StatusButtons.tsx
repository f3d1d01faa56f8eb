import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { describeError, describeUserErrors } from '../../lib/errors';
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

/**
 * One big button for the only allowed next move of a job, named as the action ("I’m on my way", "Start job",
 * "Finish job"); none once it is finished or cancelled. "Finish job" stays disabled while required checklist
 * items are open, and says which.
 */
export function StatusButtons({ jobId, status, openRequired = [] }: { jobId: string; status: JobStatus; openRequired?: string[] }) {
  const [state, setStatus] = useMutation(SetStatus);
  const [error, setError] = useState<string | null>(null);
  const openKey = openRequired.join('\n');
  // A refusal (say, an item still open) is old news once the checklist changes.
  useEffect(() => setError(null), [openKey]);
  const moves = nextMoves(status);
  if (!moves.length) return null;
  async function move(to: JobStatus) {
    setError(null);
    const result = await setStatus({ input: { jobId, status: to } });
    if (result.error) setError(result.error.networkError ? 'No connection: try again when you have signal.' : describeError(result.error));
    else if (result.data?.jobSetStatus.userErrors.length) setError(describeUserErrors(result.data.jobSetStatus.userErrors));
  }
  const hintId = `finish-blocked-${jobId}`;
  return (
    <div className="status-actions">
      {moves.map((to) => {
        const blocked = to === 'FINISHED' && openRequired.length > 0;
        return (
          <button key={to} type="button" className={`button big move-${to.toLowerCase()}`} disabled={state.fetching || blocked}
            aria-describedby={blocked ? hintId : undefined} onClick={() => move(to)}>
            {state.fetching ? 'Saving…' : moveLabel(to)}
          </button>
        );
      })}
      {moves.includes('FINISHED') && openRequired.length > 0 && (
        <div id={hintId} className="blocked-hint" data-testid="finish-blocked">
          <p className="small"><strong>Tick the required checklist items to finish:</strong></p>
          <ul className="small">{openRequired.map((label) => <li key={label}>{label}</li>)}</ul>
        </div>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}
