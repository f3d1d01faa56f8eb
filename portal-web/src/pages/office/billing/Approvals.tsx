/** Payments clients reported (Zelle, check, transfer…) waiting for the office: approve when the money is there, or reject with a reason the client reads. */
import { Fragment, useState } from 'react';
import { useMutation } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import { useLiveQuery } from '../../../lib/live';
import { formatDateTime } from '../../../lib/format';
import { PAYMENT_METHOD_LABEL } from '../../../lib/status';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { Link } from '../../../lib/router';
import { Amount, Empty, ErrorState, Loading } from '../../../components/ui';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { PAGE_SIZE, Pager, usePages } from '../../../components/Pager';
import { PaymentReview } from './mutations';
import { CustomerLink, invoiceHref } from './shared';

const ApprovalsQuery = graphql(`
  query BillingApprovals($first: Int, $after: String) {
    transactions(statuses: [TO_APPROVAL], first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id method occurredAt reference note
        amount { amount currency }
        customer { id displayName }
        batch { id number }
        allocations { id amount { amount currency } invoice { id displayNumber } }
      }
    }
  }
`);

const rejectSchema = z.object({ note: z.string().trim().min(1, 'Say why, for the client: what did not arrive?').max(500, 'Keep it under 500 characters.') });
type RejectValues = z.infer<typeof rejectSchema>;

function RejectForm({ transactionId, onDone, onCancel }: { transactionId: string; onDone: (text: string) => void; onCancel: () => void }) {
  const [, review] = useMutation(PaymentReview);
  const [messages, setMessages] = useState<string[]>([]);
  const form = useForm<RejectValues>({ resolver: zodResolver(rejectSchema), defaultValues: { note: '' } });
  const submit = form.handleSubmit(async (values) => {
    setMessages([]);
    const sent = outcome<{ userErrors: { field?: readonly string[] | null; message: string }[] }>(
      await review({ input: { transactionId, approve: false, note: values.note.trim() } }), 'paymentReview');
    if (!sent.ok) { setMessages([...sent.messages, ...applyUserErrors(form.setError, sent.userErrors, ['note'])]); return; }
    onDone('Payment rejected; the client sees your reason.');
  });
  return (
    <form className="billing-inline-form" onSubmit={submit} noValidate aria-label="Reject the payment">
      <FormField label="Why it is rejected (the client reads this)" error={form.formState.errors.note?.message}>
        <textarea rows={2} autoFocus {...form.register('note')} />
      </FormField>
      <FormErrors messages={messages} />
      <div className="form-buttons">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel="Rejecting…" className="button danger">Reject payment</SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel} disabled={form.formState.isSubmitting}>Cancel</button>
      </div>
    </form>
  );
}

export function Approvals({ onChanged }: { onChanged: () => void }) {
  const pages = usePages('approvals');
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: ApprovalsQuery, variables: { first: PAGE_SIZE, after: pages.after }, requestPolicy: 'cache-and-network' });
  const [{ fetching: approving }, review] = useMutation(PaymentReview);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string[]>([]);
  const rows = data?.transactions.nodes ?? [];
  function finished(text: string) {
    setDone(text);
    setRejecting(null);
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  }
  async function approve(id: string) {
    if (approving) return;
    setBusyId(id);
    setProblem([]);
    const sent = outcome<{ userErrors: { message: string }[] }>(await review({ input: { transactionId: id, approve: true } }), 'paymentReview');
    setBusyId(null);
    if (!sent.ok) { setProblem([...sent.messages, ...sent.userErrors.map((e) => e.message)]); return; }
    finished('Payment approved and applied to its invoices.');
  }
  const pager = data && (
    <Pager page={pages.page} shown={rows.length} total={data.transactions.totalCount} hasNext={data.transactions.pageInfo.hasNextPage}
      endCursor={data.transactions.pageInfo.endCursor} noun={['payment to approve', 'payments to approve']} onNext={pages.next} onPrevious={pages.previous} />
  );
  return (
    <>
      {done && <p className="billing-success" role="status">{done}</p>}
      <FormErrors messages={problem} />
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && !rows.length && <Empty>No payments are waiting for approval.</Empty>}
      {rows.length > 0 && (
        <>
          {pager}
          <div className="table-wrap">
            <table className="table billing-table">
              <caption className="visually-hidden">Payments to approve</caption>
              <thead>
                <tr><th scope="col">Paid</th><th scope="col">Customer</th><th scope="col">Method</th><th scope="col" className="hide-md">Reference</th>
                  <th scope="col">For</th><th scope="col" className="num">Amount</th><th scope="col"><span className="visually-hidden">Act</span></th></tr>
              </thead>
              <tbody>
                {rows.map((payment) => (
                  <Fragment key={payment.id}>
                    <tr data-transaction={payment.id}>
                      <td className="nowrap">{formatDateTime(payment.occurredAt)}</td>
                      <td><CustomerLink customer={payment.customer} /></td>
                      <td className="nowrap">{PAYMENT_METHOD_LABEL[payment.method]}</td>
                      <td className="hide-md wrap-text">{payment.reference || '—'}</td>
                      <td>
                        {payment.batch && <Link href={`/batches/${encodeURIComponent(payment.batch.id)}`}>Batch {payment.batch.number}</Link>}
                        {payment.allocations.map((allocation) => allocation.invoice && (
                          <span key={allocation.id} className="block nowrap"><Link href={invoiceHref(allocation.invoice.id)}>Invoice {allocation.invoice.displayNumber}</Link></span>
                        ))}
                      </td>
                      <td className="num nowrap"><Amount money={payment.amount} /></td>
                      <td className="actions">
                        <button type="button" className="button primary small" disabled={approving || rejecting === payment.id} aria-busy={busyId === payment.id}
                          onClick={() => void approve(payment.id)}>{busyId === payment.id ? 'Approving…' : 'Approve'}</button>
                        <button type="button" className="button secondary small" disabled={approving} aria-expanded={rejecting === payment.id}
                          onClick={() => setRejecting(rejecting === payment.id ? null : payment.id)}>Reject…</button>
                      </td>
                    </tr>
                    {rejecting === payment.id && (
                      <tr className="billing-row-form"><td colSpan={7}>
                        <RejectForm transactionId={payment.id} onDone={finished} onCancel={() => setRejecting(null)} />
                      </td></tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
          {pager}
        </>
      )}
    </>
  );
}
