/**
 * An invoice for the office (`/invoices/:id`, shadowing the client's page): what is billed and paid, and what the
 * office can do with it now — issue a draft, void (with a reason), write off as bad debt, correct a paid invoice
 * with a credit note, record a payment, download the PDF — plus its payments, credits and the client's correction
 * requests with the answer form. The client-only forms (report a payment, request a correction) are not here.
 */
import { useState } from 'react';
import { useMutation } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import { useLiveQuery } from '../../../lib/live';
import { formatCalendarDate, formatDate, formatDateTime, formatMoney, localDay } from '../../../lib/format';
import { INVOICE_STATUS_LABEL, PAYMENT_METHOD_LABEL, TRANSACTION_STATUS_LABEL } from '../../../lib/status';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { amountProblem, centsAmount, toAmount } from '../../../lib/money';
import { Link } from '../../../lib/router';
import { Amount, Badge, Empty, ErrorState, Field, Loading, PageHeader } from '../../../components/ui';
import { InvoiceLines, InvoiceTotalRow } from '../../../components/InvoiceLines';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { MoneyInput } from '../../../components/office/MoneyInput';
import { DatePicker } from '../../../components/office/DatePicker';
import { ConfirmDialog } from '../../../components/office/ConfirmDialog';
import { InvoiceCredit, InvoiceIssue, InvoiceMarkBadDebt, InvoiceVoid } from './mutations';
import { AnswerForm } from './AnswerForm';
import { CustomerLink, batchHref, invoiceHref, jobHref, newPaymentHref } from './shared';
import './billing.css';

const OfficeInvoiceQuery = graphql(`
  query OfficeInvoice($id: ID!) {
    node(id: $id) {
      __typename
      ... on Invoice {
        id displayNumber status issuedOn dueOn taxRate notes internalNotes pdfUrl
        customer { id displayName billingName }
        property { id name }
        lines { id description quantity taxable unitPrice { amount currency } amount { amount currency } }
        jobs { id scheduledStart property { name } }
        subtotal { amount currency }
        tax { amount currency }
        total { amount currency cents }
        amountPaid { amount currency cents }
        balance { amount currency cents }
        pendingAmount { amount currency cents }
        transactions { id method status occurredAt reference reportedByClient amount { amount currency } }
        batch { id number }
        correctsInvoice { id displayNumber }
        credits { id displayNumber status total { amount currency cents } }
        correctionRequests { id status message answer createdAt answeredAt }
      }
    }
  }
`);

type Panel = null | 'issue' | 'credit' | 'void' | 'bad-debt';

const reasonSchema = z.string().trim().min(1, 'Write the reason (it is kept in the invoice history).').max(500, 'Keep it under 500 characters.');

