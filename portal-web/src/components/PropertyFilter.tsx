import { useQuery } from 'urql';
import { graphql } from '../gql';

const PropertyOptions = graphql(`
  query PropertyOptions {
    properties(first: 100) { totalCount nodes { id name } }
  }
`);

/** A property picker for accounts with several properties (a property manager's 40 units); hidden with one. */
export function PropertyFilter({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const [{ data }] = useQuery({ query: PropertyOptions });
  const properties = data?.properties.nodes ?? [];
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
