/**
 * API tokens (OWNER and OFFICE) for a customer's software (a property manager's system): every token with its
 * customer, scope and last use; a new token is shown once, with a copy button and a warning; revoke (confirmed).
 */
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { Pager, usePages } from '../../../components/Pager';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { formatDateTime } from '../../../lib/format';
import { Link, navigate, useLocation } from '../../../lib/router';
import { AccessNav, CustomerScopeCells, SCOPE_MISSING, ScopeFields, scopeChosen } from './parts';
import { scopeIds } from './scope';

const TokensQuery = graphql(`
  query AccessApiTokens($filter: ApiTokenFilter, $after: String) {
    apiTokens(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name prefix finances active createdAt lastUsedAt revokedAt customer { id displayName } properties { id name } }
    }
  }
`);

const CreateToken = graphql(`
  mutation AccessApiTokenCreate($input: ApiTokenCreateInput!) {
    apiTokenCreate(input: $input) {
      userErrors { field code message }
      token
      apiToken { id name prefix customer { id displayName } }
    }
  }
`);

const RevokeToken = graphql(`
  mutation AccessApiTokenRevoke($input: ApiTokenRevokeInput!) {
    apiTokenRevoke(input: $input) { userErrors { field code message } apiToken { id active revokedAt } }
  }
`);

const TOKEN_TYPES = { additionalTypenames: ['ApiToken'] };

const newToken = z.object({
  customerId: z.string().min(1, 'Choose the customer whose software uses the token.'),
  name: z.string().trim().min(1, 'Say what will use it, e.g. “PM software”.').max(120, 'Use at most 120 characters.'),
  finances: z.boolean(),
  scope: z.enum(['all', 'some']),
  propertyIds: z.array(z.string()),
}).refine(scopeChosen, SCOPE_MISSING);
type NewToken = z.infer<typeof newToken>;

/** The token itself, once: a copy button, and the warning that it is never shown again. */
function Revealed({ token, name, onClose }: { token: string; name: string; onClose: () => void }) {
  const [copied, setCopied] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('Copied.');
    } catch {
      setCopied('Copying is blocked here: select the token and copy it by hand.');
    }
  }
  return (
    <section className="card token-reveal" aria-labelledby="token-title" data-testid="token-reveal">
      <h2 id="token-title">The token for “{name}”</h2>
      <p className="warning" role="alert"><strong>Copy it now: it is shown only this once.</strong> Anyone holding it reads this
        customer’s records as the token allows; store it in the software’s settings, not in an e-mail.</p>
      <div className="token-row">
        <code className="token-value" data-testid="token-value" tabIndex={0}>{token}</code>
        <button type="button" className="button primary" onClick={copy}>Copy token</button>
      </div>
      {copied && <p className="muted small" role="status">{copied}</p>}
      <p className="muted small">The software sends it as <code>Authorization: Bearer …</code> to <code>{window.location.origin}/graphql</code>.</p>
      <button type="button" className="button secondary" onClick={onClose}>I have stored it</button>
    </section>
  );
}

function NewApiToken({ customer, onCreated }: { customer: string | null; onCreated: (token: string, name: string) => void }) {
  const [, create] = useMutation(CreateToken);
  const [messages, setMessages] = useState<string[]>([]);
  const form = useForm<NewToken>({
    resolver: zodResolver(newToken),
    defaultValues: { customerId: customer ?? '', name: '', finances: true, scope: 'all', propertyIds: [] },
  });
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = form;
  async function submit(values: NewToken) {
    setMessages([]);
    const result = await create({ input: {
      customerId: values.customerId, name: values.name, finances: values.finances, propertyIds: scopeIds(values.scope, values.propertyIds),
    } });
    const sent = outcome<{ userErrors: { field?: readonly string[] | null; message: string }[]; token?: string | null }>(result, 'apiTokenCreate');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, ['customerId', 'name', 'finances', 'propertyIds'])]);
      return;
    }
    onCreated(sent.payload.token ?? '', values.name);
  }
  return (
    <form className="card access-form" onSubmit={handleSubmit(submit)} noValidate aria-labelledby="new-token-title">
      <h2 id="new-token-title">New API token</h2>
      <div className="form-grid">
        <ScopeFields form={form} idPrefix="new-token">
          <FormField label="What uses it" error={errors.name?.message} hint="e.g. “Buildium sync” — to recognise it later.">
            <input autoComplete="off" {...register('name')} />
          </FormField>
        </ScopeFields>
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Creating…">Create token</SubmitButton>
        <Link href={customer ? `/access/tokens?customer=${encodeURIComponent(customer)}` : '/access/tokens'} className="button secondary">Cancel</Link>
      </div>
    </form>
  );
}

interface TokenRow { id: string; name: string; prefix: string; active: boolean }

