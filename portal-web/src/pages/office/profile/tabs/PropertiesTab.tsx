/** The customer's properties, by name, every page with the total; "Add property" opens the new-property form. */
import { graphql } from '../../../../gql';
import { useLiveQuery } from '../../../../lib/live';
import { Link } from '../../../../lib/router';
import { Empty, ErrorState, Loading } from '../../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../../components/Pager';
import { PROPERTY_TYPE_LABEL } from '../labels';

const CustomerPropertiesQuery = graphql(`
  query OfficeCustomerProperties($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Customer {
        id
        properties(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { id name type active accessNotes address { line1 line2 city region postalCode } jobs(first: 0) { totalCount } }
        }
      }
    }
  }
`);

export function PropertiesTab({ customerId, readOnly }: { customerId: string; readOnly: boolean }) {
  const pages = usePages(`properties:${customerId}`);
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: CustomerPropertiesQuery, variables: { id: customerId, first: PAGE_SIZE, after: pages.after } });
  const properties = data?.node?.__typename === 'Customer' ? data.node.properties : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  return (
    <section aria-label="Properties">
      {!readOnly && (
        <div className="tab-toolbar"><Link className="button primary small" href={`/properties/new?customer=${encodeURIComponent(customerId)}`}>Add property</Link></div>
      )}
      {!properties || properties.totalCount === 0 ? <Empty>No properties yet.</Empty> : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Properties</caption>
              <thead><tr><th scope="col">Property</th><th scope="col">Address</th><th scope="col">Type</th><th scope="col">Access</th><th scope="col" className="num">Jobs</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
              <tbody>
                {properties.nodes.map((property) => (
                  <tr key={property.id}>
                    <td><Link href={`/properties/${encodeURIComponent(property.id)}`}>{property.name}</Link>{!property.active && <span className="muted small block">inactive</span>}</td>
                    <td>{[property.address.line1, property.address.line2, property.address.city].filter(Boolean).join(', ') || '—'}</td>
                    <td>{PROPERTY_TYPE_LABEL[property.type] ?? property.type}</td>
                    <td><span className="clip-2">{property.accessNotes || '—'}</span></td>
                    <td className="num">{property.jobs.totalCount}</td>
                    <td className="nowrap">{!readOnly && <Link href={`/jobs/new?customer=${encodeURIComponent(customerId)}&property=${encodeURIComponent(property.id)}`}>New job</Link>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={pages.page} shown={properties.nodes.length} total={properties.totalCount} hasNext={properties.pageInfo.hasNextPage}
            endCursor={properties.pageInfo.endCursor} noun={['property', 'properties']} onNext={pages.next} onPrevious={pages.previous} />
        </>
      )}
    </section>
  );
}
