import { graphql } from '../../gql';
import { useLiveQuery } from '../../lib/live';
import { formatCalendarDate } from '../../lib/format';
import { BATCH_STATUS_LABEL } from '../../lib/status';
import { Link } from '../../lib/router';
import { Amount, Badge, Empty, ErrorState, Loading, PageHeader } from '../../components/ui';

const BatchesQuery = graphql(`
  query Batches {
    batches(first: 100) {
      totalCount
      nodes { id number status issuedOn invoices { id } total { amount currency } balance { amount currency } }
    }
  }
`);

export default function Batches() {
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: BatchesQuery });
  const batches = data?.batches.nodes ?? [];
  return (
    <>
      <PageHeader title="Batch invoices" />
      <p className="muted">Several invoices gathered to be paid together.</p>
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && batches.length === 0 && <Empty>No batch invoices.</Empty>}
      {batches.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Batch invoices</caption>
            <thead><tr><th scope="col">Batch</th><th scope="col">Date</th><th scope="col">Invoices</th><th scope="col" className="num">Total</th><th scope="col" className="num hide-sm">Balance</th><th scope="col">Status</th></tr></thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id}>
                  <th scope="row"><Link href={`/batches/${encodeURIComponent(batch.id)}`}>Batch {batch.number}</Link></th>
                  <td>{formatCalendarDate(batch.issuedOn)}</td>
                  <td>{batch.invoices.length}</td>
                  <td className="num"><Amount money={batch.total} /></td>
                  <td className="num hide-sm"><Amount money={batch.balance} /></td>
                  <td><Badge status={batch.status} label={BATCH_STATUS_LABEL[batch.status]} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
