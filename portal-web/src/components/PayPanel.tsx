import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { OnlinePaymentMethod, PaymentMethod } from '../gql/graphql';
import { formatMoney, type MoneyLike } from '../lib/format';
import { PAYMENT_METHOD_LABEL } from '../lib/status';
import { describeError, describeUserError, describeUserErrors, parseAmount } from '../lib/errors';
import { FormKey } from '../lib/idempotency';

const PaymentSettingsQuery = graphql(`
  query PaymentSettings {
    paymentSettings { onlinePaymentConfigured methods cardFeePercent cardFeeFixed { amount currency } achFeePercent achFeeFixed { amount currency } }
  }
`);

const CheckoutCreate = graphql(`
  mutation CheckoutSessionCreate($input: CheckoutSessionCreateInput!) {
    checkoutSessionCreate(input: $input) { checkoutSession { url } userErrors { field code message } }
  }
`);

const PaymentReport = graphql(`
  mutation PaymentReport($input: PaymentReportInput!) {
    paymentReport(input: $input) { transaction { id status } userErrors { field code message } }
  }
`);

const REPORT_METHODS: PaymentMethod[] = ['ZELLE', 'CHECK', 'BANK_TRANSFER', 'ACH', 'CASH'];

function feeText(percent: string | null | undefined, fixed: MoneyLike | null | undefined): string {
  const parts = [];
  if (percent && Number(percent) > 0) parts.push(`${Number(percent)}%`);
  if (fixed && Number(fixed.amount) > 0) parts.push(formatMoney(fixed));
  return parts.length ? `fee ${parts.join(' + ')}` : 'no fee';
}

/** Pay an invoice's or a batch's balance online (Stripe Checkout), or report a payment made elsewhere. */
type Cents = MoneyLike & { cents: number };

function minus(a: Cents, b: Cents | null | undefined): Cents {
  const cents = a.cents - (b?.cents ?? 0);
  return { cents, currency: a.currency, amount: (cents / 100).toFixed(2) };
}

/**
 * Pay an invoice's or a batch's balance online (Stripe Checkout), or report a payment made elsewhere. What
 * reported payments already cover (`pending`, waiting for the office) is not offered again.
 */
