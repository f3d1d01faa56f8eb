import { graphql } from '../../gql';
import { useLiveQuery } from '../../lib/live';
import { formatDateTime } from '../../lib/format';
import { PAYMENT_METHOD_LABEL, TRANSACTION_STATUS_LABEL } from '../../lib/status';
import { Link } from '../../lib/router';
import { CorrectionRequest } from '../../components/CorrectionRequest';
import { useViewer } from '../../session';
import { PAGE_SIZE, Pager, usePages } from '../../components/Pager';
import { Amount, Badge, Empty, ErrorState, Loading, PageHeader } from '../../components/ui';

const TransactionsQuery = graphql(`
  query Transactions($first: Int, $after: String) {
    transactions(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id method status occurredAt reference reportedByClient
        amount { amount currency } fee { amount currency cents }
        allocations { id invoice { id displayNumber } }
        receiptUrl
        correctionRequests { id status message answer createdAt }
      }
    }
  }
`);

export default function Transactions() {
  const viewer = useViewer();
  const pages = usePages('all');
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: TransactionsQuery, variables: { first: PAGE_SIZE, after: pages.after } });
  const rows = data?.transactions.nodes ?? [];
  const pager = data && (
    <Pager page={pages.page} shown={rows.length} total={data.transactions.totalCount} hasNext={data.transactions.pageInfo.hasNextPage}
      endCursor={data.transactions.pageInfo.endCursor} noun={['payment', 'payments']} onNext={pages.next} onPrevious={pages.previous} />
  );
  return (
    <>
      <PageHeader title="Transactions" />
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && rows.length === 0 && <Empty>No payments yet.</Empty>}
      {rows.length > 0 && (
        <>
        {pager}
        <div className="table-wrap">
          <table className="table cards-sm">
            <caption className="visually-hidden">Payments</caption>
            <thead><tr><th scope="col">Date</th><th scope="col" className="num">Amount</th><th scope="col">Status</th><th scope="col">Method</th><th scope="col">Applied to</th><th scope="col"><span className="visually-hidden">Receipt and corrections</span></th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="nowrap card-title">{formatDateTime(row.occurredAt)}</th>
                  <td className="num" data-label="Amount"><Amount money={row.amount} />{row.fee.cents > 0 && <span className="muted small block">fee <Amount money={row.fee} /></span>}</td>
                  <td data-label="Status"><Badge status={row.status} label={TRANSACTION_STATUS_LABEL[row.status]} />{row.reportedByClient && <span className="muted small block">reported by you</span>}</td>
                  <td data-label="Method">{PAYMENT_METHOD_LABEL[row.method]}{row.reference && <span className="muted small block">{row.reference}</span>}</td>
                  <td data-label="Applied to">{row.allocations.map((allocation) => allocation.invoice && (
                    <Link key={allocation.id} href={`/invoices/${encodeURIComponent(allocation.invoice.id)}`} className="chip">{allocation.invoice.displayNumber}</Link>
                  ))}</td>
                  <td className="actions-cell" data-label="Receipt">
                    {row.status === 'COMPLETED' && <a href={row.receiptUrl} download className="small">Receipt</a>}
                    {/* Asking for a correction is the client's: staff answer requests on Billing › Corrections. */}
                    {viewer.role === 'CUSTOMER' && <CorrectionRequest transactionId={row.id} existing={row.correctionRequests} compact onSent={() => refetch({ requestPolicy: 'network-only' })} />}
                  </td>
                </tr>
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
