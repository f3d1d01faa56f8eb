/**
 * Merge two customers (`/customers/:id/merge`): pick the other customer by search, choose which one stays,
 * read the preview (customerMergePreview: what moves, what to look at, what blocks) and confirm; then the page
 * opens the customer that stays.
 */
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import { describeError, describeUserErrors } from '../../../lib/errors';
import { Link, navigate } from '../../../lib/router';
import { Empty, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { ConfirmDialog } from '../../../components/office/ConfirmDialog';
import { CUSTOMER_KIND_LABEL } from './labels';
import './profile.css';

const MergeCustomerQuery = graphql(`
  query OfficeMergeCustomer($id: ID!) {
    node(id: $id) { __typename ... on Customer { id displayName kind status mergedInto { id displayName } } }
  }
`);
const MergeSearchQuery = graphql(`
  query OfficeMergeSearch($search: String!) {
    customers(search: $search, first: 10) {
      totalCount
      nodes { id displayName billingName kind status emails phones }
    }
  }
`);
const MergePreviewQuery = graphql(`
  query OfficeMergePreview($sourceId: ID!, $targetId: ID!) {
    customerMergePreview(sourceId: $sourceId, targetId: $targetId) {
      canMerge
      source { id displayName }
      target { id displayName }
      moves { properties jobs invoices batches transactions contacts notes users tokens tags reminders notices }
      conflicts { code blocking message }
    }
  }
`);
const CustomerMerge = graphql(`
  mutation OfficeCustomerMerge($input: CustomerMergeInput!) {
    customerMerge(input: $input) {
      userErrors { field code message }
      target { id displayName }
      source { id mergedInto { id } }
    }
  }
`);

const MOVE_WORDS: [key: string, singular: string, plural: string][] = [
  ['properties', 'property', 'properties'], ['jobs', 'job', 'jobs'], ['invoices', 'invoice', 'invoices'],
  ['batches', 'batch invoice', 'batch invoices'], ['transactions', 'payment', 'payments'], ['contacts', 'contact', 'contacts'],
  ['notes', 'note', 'notes'], ['users', 'portal user', 'portal users'], ['tokens', 'API token', 'API tokens'],
  ['tags', 'tag', 'tags'], ['reminders', 'reminder', 'reminders'], ['notices', 'notice', 'notices'],
];

export default function Merge({ id }: { id: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: MergeCustomerQuery, variables: { id } });
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [other, setOther] = useState<{ id: string; displayName: string } | null>(null);
  const [keep, setKeep] = useState<'this' | 'other'>('other');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(text.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const [{ data: found, fetching: searching, error: searchError }] = useQuery({ query: MergeSearchQuery, variables: { search }, pause: search.length < 2 });
  const customer = data?.node?.__typename === 'Customer' ? data.node : null;
  const sourceId = keep === 'other' ? id : other?.id;
  const targetId = keep === 'other' ? other?.id : id;
  const [{ data: preview, fetching: previewing, error: previewError }] = useQuery({
    query: MergePreviewQuery, variables: { sourceId: sourceId ?? '', targetId: targetId ?? '' }, pause: !other, requestPolicy: 'network-only',
  });
  const [{ fetching: merging }, merge] = useMutation(CustomerMerge);
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!customer) return <Empty><h1 id="page-title" tabIndex={-1}>Customer not found</h1><p><Link href="/customers">Back to customers</Link></p></Empty>;
  const profile = `/customers/${encodeURIComponent(customer.id)}`;
  const plan = preview?.customerMergePreview;
  const candidates = (found?.customers.nodes ?? []).filter((row) => row.id !== customer.id);
  async function confirm() {
    if (!sourceId || !targetId) return;
    setErrors([]);
    const result = await merge({ input: { sourceId, targetId } });
    const payload = result.data?.customerMerge;
    if (!payload) { setErrors([describeError(result.error) || 'Nothing was merged. Try again.']); return; }
    if (payload.userErrors.length) { setErrors([describeUserErrors(payload.userErrors)]); return; }
    setConfirming(false);
    navigate(`/customers/${encodeURIComponent(payload.target?.id ?? targetId)}`);
  }
  return (
    <div className="merge">
      <nav className="crumbs" aria-label="Breadcrumb"><Link href={profile}>{customer.displayName}</Link></nav>
      <PageHeader title={`Merge ${customer.displayName}`} />
      {customer.mergedInto ? (
        <div className="profile-banner profile-banner-merged" role="status">
          This customer was merged into <Link href={`/customers/${encodeURIComponent(customer.mergedInto.id)}`}>{customer.mergedInto.displayName}</Link> already.
        </div>
      ) : (
        <>
          <section className="card" aria-labelledby="merge-pick">
            <h2 id="merge-pick">1. The other customer</h2>
            {other ? (
              <p className="merge-picked">
                <strong data-testid="merge-other">{other.displayName}</strong>{' '}
                <button type="button" className="button link" onClick={() => { setOther(null); setText(''); }}>Pick another</button>
              </p>
            ) : (
              <>
                <label htmlFor="merge-search">Search by name, e-mail or phone</label>
                <input id="merge-search" type="search" value={text} autoFocus autoComplete="off" onChange={(event) => setText(event.target.value)} />
                {search.length >= 2 && (
                  <div className="merge-results" aria-live="polite">
                    {searchError && <p className="form-error">{describeError(searchError)}</p>}
                    {searching && !found && <p className="muted">Searching…</p>}
                    {found && candidates.length === 0 && <p className="muted">No other customer matches “{search}”.</p>}
                    {found && candidates.length > 0 && (
                      <>
                        <ul className="rows compact">
                          {candidates.map((row) => (
                            <li key={row.id}>
                              <span><strong>{row.displayName}</strong>
                                <span className="muted small block">{CUSTOMER_KIND_LABEL[row.kind]}{row.billingName ? ` · bills as ${row.billingName}` : ''}{row.emails[0] ? ` · ${row.emails[0]}` : ''}{row.phones[0] ? ` · ${row.phones[0]}` : ''}{row.status === 'ARCHIVED' ? ' · archived' : ''}</span></span>
                              <button type="button" className="button secondary small" onClick={() => setOther({ id: row.id, displayName: row.displayName })}>Choose<span className="visually-hidden"> {row.displayName}</span></button>
                            </li>
                          ))}
                        </ul>
                        <p className="muted small" data-testid="list-count">
                          {found.customers.totalCount > found.customers.nodes.length
                            ? `The ${found.customers.nodes.length} best of ${found.customers.totalCount} matches; type more to narrow them.`
                            : `${found.customers.totalCount} ${found.customers.totalCount === 1 ? 'match' : 'matches'}`}
                        </p>
                      </>
                    )}
                  </div>
                )}
              </>
            )}
          </section>
          {other && (
            <section className="card" aria-labelledby="merge-keep">
              <h2 id="merge-keep">2. Which one stays</h2>
              <fieldset className="merge-choice">
                <legend className="visually-hidden">The customer that stays</legend>
                <label className="check-label"><input type="radio" name="keep" checked={keep === 'other'} onChange={() => setKeep('other')} /> <span>Keep <strong>{other.displayName}</strong>; {customer.displayName} moves into it</span></label>
                <label className="check-label"><input type="radio" name="keep" checked={keep === 'this'} onChange={() => setKeep('this')} /> <span>Keep <strong>{customer.displayName}</strong>; {other.displayName} moves into it</span></label>
              </fieldset>
            </section>
          )}
          {other && (
            <section className="card" aria-labelledby="merge-preview" data-testid="merge-preview">
              <h2 id="merge-preview">3. What moves</h2>
              {previewError && <p className="form-error" role="alert">{describeError(previewError)}</p>}
              {previewing && !plan && <Loading label="Reading what would move…" />}
              {plan && (
                <>
                  <p>Everything of <strong>{plan.source.displayName}</strong> moves to <strong>{plan.target.displayName}</strong>; totals and balances stay the same. {plan.source.displayName} stays on record as merged.</p>
                  <ul className="merge-moves">
                    {MOVE_WORDS.map(([key, singular, plural]) => {
                      const count = plan.moves[key as keyof typeof plan.moves] as number;
                      return <li key={key} className={count ? '' : 'muted'} data-move={key}><span className="nowrap merge-count">{count}</span> {count === 1 ? singular : plural}</li>;
                    })}
                  </ul>
                  {plan.conflicts.length > 0 && (
                    <ul className="merge-conflicts">
                      {plan.conflicts.map((conflict) => (
                        <li key={conflict.code} className={conflict.blocking ? 'blocking' : ''}><strong>{conflict.blocking ? 'Blocks the merge: ' : 'Look first: '}</strong>{conflict.message}</li>
                      ))}
                    </ul>
                  )}
                  <div className="form-actions">
                    <Link className="button secondary" href={profile}>Cancel</Link>
                    <button type="button" className="button primary" disabled={!plan.canMerge} onClick={() => { setErrors([]); setConfirming(true); }}>Merge…</button>
                  </div>
                </>
              )}
            </section>
          )}
          <ConfirmDialog open={confirming} title={plan ? `Merge ${plan.source.displayName} into ${plan.target.displayName}?` : 'Merge?'}
            confirmLabel="Merge customers" busyLabel="Merging…" busy={merging} errors={errors} onConfirm={() => void confirm()}
            onCancel={() => setConfirming(false)}>
            <p>This can't be undone from the office. {plan?.source.displayName} leaves lists and searches; its records, portal users and tokens work under {plan?.target.displayName}.</p>
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}
