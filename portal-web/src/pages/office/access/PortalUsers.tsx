/**
 * Portal users (OWNER and OFFICE): every client user with customer, scope, finances, status and last sign-in;
 * a new user for a customer (the welcome e-mail with the sign-in link), the scope changed, disabled or enabled,
 * unlocked. `?customer=` narrows the list to one customer and preselects it in the form (the profile links here).
 */
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { Pager, usePages } from '../../../components/Pager';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { describeError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { Link, navigate, useLocation } from '../../../lib/router';
import { AccessNav, CustomerScopeCells, PropertyScope, SCOPE_MISSING, ScopeFields, scopeChosen } from './parts';
import { accountState, scopeIds, suggestUsername, USERNAME } from './scope';

const UsersQuery = graphql(`
  query AccessPortalUsers($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id username name email role active finances locked lastSignInAt createdAt
        customer { id displayName }
        properties { id name }
      }
    }
  }
`);

const CustomerName = graphql(`
  query AccessCustomerName($id: ID!) { node(id: $id) { __typename ... on Customer { id displayName } } }
`);

const CreateUser = graphql(`
  mutation AccessPortalUserCreate($input: PortalUserCreateInput!) {
    portalUserCreate(input: $input) {
      userErrors { field code message }
      user { id username email customer { id displayName } }
    }
  }
`);

const SetScope = graphql(`
  mutation AccessUserSetScope($input: UserSetScopeInput!) {
    userSetScope(input: $input) {
      userErrors { field code message }
      user { id finances properties { id name } }
    }
  }
`);

export const SetActive = graphql(`
  mutation AccessUserSetActive($input: UserSetActiveInput!) {
    userSetActive(input: $input) { userErrors { field code message } user { id active locked } }
  }
`);

export const Unlock = graphql(`
  mutation AccessUserUnlock($input: UserUnlockInput!) {
    userUnlock(input: $input) { userErrors { field code message } user { id active locked failedSignIns } }
  }
`);

const USER_TYPES = { additionalTypenames: ['User'] };

// ------------------------------------------------------------------------------------------------ the form

const newUser = z.object({
  customerId: z.string().min(1, 'Choose the customer this user belongs to.'),
  email: z.string().trim().min(1, 'Enter an e-mail address: sign-in codes are sent there.')
    .email('That is not an e-mail address (name@example.com).'),
  username: z.string().trim().regex(USERNAME, "Use 3 to 40 characters: letters, digits, '.', '_' or '-'."),
  name: z.string().trim().max(120, 'Use at most 120 characters.'),
  finances: z.boolean(),
  scope: z.enum(['all', 'some']),
  propertyIds: z.array(z.string()),
  sendCredentials: z.boolean(),
}).refine(scopeChosen, SCOPE_MISSING);
type NewUser = z.infer<typeof newUser>;
const FIELDS = ['customerId', 'email', 'username', 'name', 'finances', 'propertyIds', 'sendCredentials'];

function NewPortalUser({ customer, onDone }: { customer: string | null; onDone: (message: string) => void }) {
  const [, create] = useMutation(CreateUser);
  const [messages, setMessages] = useState<string[]>([]);
  const form = useForm<NewUser>({
    resolver: zodResolver(newUser),
    defaultValues: { customerId: customer ?? '', email: '', username: '', name: '', finances: false, scope: 'all',
      propertyIds: [], sendCredentials: true },
  });
  const { register, handleSubmit, setError, setValue, getValues, formState: { errors, isSubmitting } } = form;
  async function submit(values: NewUser) {
    setMessages([]);
    const result = await create({ input: {
      customerId: values.customerId, email: values.email, username: values.username, name: values.name || null,
      finances: values.finances, propertyIds: scopeIds(values.scope, values.propertyIds), sendCredentials: values.sendCredentials,
    } });
    const sent = outcome<{ userErrors: { field?: readonly string[] | null; message: string }[]; user?: { username: string } | null }>(result, 'portalUserCreate');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, FIELDS)]);
      return;
    }
    onDone(`${sent.payload.user?.username ?? values.username} can sign in now${values.sendCredentials ? ` — the welcome e-mail went to ${values.email}` : ''}.`);
  }
  return (
    <form className="card access-form" onSubmit={handleSubmit(submit)} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title">New portal user</h2>
      <div className="form-grid">
        <ScopeFields form={form} idPrefix="new-user">
          <FormField label="E-mail" error={errors.email?.message} hint="Sign-in codes go here.">
            <input type="email" autoComplete="off" {...register('email', {
              onBlur: (event) => { if (!getValues('username')) setValue('username', suggestUsername(event.target.value), { shouldValidate: !!errors.username }); },
            })} />
          </FormField>
          <FormField label="Username" error={errors.username?.message} hint="What they type to sign in.">
            <input autoComplete="off" {...register('username')} />
          </FormField>
          <FormField label="Name (optional)" error={errors.name?.message}>
            <input autoComplete="off" {...register('name')} />
          </FormField>
        </ScopeFields>
        <label className="check-row span-all">
          <input type="checkbox" {...register('sendCredentials')} />
          E-mail them a welcome with their username and the sign-in link now
        </label>
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Creating…">Create portal user</SubmitButton>
        <Link href={customer ? `/access?customer=${encodeURIComponent(customer)}` : '/access'} className="button secondary">Cancel</Link>
      </div>
    </form>
  );
}

