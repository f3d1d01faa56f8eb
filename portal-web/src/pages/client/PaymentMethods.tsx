import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { describeError, describeUserErrors, type RequestErrorLike, type UserErrorLike } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { companyName } from '../../lib/company';
import { Empty, ErrorState, Loading, PageHeader } from '../../components/ui';
import { useViewer } from '../../session';

const PaymentMethodsQuery = graphql(`
  query PaymentMethods($id: ID!) {
    paymentSettings { onlinePaymentConfigured }
    node(id: $id) {
      __typename
      ... on Customer {
        id
        paymentMethods { id kind brand last4 expMonth expYear isDefault label savedAt }
        autopay { enabled consentText changedAt changedByName }
      }
    }
  }
`);

const SetupCreate = graphql(`
  mutation PaymentMethodSetupCreate($input: PaymentMethodSetupCreateInput!) {
    paymentMethodSetupCreate(input: $input) { setup { url } userErrors { field code message } }
  }
`);

const SetDefault = graphql(`
  mutation PaymentMethodSetDefault($input: PaymentMethodSetDefaultInput!) {
    paymentMethodSetDefault(input: $input) { paymentMethod { id isDefault } userErrors { field code message } }
  }
`);

const Remove = graphql(`
  mutation PaymentMethodRemove($input: PaymentMethodRemoveInput!) {
    paymentMethodRemove(input: $input) { customer { id paymentMethods { id isDefault } } userErrors { field code message } }
  }
`);

const AutopaySet = graphql(`
  mutation AutopaySet($input: AutopaySetInput!) {
    autopaySet(input: $input) { customer { id autopay { enabled } } userErrors { field code message } }
  }
`);

/** What the client agrees to when turning autopay on; sent as-is and kept with who and when. */
export function autopayConsent(company: string): string {
  return `I authorise ${company} to charge my default saved payment method for the balance of each invoice (plus the `
    + 'card or bank fee shown on it) when it is issued, until I turn autopay off here.';
}

function expiry(month: number | null | undefined, year: number | null | undefined): string {
  if (!month || !year) return '';
  return `expires ${String(month).padStart(2, '0')}/${String(year).slice(-2)}`;
}

function expired(month: number | null | undefined, year: number | null | undefined): boolean {
  if (!month || !year) return false;
  const now = new Date();
  return year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1);
}

