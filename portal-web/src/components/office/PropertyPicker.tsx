/**
 * A customer's property, picked however many the customer has: every page of `properties(customerId:)` is read
 * (`useEveryPage`, never only the first 100), and a search box narrows the list by name, street, city or ZIP
 * before the choice, so a property manager's 400th unit is as easy to pick as its first. Used inside a FormField:
 * the field's id and aria attributes go to the select, the search box has its own label.
 */
import { useId, useMemo, useState } from 'react';
import { graphql } from '../../gql';
import { useEveryPage } from '../../lib/everyPage';
import { matchProperties } from './propertyMatch';

const PickerProperties = graphql(`
  query OfficePropertyPicker($customerId: ID!, $first: Int, $after: String) {
    properties(customerId: $customerId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id name active address { line1 city postalCode } }
    }
  }
`);

export function PropertyPicker({ customerId, value, onChange, noneLabel, activeOnly = false, id, ...aria }: {
  customerId: string;
  value: string;
  onChange: (propertyId: string) => void;
  /** The first option (no property), e.g. "The whole account"; without it the first option asks to pick one. */
  noneLabel?: string;
  /** Offer only properties in use (the one already chosen stays). */
  activeOnly?: boolean;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const searchId = useId();
  const [text, setText] = useState('');
  const { nodes, totalCount, error } = useEveryPage(PickerProperties, { customerId }, (data) => data.properties);
  const usable = useMemo(() => (nodes ?? []).filter((place) => !activeOnly || place.active || place.id === value), [nodes, activeOnly, value]);
  const matches = useMemo(() => matchProperties(usable, text), [usable, text]);
  const chosen = usable.find((place) => place.id === value);
  const shown = chosen && !matches.includes(chosen) ? [chosen, ...matches] : matches;
  const noun = (count: number) => (count === 1 ? 'property' : 'properties');
  const summary = error ? 'The properties could not be read. Reload the page and try again.'
    : !nodes ? 'Reading the properties…'
      : text.trim() ? `${matches.length} of ${usable.length} ${noun(usable.length)} match “${text.trim()}”`
        : activeOnly && usable.length < totalCount ? `${usable.length} in use of ${totalCount} ${noun(totalCount)}`
          : `All ${usable.length} ${noun(usable.length)}`;
  return (
    <div className="property-picker">
      {(nodes?.length ?? 0) > 1 && (
        <input id={searchId} type="search" className="property-picker-search" value={text} autoComplete="off"
          aria-label="Search properties" placeholder="Search properties: name, street, city or ZIP"
          onChange={(event) => setText(event.target.value)} />
      )}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} {...aria}>
        <option value="">{noneLabel ?? (nodes ? 'Pick the property' : 'Loading…')}</option>
        {shown.map((place) => (
          <option key={place.id} value={place.id}>{place.name}{place.address?.city ? ` — ${place.address.city}` : ''}</option>
        ))}
      </select>
      <p className={`small ${error ? 'form-field-error' : 'muted'}`} aria-live="polite" data-testid="property-picker-count">{summary}</p>
    </div>
  );
}
