import { graphql } from '../../gql';
import type { InvoiceStatus } from '../../gql/graphql';
import { useLiveQuery } from '../../lib/live';
import { formatCalendarDate } from '../../lib/format';
import { INVOICE_STATUS_LABEL } from '../../lib/status';
import { Link, navigate, useLocation } from '../../lib/router';
import { Amount, Badge, Empty, ErrorState, Loading, PageHeader } from '../../components/ui';
import { PropertyFilter } from '../../components/PropertyFilter';
import { useViewer } from '../../session';

const InvoicesQuery = graphql(`
  query Invoices($filter: InvoiceFilter, $first: Int) {
    invoices(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        displayNumber
        status
        issuedOn
        dueOn
        property { id name }
        jobs { id scheduledStart }
        subtotal { amount currency }
        tax { amount currency }
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
  const [{ data, error, fetching }, refetch] = useLiveQuery({
    query: InvoicesQuery,
    variables: { filter: { statuses: view.key === 'all' && viewer.role !== 'CUSTOMER' ? null : view.statuses, propertyId: property || null }, first: 100 },
  });
  const invoices = data?.invoices.nodes ?? [];
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
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Invoices</caption>
            <thead>
              <tr><th scope="col">Invoice</th><th scope="col">Date</th><th scope="col">Property</th><th scope="col">Jobs</th>
                <th scope="col" className="num hide-sm">Subtotal</th><th scope="col" className="num hide-sm">Tax</th><th scope="col" className="num">Total</th><th scope="col">Status</th></tr>
            </thead>
            <tbody>
              {invoices.map((invoice) => (
                <tr key={invoice.id}>
                  <th scope="row"><Link href={`/invoices/${encodeURIComponent(invoice.id)}`}>{invoice.displayNumber}</Link></th>
                  <td>{formatCalendarDate(invoice.issuedOn)}</td>
                  <td>{invoice.property?.name ?? 'Several'}</td>
                  <td>{invoice.jobs.length}</td>
                  <td className="num hide-sm"><Amount money={invoice.subtotal} /></td>
                  <td className="num hide-sm"><Amount money={invoice.tax} /></td>
                  <td className="num"><Amount money={invoice.total} /></td>
                  <td><Badge status={invoice.status} label={INVOICE_STATUS_LABEL[invoice.status]} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
