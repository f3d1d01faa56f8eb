/**
 * The profile's record actions: archive or unarchive (customerUpdate status), merge (its own page) and delete.
 * A delete the API refuses with HAS_HISTORY keeps the dialog open with the message that counts the history, and
 * offers to archive instead.
 */
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { describeError, describeUserErrors } from '../../../lib/errors';
import { Link, navigate } from '../../../lib/router';
import { ConfirmDialog } from '../../../components/office/ConfirmDialog';
import { historyCounts } from './labels';

const CustomerArchive = graphql(`
  mutation OfficeCustomerArchive($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) { userErrors { field code message } customer { id status } }
  }
`);
const CustomerDelete = graphql(`
  mutation OfficeCustomerDelete($input: CustomerDeleteInput!) {
    customerDelete(input: $input) { userErrors { field code message } deletedCustomerId }
  }
`);

export function CustomerActions({ customer, onChanged }: {
  customer: { id: string; displayName: string; status: string }; onChanged: () => void;
}) {
  const [dialog, setDialog] = useState<'archive' | 'delete' | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [history, setHistory] = useState<string | null>(null);
  const [{ fetching: archiving }, archive] = useMutation(CustomerArchive);
  const [{ fetching: deleting }, remove] = useMutation(CustomerDelete);
  const archived = customer.status === 'ARCHIVED';
  function open(which: 'archive' | 'delete') {
    setErrors([]);
    setHistory(null);
    setDialog(which);
  }
  async function setStatus(status: 'ACTIVE' | 'ARCHIVED') {
    const result = await archive({ input: { id: customer.id, status, confirmNew: false } });
    const payload = result.data?.customerUpdate;
    if (!payload) { setErrors([describeError(result.error) || 'Nothing was saved. Try again.']); return; }
    if (payload.userErrors.length) { setErrors([describeUserErrors(payload.userErrors)]); return; }
    setDialog(null);
    onChanged();
  }
  async function confirmDelete() {
    const result = await remove({ input: { customerId: customer.id } });
    const payload = result.data?.customerDelete;
    if (!payload) { setErrors([describeError(result.error) || 'Nothing was deleted. Try again.']); return; }
    const refusal = payload.userErrors.find((problem) => problem.code === 'HAS_HISTORY');
    if (refusal) { setHistory(refusal.message); return; }
    if (payload.userErrors.length) { setErrors([describeUserErrors(payload.userErrors)]); return; }
    setDialog(null);
    navigate('/customers');
  }
  return (
    <>
      <button type="button" className="button secondary" onClick={() => open('archive')}>{archived ? 'Unarchive' : 'Archive'}</button>
      <Link className="button secondary" href={`/customers/${encodeURIComponent(customer.id)}/merge`}>Merge…</Link>
      <button type="button" className="button secondary danger-text" onClick={() => open('delete')}>Delete</button>
      <ConfirmDialog open={dialog === 'archive'} title={archived ? `Unarchive ${customer.displayName}?` : `Archive ${customer.displayName}?`}
        confirmLabel={archived ? 'Unarchive' : 'Archive'} busyLabel="Saving…" busy={archiving} errors={errors}
        onConfirm={() => void setStatus(archived ? 'ACTIVE' : 'ARCHIVED')} onCancel={() => setDialog(null)}>
        {archived
          ? <p>The customer shows in lists and searches as active again.</p>
          : <p>The customer leaves the active lists; its history stays and it can be unarchived at any time.</p>}
      </ConfirmDialog>
      <ConfirmDialog open={dialog === 'delete'} title={history ? `${customer.displayName} can't be deleted` : `Delete ${customer.displayName}?`}
        confirmLabel={history ? 'Archive instead' : 'Delete customer'} busyLabel={history ? 'Archiving…' : 'Deleting…'}
        danger={!history} busy={deleting || archiving} errors={errors}
        onConfirm={() => void (history ? setStatus('ARCHIVED') : confirmDelete())} onCancel={() => setDialog(null)}
        confirmDisabled={Boolean(history) && archived}>
        {history ? (
          <div className="delete-history" data-testid="delete-history" role="alert">
            <p>{historyCounts(history) ? `${customer.displayName} has history: ${historyCounts(history)}.` : history}</p>
            <p>A customer with history stays on record. {archived ? 'It is archived already.' : 'Archive it to take it out of the active lists.'}</p>
          </div>
        ) : (
          <p>This removes the customer with its properties, contacts, tags, notes, reminders and notices. It can't be undone. A customer with jobs, invoices or payments can't be deleted; archive it instead.</p>
        )}
      </ConfirmDialog>
    </>
  );
}