function Revoke({ row, onDone }: { row: TokenRow; onDone: (message: string) => void }) {
  const [{ fetching }, revoke] = useMutation(RevokeToken);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!row.active) return null;
  async function go() {
    const result = await revoke({ input: { id: row.id } });
    const sent = outcome<{ userErrors: { message: string }[] }>(result, 'apiTokenRevoke');
    setConfirming(false);
    if (!sent.ok) { setProblem([...sent.messages, ...sent.userErrors.map((error) => error.message)].join(' ')); return; }
    onDone(`“${row.name}” is revoked: its next request is refused.`);
  }
  if (confirming) {
    return (
      <div className="confirm-inline" role="group" aria-label={`Revoke ${row.name}?`}>
        <span>Revoke “{row.name}”? The software stops working at once.</span>
        <button type="button" className="button danger small" disabled={fetching} onClick={go} autoFocus>{fetching ? 'Revoking…' : 'Revoke'}</button>
        <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>Keep</button>
      </div>
    );
  }
  return (
    <div className="row-actions">
      <button type="button" className="button secondary small" onClick={() => setConfirming(true)}>Revoke</button>
      {problem && <p className="form-field-error" role="alert">{problem}</p>}
    </div>
  );
}

export default function ApiTokens() {
  const { search: params } = useLocation();
  const customer = params.get('customer');
  const creating = params.get('new') === '1';
  const [state, setState] = useState<'all' | 'active' | 'revoked'>('active');
  const [revealed, setRevealed] = useState<{ token: string; name: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const pages = usePages(`${customer}|${state}`);
  const filter = useMemo(() => ({ customerId: customer, active: state === 'all' ? null : state === 'active' }), [customer, state]);
  const [{ data, error, fetching }, refetch] = useQuery({ query: TokensQuery, variables: { filter, after: pages.after }, context: TOKEN_TYPES });
  const rows = data?.apiTokens.nodes ?? [];
  const here = customer ? `?customer=${encodeURIComponent(customer)}` : '';
  function done(text: string) {
    setMessage(text);
    refetch({ requestPolicy: 'network-only' });
  }
  return (
    <>
      <PageHeader title="Portal access">
        {!creating && !revealed && <Link className="button primary" href={`/access/tokens${here ? `${here}&new=1` : '?new=1'}`}>New API token</Link>}
      </PageHeader>
      <AccessNav current="tokens" customer={customer} />
      {message && (
        <div className="success" role="status" data-testid="access-message">
          {message} <button type="button" className="button link" onClick={() => setMessage(null)}>Dismiss</button>
        </div>
      )}
      {revealed && <Revealed token={revealed.token} name={revealed.name} onClose={() => setRevealed(null)} />}
      {creating && !revealed && (
        <NewApiToken customer={customer} onCreated={(token, name) => {
          setRevealed({ token, name });
          navigate(`/access/tokens${here}`, true);
          refetch({ requestPolicy: 'network-only' });
        }} />
      )}
      <div className="toolbar">
        <div className="filter">
          <label htmlFor="token-state">Show</label>
          <select id="token-state" value={state} onChange={(event) => setState(event.target.value as typeof state)}>
            <option value="active">Valid tokens</option>
            <option value="revoked">Revoked tokens</option>
            <option value="all">All tokens</option>
          </select>
        </div>
      </div>
      {customer && <p className="filter-note">One customer’s tokens. <Link href="/access/tokens">Show every customer’s tokens</Link></p>}
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && rows.length === 0 && <Empty>{state === 'revoked' ? 'No revoked tokens.' : 'No API tokens yet.'}</Empty>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table access-table">
            <caption className="visually-hidden">API tokens</caption>
            <thead>
              <tr><th scope="col">Token</th><th scope="col">Customer</th><th scope="col">Sees</th>
                <th scope="col" className="hide-md">Issued</th><th scope="col">Last used</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-token={row.name}>
                  <th scope="row">
                    <span className="user-name">{row.name}</span>
                    <span className="muted small block"><code>{row.prefix}…</code>{!row.active && ' · revoked'}</span>
                  </th>
                  <CustomerScopeCells customer={row.customer} properties={row.properties} finances={row.finances} />
                  <td className="hide-md nowrap">{formatDateTime(row.createdAt)}</td>
                  <td className="nowrap">{row.revokedAt ? <span className="muted">Revoked {formatDateTime(row.revokedAt)}</span>
                    : row.lastUsedAt ? formatDateTime(row.lastUsedAt) : <span className="muted">Never</span>}</td>
                  <td className="actions-cell"><Revoke row={row} onDone={done} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <Pager page={pages.page} shown={rows.length} total={data.apiTokens.totalCount} hasNext={data.apiTokens.pageInfo.hasNextPage}
          endCursor={data.apiTokens.pageInfo.endCursor} noun={['API token', 'API tokens']} onNext={pages.next} onPrevious={pages.previous} />
      )}
    </>
  );
}