// ------------------------------------------------------------------------------------------- row actions

interface Row {
  id: string; username: string; name?: string | null; email?: string | null; active: boolean; finances: boolean;
  locked?: boolean | null; lastSignInAt?: string | null; customer?: { id: string; displayName: string } | null;
  properties?: readonly { id: string; name: string }[] | null;
}

function ScopeEditor({ row, onClose }: { row: Row; onClose: (message: string | null) => void }) {
  const [, save] = useMutation(SetScope);
  const [finances, setFinances] = useState(row.finances);
  const [scope, setScope] = useState<'all' | 'some'>(row.properties ? 'some' : 'all');
  const [chosen, setChosen] = useState<string[]>((row.properties ?? []).map((place) => place.id));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (scope === 'some' && chosen.length === 0) { setProblem('Tick at least one property, or choose all of them.'); return; }
    setBusy(true);
    const result = await save({ input: { userId: row.id, finances, propertyIds: scopeIds(scope, chosen) } });
    setBusy(false);
    const sent = outcome<{ userErrors: { message: string }[] }>(result, 'userSetScope');
    if (!sent.ok) { setProblem([...sent.messages, ...sent.userErrors.map((error) => error.message)].join(' ')); return; }
    onClose(`${row.username} now sees ${scope === 'all' ? 'all properties' : `${chosen.length} ${chosen.length === 1 ? 'property' : 'properties'}`}${finances ? ' and money' : ', without money'}.`);
  }
  return (
    <form className="scope-editor" onSubmit={submit} aria-label={`What ${row.username} sees`}>
      {row.customer && (
        <PropertyScope customerId={row.customer.id} scope={scope} onScope={setScope} chosen={chosen} onChosen={setChosen} />
      )}
      <label className="check-row">
        <input type="checkbox" checked={finances} onChange={(event) => setFinances(event.target.checked)} />
        Sees money: invoices, batches, payments and prices
      </label>
      <FormErrors messages={problem ? [problem] : []} />
      <div className="form-actions">
        <SubmitButton busy={busy}>Save scope</SubmitButton>
        <button type="button" className="button secondary" onClick={() => onClose(null)}>Cancel</button>
      </div>
    </form>
  );
}

/** Disable (with a confirmation: they are signed out at once), enable, unlock. */
export function AccountActions({ row, onDone, onEdit }: {
  row: Row; onDone: (message: string) => void; onEdit?: () => void;
}) {
  const [{ fetching: switching }, setActive] = useMutation(SetActive);
  const [{ fetching: unlocking }, unlock] = useMutation(Unlock);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function flip(active: boolean) {
    const result = await setActive({ input: { userId: row.id, active } });
    const sent = outcome<{ userErrors: { message: string }[] }>(result, 'userSetActive');
    setConfirming(false);
    if (!sent.ok) { setProblem([...sent.messages, ...sent.userErrors.map((error) => error.message)].join(' ')); return; }
    onDone(active ? `${row.username} can sign in again.` : `${row.username} is disabled and was signed out everywhere.`);
  }
  async function open() {
    const result = await unlock({ input: { userId: row.id } });
    const sent = outcome<{ userErrors: { message: string }[] }>(result, 'userUnlock');
    if (!sent.ok) { setProblem([...sent.messages, ...sent.userErrors.map((error) => error.message)].join(' ')); return; }
    onDone(`${row.username} is unlocked.`);
  }
  if (confirming) {
    return (
      <div className="confirm-inline" role="group" aria-label={`Disable ${row.username}?`}>
        <span>Disable {row.username}? They are signed out at once.</span>
        <button type="button" className="button danger small" disabled={switching} onClick={() => flip(false)} autoFocus>
          {switching ? 'Disabling…' : 'Disable'}
        </button>
        <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>Keep</button>
      </div>
    );
  }
  return (
    <div className="row-actions">
      {onEdit && <button type="button" className="button secondary small" onClick={onEdit}>Edit scope</button>}
      {row.locked && row.active && (
        <button type="button" className="button secondary small" disabled={unlocking} onClick={open}>
          {unlocking ? 'Unlocking…' : 'Unlock'}
        </button>
      )}
      {row.active
        ? <button type="button" className="button secondary small" onClick={() => setConfirming(true)}>Disable</button>
        : <button type="button" className="button secondary small" disabled={switching} onClick={() => flip(true)}>{switching ? 'Enabling…' : 'Enable'}</button>}
      {problem && <p className="form-field-error" role="alert">{problem}</p>}
    </div>
  );
}