export function PayPanel({ invoiceId, batchId, balance, pending, onReported }: {
  invoiceId?: string; batchId?: string; balance: Cents; pending?: Cents | null; onReported: () => void;
}) {
  const remaining = minus(balance, pending);
  const [{ data }] = useQuery({ query: PaymentSettingsQuery });
  const [checkout, startCheckout] = useMutation(CheckoutCreate);
  const [reporting, report] = useMutation(PaymentReport);
  const [error, setError] = useState<string | null>(null);
  const [reportOpen, setReportOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [amount, setAmount] = useState(remaining.cents > 0 ? remaining.amount : '');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [method, setMethod] = useState<PaymentMethod>('ZELLE');
  const [paidOn, setPaidOn] = useState('');
  const [reference, setReference] = useState('');
  const [referenceError, setReferenceError] = useState<string | null>(null);
  // One payment per opening of the report form: its key goes with every submit of that form, so a double click or
  // a resubmit after a lost answer records the payment once.
  const [reportKey] = useState(() => new FormKey());
  const sending = useRef(false);
  if (balance.cents <= 0) return null;
  if (remaining.cents <= 0) {
    return (
      <section className="card pay" aria-labelledby="pay-title" data-testid="pay-covered">
        <h2 id="pay-title">Payment reported</h2>
        {done && <p className="success" role="status">{done}</p>}
        <p>You reported paying <strong>{formatMoney(pending)}</strong>. The office confirms it once the money arrives;
          until then it shows as pending and there is nothing more to pay here.</p>
      </section>
    );
  }
  const settings = data?.paymentSettings;
  const target = invoiceId ? { invoiceId } : { batchId };

  async function pay(via: OnlinePaymentMethod) {
    setError(null);
    const result = await startCheckout({ input: { ...target, method: via } });
    const payload = result.data?.checkoutSessionCreate;
    if (result.error) setError(describeError(result.error));
    else if (payload?.userErrors.length) setError(describeUserErrors(payload.userErrors));
    else if (payload?.checkoutSession) window.location.assign(payload.checkoutSession.url);
  }

  function openReport() {
    reportKey.open();
    setReportOpen(true);
    setDone(null);
    setError(null);
    setReferenceError(null);
  }

  async function submitReport(event: FormEvent) {
    event.preventDefault();
    if (sending.current) return; // a second submit before the button shows it is disabled
    setError(null);
    const parsed = parseAmount(amount);
    if ('error' in parsed) {
      setAmountError(parsed.error);
      return;
    }
    setAmountError(null);
    setReferenceError(null);
    sending.current = true;
    try {
      const result = await report({ input: { ...target, amount: parsed.amount, method, reference: reference.trim() || null,
        occurredAt: paidOn ? `${paidOn}T12:00:00` : null, idempotencyKey: reportKey.current } });
      const payload = result.data?.paymentReport;
      const problems = payload?.userErrors ?? [];
      const at = (field: string) => problems.find((e) => e.field?.join('.') === `input.${field}`);
      const amountProblem = at('amount');
      const referenceProblem = at('reference');
      const others = problems.filter((e) => e !== amountProblem && e !== referenceProblem);
      if (result.error) setError(describeError(result.error));
      else if (problems.length) {
        if (amountProblem) setAmountError(describeUserError(amountProblem));
        if (referenceProblem) setReferenceError(describeUserError(referenceProblem));
        if (others.length) setError(describeUserErrors(others));
      } else {
        setDone('Thank you: the office will confirm the payment once it arrives. It shows under Transactions as “To approval”.');
        setReportOpen(false);
        onReported();
      }
    } finally {
      sending.current = false;
    }
  }

  return (
    <section className="card pay" aria-labelledby="pay-title">
      <h2 id="pay-title">Pay {formatMoney(remaining)}</h2>
      {pending && pending.cents > 0 && (
        <p className="note" data-testid="pay-pending">You reported {formatMoney(pending)} that the office has not confirmed yet; {formatMoney(remaining)} is left to pay.</p>
      )}
      {settings?.onlinePaymentConfigured ? (
        <div className="pay-buttons">
          {settings.methods.map((via) => (
            <button key={via} type="button" className="button primary" disabled={checkout.fetching} onClick={() => pay(via)}>
              {via === 'CARD' ? 'Pay by card' : 'Pay by bank (ACH)'}
              <span className="button-note">{via === 'CARD' ? feeText(settings.cardFeePercent, settings.cardFeeFixed) : feeText(settings.achFeePercent, settings.achFeeFixed)}</span>
            </button>
          ))}
        </div>
      ) : (
        <p className="muted" role="note">Online payment is not switched on for this company yet. Pay as printed on the invoice, then tell us below.</p>
      )}
      {done && <p className="success" role="status">{done}</p>}
      {!reportOpen ? (
        <button type="button" className="button secondary" onClick={openReport}>Report a payment made elsewhere</button>
      ) : (
        <form className="form-grid" onSubmit={submitReport}>
          <div><label htmlFor="report-amount">Amount</label>
            <input id="report-amount" inputMode="decimal" autoComplete="off" value={amount} aria-invalid={amountError ? true : undefined}
              aria-describedby={amountError ? 'report-amount-error' : undefined}
              onChange={(event) => { setAmount(event.target.value); setAmountError(null); }} />
            {amountError && <p id="report-amount-error" className="field-error" role="alert">{amountError}</p>}</div>
          <div><label htmlFor="report-method">Paid by</label>
            <select id="report-method" value={method} onChange={(event) => setMethod(event.target.value as PaymentMethod)}>
              {REPORT_METHODS.map((option) => <option key={option} value={option}>{PAYMENT_METHOD_LABEL[option]}</option>)}
            </select></div>
          <div><label htmlFor="report-date">Paid on (optional)</label>
            <input id="report-date" type="date" value={paidOn} onChange={(event) => setPaidOn(event.target.value)} /></div>
          <div><label htmlFor="report-reference">Reference (check number, confirmation…)</label>
            <input id="report-reference" value={reference} aria-invalid={referenceError ? true : undefined}
              aria-describedby={referenceError ? 'report-reference-error' : undefined}
              onChange={(event) => { setReference(event.target.value); setReferenceError(null); }} />
            {referenceError && <p id="report-reference-error" className="field-error" role="alert">{referenceError}</p>}</div>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={reporting.fetching}>{reporting.fetching ? 'Sending…' : 'Send to the office'}</button>
            <button type="button" className="button link" onClick={() => setReportOpen(false)}>Cancel</button>
          </div>
        </form>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
