import { graphql } from '../../gql';
import { useLiveQuery } from '../../lib/live';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { BATCH_STATUS_LABEL, INVOICE_STATUS_LABEL, PAYMENT_METHOD_LABEL, TRANSACTION_STATUS_LABEL } from '../../lib/status';
import { Link } from '../../lib/router';
import { Amount, Badge, Empty, ErrorState, Field, Loading, PageHeader } from '../../components/ui';
import { PayPanel } from '../../components/PayPanel';

const BatchDetailQuery = graphql(`
  query BatchDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Batch {
        id number status issuedOn notes
        subtotal { amount currency } tax { amount currency } total { amount currency }
        amountPaid { amount currency } balance { amount currency cents } pendingAmount { amount currency cents }
        invoices { id displayNumber issuedOn status property { name } total { amount currency } }
        transactions { id method status occurredAt amount { amount currency } }
        pdfUrl
      }
    }
  }
`);

export default function BatchDetail({ id }: { id: string }) {
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: BatchDetailQuery, variables: { id } });
  const batch = data?.node?.__typename === 'Batch' ? data.node : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!batch) return <Empty><h1 id="page-title" tabIndex={-1}>Batch not found</h1><p><Link href="/batches">Back to batches</Link></p></Empty>;
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/batches">Batches</Link></nav>
      <PageHeader title={`Batch ${batch.number}`}>
        <Badge status={batch.status} label={BATCH_STATUS_LABEL[batch.status]} />
        <a className="button primary small" href={batch.pdfUrl} download={`batch-${batch.number}.pdf`}>Download PDF</a>
      </PageHeader>
      <section className="card">
        <dl className="fields fields-row">
          <Field label="Date">{formatCalendarDate(batch.issuedOn)}</Field>
          <Field label="Subtotal"><Amount money={batch.subtotal} /></Field>
          <Field label="Tax"><Amount money={batch.tax} /></Field>
          <Field label="Total"><Amount money={batch.total} /></Field>
          <Field label="Paid"><Amount money={batch.amountPaid} /></Field>
          {batch.pendingAmount.cents > 0 && <Field label="Reported, awaiting approval"><span data-testid="batch-pending"><Amount money={batch.pendingAmount} /></span></Field>}
          <Field label="Balance"><Amount money={batch.balance} /></Field>
        </dl>
        {batch.notes && <p className="note">{batch.notes}</p>}
      </section>
      {batch.status !== 'VOID' && <PayPanel batchId={batch.id} balance={batch.balance} pending={batch.pendingAmount} onReported={() => refetch({ requestPolicy: 'network-only' })} />}
      <section className="card">
        <h2>Invoices</h2>
        <ul className="rows">
          {batch.invoices.map((invoice) => (
            <li key={invoice.id} className="row-split">
              <span><Link href={`/invoices/${encodeURIComponent(invoice.id)}`}>{invoice.displayNumber}</Link> · {formatCalendarDate(invoice.issuedOn)} · {invoice.property?.name ?? 'Several'} <Badge status={invoice.status} label={INVOICE_STATUS_LABEL[invoice.status]} /></span>
              <Amount money={invoice.total} />
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h2>Payments</h2>
        {batch.transactions.length === 0 ? <p className="muted">No payments yet.</p> : (
          <ul className="rows">
            {batch.transactions.map((payment) => (
              <li key={payment.id} className="row-split"><span>{formatDateTime(payment.occurredAt)} · {PAYMENT_METHOD_LABEL[payment.method]} <Badge status={payment.status} label={TRANSACTION_STATUS_LABEL[payment.status]} /></span><Amount money={payment.amount} /></li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
