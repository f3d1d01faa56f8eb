/**
 * Pieces the access screens share: a customer picker (search as you type, or preset by `?customer=`), the
 * property scope (all of the customer's properties, or only the ones ticked — paging through every one), the
 * customer-scope-money fields a new portal user and a new API token both have (`ScopeFields`), and the
 * sub-navigation between portal users, staff and API tokens.
 */
import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { graphql } from '../../../gql';
import { Link } from '../../../lib/router';
import { scopeLabel } from './scope';
import { describeError } from '../../../lib/errors';
import { useViewer } from '../../../session';
import './access.css';

const PickerSearch = graphql(`
  query AccessCustomerSearch($search: String) {
    customers(search: $search, first: 8) { totalCount nodes { id displayName kind } }
  }
`);

const PickerCustomer = graphql(`
  query AccessCustomer($id: ID!) {
    node(id: $id) { __typename ... on Customer { id displayName kind } }
  }
`);

const KIND: Record<string, string> = { RESIDENTIAL: 'Residential', BUSINESS: 'Business', PROPERTY_MANAGER: 'Property manager' };

export interface PickedCustomer { id: string; displayName: string }

/** The chosen customer's name, or a search box whose results are buttons. */
export function CustomerPicker({ value, onChange, id, invalid, describedBy }: {
  value: string; onChange: (customer: PickedCustomer | null) => void; id?: string; invalid?: boolean; describedBy?: string;
}) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const listId = useId();
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(text.trim()), 200);
    return () => window.clearTimeout(timer);
  }, [text]);
  const [{ data: chosen }] = useQuery({ query: PickerCustomer, variables: { id: value }, pause: !value });
  const [{ data, fetching, error }] = useQuery({ query: PickerSearch, variables: { search }, pause: !!value || !search });
  const customer = chosen?.node?.__typename === 'Customer' ? chosen.node : null;
  if (value) {
    return (
      <div className="picked" id={id} tabIndex={-1} aria-describedby={describedBy}>
        <strong data-testid="picked-customer">{customer?.displayName ?? 'Loading…'}</strong>
        <button type="button" className="button link" onClick={() => { setText(''); onChange(null); }}>Change</button>
      </div>
    );
  }
  const rows = data?.customers.nodes ?? [];
  return (
    <div className="picker">
      <input id={id} type="search" value={text} autoComplete="off" placeholder="Type a name, e-mail or phone"
        aria-invalid={invalid || undefined} aria-describedby={describedBy} aria-controls={listId}
        onChange={(event) => setText(event.target.value)} />
      <div id={listId} aria-live="polite">
        {search && fetching && !data && <p className="muted small">Searching…</p>}
        {error && <p className="form-field-error">{describeError(error)}</p>}
        {search && data && rows.length === 0 && <p className="muted small">No customer matches “{search}”.</p>}
        {rows.length > 0 && (
          <ul className="picker-results">
            {rows.map((row) => (
              <li key={row.id}>
                <button type="button" className="picker-option" onClick={() => onChange({ id: row.id, displayName: row.displayName })}>
                  {row.displayName} <span className="muted small">{KIND[row.kind] ?? row.kind}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {data && data.customers.totalCount > rows.length && (
          <p className="muted small">{rows.length} of {data.customers.totalCount} matches shown — type more of the name to narrow them.</p>
        )}
      </div>
    </div>
  );
}

const PropertyPage = graphql(`
  query AccessProperties($customerId: ID!, $after: String) {
    properties(customerId: $customerId, first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id name }
    }
  }
`);

function PropertyBoxes({ customerId, after, chosen, toggle, onMore, last }: {
  customerId: string; after: string | null; chosen: readonly string[]; toggle: (id: string) => void;
  onMore: (cursor: string) => void; last: boolean;
}) {
  const [{ data, fetching, error }] = useQuery({ query: PropertyPage, variables: { customerId, after } });
  if (error) return <p className="form-field-error">{describeError(error)}</p>;
  if (fetching && !data) return <p className="muted small">Loading properties…</p>;
  const page = data?.properties;
  if (!page) return null;
  return (
    <>
      {page.nodes.map((place) => (
        <label key={place.id} className="check-row">
          <input type="checkbox" checked={chosen.includes(place.id)} onChange={() => toggle(place.id)} />
          {place.name}
        </label>
      ))}
      {last && page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
        <button type="button" className="button secondary small" onClick={() => onMore(page.pageInfo.endCursor!)}>
          Show more properties
        </button>
      )}
    </>
  );
}

const PropertyCount = graphql(`
  query AccessPropertyCount($customerId: ID!) { properties(customerId: $customerId, first: 1) { totalCount } }
`);

/** All properties of the customer, or only those ticked (every property reachable: pages of 100, "show more"). */
export function PropertyScope({ customerId, scope, chosen, onScope, onChosen, error }: {
  customerId: string; scope: 'all' | 'some'; chosen: readonly string[]; onScope: (scope: 'all' | 'some') => void;
  onChosen: (ids: string[]) => void; error?: string;
}) {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [{ data }] = useQuery({ query: PropertyCount, variables: { customerId } });
  useEffect(() => setPages([null]), [customerId]);
  const total = data?.properties.totalCount;
  const name = useId();
  const toggle = (id: string) => onChosen(chosen.includes(id) ? chosen.filter((one) => one !== id) : [...chosen, id]);
  return (
    <fieldset className={`scope ${error ? 'has-error' : ''}`}>
      <legend>Properties they see</legend>
      <label className="check-row">
        <input type="radio" name={name} checked={scope === 'all'} onChange={() => onScope('all')} />
        All of the customer’s properties{total !== undefined ? ` (${total}, and any added later)` : ''}
      </label>
      <label className="check-row">
        <input type="radio" name={name} checked={scope === 'some'} onChange={() => onScope('some')} disabled={total === 0} />
        Only the properties ticked below
      </label>
      {scope === 'some' && (
        <div className="scope-list" role="group" aria-label="Properties">
          <p className="muted small">{chosen.length} of {total ?? '…'} ticked</p>
          {pages.map((after, index) => (
            <PropertyBoxes key={after ?? 'first'} customerId={customerId} after={after} chosen={chosen} toggle={toggle}
              last={index === pages.length - 1} onMore={(cursor) => setPages([...pages, cursor])} />
          ))}
        </div>
      )}
      {total === 0 && <p className="form-hint">This customer has no properties yet.</p>}
      {error && <p className="form-field-error" role="alert">{error}</p>}
    </fieldset>
  );
}

/** Portal users · Staff (owner) · API tokens. */
export function AccessNav({ current, customer }: { current: 'users' | 'staff' | 'tokens'; customer?: string | null }) {
  const viewer = useViewer();
  const query = customer ? `?customer=${encodeURIComponent(customer)}` : '';
  const items: [key: typeof current, href: string, label: string][] = [
    ['users', `/access${query}`, 'Portal users'],
    ...(viewer.role === 'OWNER' ? [['staff', '/access/staff', 'Staff users'] as [typeof current, string, string]] : []),
    ['tokens', `/access/tokens${query}`, 'API tokens'],
  ];
  return (
    <nav className="access-nav" aria-label="Portal access">
      {items.map(([key, href, label]) => (
        <Link key={key} href={href} className={`access-tab ${key === current ? 'active' : ''}`}
          aria-current={key === current ? 'page' : undefined}>{label}</Link>
      ))}
    </nav>
  );
}

/** What a new portal user and a new API token both say: whose, which properties, and whether money shows. */
export interface ScopeValues { customerId: string; finances: boolean; scope: 'all' | 'some'; propertyIds: string[] }

/** The zod rule both forms share: "some properties" needs at least one ticked. */
export const scopeChosen = (form: { scope: 'all' | 'some'; propertyIds: string[] }) => form.scope === 'all' || form.propertyIds.length > 0;
export const SCOPE_MISSING = { path: ['propertyIds'], message: 'Tick at least one property, or choose all of them.' };

/**
 * The customer (picked by search; changing it clears the properties ticked), then its property scope, and the
 * "sees money" box, wired to the form's `customerId`, `scope`, `propertyIds` and `finances`. The fields around
 * them (e-mail, name…) stay in each form, between the customer and the scope (`children`).
 */
export function ScopeFields<T extends ScopeValues>({ form: typed, idPrefix, children }: {
  form: UseFormReturn<T>; idPrefix: string; children?: React.ReactNode;
}) {
  const form = typed as unknown as UseFormReturn<ScopeValues>;
  const { control, setValue, watch, formState: { errors } } = form;
  const customerId = watch('customerId');
  const errorId = `${idPrefix}-customer-error`;
  return (
    <>
      <Controller control={control} name="customerId" render={({ field, fieldState }) => (
        <div className={`form-field span-all ${fieldState.error ? 'has-error' : ''}`}>
          <label htmlFor={`${idPrefix}-customer`}>Customer</label>
          <CustomerPicker id={`${idPrefix}-customer`} value={field.value} invalid={!!fieldState.error}
            describedBy={fieldState.error ? errorId : undefined}
            onChange={(picked) => { field.onChange(picked?.id ?? ''); setValue('propertyIds', []); setValue('scope', 'all'); }} />
          {fieldState.error && <p className="form-field-error" id={errorId} role="alert">{fieldState.error.message}</p>}
        </div>
      )} />
      {children}
      {customerId && (
        <div className="span-all">
          <Controller control={control} name="scope" render={({ field }) => (
            <PropertyScope customerId={customerId} scope={field.value} onScope={field.onChange}
              chosen={watch('propertyIds')} onChosen={(ids) => setValue('propertyIds', ids, { shouldValidate: !!errors.propertyIds })}
              error={errors.propertyIds?.message} />
          )} />
        </div>
      )}
      <label className="check-row span-all">
        <input type="checkbox" {...form.register('finances')} />
        Sees money: invoices, batches, payments and prices
      </label>
    </>
  );
}

/** A portal user's or token's row: its customer (a link to the profile) and what it sees (properties, money). */
export function CustomerScopeCells({ customer, properties, finances }: {
  customer?: { id: string; displayName: string } | null; properties?: readonly { name: string }[] | null; finances: boolean;
}) {
  return (
    <>
      <td>{customer ? <Link href={`/customers/${encodeURIComponent(customer.id)}`}>{customer.displayName}</Link> : '—'}</td>
      <td>
        <span className="scope-label" title={properties?.map((place) => place.name).join(', ')}>{scopeLabel(properties)}</span>
        <span className="muted small block">{finances ? 'With money' : 'No money'}</span>
      </td>
    </>
  );
}
