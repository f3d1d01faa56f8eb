/** The customer's payments, newest first, every page with the total; "Record payment" leads to billing. */
import { graphql } from '../../../../gql';
import { useLiveQuery } from '../../../../lib/live';
import { formatDateTime } from '../../../../lib/format';
import { PAYMENT_METHOD_LABEL, TRANSACTION_STATUS_LABEL } from '../../../../lib/status';
import { Link } from '../../../../lib/router';
import { Amount, Badge, Empty, ErrorState, Loading } from '../../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../../components/Pager';

const CustomerTransactionsQuery = graphql(`
  query OfficeCustomerTransactions($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Customer {
        id
        transactions(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes {
            id method status occurredAt reference reportedByClient
            amount { amount currency }
            allocations { id invoice { id displayNumber } }
          }
        }
      }
    }
  }
`);

export function TransactionsTab({ customerId }: { customerId: string }) {
  const pages = usePages(`transactions:${customerId}`);
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: CustomerTransactionsQuery, variables: { id: customerId, first: PAGE_SIZE, after: pages.after } });
  const transactions = data?.node?.__typename === 'Customer' ? data.node.transactions : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  return (
    <section aria-label="Transactions">
      <div className="tab-toolbar"><Link className="button primary small" href={`/billing/payments/new?customer=${encodeURIComponent(customerId)}`}>Record payment</Link></div>
      {!transactions || transactions.totalCount === 0 ? <Empty>No payments yet.</Empty> : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Transactions</caption>
              <thead><tr><th scope="col">When</th><th scope="col">Method</th><th scope="col">Reference</th><th scope="col">Paid invoices</th><th scope="col" className="num">Amount</th><th scope="col">Status</th></tr></thead>
              <tbody>
                {transactions.nodes.map((payment) => (
                  <tr key={payment.id}>
                    <td className="nowrap">{formatDateTime(payment.occurredAt)}</td>
                    <td>{PAYMENT_METHOD_LABEL[payment.method]}{payment.reportedByClient && <span className="muted small block">reported by the client</span>}</td>
                    <td>{payment.reference || '—'}</td>
                    <td>{payment.allocations.length === 0 ? <span className="muted">Credit on account</span> : payment.allocations.map((allocation, index) => (
                      <span key={allocation.id}>{index > 0 && ', '}{allocation.invoice
                        ? <Link className="nowrap" href={`/invoices/${encodeURIComponent(allocation.invoice.id)}`}>{allocation.invoice.displayNumber}</Link>
                        : 'an invoice'}</span>
                    ))}</td>
                    <td className="num nowrap"><Amount money={payment.amount} /></td>
                    <td><Badge status={payment.status} label={TRANSACTION_STATUS_LABEL[payment.status]} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={pages.page} shown={transactions.nodes.length} total={transactions.totalCount} hasNext={transactions.pageInfo.hasNextPage}
            endCursor={transactions.pageInfo.endCursor} noun={['payment', 'payments']} onNext={pages.next} onPrevious={pages.previous} />
        </>
      )}
    </section>
  );
}
