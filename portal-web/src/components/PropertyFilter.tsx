import { graphql } from '../gql';
import { useEveryPage } from '../lib/everyPage';

const PropertyOptions = graphql(`
  query PropertyOptions($first: Int, $after: String) {
    properties(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } }
  }
`);

/** A property picker for accounts with several properties (a property manager's 40 units, or 400); hidden with one. */
export function PropertyFilter({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const properties = useEveryPage(PropertyOptions, {}, (data) => data.properties).nodes ?? [];
  if (properties.length < 2) return null;
  const sorted = [...properties].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="filter">
      <label htmlFor="property-filter">Property</label>
      <select id="property-filter" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">All {properties.length} properties</option>
        {sorted.map((property) => <option key={property.id} value={property.id}>{property.name}</option>)}
      </select>
    </div>
  );
}
