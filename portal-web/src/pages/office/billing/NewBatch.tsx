/**
 * A batch invoice for a property manager (`/billing/batches/new?customer=…`): pick the customer's open or partly
 * paid invoices not already in an open batch, and send them as one document to pay.
 */
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatCalendarDate, formatMoney } from '../../../lib/format';
import { outcome } from '../../../lib/forms';
import { centsAmount } from '../../../lib/money';
import { Link, navigate, useLocation } from '../../../lib/router';
import { Amount, Empty, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { PAGE_SIZE, Pager, usePages } from '../../../components/Pager';
import { BatchCreate } from './mutations';
import { CustomerPicker } from './CustomerPicker';
import { batchHref, customerHref, invoiceHref } from './shared';
import './billing.css';

const BatchCustomerQuery = graphql(`
  query BatchCustomer($id: ID!, $first: Int, $after: String) {
    customer: node(id: $id) { __typename ... on Customer { id displayName kind } }
    open: invoices(filter: { customerId: $id, statuses: [OPEN, PARTIALLY_PAID] }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id displayNumber issuedOn dueOn property { id name } total { amount currency } balance { amount currency cents } batch { id number status } }
    }
  }
`);

export default function NewBatch() {
  const { search } = useLocation();
  const customerId = search.get('customer') ?? '';
  if (!customerId) {
    return (
      <>
        <nav className="crumbs" aria-label="Breadcrumb"><Link href="/billing">Billing</Link></nav>
        <PageHeader title="New batch" />
        <section className="card"><CustomerPicker label="Batch for which customer?" onPick={(id) => navigate(`/billing/batches/new?customer=${encodeURIComponent(id)}`)} /></section>
      </>
    );
  }
  return <BatchForm key={customerId} customerId={customerId} />;
}

function BatchForm({ customerId }: { customerId: string }) {
  const pages = usePages(customerId);
  const [{ data, error, fetching }, refetch] = useQuery({ query: BatchCustomerQuery, variables: { id: customerId, first: PAGE_SIZE, after: pages.after }, requestPolicy: 'cache-and-network' });
  const [{ fetching: sending }, create] = useMutation(BatchCreate);
  const [picked, setPicked] = useState<Map<string, number>>(new Map());
  const [notes, setNotes] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const customer = data?.customer?.__typename === 'Customer' ? data.customer : null;
  const open = data?.open.nodes ?? [];
  const isCredit = (invoice: (typeof open)[number]) => invoice.balance.cents <= 0;
  const free = (invoice: (typeof open)[number]) => !isCredit(invoice) && (!invoice.batch || invoice.batch.status === 'VOID' || invoice.batch.status === 'PAID');
  const sum = [...picked.values()].reduce((total, cents) => total + cents, 0);
  const currency = open[0]?.balance.currency ?? 'USD';

  function toggle(invoice: (typeof open)[number]) {
    const next = new Map(picked);
    if (next.has(invoice.id)) next.delete(invoice.id);
    else next.set(invoice.id, invoice.balance.cents);
    setPicked(next);
  }
  function pickPage() {
    const next = new Map(picked);
    for (const invoice of open) if (free(invoice)) next.set(invoice.id, invoice.balance.cents);
    setPicked(next);
  }
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (sending) return;
    if (!picked.size) { setMessages(['Pick the invoices the batch gathers.']); return; }
    setMessages([]);
    const sent = outcome<{ userErrors: { message: string }[]; batch?: { id: string } | null }>(
      await create({ input: { customerId, invoiceIds: [...picked.keys()], notes: notes.trim() || null } }), 'batchCreate');
    if (!sent.ok) { setMessages([...sent.messages, ...sent.userErrors.map((e) => e.message)]); return; }
    if (sent.payload.batch) navigate(batchHref(sent.payload.batch.id));
  }

  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!customer) return <Empty><h1 id="page-title" tabIndex={-1}>Customer not found</h1><p><Link href="/billing/batches/new">Pick another customer</Link></p></Empty>;
  const pager = data && (
    <Pager page={pages.page} shown={open.length} total={data.open.totalCount} hasNext={data.open.pageInfo.hasNextPage}
      endCursor={data.open.pageInfo.endCursor} noun={['open invoice', 'open invoices']} onNext={pages.next} onPrevious={pages.previous} />
  );
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href={customerHref(customer.id)}>{customer.displayName}</Link></nav>
      <PageHeader title={`New batch for ${customer.displayName}`} />
      {!open.length ? <Empty>{customer.displayName} has no open invoice to gather.</Empty> : (
        <form onSubmit={(event) => void submit(event)} aria-label="Batch">
          <div className="billing-toolbar">
            <p className="billing-sum" aria-live="polite"><span>{picked.size} invoice{picked.size === 1 ? '' : 's'} picked</span>
              <span>Due <strong className="nowrap">{formatMoney({ amount: centsAmount(sum), currency })}</strong></span></p>
            <button type="button" className="button secondary small" onClick={pickPage}>Pick all on this page</button>
          </div>
          {pager}
          <div className="table-wrap">
            <table className="table billing-table">
              <caption className="visually-hidden">Open invoices of {customer.displayName}</caption>
              <thead><tr><th scope="col" className="pick"><span className="visually-hidden">Pick</span></th><th scope="col">Invoice</th><th scope="col">Property</th>
                <th scope="col">Issued</th><th scope="col" className="hide-md">Due</th><th scope="col" className="num">Total</th><th scope="col" className="num">Balance</th></tr></thead>
              <tbody>
                {open.map((invoice) => (
                  <tr key={invoice.id} data-invoice={invoice.id}>
                    <td className="pick">{free(invoice)
                      ? <input type="checkbox" checked={picked.has(invoice.id)} onChange={() => toggle(invoice)} aria-label={`Put invoice ${invoice.displayNumber} in the batch`} />
                      : <span className="visually-hidden">{isCredit(invoice) ? 'A credit note' : 'In a batch'}</span>}</td>
                    <th scope="row" className="nowrap"><Link href={invoiceHref(invoice.id)}>{invoice.displayNumber}</Link>
                      {isCredit(invoice) && <span className="block small muted">credit note</span>}
                      {!isCredit(invoice) && !free(invoice) && invoice.batch && <span className="block small muted">in <Link href={batchHref(invoice.batch.id)}>batch {invoice.batch.number}</Link></span>}</th>
                    <td>{invoice.property?.name ?? 'Several'}</td>
                    <td className="nowrap">{formatCalendarDate(invoice.issuedOn)}</td>
                    <td className="nowrap hide-md">{formatCalendarDate(invoice.dueOn)}</td>
                    <td className="num nowrap"><Amount money={invoice.total} /></td>
                    <td className="num nowrap"><Amount money={invoice.balance} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pager}
          <div className="card billing-form">
            <FormField label="Notes printed on the batch">
              <textarea rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} maxLength={2000} />
            </FormField>
            <FormErrors messages={messages} />
            <div className="form-buttons">
              <SubmitButton busy={sending} busyLabel="Making the batch…">Make batch of {picked.size} invoice{picked.size === 1 ? '' : 's'}</SubmitButton>
              <Link className="button secondary" href={customerHref(customer.id)}>Cancel</Link>
            </div>
          </div>
        </form>
      )}
    </>
  );
}
