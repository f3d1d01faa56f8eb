/**
 * Record a payment the company received (`/billing/payments/new?customer=…[&invoice=…|&batch=…]`): method, amount,
 * date, reference, and where it goes — the customer's oldest open invoices first, the invoices picked in the order
 * picked (a partial payment fills them in turn), or a batch. What no invoice takes stays as the customer's credit.
 */
import { useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import type { PaymentMethod } from '../../../gql/graphql';
import { formatCalendarDate, formatMoney, localDay } from '../../../lib/format';
import { PAYMENT_METHOD_LABEL } from '../../../lib/status';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { amountCents, amountField, amountProblem, centsAmount, toAmount } from '../../../lib/money';
import { FormKey } from '../../../lib/idempotency';
import { Link, navigate, useLocation } from '../../../lib/router';
import { Amount, Empty, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { MoneyInput } from '../../../components/office/MoneyInput';
import { DatePicker } from '../../../components/office/DatePicker';
import { PAGE_SIZE, Pager, usePages } from '../../../components/Pager';
import { PaymentRecord } from './mutations';
import { CustomerPicker } from './CustomerPicker';
import { allocate, occurredAtFor } from './allocate';
import { batchHref, customerHref, invoiceHref } from './shared';
import './billing.css';

const PaymentCustomerQuery = graphql(`
  query PaymentCustomer($id: ID!, $batch: ID!, $withBatch: Boolean!, $first: Int, $after: String) {
    customer: node(id: $id) {
      __typename
      ... on Customer {
        id displayName
        aging { openBalance { amount currency cents } credit { amount currency } }
      }
    }
    batch: node(id: $batch) @include(if: $withBatch) {
      __typename
      ... on Batch { id number status balance { amount currency cents } customer { id } }
    }
    open: invoices(filter: { customerId: $id, statuses: [OPEN, PARTIALLY_PAID] }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayNumber issuedOn dueOn total { amount currency } balance { amount currency cents } pendingAmount { amount currency cents } }
    }
  }
`);

const METHODS: PaymentMethod[] = ['CHECK', 'CASH', 'BANK_TRANSFER', 'ZELLE', 'ACH', 'CARD'];

const schema = z.object({
  method: z.enum(['CHECK', 'CASH', 'BANK_TRANSFER', 'ZELLE', 'ACH', 'CARD']),
  amount: amountField({ requiredWords: 'Enter the amount received.' }),
  reference: z.string().trim().max(200, 'Keep the reference under 200 characters.'),
  note: z.string().trim().max(2000, 'Keep the note under 2,000 characters.'),
});
type Values = z.infer<typeof schema>;

interface Picked { id: string; displayNumber: string; balanceCents: number; currency: string }

export default function NewPayment() {
  const { search } = useLocation();
  const customerId = search.get('customer') ?? '';
  const batchId = search.get('batch') ?? '';
  if (!customerId) {
    return (
      <>
        <nav className="crumbs" aria-label="Breadcrumb"><Link href="/billing">Billing</Link></nav>
        <PageHeader title="Record a payment" />
        <section className="card"><CustomerPicker label="Who paid?" onPick={(id) => navigate(`/billing/payments/new?customer=${encodeURIComponent(id)}`)} /></section>
      </>
    );
  }
  return <PaymentForm key={`${customerId}|${batchId}`} customerId={customerId} batchId={batchId} invoiceId={search.get('invoice') ?? ''} />;
}

function PaymentForm({ customerId, batchId, invoiceId }: { customerId: string; batchId: string; invoiceId: string }) {
  const pages = usePages(customerId);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PaymentCustomerQuery,
    variables: { id: customerId, batch: batchId || customerId, withBatch: Boolean(batchId), first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [, record] = useMutation(PaymentRecord);
  const key = useRef(new FormKey());
  const [target, setTarget] = useState<'oldest' | 'picked' | 'batch'>(batchId ? 'batch' : invoiceId ? 'picked' : 'oldest');
  const [picked, setPicked] = useState<Picked[]>([]);
  const [seeded, setSeeded] = useState(false);
  const [day, setDay] = useState(() => localDay(new Date()));
  const [messages, setMessages] = useState<string[]>([]);
  const [done, setDone] = useState<{ text: string; invoices: { id: string; displayNumber: string }[] } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { method: 'CHECK', amount: '', reference: '', note: '' } });
  const today = localDay(new Date());

  const customer = data?.customer?.__typename === 'Customer' ? data.customer : null;
  const batch = data?.batch?.__typename === 'Batch' ? data.batch : null;
  const open = data?.open.nodes ?? [];
  // The invoice the page was opened from is picked first.
  if (!seeded && invoiceId && data) {
    const first = open.find((invoice) => invoice.id === invoiceId);
    setSeeded(true);
    if (first) setPicked([{ id: first.id, displayNumber: first.displayNumber, balanceCents: first.balance.cents, currency: first.balance.currency }]);
  }
  const typed = form.watch('amount');
  const typedCents = amountProblem(typed) ? 0 : amountCents(toAmount(typed));
  const spread = allocate(typedCents, picked.map((invoice) => invoice.balanceCents));

  function toggle(invoice: (typeof open)[number]) {
    setPicked((now) => (now.some((item) => item.id === invoice.id) ? now.filter((item) => item.id !== invoice.id)
      : [...now, { id: invoice.id, displayNumber: invoice.displayNumber, balanceCents: invoice.balance.cents, currency: invoice.balance.currency }]));
  }

  const submit = form.handleSubmit(async (values) => {
    setMessages([]);
    if (target === 'picked' && !picked.length) { setMessages(['Pick the invoices it pays, or apply it to the oldest open invoices.']); return; }
    const input = {
      customerId, method: values.method, amount: toAmount(values.amount), occurredAt: occurredAtFor(day, today),
      reference: values.reference.trim() || null, note: values.note.trim() || null,
      invoiceIds: target === 'picked' ? picked.map((invoice) => invoice.id) : null,
      batchId: target === 'batch' && batch ? batch.id : null,
      idempotencyKey: key.current.current,
    };
    const sent = outcome<{
      userErrors: { field?: readonly string[] | null; code?: string | null; message: string }[];
      transaction?: { allocations: { invoice?: { id: string; displayNumber: string } | null }[] } | null;
      unappliedAmount?: { amount: string; currency: string; cents: number } | null;
    }>(await record({ input }), 'paymentRecord');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(form.setError, sent.userErrors, ['amount', 'method', 'reference', 'note'], { occurredAt: 'occurredAt' })]);
      return;
    }
    const unapplied = sent.payload.unappliedAmount;
    setDone({
      text: `Payment of ${formatMoney({ amount: input.amount, currency: 'USD' })} recorded${unapplied && unapplied.cents > 0 ? `; ${formatMoney(unapplied)} is kept as the customer's credit` : ''}.`,
      invoices: (sent.payload.transaction?.allocations ?? []).flatMap((allocation) => (allocation.invoice ? [allocation.invoice] : [])),
    });
    key.current.open();
    form.reset({ method: values.method, amount: '', reference: '', note: '' });
    setPicked([]);
    refetch({ requestPolicy: 'network-only' });
  });

  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!customer) return <Empty><h1 id="page-title" tabIndex={-1}>Customer not found</h1><p><Link href="/billing/payments/new">Pick another customer</Link></p></Empty>;
  const errors = form.formState.errors;
  const pager = data && (
    <Pager page={pages.page} shown={open.length} total={data.open.totalCount} hasNext={data.open.pageInfo.hasNextPage}
      endCursor={data.open.pageInfo.endCursor} noun={['open invoice', 'open invoices']} onNext={pages.next} onPrevious={pages.previous} />
  );
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href={customerHref(customer.id)}>{customer.displayName}</Link></nav>
      <PageHeader title={`Record a payment from ${customer.displayName}`} />
      {done && (
        <div className="billing-success" role="status" data-testid="payment-done">
          <p>{done.text}</p>
          {done.invoices.length > 0 && <p>Applied to {done.invoices.map((invoice, index) => <span key={invoice.id}>{index ? ', ' : ''}<Link href={invoiceHref(invoice.id)}>invoice {invoice.displayNumber}</Link></span>)}.</p>}
        </div>
      )}
      <p className="billing-sum">
        <span>Open balance <strong className="nowrap"><Amount money={customer.aging?.openBalance} /></strong></span>
        {customer.aging && Number(customer.aging.credit.amount) > 0 && <span>Credit <strong className="nowrap"><Amount money={customer.aging.credit} /></strong></span>}
      </p>
      <form className="card billing-form" onSubmit={submit} noValidate aria-label="Payment">
        <div className="billing-form-row">
          <FormField label="Method" error={errors.method?.message}>
            <select {...form.register('method')}>{METHODS.map((method) => <option key={method} value={method}>{PAYMENT_METHOD_LABEL[method]}</option>)}</select>
          </FormField>
          <FormField label="Amount received" error={errors.amount?.message}>
            <MoneyInput {...form.register('amount')} />
          </FormField>
          <FormField label="Received on">
            <DatePicker value={day} onChange={setDay} label="Day received" />
          </FormField>
          <FormField label="Reference" hint="Check number, transfer reference…" error={errors.reference?.message}>
            <input type="text" {...form.register('reference')} />
          </FormField>
        </div>
        <FormField label="Note" error={errors.note?.message}>
          <input type="text" {...form.register('note')} />
        </FormField>
        <fieldset className="billing-choice">
          <legend>Apply it to</legend>
          <label><input type="radio" name="target" checked={target === 'oldest'} onChange={() => setTarget('oldest')} /> The oldest open invoices first</label>
          <label><input type="radio" name="target" checked={target === 'picked'} onChange={() => setTarget('picked')} disabled={!data?.open.totalCount} /> Invoices I pick</label>
          {batch && <label><input type="radio" name="target" checked={target === 'batch'} onChange={() => setTarget('batch')} /> Batch {batch.number} (<Amount money={batch.balance} /> due)</label>}
        </fieldset>
        {target === 'picked' && (
          <div data-testid="allocations">
            {pager}
            <div className="table-wrap">
              <table className="table billing-table">
                <caption className="visually-hidden">Open invoices</caption>
                <thead><tr><th scope="col" className="pick"><span className="visually-hidden">Pick</span></th><th scope="col">Invoice</th><th scope="col">Issued</th>
                  <th scope="col" className="hide-md">Due</th><th scope="col" className="num">Balance</th><th scope="col" className="num">This payment</th></tr></thead>
                <tbody>
                  {open.map((invoice) => {
                    const at = picked.findIndex((item) => item.id === invoice.id);
                    return (
                      <tr key={invoice.id} data-invoice={invoice.id}>
                        <td className="pick">{invoice.balance.cents > 0
                          ? <input type="checkbox" checked={at >= 0} onChange={() => toggle(invoice)} aria-label={`Apply to invoice ${invoice.displayNumber}`} />
                          : <span className="visually-hidden">A credit note</span>}</td>
                        <th scope="row" className="nowrap"><Link href={invoiceHref(invoice.id)}>{invoice.displayNumber}</Link>{at >= 0 && <span className="muted small"> #{at + 1}</span>}
                          {invoice.balance.cents <= 0 && <span className="block small muted">credit note</span>}</th>
                        <td className="nowrap">{formatCalendarDate(invoice.issuedOn)}</td>
                        <td className="nowrap hide-md">{formatCalendarDate(invoice.dueOn)}</td>
                        <td className="num nowrap"><Amount money={invoice.balance} />{invoice.pendingAmount.cents > 0 && <span className="block small muted">reported: <Amount money={invoice.pendingAmount} /></span>}</td>
                        <td className="num nowrap">{at >= 0 ? formatMoney({ amount: centsAmount(spread.applied[at] ?? 0), currency: invoice.balance.currency }) : '—'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {pager}
            {picked.length > 0 && typedCents > 0 && (
              <p className="muted" aria-live="polite">
                {picked.length} invoice{picked.length === 1 ? '' : 's'} picked, filled in the order picked
                {spread.unapplied > 0 ? `; ${formatMoney({ amount: centsAmount(spread.unapplied), currency: picked[0].currency })} left over is kept as credit.` : '.'}
              </p>
            )}
          </div>
        )}
        <FormErrors messages={messages} />
        <div className="form-buttons">
          <SubmitButton busy={form.formState.isSubmitting} busyLabel="Recording…">Record payment</SubmitButton>
          <Link className="button secondary" href={batch ? batchHref(batch.id) : '/billing'}>Cancel</Link>
        </div>
      </form>
    </>
  );
}