export default function InvoicePage({ id }: { id: string }) {
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: OfficeInvoiceQuery, variables: { id } });
  const [panel, setPanel] = useState<Panel>(null);
  const [done, setDone] = useState<string | null>(null);
  const [answering, setAnswering] = useState<string | null>(null);
  const invoice = data?.node?.__typename === 'Invoice' ? data.node : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!invoice) return <Empty><h1 id="page-title" tabIndex={-1}>Invoice not found</h1><p><Link href="/billing/invoices">Back to invoices</Link></p></Empty>;

  const isCredit = invoice.correctsInvoice !== null && invoice.correctsInvoice !== undefined;
  const paid = invoice.amountPaid.cents > 0;
  const credited = invoice.credits.filter((credit) => credit.status !== 'VOID').reduce((sum, credit) => sum - credit.total.cents, 0);
  const creditable = invoice.total.cents - credited;
  const can = {
    issue: invoice.status === 'DRAFT',
    void: invoice.status === 'DRAFT' || (invoice.status === 'OPEN' && !paid),
    badDebt: !isCredit && (invoice.status === 'OPEN' || invoice.status === 'PARTIALLY_PAID'),
    credit: !isCredit && (invoice.status === 'PAID' || invoice.status === 'PARTIALLY_PAID') && creditable > 0,
    pay: !isCredit && (invoice.status === 'OPEN' || invoice.status === 'PARTIALLY_PAID') && invoice.balance.cents > 0,
  };
  const creditableMoney = { amount: centsAmount(creditable), currency: invoice.total.currency, cents: creditable };
  const finished = (text: string) => { setDone(text); setPanel(null); refetch({ requestPolicy: 'network-only' }); };

  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/billing/invoices">Invoices</Link></nav>
      <PageHeader title={`${isCredit ? 'Credit note' : 'Invoice'} ${invoice.displayNumber}`}>
        <Badge status={invoice.status} label={INVOICE_STATUS_LABEL[invoice.status]} />
        <a className="button secondary small" href={invoice.pdfUrl} download={`invoice-${invoice.displayNumber}.pdf`}>PDF</a>
      </PageHeader>
      {done && <p className="billing-success" role="status" data-testid="invoice-done">{done}</p>}
      <div className="billing-actions" aria-label="What to do with this invoice">
        {can.issue && <button type="button" className="button primary" aria-expanded={panel === 'issue'} onClick={() => setPanel(panel === 'issue' ? null : 'issue')}>Issue…</button>}
        {can.pay && invoice.customer && <Link className="button primary" href={newPaymentHref(invoice.customer.id, { invoice: invoice.id })}>Record a payment</Link>}
        {can.credit && <button type="button" className="button secondary" aria-expanded={panel === 'credit'} onClick={() => setPanel(panel === 'credit' ? null : 'credit')}>Credit note…</button>}
        {can.void && <button type="button" className="button secondary" onClick={() => setPanel('void')}>Void…</button>}
        {can.badDebt && <button type="button" className="button secondary" onClick={() => setPanel('bad-debt')}>Mark bad debt…</button>}
      </div>
      {panel === 'issue' && <IssuePanel invoiceId={invoice.id} dueOn={invoice.dueOn} onDone={finished} onCancel={() => setPanel(null)} />}
      {panel === 'credit' && <CreditPanel invoiceId={invoice.id} creditable={creditableMoney} onDone={finished} onCancel={() => setPanel(null)} />}
      <ReasonDialog open={panel === 'void'} kind="void" invoice={invoice} onDone={finished} onCancel={() => setPanel(null)} />
      <ReasonDialog open={panel === 'bad-debt'} kind="bad-debt" invoice={invoice} onDone={finished} onCancel={() => setPanel(null)} />

      <article className="card invoice">
        <dl className="fields fields-row">
          <Field label="Customer"><CustomerLink customer={invoice.customer} /></Field>
          <Field label="Billed to">{invoice.customer?.billingName || invoice.customer?.displayName}</Field>
          <Field label="Issued">{invoice.issuedOn ? formatCalendarDate(invoice.issuedOn) : 'Not yet (draft)'}</Field>
          <Field label="Due">{formatCalendarDate(invoice.dueOn)}</Field>
          <Field label="Property">{invoice.property ? <Link href={`/properties/${encodeURIComponent(invoice.property.id)}`}>{invoice.property.name}</Link> : 'Several'}</Field>
          {invoice.batch && <Field label="Batch"><Link href={batchHref(invoice.batch.id)}>Batch {invoice.batch.number}</Link></Field>}
          {invoice.correctsInvoice && <Field label="Corrects"><Link href={invoiceHref(invoice.correctsInvoice.id)}>Invoice {invoice.correctsInvoice.displayNumber}</Link></Field>}
        </dl>
        <InvoiceLines invoice={invoice} pendingLabel="Reported by the client, to approve" extra={credited > 0 && (
          <InvoiceTotalRow label="Credited">{formatMoney({ amount: centsAmount(credited), currency: invoice.total.currency })}</InvoiceTotalRow>
        )} />
        {invoice.notes && <p className="note">{invoice.notes}</p>}
        {invoice.internalNotes && <p className="note-box"><strong>Office note:</strong> {invoice.internalNotes}</p>}
      </article>

      <div className="grid-2">
        <section className="card">
          <h2>Payments</h2>
          {invoice.transactions.length === 0 ? <p className="muted">No payments yet.</p> : (
            <ul className="rows">
              {invoice.transactions.map((payment) => (
                <li key={payment.id} className="row-split">
                  <span>{formatDateTime(payment.occurredAt)} · {PAYMENT_METHOD_LABEL[payment.method]}{payment.reference ? ` · ${payment.reference}` : ''}{' '}
                    <Badge status={payment.status} label={TRANSACTION_STATUS_LABEL[payment.status]} />
                    {payment.status === 'TO_APPROVAL' && <> <Link href="/billing/approvals">Approve…</Link></>}</span>
                  <span className="nowrap"><Amount money={payment.amount} /></span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card">
          <h2>Jobs billed</h2>
          {invoice.jobs.length === 0 ? <p className="muted">No jobs.</p> : (
            <ul className="rows">
              {invoice.jobs.map((job) => <li key={job.id}><Link href={jobHref(job.id)}>{formatDate(job.scheduledStart)} — {job.property?.name}</Link></li>)}
            </ul>
          )}
          {invoice.credits.length > 0 && (
            <>
              <h2>Credit notes</h2>
              <ul className="rows">
                {invoice.credits.map((credit) => (
                  <li key={credit.id} className="row-split"><Link href={invoiceHref(credit.id)}>Credit note {credit.displayNumber}</Link>
                    <span className="nowrap"><Amount money={credit.total} /> <Badge status={credit.status} label={INVOICE_STATUS_LABEL[credit.status]} /></span></li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>

      <section className="card" aria-labelledby="corrections-title">
        <h2 id="corrections-title">Correction requests</h2>
        {invoice.correctionRequests.length === 0 ? <p className="muted">The client has not asked for a correction.</p> : (
          <ul className="rows">
            {invoice.correctionRequests.map((request) => (
              <li key={request.id} data-correction={request.id}>
                <p><strong>{formatDateTime(request.createdAt)}:</strong> {request.message}</p>
                {request.status === 'ANSWERED' ? (
                  <p className="muted">Answered {formatDateTime(request.answeredAt)}: {request.answer}</p>
                ) : answering === request.id ? (
                  <AnswerForm request={{ id: request.id, creditable: can.credit ? creditableMoney : null }} onCancel={() => setAnswering(null)}
                    onDone={(text) => { setAnswering(null); finished(text); }} />
                ) : (
                  <button type="button" className="button primary small" onClick={() => setAnswering(request.id)}>Answer…</button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function IssuePanel({ invoiceId, dueOn, onDone, onCancel }: { invoiceId: string; dueOn: string | null | undefined; onDone: (text: string) => void; onCancel: () => void }) {
  const [{ fetching }, issue] = useMutation(InvoiceIssue);
  const today = localDay(new Date());
  const [due, setDue] = useState(dueOn && dueOn >= today ? dueOn : '');
  const [messages, setMessages] = useState<string[]>([]);
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (fetching) return;
    const sent = outcome<{ userErrors: { message: string }[] }>(await issue({ input: { invoiceId, dueOn: due || null } }), 'invoiceIssue');
    if (!sent.ok) { setMessages([...sent.messages, ...sent.userErrors.map((e) => e.message)]); return; }
    onDone('Invoice issued: the client can see and pay it now.');
  }
  return (
    <form className="billing-panel billing-inline-form" onSubmit={(event) => void submit(event)} aria-label="Issue the invoice">
      <h2>Issue the invoice</h2>
      <FormField label="Due on" hint="Leave as it is for today plus the payment terms.">
        <DatePicker value={due} onChange={setDue} label="Due date" fromDay={today} />
      </FormField>
      <FormErrors messages={messages} />
      <div className="form-buttons">
        <SubmitButton busy={fetching} busyLabel="Issuing…">Issue invoice</SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel} disabled={fetching}>Cancel</button>
      </div>
    </form>
  );
}

function CreditPanel({ invoiceId, creditable, onDone, onCancel }: {
  invoiceId: string; creditable: { amount: string; currency: string; cents: number }; onDone: (text: string) => void; onCancel: () => void;
}) {
  const [, credit] = useMutation(InvoiceCredit);
  const [messages, setMessages] = useState<string[]>([]);
  const schema = z.object({
    amount: z.string().superRefine((text, context) => {
      const problem = amountProblem(text, { max: creditable.cents / 100, maxWords: `what can still be credited (${formatMoney(creditable)})`, requiredWords: 'Enter the credit.' });
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
    reason: reasonSchema,
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { amount: '', reason: '' } });
  const submit = form.handleSubmit(async (values) => {
    setMessages([]);
    const sent = outcome<{ userErrors: { field?: readonly string[] | null; message: string }[]; credit?: { displayNumber: string } | null }>(
      await credit({ input: { invoiceId, amount: toAmount(values.amount), reason: values.reason.trim() } }), 'invoiceCredit');
    if (!sent.ok) { setMessages([...sent.messages, ...applyUserErrors(form.setError, sent.userErrors, ['amount', 'reason'])]); return; }
    onDone(`Credit note ${sent.payload.credit?.displayNumber ?? ''} made.`);
  });
  return (
    <form className="billing-panel billing-inline-form" onSubmit={submit} noValidate aria-label="Credit note">
      <h2>Credit note</h2>
      <div className="billing-form-row">
        <FormField label="Credit" error={form.formState.errors.amount?.message} hint={`At most ${formatMoney(creditable)}`}>
          <MoneyInput {...form.register('amount')} />
        </FormField>
        <FormField label="Reason (printed on the credit note)" error={form.formState.errors.reason?.message}>
          <input type="text" {...form.register('reason')} />
        </FormField>
      </div>
      <FormErrors messages={messages} />
      <div className="form-buttons">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel="Crediting…">Make credit note</SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel} disabled={form.formState.isSubmitting}>Cancel</button>
      </div>
    </form>
  );
}

function ReasonDialog({ open, kind, invoice, onDone, onCancel }: {
  open: boolean; kind: 'void' | 'bad-debt'; invoice: { id: string; displayNumber: string; balance: { amount: string; currency: string } };
  onDone: (text: string) => void; onCancel: () => void;
}) {
  const [{ fetching: voiding }, voidInvoice] = useMutation(InvoiceVoid);
  const [{ fetching: writing }, markBadDebt] = useMutation(InvoiceMarkBadDebt);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [messages, setMessages] = useState<string[]>([]);
  const busy = voiding || writing;
  async function confirm() {
    if (busy) return;
    const checked = reasonSchema.safeParse(reason);
    if (!checked.success) { setReasonError(checked.error.issues[0]?.message); return; }
    setReasonError(undefined);
    setMessages([]);
    const input = { invoiceId: invoice.id, reason: checked.data };
    const sent = kind === 'void'
      ? outcome<{ userErrors: { message: string }[] }>(await voidInvoice({ input }), 'invoiceVoid')
      : outcome<{ userErrors: { message: string }[] }>(await markBadDebt({ input }), 'invoiceMarkBadDebt');
    if (!sent.ok) { setMessages([...sent.messages, ...sent.userErrors.map((e) => e.message)]); return; }
    setReason('');
    onDone(kind === 'void' ? `Invoice ${invoice.displayNumber} is void; its jobs can be invoiced again.` : `Invoice ${invoice.displayNumber} is written off as bad debt.`);
  }
  return (
    <ConfirmDialog open={open} danger busy={busy} errors={messages}
      title={kind === 'void' ? `Void invoice ${invoice.displayNumber}?` : `Write off invoice ${invoice.displayNumber}?`}
      confirmLabel={kind === 'void' ? 'Void invoice' : 'Mark bad debt'} busyLabel={kind === 'void' ? 'Voiding…' : 'Writing off…'}
      onConfirm={() => void confirm()} onCancel={() => { setReasonError(undefined); setMessages([]); onCancel(); }}>
      <p>{kind === 'void'
        ? 'A void invoice is owed by no one and cannot be reopened; its jobs return to the list to invoice.'
        : `The balance of ${formatMoney(invoice.balance)} is no longer expected; the invoice stays on the account as bad debt.`}</p>
      <FormField label="Reason (kept in the invoice history)" error={reasonError}>
        <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
      </FormField>
    </ConfirmDialog>
  );
}
