import { useState } from 'react';
import { useMutation } from 'urql';
import { describeError, describeUserErrors } from '../../lib/errors';
import { graphql } from '../../gql';
import type { ChecklistEntry } from '../../components/Checklist';

const SetDone = graphql(`
  mutation ChecklistItemSetDone($input: ChecklistItemSetDoneInput!) {
    checklistItemSetDone(input: $input) { checklistItem { id done doneAt } userErrors { field code message } }
  }
`);

/** The checklist with big tick boxes for the crew. */
export function FieldChecklist({ items, locked }: { items: ChecklistEntry[]; locked: boolean }) {
  const [, setDone] = useMutation(SetDone);
  const [error, setError] = useState<string | null>(null);
  // Ticks show at once; a refusal (or no connection) puts the box back.
  const [optimistic, setOptimistic] = useState<Record<string, boolean>>({});
  const isDone = (item: ChecklistEntry) => optimistic[item.id] ?? item.done;
  if (!items.length) return <p className="muted">No checklist for this job.</p>;
  const done = items.filter(isDone).length;
  async function toggle(item: ChecklistEntry) {
    setError(null);
    const next = !isDone(item);
    setOptimistic((current) => ({ ...current, [item.id]: next }));
    const result = await setDone({ input: { itemId: item.id, done: next } });
    const refused = result.error ? (result.error.networkError ? 'No connection: try again.' : describeError(result.error))
      : describeUserErrors(result.data?.checklistItemSetDone.userErrors);
    if (refused) {
      setError(refused);
      setOptimistic((current) => { const rest = { ...current }; delete rest[item.id]; return rest; });
    }
  }
  return (
    <>
      <p className="small"><strong>{done} of {items.length}</strong> done{locked ? ' · the job is closed' : ''}</p>
      <ul className="checklist field-checklist">
        {items.map((item) => (
          <li key={item.id}>
            <label className="tick">
              <input type="checkbox" checked={isDone(item)} disabled={locked} onChange={() => toggle(item)} />
              <span>{item.label}{item.required && <span className="muted small"> (required)</span>}</span>
            </label>
          </li>
        ))}
      </ul>
      {error && <p className="form-error" role="alert">{error}</p>}
    </>
  );
}