export default function PaymentMethods() {
  const viewer = useViewer();
  const customerId = viewer.customer?.id ?? '';
  const [{ data, error, fetching }, refetch] = useQuery({ query: PaymentMethodsQuery, variables: { id: customerId },
    pause: !customerId });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [setup, startSetup] = useMutation(SetupCreate);
  const [, setDefault] = useMutation(SetDefault);
  const [, remove] = useMutation(Remove);
  const [autopayState, setAutopay] = useMutation(AutopaySet);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [agreed, setAgreed] = useState(false);
  const [returned, setReturned] = useState(() => new URLSearchParams(window.location.search).get('setup'));
  const customer = data?.node?.__typename === 'Customer' ? data.node : null;
  const methods = customer?.paymentMethods ?? [];
  const count = methods.length;

  // Back from Stripe's page: the card is saved when Stripe's webhook arrives, a moment later. Look again a few times.
  useEffect(() => {
    if (returned !== 'done') return;
    let tries = 0;
    const timer = window.setInterval(() => {
      tries += 1;
      reload();
      if (tries >= 5) window.clearInterval(timer);
    }, 2000);
    return () => window.clearInterval(timer);
  }, [returned]);

  if (!customerId) return <Empty><h1 id="page-title" tabIndex={-1}>Payment methods</h1><p>Only a client account has payment methods.</p></Empty>;
  if (error && !data) return <ErrorState error={error} retry={reload} />;
  if (fetching && !data) return <Loading />;
  if (!customer) return <Empty><h1 id="page-title" tabIndex={-1}>Payment methods</h1><p>Not found.</p></Empty>;
  const configured = data?.paymentSettings.onlinePaymentConfigured ?? false;
  const autopay = customer.autopay;
  if (!autopay) {
    return (
      <>
        <PageHeader title="Payment methods" />
        <p className="note-box">Saved cards and autopay are managed by the people who see the whole account's invoices.
          Ask them, or the office, if something needs to change.</p>
      </>
    );
  }

  type Outcome = { error?: RequestErrorLike | null; payload?: { userErrors: readonly UserErrorLike[] } | null };

  /** Run one change; true when it worked, else the problem is shown. */
  async function attempt(key: string, action: () => Promise<Outcome>): Promise<boolean> {
    setProblem(null);
    if (returned) {
      // The message about coming back from Stripe's page has done its job once the person acts again.
      setReturned(null);
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
    setBusy(key);
    try {
      const { error: failure, payload } = await action();
      if (failure) setProblem(describeError(failure));
      else if (payload?.userErrors.length) setProblem(describeUserErrors(payload.userErrors));
      else return true;
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function addCard() {
    let url: string | undefined;
    await attempt('add', async () => {
      const result = await startSetup({ input: { customerId } });
      url = result.data?.paymentMethodSetupCreate?.setup?.url;
      return { error: result.error, payload: result.data?.paymentMethodSetupCreate };
    });
    if (url) window.location.assign(url);
  }

  async function makeDefault(id: string) {
    const done = await attempt(`default-${id}`, async () => {
      const result = await setDefault({ input: { paymentMethodId: id } });
      return { error: result.error, payload: result.data?.paymentMethodSetDefault };
    });
    if (done) reload();
  }

  async function removeMethod(id: string) {
    setConfirming(null);
    const done = await attempt(`remove-${id}`, async () => {
      const result = await remove({ input: { paymentMethodId: id } });
      return { error: result.error, payload: result.data?.paymentMethodRemove };
    });
    if (done) reload();
  }

  const consent = autopayConsent(companyName() || 'the company');

  async function switchAutopay(enabled: boolean) {
    const done = await attempt('autopay', async () => {
      const result = await setAutopay({ input: { customerId, enabled, consentText: enabled ? consent : null } });
      return { error: result.error, payload: result.data?.autopaySet };
    });
    if (done) {
      setAgreed(false);
      reload();
    }
  }

  return (
    <>
      <PageHeader title="Payment methods">
        {configured && (
          <button type="button" className="button primary" onClick={addCard} disabled={setup.fetching || busy !== null}
            data-testid="add-card">{busy === 'add' ? 'Opening Stripe…' : 'Add a card or bank account'}</button>
        )}
      </PageHeader>
      {returned === 'done' && (
        <p className="success" role="status" data-testid="setup-returned">Thank you. Your card is saved securely by Stripe
          and appears below as soon as Stripe confirms it (a few seconds).</p>
      )}
      {returned === 'cancelled' && <p className="note" role="status">Nothing was saved: you left Stripe's page before finishing.</p>}
      {!configured && (
        <p className="note-box" role="note">Online payment is not switched on for this company yet, so cards can't be saved
          here. Saved cards still show below.</p>
      )}
      {problem && <p className="form-error" role="alert">{problem}</p>}

      <section className="card" aria-labelledby="methods-title">
        <h2 id="methods-title">Saved cards and bank accounts</h2>
        {count === 0 ? (
          <p className="muted" data-testid="no-methods">No card or bank account is saved yet.
            {configured ? ' Add one to pay invoices automatically.' : ''}</p>
        ) : (
          <>
            <p className="small muted">{count === 1 ? 'One saved method.' : `${count} saved methods.`} The card number is kept by
              Stripe, never by us.</p>
            <ul className="rows methods" data-testid="methods">
              {methods.map((method) => (
                <li key={method.id} className="row-split method">
                  <span className="method-name">
                    <strong>{method.label}</strong>
                    {method.isDefault && <span className="badge badge-good">Default</span>}
                    {expired(method.expMonth, method.expYear)
                      ? <span className="badge badge-bad">Expired</span>
                      : <span className="muted small">{expiry(method.expMonth, method.expYear)}</span>}
                  </span>
                  <span className="method-actions">
                    {!method.isDefault && (
                      <button type="button" className="button secondary small" disabled={busy !== null}
                        onClick={() => makeDefault(method.id)}>{busy === `default-${method.id}` ? 'Saving…' : 'Make default'}</button>
                    )}
                    {confirming === method.id ? (
                      <>
                        <button type="button" className="button danger small" disabled={busy !== null}
                          onClick={() => removeMethod(method.id)}>Yes, remove</button>
                        <button type="button" className="button link small" onClick={() => setConfirming(null)}>Keep it</button>
                      </>
                    ) : (
                      <button type="button" className="button ghost small" disabled={busy !== null}
                        aria-label={`Remove ${method.label}`}
                        onClick={() => setConfirming(method.id)}>{busy === `remove-${method.id}` ? 'Removing…' : 'Remove'}</button>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="autopay-title" data-testid="autopay">
        <h2 id="autopay-title">Autopay {autopay.enabled ? <span className="badge badge-good">On</span> : <span className="badge badge-neutral">Off</span>}</h2>
        {autopay.enabled ? (
          <>
            <p>Each invoice is charged to your default method when it is issued. If a charge doesn't go through, you get a
              notification and an e-mail with a link to pay, and the invoice stays open.</p>
            {autopay.consentText && <blockquote className="note small autopay-consent">{autopay.consentText}</blockquote>}
            <p className="small muted">Turned on {autopay.changedAt ? formatDateTime(autopay.changedAt) : ''}
              {autopay.changedByName ? ` by ${autopay.changedByName}` : ''}.</p>
            <button type="button" className="button secondary" disabled={autopayState.fetching || busy !== null}
              onClick={() => switchAutopay(false)}>{busy === 'autopay' ? 'Saving…' : 'Turn autopay off'}</button>
          </>
        ) : (
          <>
            <p>Pay each invoice automatically with your default method when it is issued.</p>
            {count === 0 ? (
              <p className="muted small">Save a card or bank account first.</p>
            ) : (
              <>
                <label className="consent">
                  <input type="checkbox" checked={agreed} onChange={(event) => setAgreed(event.target.checked)} />
                  <span>{consent}</span>
                </label>
                <button type="button" className="button primary" disabled={!agreed || autopayState.fetching || busy !== null}
                  onClick={() => switchAutopay(true)}>{busy === 'autopay' ? 'Saving…' : 'Turn autopay on'}</button>
              </>
            )}
            {autopay.changedAt && (
              <p className="small muted">Turned off {formatDateTime(autopay.changedAt)}{autopay.changedByName ? ` by ${autopay.changedByName}` : ''}.</p>
            )}
          </>
        )}
      </section>
    </>
  );
}
