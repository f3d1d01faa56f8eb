/** A batch for the office (`/batches/:id`, shadowing the client's page): its invoices, what is paid, the PDF, and recording a payment against it. */
import { graphql } from '../../../gql';
import { useLiveQuery } from '../../../lib/live';
import { formatCalendarDate, formatDateTime } from '../../../lib/format';
import { BATCH_STATUS_LABEL, INVOICE_STATUS_LABEL, PAYMENT_METHOD_LABEL, TRANSACTION_STATUS_LABEL } from '../../../lib/status';
import { Link } from '../../../lib/router';
import { Amount, Badge, Empty, ErrorState, Field, Loading, PageHeader } from '../../../components/ui';
import { CustomerLink, invoiceHref, newPaymentHref } from './shared';
import './billing.css';

const OfficeBatchQuery = graphql(`
  query OfficeBatch($id: ID!) {
    node(id: $id) {
      __typename
      ... on Batch {
        id number status issuedOn notes pdfUrl
        customer { id displayName }
        subtotal { amount currency } tax { amount currency } total { amount currency }
        amountPaid { amount currency } pendingAmount { amount currency cents } balance { amount currency cents }
        invoices { id displayNumber status issuedOn property { id name } total { amount currency } balance { amount currency } }
        transactions { id method status occurredAt reference amount { amount currency } }
      }
    }
  }
`);

export default function BatchPage({ id }: { id: string }) {
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: OfficeBatchQuery, variables: { id } });
  const batch = data?.node?.__typename === 'Batch' ? data.node : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!batch) return <Empty><h1 id="page-title" tabIndex={-1}>Batch not found</h1><p><Link href="/billing">Back to billing</Link></p></Empty>;
  const owing = batch.balance.cents > 0 && (batch.status === 'OPEN' || batch.status === 'PARTIALLY_PAID');
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/batches">Batches</Link></nav>
      <PageHeader title={`Batch ${batch.number}`}>
        <Badge status={batch.status} label={BATCH_STATUS_LABEL[batch.status]} />
        <a className="button secondary small" href={batch.pdfUrl} download={`batch-${batch.number}.pdf`}>PDF</a>
      </PageHeader>
      {owing && batch.customer && (
        <div className="billing-actions"><Link className="button primary" href={newPaymentHref(batch.customer.id, { batch: batch.id })}>Record a payment</Link></div>
      )}
      <article className="card">
        <dl className="fields fields-row">
          <Field label="Customer"><CustomerLink customer={batch.customer} /></Field>
          <Field label="Issued">{formatCalendarDate(batch.issuedOn)}</Field>
          <Field label="Total"><span className="nowrap"><Amount money={batch.total} /></span></Field>
          <Field label="Paid"><span className="nowrap"><Amount money={batch.amountPaid} /></span></Field>
          {batch.pendingAmount.cents > 0 && <Field label="Reported, to approve"><span className="nowrap"><Amount money={batch.pendingAmount} /></span></Field>}
          <Field label="Balance due"><strong className="nowrap" data-testid="batch-balance"><Amount money={batch.balance} /></strong></Field>
        </dl>
        {batch.notes && <p className="note">{batch.notes}</p>}
        <div className="table-wrap">
          <table className="table billing-table">
            <caption>{batch.invoices.length} invoice{batch.invoices.length === 1 ? '' : 's'}</caption>
            <thead><tr><th scope="col">Invoice</th><th scope="col">Property</th><th scope="col">Issued</th><th scope="col">Status</th><th scope="col" className="num">Total</th><th scope="col" className="num">Balance</th></tr></thead>
            <tbody>
              {batch.invoices.map((invoice) => (
                <tr key={invoice.id}>
                  <th scope="row" className="nowrap"><Link href={invoiceHref(invoice.id)}>{invoice.displayNumber}</Link></th>
                  <td>{invoice.property?.name ?? 'Several'}</td>
                  <td className="nowrap">{formatCalendarDate(invoice.issuedOn)}</td>
                  <td className="nowrap"><Badge status={invoice.status} label={INVOICE_STATUS_LABEL[invoice.status]} /></td>
                  <td className="num nowrap"><Amount money={invoice.total} /></td>
                  <td className="num nowrap"><Amount money={invoice.balance} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </article>
      <section className="card">
        <h2>Payments on the batch</h2>
        {batch.transactions.length === 0 ? <p className="muted">None paid the batch as a whole{batch.amountPaid.amount !== '0.00' ? '; what is paid was paid on its invoices (see each invoice)' : ''}.</p> : (
          <ul className="rows">
            {batch.transactions.map((payment) => (
              <li key={payment.id} className="row-split">
                <span>{formatDateTime(payment.occurredAt)} · {PAYMENT_METHOD_LABEL[payment.method]}{payment.reference ? ` · ${payment.reference}` : ''}{' '}
                  <Badge status={payment.status} label={TRANSACTION_STATUS_LABEL[payment.status]} /></span>
                <span className="nowrap"><Amount money={payment.amount} /></span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