export function StateBadge({ row }: { row: { active: boolean; locked?: boolean | null } }) {
  const state = accountState(row);
  const tone = state.status === 'ACTIVE' ? 'good' : state.status === 'LOCKED' ? 'warn' : 'neutral';
  return <span className={`badge badge-${tone}`} data-status={state.status}>{state.label}</span>;
}

// ------------------------------------------------------------------------------------------------ the page

export default function PortalUsers() {
  const { search: params } = useLocation();
  const customer = params.get('customer');
  const creating = params.get('new') === '1';
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<'all' | 'active' | 'disabled'>('all');
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(text.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const key = `${customer}|${search}|${status}`;
  const pages = usePages(key);
  const filter = useMemo(() => ({
    roles: ['CUSTOMER' as const], customerId: customer, search: search || null,
    active: status === 'all' ? null : status === 'active',
  }), [customer, search, status]);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: UsersQuery, variables: { filter, after: pages.after }, context: USER_TYPES,
  });
  const [{ data: named }] = useQuery({ query: CustomerName, variables: { id: customer ?? '' }, pause: !customer });
  const customerName = named?.node?.__typename === 'Customer' ? named.node.displayName : null;
  const rows = data?.users.nodes ?? [];
  const here = customer ? `?customer=${encodeURIComponent(customer)}` : '';
  function done(text: string | null) {
    setEditing(null);
    if (text) setMessage(text);
    refetch({ requestPolicy: 'network-only' });
  }
  return (
    <>
      <PageHeader title="Portal access">
        {!creating && (
          <Link className="button primary" href={`/access${here ? `${here}&new=1` : '?new=1'}`}>New portal user</Link>
        )}
      </PageHeader>
      <AccessNav current="users" customer={customer} />
      {message && (
        <div className="success" role="status" data-testid="access-message">
          {message} <button type="button" className="button link" onClick={() => setMessage(null)}>Dismiss</button>
        </div>
      )}
      {creating && (
        <NewPortalUser customer={customer} onDone={(text) => { navigate(`/access${here}`, true); done(text); }} />
      )}
      <div className="toolbar">
        <div className="filter grow">
          <label htmlFor="user-search">Search by username, name, e-mail or customer</label>
          <input id="user-search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <div className="filter">
          <label htmlFor="user-status">Status</label>
          <select id="user-status" value={status} onChange={(event) => setStatus(event.target.value as typeof status)}>
            <option value="all">All</option>
            <option value="active">Can sign in</option>
            <option value="disabled">Disabled</option>
          </select>
        </div>
      </div>
      {customer && (
        <p className="filter-note">
          Users of <strong>{customerName ?? '…'}</strong>. <Link href="/access">Show every customer’s users</Link>
          {customerName && <> · <Link href={`/customers/${encodeURIComponent(customer)}`}>Open the customer</Link></>}
        </p>
      )}
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && rows.length === 0 && (
        <Empty>{search || status !== 'all' ? 'No portal user matches.' : customer ? 'This customer has no portal users yet.' : 'No portal users yet.'}</Empty>
      )}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table access-table">
            <caption className="visually-hidden">Portal users</caption>
            <thead>
              <tr>
                <th scope="col">User</th><th scope="col">Customer</th><th scope="col">Sees</th>
                <th scope="col">Status</th><th scope="col" className="hide-md">Last sign-in</th><th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Fragment key={row.id}>
                  <tr data-username={row.username}>
                    <th scope="row">
                      <span className="user-name">{row.username}</span>
                      <span className="muted small block">{[row.name, row.email].filter(Boolean).join(' · ')}</span>
                    </th>
                    <CustomerScopeCells customer={row.customer} properties={row.properties} finances={row.finances} />
                    <td><StateBadge row={row} /></td>
                    <td className="hide-md nowrap">{row.lastSignInAt ? formatDateTime(row.lastSignInAt) : <span className="muted">Never</span>}</td>
                    <td className="actions-cell">
                      <AccountActions row={row} onDone={done} onEdit={editing === row.id ? undefined : () => setEditing(row.id)} />
                    </td>
                  </tr>
                  {editing === row.id && (
                    <tr className="edit-row">
                      <td colSpan={6}><ScopeEditor row={row} onClose={done} /></td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <Pager page={pages.page} shown={rows.length} total={data.users.totalCount} hasNext={data.users.pageInfo.hasNextPage}
          endCursor={data.users.pageInfo.endCursor} noun={['portal user', 'portal users']} onNext={pages.next} onPrevious={pages.previous} />
      )}
      {error && data && <p className="form-error" role="alert">{describeError(error)}</p>}
    </>
  );
}
