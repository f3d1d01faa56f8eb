import { graphql } from '../../gql';
import { useLiveQuery } from '../../lib/live';
import { formatCalendarDate, formatDate, formatDateTime } from '../../lib/format';
import { INVOICE_STATUS_LABEL, PAYMENT_METHOD_LABEL, TRANSACTION_STATUS_LABEL } from '../../lib/status';
import { Link } from '../../lib/router';
import { Amount, Badge, Empty, ErrorState, Field, Loading, PageHeader } from '../../components/ui';
import { InvoiceLines } from '../../components/InvoiceLines';
import { PayPanel } from '../../components/PayPanel';
import { CorrectionRequest } from '../../components/CorrectionRequest';

const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Invoice {
        id
        displayNumber
        status
        issuedOn
        dueOn
        taxRate
        notes
        customer { id displayName billingName }
        property { id name }
        lines { id description quantity taxable unitPrice { amount currency } amount { amount currency } }
        jobs { id scheduledStart property { name } }
        subtotal { amount currency }
        tax { amount currency }
        total { amount currency }
        amountPaid { amount currency }
        balance { amount currency cents }
        pendingAmount { amount currency cents }
        transactions { id method status occurredAt amount { amount currency } }
        batch { id number }
        pdfUrl
        correctionRequests { id status message answer createdAt }
      }
    }
  }
`);

export default function InvoiceDetail({ id }: { id: string }) {
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: InvoiceDetailQuery, variables: { id } });
  const invoice = data?.node?.__typename === 'Invoice' ? data.node : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!invoice) return <Empty><h1 id="page-title" tabIndex={-1}>Invoice not found</h1><p><Link href="/invoices">Back to invoices</Link></p></Empty>;
  const owing = invoice.balance.cents > 0 && (invoice.status === 'OPEN' || invoice.status === 'PARTIALLY_PAID');
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/invoices">Invoices</Link></nav>
      <PageHeader title={`Invoice ${invoice.displayNumber}`}>
        <Badge status={invoice.status} label={INVOICE_STATUS_LABEL[invoice.status]} />
        <a className="button primary small" href={invoice.pdfUrl} download={`invoice-${invoice.displayNumber}.pdf`}>Download PDF</a>
      </PageHeader>
      <article className="card invoice">
        <dl className="fields fields-row">
          <Field label="Billed to">{invoice.customer?.billingName || invoice.customer?.displayName}</Field>
          <Field label="Date">{formatCalendarDate(invoice.issuedOn)}</Field>
          <Field label="Due">{formatCalendarDate(invoice.dueOn)}</Field>
          <Field label="Property">{invoice.property ? <Link href={`/properties/${encodeURIComponent(invoice.property.id)}`}>{invoice.property.name}</Link> : 'Several'}</Field>
          {invoice.batch && <Field label="Batch"><Link href={`/batches/${encodeURIComponent(invoice.batch.id)}`}>Batch {invoice.batch.number}</Link></Field>}
        </dl>
        <InvoiceLines invoice={invoice} pendingLabel="Reported by you, awaiting approval" />
        {invoice.notes && <p className="note">{invoice.notes}</p>}
      </article>
      {owing && <PayPanel invoiceId={invoice.id} balance={invoice.balance} pending={invoice.pendingAmount} onReported={() => refetch({ requestPolicy: 'network-only' })} />}
      <div className="grid-2">
        <section className="card">
          <h2>Jobs on this invoice</h2>
          {invoice.jobs.length === 0 ? <p className="muted">No jobs.</p> : (
            <ul className="rows">
              {invoice.jobs.map((job) => <li key={job.id}><Link href={`/jobs/${encodeURIComponent(job.id)}`}>{formatDate(job.scheduledStart)} — {job.property?.name}</Link></li>)}
            </ul>
          )}
        </section>
        <section className="card">
          <h2>Payments</h2>
          {invoice.transactions.length === 0 ? <p className="muted">No payments yet.</p> : (
            <ul className="rows">
              {invoice.transactions.map((payment) => (
                <li key={payment.id} className="row-split"><span>{formatDateTime(payment.occurredAt)} · {PAYMENT_METHOD_LABEL[payment.method]} <Badge status={payment.status} label={TRANSACTION_STATUS_LABEL[payment.status]} /></span><Amount money={payment.amount} /></li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="card">
        <h2>Something wrong with this invoice?</h2>
        <CorrectionRequest invoiceId={invoice.id} existing={invoice.correctionRequests} onSent={() => refetch({ requestPolicy: 'network-only' })} />
      </section>
    </>
  );
}
