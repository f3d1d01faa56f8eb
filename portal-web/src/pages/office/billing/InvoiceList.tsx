/** Every invoice, newest first, by status (drafts included), with its customer: `/billing/invoices` and `/invoices`. */
import { graphql } from '../../../gql';
import type { InvoiceStatus } from '../../../gql/graphql';
import { useLiveQuery } from '../../../lib/live';
import { formatCalendarDate } from '../../../lib/format';
import { INVOICE_STATUS_LABEL } from '../../../lib/status';
import { Link, navigate, useLocation } from '../../../lib/router';
import { Amount, Badge, Empty, ErrorState, Loading } from '../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../components/Pager';
import { CustomerLink, invoiceHref } from './shared';

const OfficeInvoicesQuery = graphql(`
  query OfficeInvoices($filter: InvoiceFilter, $first: Int, $after: String) {
    invoices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id displayNumber status issuedOn dueOn
        customer { id displayName }
        property { id name }
        total { amount currency }
        balance { amount currency }
      }
    }
  }
`);

const VIEWS: { key: string; label: string; statuses: InvoiceStatus[] | null }[] = [
  { key: 'all', label: 'All', statuses: null },
  { key: 'unpaid', label: 'Unpaid', statuses: ['OPEN', 'PARTIALLY_PAID'] },
  { key: 'draft', label: 'Drafts', statuses: ['DRAFT'] },
  { key: 'paid', label: 'Paid', statuses: ['PAID'] },
  { key: 'closed', label: 'Void or bad debt', statuses: ['VOID', 'BAD_DEBT'] },
];

export function InvoiceList({ drafts, path = '/billing/invoices' }: { drafts?: number; path?: string }) {
  const { search } = useLocation();
  const view = VIEWS.find((item) => item.key === search.get('view')) ?? VIEWS[0];
  const pages = usePages(view.key);
  const [{ data, error, fetching }, refetch] = useLiveQuery({
    query: OfficeInvoicesQuery, variables: { filter: { statuses: view.statuses }, first: PAGE_SIZE, after: pages.after }, requestPolicy: 'cache-and-network',
  });
  const invoices = data?.invoices.nodes ?? [];
  const pager = data && (
    <Pager page={pages.page} shown={invoices.length} total={data.invoices.totalCount} hasNext={data.invoices.pageInfo.hasNextPage}
      endCursor={data.invoices.pageInfo.endCursor} noun={['invoice', 'invoices']} onNext={pages.next} onPrevious={pages.previous} />
  );
  return (
    <>
      <div className="billing-toolbar">
        <label className="inline-label">Show{' '}
          <select value={view.key} onChange={(event) => navigate(`${path}${event.target.value === 'all' ? '' : `?view=${event.target.value}`}`, true)}>
            {VIEWS.map((item) => <option key={item.key} value={item.key}>{item.label}{item.key === 'draft' && drafts ? ` (${drafts})` : ''}</option>)}
          </select>
        </label>
      </div>
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && !invoices.length && <Empty>No invoices here.</Empty>}
      {invoices.length > 0 && (
        <>
          {pager}
          <div className="table-wrap">
            <table className="table billing-table">
              <caption className="visually-hidden">Invoices</caption>
              <thead>
                <tr><th scope="col">Invoice</th><th scope="col">Customer</th><th scope="col" className="hide-md">Property</th><th scope="col">Issued</th>
                  <th scope="col" className="hide-md">Due</th><th scope="col">Status</th><th scope="col" className="num">Total</th><th scope="col" className="num">Balance</th></tr>
              </thead>
              <tbody>
                {invoices.map((invoice) => (
                  <tr key={invoice.id}>
                    <th scope="row" className="nowrap"><Link href={invoiceHref(invoice.id)}>{invoice.displayNumber}</Link></th>
                    <td><CustomerLink customer={invoice.customer} /></td>
                    <td className="hide-md">{invoice.property?.name ?? 'Several'}</td>
                    <td className="nowrap">{invoice.issuedOn ? formatCalendarDate(invoice.issuedOn) : 'Not issued'}</td>
                    <td className="nowrap hide-md">{formatCalendarDate(invoice.dueOn)}</td>
                    <td className="nowrap"><Badge status={invoice.status} label={INVOICE_STATUS_LABEL[invoice.status]} /></td>
                    <td className="num nowrap"><Amount money={invoice.total} /></td>
                    <td className="num nowrap"><Amount money={invoice.balance} /></td>
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
