import { useState } from 'react';
import { graphql } from '../../gql';
import { useEveryPage } from '../../lib/everyPage';
import { Link } from '../../lib/router';
import { Empty, ErrorState, Loading, PageHeader } from '../../components/ui';

const PropertiesQuery = graphql(`
  query Properties($first: Int, $after: String) {
    properties(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name type active address { line1 city } jobs(first: 1) { totalCount } }
    }
  }
`);

export const PROPERTY_TYPE_LABEL: Record<string, string> = { RESIDENTIAL: 'Residential', BUSINESS: 'Business', POOL: 'Pool' };

export default function Properties() {
  // Every property, page after page: the search below looks through all of them, and the count says how many.
  const { nodes, totalCount, error, reload } = useEveryPage(PropertiesQuery, {}, (data) => data.properties);
  const [query, setQuery] = useState('');
  const all = nodes ?? [];
  const data = nodes ? { total: totalCount } : null;
  const needle = query.trim().toLowerCase();
  const shown = needle ? all.filter((p) => `${p.name} ${p.address.line1 ?? ''} ${p.address.city ?? ''}`.toLowerCase().includes(needle)) : all;
  return (
    <>
      <PageHeader title="Properties" />
      {all.length > 6 && (
        <div className="toolbar">
          <div className="filter grow">
            <label htmlFor="property-search">Find a property</label>
            <input id="property-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Name or street" />
          </div>
        </div>
      )}
      {error && !data && <ErrorState error={error} retry={reload} />}
      {!error && !data && <Loading />}
      {data && shown.length === 0 && <Empty>{needle ? 'No property matches.' : 'No properties yet.'}</Empty>}
      {data && shown.length > 0 && (
        <p className="pager-count" aria-live="polite" data-testid="list-count">
          {needle ? `${shown.length} of ${data.total} properties match` : `${data.total} ${data.total === 1 ? 'property' : 'properties'}`}
        </p>
      )}
      <ul className="cards">
        {shown.map((property) => (
          <li key={property.id}>
            <Link href={`/properties/${encodeURIComponent(property.id)}`} className="card card-link">
              <strong>{property.name}</strong>
              <span className="muted block">{[property.address.line1, property.address.city].filter(Boolean).join(', ')}</span>
              <span className="small block">{PROPERTY_TYPE_LABEL[property.type]} · {property.jobs.totalCount} jobs{property.active ? '' : ' · inactive'}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
