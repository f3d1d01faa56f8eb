import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { OnlinePaymentMethod, PaymentMethod } from '../gql/graphql';
import { formatMoney, type MoneyLike } from '../lib/format';
import { PAYMENT_METHOD_LABEL } from '../lib/status';

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
export function PayPanel({ invoiceId, batchId, balance, onReported }: {
  invoiceId?: string; batchId?: string; balance: MoneyLike & { cents: number }; onReported: () => void;
}) {
  const [{ data }] = useQuery({ query: PaymentSettingsQuery });
  const [checkout, startCheckout] = useMutation(CheckoutCreate);
  const [reporting, report] = useMutation(PaymentReport);
  const [error, setError] = useState<string | null>(null);
  const [reportOpen, setReportOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [amount, setAmount] = useState(balance.amount);
  const [method, setMethod] = useState<PaymentMethod>('ZELLE');
  const [paidOn, setPaidOn] = useState('');
  const [reference, setReference] = useState('');
  if (balance.cents <= 0) return null;
  const settings = data?.paymentSettings;
  const target = invoiceId ? { invoiceId } : { batchId };

  async function pay(via: OnlinePaymentMethod) {
    setError(null);
    const result = await startCheckout({ input: { ...target, method: via } });
    const payload = result.data?.checkoutSessionCreate;
    if (result.error) setError(result.error.message);
    else if (payload?.userErrors.length) setError(payload.userErrors.map((e) => e.message).join(' '));
    else if (payload?.checkoutSession) window.location.assign(payload.checkoutSession.url);
  }

  async function submitReport(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await report({ input: { ...target, amount: amount.trim(), method, reference: reference.trim() || null,
      occurredAt: paidOn ? `${paidOn}T12:00:00` : null } });
    const payload = result.data?.paymentReport;
    if (result.error) setError(result.error.message);
    else if (payload?.userErrors.length) setError(payload.userErrors.map((e) => e.message).join(' '));
    else {
      setDone('Thank you: the office will confirm the payment once it arrives. It shows under Transactions as “To approval”.');
      setReportOpen(false);
      onReported();
    }
  }

  return (
    <section className="card pay" aria-labelledby="pay-title">
      <h2 id="pay-title">Pay {formatMoney(balance)}</h2>
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
        <button type="button" className="button secondary" onClick={() => { setReportOpen(true); setDone(null); }}>Report a payment made elsewhere</button>
      ) : (
        <form className="form-grid" onSubmit={submitReport}>
          <div><label htmlFor="report-amount">Amount</label>
            <input id="report-amount" inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} required /></div>
          <div><label htmlFor="report-method">Paid by</label>
            <select id="report-method" value={method} onChange={(event) => setMethod(event.target.value as PaymentMethod)}>
              {REPORT_METHODS.map((option) => <option key={option} value={option}>{PAYMENT_METHOD_LABEL[option]}</option>)}
            </select></div>
          <div><label htmlFor="report-date">Paid on (optional)</label>
            <input id="report-date" type="date" value={paidOn} onChange={(event) => setPaidOn(event.target.value)} /></div>
          <div><label htmlFor="report-reference">Reference (check number, confirmation…)</label>
            <input id="report-reference" value={reference} onChange={(event) => setReference(event.target.value)} /></div>
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
