/** Pick the customer a billing form is for: search as you type (name, e-mail, phone), then choose. */
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { FormField } from '../../../components/form';

const PickCustomerQuery = graphql(`
  query BillingPickCustomer($search: String) {
    customers(search: $search, first: 8) { totalCount nodes { id displayName billingName } }
  }
`);

export function CustomerPicker({ onPick, label = 'Customer' }: { onPick: (id: string) => void; label?: string }) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(text.trim()), 200);
    return () => window.clearTimeout(timer);
  }, [text]);
  const [{ data, fetching }] = useQuery({ query: PickCustomerQuery, variables: { search }, pause: search.length < 2 });
  const found = search.length >= 2 ? data?.customers.nodes ?? [] : [];
  const total = data?.customers.totalCount ?? 0;
  return (
    <div className="billing-customer-picker">
      <FormField label={label} hint="Type two letters or more of a name, e-mail or phone.">
        <input type="search" value={text} autoFocus onChange={(event) => setText(event.target.value)} aria-controls="billing-customer-results" />
      </FormField>
      <div id="billing-customer-results" aria-live="polite">
        {search.length >= 2 && !fetching && !found.length && <p className="muted">No customer matches “{search}”.</p>}
        {found.length > 0 && (
          <>
            <ul>
              {found.map((customer) => (
                <li key={customer.id}><button type="button" onClick={() => onPick(customer.id)}>
                  {customer.displayName}{customer.billingName && customer.billingName !== customer.displayName ? <span className="muted"> · {customer.billingName}</span> : null}
                </button></li>
              ))}
            </ul>
            <p className="muted small">{total > found.length ? `The best ${found.length} of ${total} matches: type more to narrow them.` : `${total} match${total === 1 ? '' : 'es'}.`}</p>
          </>
        )}
      </div>
    </div>
  );
}
