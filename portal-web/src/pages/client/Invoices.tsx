import { graphql } from '../../gql';
import type { InvoiceStatus } from '../../gql/graphql';
import { useLiveQuery } from '../../lib/live';
import { formatCalendarDate } from '../../lib/format';
import { INVOICE_STATUS_LABEL } from '../../lib/status';
import { Link, navigate, useLocation } from '../../lib/router';
import { Amount, Badge, Empty, ErrorState, Loading, PageHeader } from '../../components/ui';
import { PropertyFilter } from '../../components/PropertyFilter';
import { PAGE_SIZE, Pager, usePages } from '../../components/Pager';
import { useViewer } from '../../session';

const InvoicesQuery = graphql(`
  query Invoices($filter: InvoiceFilter, $first: Int, $after: String) {
    invoices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        displayNumber
        status
        issuedOn
        dueOn
        property { id name }
        jobs { id scheduledStart }
        total { amount currency }
        balance { amount currency }
      }
    }
  }
`);

/** Clients never see drafts: "All" is every issued invoice (the office sees its drafts too). */
const ISSUED: InvoiceStatus[] = ['OPEN', 'PARTIALLY_PAID', 'PAID', 'BAD_DEBT', 'VOID'];

const VIEWS: { key: string; label: string; statuses: InvoiceStatus[] | null }[] = [
  { key: 'all', label: 'All', statuses: ISSUED },
  { key: 'unpaid', label: 'Unpaid', statuses: ['OPEN', 'PARTIALLY_PAID'] },
  { key: 'paid', label: 'Paid', statuses: ['PAID'] },
];

export default function Invoices() {
  const viewer = useViewer();
  const { search } = useLocation();
  const view = VIEWS.find((item) => item.key === search.get('view')) ?? VIEWS[0];
  const property = search.get('property') ?? '';
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/invoices${next.toString() ? `?${next}` : ''}`, true);
  };
  const pages = usePages(`${view.key}|${property}`);
  const [{ data, error, fetching }, refetch] = useLiveQuery({
    query: InvoicesQuery,
    variables: { filter: { statuses: view.key === 'all' && viewer.role !== 'CUSTOMER' ? null : view.statuses, propertyId: property || null }, first: PAGE_SIZE, after: pages.after },
  });
  const invoices = data?.invoices.nodes ?? [];
  const pager = data && (
    <Pager page={pages.page} shown={invoices.length} total={data.invoices.totalCount} hasNext={data.invoices.pageInfo.hasNextPage}
      endCursor={data.invoices.pageInfo.endCursor} noun={['invoice', 'invoices']} onNext={pages.next} onPrevious={pages.previous} />
  );
  return (
    <>
      <PageHeader title="Invoices" />
      <div className="toolbar">
        <div className="tabs" role="tablist" aria-label="Which invoices">
          {VIEWS.map((item) => (
            <button key={item.key} role="tab" type="button" aria-selected={item.key === view.key}
              className={`tab ${item.key === view.key ? 'active' : ''}`} onClick={() => setParam('view', item.key === 'all' ? '' : item.key)}>{item.label}</button>
          ))}
        </div>
        <PropertyFilter value={property} onChange={(id) => setParam('property', id)} />
      </div>
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && invoices.length === 0 && <Empty>No invoices here.</Empty>}
      {invoices.length > 0 && (
        <>
          {pager}
          <div className="table-wrap">
            <table className="table cards-sm">
              <caption className="visually-hidden">Invoices</caption>
              <thead>
                <tr><th scope="col">Invoice</th><th scope="col">Date</th><th scope="col">Status</th><th scope="col" className="num">Total</th>
                  <th scope="col" className="num">Balance</th><th scope="col">Property</th><th scope="col" className="num">Jobs</th></tr>
              </thead>
              <tbody>
                {invoices.map((invoice) => (
                  <tr key={invoice.id}>
                    <th scope="row" className="nowrap card-title"><Link href={`/invoices/${encodeURIComponent(invoice.id)}`}>Invoice {invoice.displayNumber}</Link></th>
                    <td className="nowrap" data-label="Date">{formatCalendarDate(invoice.issuedOn)}</td>
                    <td data-label="Status"><Badge status={invoice.status} label={INVOICE_STATUS_LABEL[invoice.status]} /></td>
                    <td className="num" data-label="Total"><Amount money={invoice.total} /></td>
                    <td className="num" data-label="Balance"><Amount money={invoice.balance} /></td>
                    <td data-label="Property">{invoice.property?.name ?? 'Several'}</td>
                    <td className="num" data-label="Jobs">{invoice.jobs.length}</td>
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
