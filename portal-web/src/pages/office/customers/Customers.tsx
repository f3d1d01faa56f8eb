import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading, PageHeader } from '../../../components/ui';

const CustomersQuery = graphql(`
  query OfficeCustomers($search: String) {
    customers(search: $search, first: 50) {
      totalCount
      nodes { id displayName kind status emails phones properties(first: 1) { totalCount } }
    }
  }
`);

const KIND: Record<string, string> = { RESIDENTIAL: 'Residential', BUSINESS: 'Business', PROPERTY_MANAGER: 'Property manager' };

export default function Customers() {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(text.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: CustomersQuery, variables: { search: search || null } });
  const rows = data?.customers.nodes ?? [];
  return (
    <>
      <PageHeader title="Customers" />
      <div className="toolbar">
        <div className="filter grow">
          <label htmlFor="customer-search">Search by name, billing name or e-mail</label>
          <input id="customer-search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </div>
      </div>
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && rows.length === 0 && <Empty>No customer matches.</Empty>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Customers</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col" className="hide-sm">Contact</th><th scope="col">Properties</th><th scope="col">Status</th></tr></thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.displayName}</th>
                  <td>{KIND[row.kind] ?? row.kind}</td>
                  <td className="hide-sm">{row.emails[0] ?? row.phones[0] ?? '—'}</td>
                  <td>{row.properties.totalCount}</td>
                  <td>{row.status === 'ACTIVE' ? 'Active' : 'Archived'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
