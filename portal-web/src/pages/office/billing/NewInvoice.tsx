/**
 * Invoice finished jobs (`/billing/invoices/new?jobs=…`): the lines each job brings, grouped by customer (one
 * invoice per customer), issued now or kept as a draft, with an optional due date and notes.
 */
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { formatDate, formatMoney, localDay } from '../../../lib/format';
import { outcome } from '../../../lib/forms';
import { amountCents, centsAmount } from '../../../lib/money';
import { Link, navigate, useLocation } from '../../../lib/router';
import { Empty, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { LineCells } from '../../../components/InvoiceLines';
import { DatePicker } from '../../../components/office/DatePicker';
import { InvoiceCreate } from './mutations';
import { CustomerLink, invoiceHref } from './shared';
import './billing.css';

const JobsToInvoiceQuery = graphql(`
  query JobsToInvoice($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Job {
        id status scheduledStart finishedAt
        customer { id displayName }
        property { id name }
        services { id description quantity taxable unitPrice { amount currency } amount { amount currency } }
        total { amount currency }
        invoice { id displayNumber }
      }
    }
  }
`);

interface Made { customerId: string; id: string; displayNumber: string }

export default function NewInvoice() {
  const { search } = useLocation();
  const ids = (search.get('jobs') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const [{ data, error, fetching }, refetch] = useQuery({ query: JobsToInvoiceQuery, variables: { ids }, pause: !ids.length, requestPolicy: 'network-only' });
  const [{ fetching: sending }, create] = useMutation(InvoiceCreate);
  const [issue, setIssue] = useState(true);
  const [dueOn, setDueOn] = useState('');
  const [notes, setNotes] = useState('');
  const [made, setMade] = useState<Made[]>([]);
  const [messages, setMessages] = useState<string[]>([]);
  const today = localDay(new Date());

  const jobs = (data?.nodes ?? []).flatMap((node) => (node?.__typename === 'Job' ? [node] : []));
  const groups = new Map<string, { customer: { id: string; displayName: string }; jobs: typeof jobs }>();
  for (const job of jobs) {
    if (!job.customer) continue;
    const group = groups.get(job.customer.id) ?? { customer: job.customer, jobs: [] };
    group.jobs.push(job);
    groups.set(job.customer.id, group);
  }
  const problems = jobs.filter((job) => job.status !== 'FINISHED' || job.invoice);
  const missing = ids.length - jobs.length;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (sending) return;
    setMessages([]);
    const done = [...made];
    const refused: string[] = [];
    for (const group of groups.values()) {
      if (done.some((item) => item.customerId === group.customer.id)) continue; // made on an earlier try
      const sent = outcome<{ userErrors: { message: string }[]; invoice?: { id: string; displayNumber: string } | null }>(await create({ input: {
        customerId: group.customer.id, jobIds: group.jobs.map((job) => job.id), issue, dueOn: issue && dueOn ? dueOn : null, notes: notes.trim() || null,
      } }), 'invoiceCreate');
      if (!sent.ok) refused.push(`${group.customer.displayName}: ${[...sent.messages, ...sent.userErrors.map((e) => e.message)].join(' ')}`);
      else if (sent.payload.invoice) done.push({ customerId: group.customer.id, ...sent.payload.invoice });
    }
    setMade(done);
    setMessages(refused);
    if (!refused.length && done.length === 1) navigate(invoiceHref(done[0].id));
  }

  if (!ids.length) return <Empty><h1 id="page-title" tabIndex={-1}>Nothing to invoice</h1><p>Pick finished jobs on <Link href="/billing">Billing › To invoice</Link>.</p></Empty>;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  const allMade = made.length > 0 && made.length === groups.size;
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/billing">Billing</Link></nav>
      <PageHeader title={groups.size > 1 ? `New invoices (${groups.size} customers)` : 'New invoice'} />
      {missing > 0 && <p className="form-error" role="alert">{missing} of the jobs picked could not be found; they are left out.</p>}
      {problems.length > 0 && (
        <div className="form-error" role="alert">
          {problems.map((job) => <p key={job.id}>The job of {formatDate(job.scheduledStart)} at {job.property?.name} {job.invoice
            ? <>is already on <Link href={invoiceHref(job.invoice.id)}>invoice {job.invoice.displayNumber}</Link></> : 'is not finished'}: it can't be invoiced.</p>)}
        </div>
      )}
      {made.length > 0 && (
        <div className="billing-success" role="status">
          {made.map((item) => <p key={item.id}>Made <Link href={invoiceHref(item.id)}>invoice {item.displayNumber}</Link>.</p>)}
          {allMade && <p><Link href="/billing">Back to billing</Link></p>}
        </div>
      )}
      {[...groups.values()].map((group) => {
        const total = group.jobs.reduce((sum, job) => sum + amountCents(job.total?.amount ?? '0'), 0);
        const currency = group.jobs[0]?.total?.currency ?? 'USD';
        return (
          <section key={group.customer.id} className="card billing-group" data-customer={group.customer.id}>
            <h2><CustomerLink customer={group.customer} /></h2>
            <div className="table-wrap">
              <table className="table billing-table">
                <caption className="visually-hidden">Lines from the jobs of {group.customer.displayName}</caption>
                <thead><tr><th scope="col">Job</th><th scope="col">Line</th><th scope="col" className="num">Qty</th><th scope="col" className="num">Unit price</th><th scope="col" className="num">Amount</th></tr></thead>
                <tbody>
                  {group.jobs.flatMap((job) => job.services.map((line, index) => (
                    <tr key={line.id}>
                      <td className="nowrap">{index === 0 ? <>{formatDate(job.finishedAt ?? job.scheduledStart)}<span className="block small muted">{job.property?.name}</span></> : ''}</td>
                      <LineCells line={line} />
                    </tr>
                  )))}
                </tbody>
                <tfoot><tr className="grand"><th scope="row" colSpan={4} className="num">Before tax</th><td className="num nowrap">{formatMoney({ amount: centsAmount(total), currency })}</td></tr></tfoot>
              </table>
            </div>
          </section>
        );
      })}
      {!allMade && groups.size > 0 && (
        <form className="card billing-form" onSubmit={(event) => void submit(event)} aria-label="Invoice options">
          <fieldset className="billing-choice">
            <legend>When</legend>
            <label><input type="radio" name="issue" checked={issue} onChange={() => setIssue(true)} /> Issue now (the client sees it)</label>
            <label><input type="radio" name="issue" checked={!issue} onChange={() => setIssue(false)} /> Keep as a draft</label>
          </fieldset>
          {issue && (
            <FormField label="Due on" hint="Leave empty for today plus the payment terms.">
              <span className="billing-actions billing-date">
                <DatePicker value={dueOn} onChange={setDueOn} label="Due date" fromDay={today} />
                {dueOn && <button type="button" className="button link" onClick={() => setDueOn('')}>Use the payment terms</button>}
              </span>
            </FormField>
          )}
          <FormField label="Notes printed on the invoice">
            <textarea rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} maxLength={2000} />
          </FormField>
          <FormErrors messages={messages} />
          <div className="form-buttons">
            <SubmitButton busy={sending} busyLabel="Invoicing…" disabled={problems.length > 0}>
              {issue ? 'Issue' : 'Save draft'}{groups.size > 1 ? ` ${groups.size - made.length} invoices` : ' invoice'}
            </SubmitButton>
            <Link className="button secondary" href="/billing">Cancel</Link>
          </div>
        </form>
      )}
    </>
  );
}
