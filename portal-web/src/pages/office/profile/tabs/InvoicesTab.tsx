/** The customer's invoices, newest first, every page with the total. */
import { graphql } from '../../../../gql';
import { useLiveQuery } from '../../../../lib/live';
import { formatCalendarDate } from '../../../../lib/format';
import { INVOICE_STATUS_LABEL } from '../../../../lib/status';
import { Link } from '../../../../lib/router';
import { Amount, Badge, Empty, ErrorState, Loading } from '../../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../../components/Pager';

const CustomerInvoicesQuery = graphql(`
  query OfficeCustomerInvoices($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Customer {
        id
        invoices(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes {
            id displayNumber status issuedOn dueOn
            property { id name }
            total { amount currency }
            balance { amount currency }
          }
        }
      }
    }
  }
`);

export function InvoicesTab({ customerId }: { customerId: string }) {
  const pages = usePages(`invoices:${customerId}`);
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: CustomerInvoicesQuery, variables: { id: customerId, first: PAGE_SIZE, after: pages.after } });
  const invoices = data?.node?.__typename === 'Customer' ? data.node.invoices : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  return (
    <section aria-label="Invoices">
      {!invoices || invoices.totalCount === 0 ? <Empty>No invoices yet.</Empty> : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Invoices</caption>
              <thead><tr><th scope="col">Invoice</th><th scope="col">Issued</th><th scope="col">Due</th><th scope="col">Property</th><th scope="col" className="num">Total</th><th scope="col" className="num">Balance</th><th scope="col">Status</th></tr></thead>
              <tbody>
                {invoices.nodes.map((invoice) => (
                  <tr key={invoice.id}>
                    <td className="nowrap"><Link href={`/invoices/${encodeURIComponent(invoice.id)}`}>{invoice.displayNumber}</Link></td>
                    <td className="nowrap">{formatCalendarDate(invoice.issuedOn)}</td>
                    <td className="nowrap">{formatCalendarDate(invoice.dueOn)}</td>
                    <td>{invoice.property?.name ?? '—'}</td>
                    <td className="num nowrap"><Amount money={invoice.total} /></td>
                    <td className="num nowrap"><Amount money={invoice.balance} /></td>
                    <td><Badge status={invoice.status} label={INVOICE_STATUS_LABEL[invoice.status]} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={pages.page} shown={invoices.nodes.length} total={invoices.totalCount} hasNext={invoices.pageInfo.hasNextPage}
            endCursor={invoices.pageInfo.endCursor} noun={['invoice', 'invoices']} onNext={pages.next} onPrevious={pages.previous} />
        </>
      )}
    </section>
  );
}
