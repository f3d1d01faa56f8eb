/** Customers owing money past its due date, most overdue first, with their aging and statement (PDF). */
import { graphql } from '../../../gql';
import { useLiveQuery } from '../../../lib/live';
import { formatCalendarDate } from '../../../lib/format';
import { Link } from '../../../lib/router';
import { Amount, Empty, ErrorState, Loading } from '../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../components/Pager';
import { CustomerLink, newPaymentHref } from './shared';

const OverdueQuery = graphql(`
  query BillingOverdue($first: Int, $after: String) {
    customersByOverdue(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id displayName statementUrl
        aging {
          overdue { amount currency } days1To30 { amount currency } days31To60 { amount currency }
          days61To90 { amount currency } over90Days { amount currency } openBalance { amount currency }
          lastPayment { id occurredAt }
        }
      }
    }
  }
`);

export function Overdue() {
  const pages = usePages('overdue');
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: OverdueQuery, variables: { first: PAGE_SIZE, after: pages.after }, requestPolicy: 'cache-and-network' });
  const rows = data?.customersByOverdue.nodes ?? [];
  const pager = data && (
    <Pager page={pages.page} shown={rows.length} total={data.customersByOverdue.totalCount} hasNext={data.customersByOverdue.pageInfo.hasNextPage}
      endCursor={data.customersByOverdue.pageInfo.endCursor} noun={['customer overdue', 'customers overdue']} onNext={pages.next} onPrevious={pages.previous} />
  );
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!rows.length) return <Empty>No customer is overdue.</Empty>;
  return (
    <>
      {pager}
      <div className="table-wrap">
        <table className="table billing-table">
          <caption className="visually-hidden">Customers overdue</caption>
          <thead>
            <tr><th scope="col">Customer</th><th scope="col" className="num">Overdue</th><th scope="col" className="num hide-md">1–30 days</th>
              <th scope="col" className="num hide-md">31–60</th><th scope="col" className="num hide-md">61–90</th><th scope="col" className="num">90+ days</th>
              <th scope="col" className="num">Open balance</th><th scope="col" className="hide-md">Last payment</th><th scope="col"><span className="visually-hidden">Act</span></th></tr>
          </thead>
          <tbody>
            {rows.map((customer) => (
              <tr key={customer.id}>
                <th scope="row"><CustomerLink customer={customer} /></th>
                <td className="num nowrap"><Amount money={customer.aging?.overdue} /></td>
                <td className="num nowrap hide-md"><Amount money={customer.aging?.days1To30} /></td>
                <td className="num nowrap hide-md"><Amount money={customer.aging?.days31To60} /></td>
                <td className="num nowrap hide-md"><Amount money={customer.aging?.days61To90} /></td>
                <td className="num nowrap"><Amount money={customer.aging?.over90Days} /></td>
                <td className="num nowrap"><Amount money={customer.aging?.openBalance} /></td>
                <td className="nowrap hide-md">{customer.aging?.lastPayment ? formatCalendarDate(customer.aging.lastPayment.occurredAt.slice(0, 10)) : 'Never'}</td>
                <td className="actions">
                  {customer.statementUrl && <a className="button secondary small" href={customer.statementUrl} download>Statement PDF</a>}
                  <Link className="button secondary small" href={newPaymentHref(customer.id)}>Record payment</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager}
    </>
  );
}
