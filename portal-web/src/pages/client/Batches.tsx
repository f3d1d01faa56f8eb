import { graphql } from '../../gql';
import { useLiveQuery } from '../../lib/live';
import { formatCalendarDate } from '../../lib/format';
import { BATCH_STATUS_LABEL } from '../../lib/status';
import { Link } from '../../lib/router';
import { PAGE_SIZE, Pager, usePages } from '../../components/Pager';
import { Amount, Badge, Empty, ErrorState, Loading, PageHeader } from '../../components/ui';

const BatchesQuery = graphql(`
  query Batches($first: Int, $after: String) {
    batches(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id number status issuedOn invoices { id } total { amount currency } balance { amount currency } pendingAmount { amount currency cents } }
    }
  }
`);

export default function Batches() {
  const pages = usePages('all');
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: BatchesQuery, variables: { first: PAGE_SIZE, after: pages.after } });
  const batches = data?.batches.nodes ?? [];
  const pager = data && (
    <Pager page={pages.page} shown={batches.length} total={data.batches.totalCount} hasNext={data.batches.pageInfo.hasNextPage}
      endCursor={data.batches.pageInfo.endCursor} noun={['batch invoice', 'batch invoices']} onNext={pages.next} onPrevious={pages.previous} />
  );
  return (
    <>
      <PageHeader title="Batch invoices" />
      <p className="muted">Several invoices gathered to be paid together.</p>
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && batches.length === 0 && <Empty>No batch invoices.</Empty>}
      {batches.length > 0 && (
        <>
        {pager}
        <div className="table-wrap">
          <table className="table cards-sm">
            <caption className="visually-hidden">Batch invoices</caption>
            <thead><tr><th scope="col">Batch</th><th scope="col">Date</th><th scope="col">Status</th><th scope="col" className="num">Total</th><th scope="col" className="num">Balance</th><th scope="col" className="num">Invoices</th></tr></thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id}>
                  <th scope="row" className="nowrap card-title"><Link href={`/batches/${encodeURIComponent(batch.id)}`}>Batch {batch.number}</Link></th>
                  <td className="nowrap" data-label="Date">{formatCalendarDate(batch.issuedOn)}</td>
                  <td data-label="Status"><Badge status={batch.status} label={BATCH_STATUS_LABEL[batch.status]} /></td>
                  <td className="num" data-label="Total"><Amount money={batch.total} /></td>
                  <td className="num" data-label="Balance"><Amount money={batch.balance} />{batch.pendingAmount.cents > 0 && <span className="muted small block">reported <Amount money={batch.pendingAmount} /></span>}</td>
                  <td className="num" data-label="Invoices">{batch.invoices.length}</td>
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
