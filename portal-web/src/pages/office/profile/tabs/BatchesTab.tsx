/** The customer's batch invoices, newest first, every page with the total. */
import { graphql } from '../../../../gql';
import { useLiveQuery } from '../../../../lib/live';
import { formatCalendarDate } from '../../../../lib/format';
import { BATCH_STATUS_LABEL } from '../../../../lib/status';
import { Link } from '../../../../lib/router';
import { Amount, Badge, Empty, ErrorState, Loading } from '../../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../../components/Pager';

const CustomerBatchesQuery = graphql(`
  query OfficeCustomerBatches($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Customer {
        id
        batches(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { id number status issuedOn invoices { id } total { amount currency } balance { amount currency } pdfUrl }
        }
      }
    }
  }
`);

export function BatchesTab({ customerId }: { customerId: string }) {
  const pages = usePages(`batches:${customerId}`);
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: CustomerBatchesQuery, variables: { id: customerId, first: PAGE_SIZE, after: pages.after } });
  const batches = data?.node?.__typename === 'Customer' ? data.node.batches : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  return (
    <section aria-label="Batches">
      {!batches || batches.totalCount === 0 ? <Empty>No batch invoices yet.</Empty> : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Batch invoices</caption>
              <thead><tr><th scope="col">Batch</th><th scope="col">Issued</th><th scope="col" className="num">Invoices</th><th scope="col" className="num">Total</th><th scope="col" className="num">Balance</th><th scope="col">Status</th><th scope="col">PDF</th></tr></thead>
              <tbody>
                {batches.nodes.map((batch) => (
                  <tr key={batch.id}>
                    <td className="nowrap"><Link href={`/batches/${encodeURIComponent(batch.id)}`}>Batch {batch.number}</Link></td>
                    <td className="nowrap">{formatCalendarDate(batch.issuedOn)}</td>
                    <td className="num">{batch.invoices.length}</td>
                    <td className="num nowrap"><Amount money={batch.total} /></td>
                    <td className="num nowrap"><Amount money={batch.balance} /></td>
                    <td><Badge status={batch.status} label={BATCH_STATUS_LABEL[batch.status]} /></td>
                    <td><a href={batch.pdfUrl} target="_blank" rel="noreferrer">PDF</a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={pages.page} shown={batches.nodes.length} total={batches.totalCount} hasNext={batches.pageInfo.hasNextPage}
            endCursor={batches.pageInfo.endCursor} noun={['batch', 'batches']} onNext={pages.next} onPrevious={pages.previous} />
        </>
      )}
    </section>
  );
}
