/**
 * An invoice's lines and totals, as the client's invoice page and the office's show them: each line (quantity, unit
 * price, amount; untaxed ones marked), then subtotal, tax at its rate, total, paid, what was reported and waits for
 * approval (in the words of whoever reads it), any `extra` rows (the office's credited amount) and the balance due.
 * Money never wraps, so a phone shows each amount on one line.
 */
import type { ReactNode } from 'react';
import { Amount } from './ui';

type Money = { amount: string; currency: string };

export interface InvoiceTotals {
  taxRate: string | number;
  lines: readonly { id: string; description: string; quantity: string | number; taxable: boolean; unitPrice: Money; amount: Money }[];
  subtotal: Money;
  tax: Money;
  total: Money;
  amountPaid: Money;
  pendingAmount: Money & { cents: number };
  balance: Money;
}

type Line = InvoiceTotals['lines'][number];

/** A billed line's cells: what (untaxed ones marked), how many, the unit price and the amount (also the new-invoice preview's). */
export function LineCells({ line }: { line: Omit<Line, 'id' | 'unitPrice' | 'amount'> & { unitPrice?: Money | null; amount?: Money | null } }) {
  return (
    <>
      <td>{line.description}{!line.taxable && <span className="muted small"> (no tax)</span>}</td>
      <td className="num nowrap">{Number(line.quantity)}</td>
      <td className="num nowrap"><Amount money={line.unitPrice} /></td>
      <td className="num nowrap"><Amount money={line.amount} /></td>
    </>
  );
}

function Total({ label, children, className, testId }: { label: string; children: ReactNode; className?: string; testId?: string }) {
  return (
    <tr className={className} data-testid={testId}>
      <th scope="row" colSpan={3} className="num">{label}</th><td className="num nowrap">{children}</td>
    </tr>
  );
}

export function InvoiceLines({ invoice, pendingLabel, extra }: { invoice: InvoiceTotals; pendingLabel: string; extra?: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Lines</caption>
        <thead><tr><th scope="col">Description</th><th scope="col" className="num">Qty</th><th scope="col" className="num">Unit price</th><th scope="col" className="num">Amount</th></tr></thead>
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.id}><LineCells line={line} /></tr>
          ))}
        </tbody>
        <tfoot>
          <Total label="Subtotal"><Amount money={invoice.subtotal} /></Total>
          <Total label={`Tax (${Number(invoice.taxRate)}%)`}><Amount money={invoice.tax} /></Total>
          <Total label="Total" className="grand"><Amount money={invoice.total} /></Total>
          <Total label="Paid"><Amount money={invoice.amountPaid} /></Total>
          {invoice.pendingAmount.cents > 0 && <Total label={pendingLabel} testId="invoice-pending"><Amount money={invoice.pendingAmount} /></Total>}
          {extra}
          <tr className="grand"><th scope="row" colSpan={3} className="num">Balance due</th>
            <td className="num nowrap" data-testid="invoice-balance"><Amount money={invoice.balance} /></td></tr>
        </tfoot>
      </table>
    </div>
  );
}

/** One more row for `extra`, shaped like the others (label on the left, the amount on the right). */
export function InvoiceTotalRow({ label, children }: { label: string; children: ReactNode }) {
  return <Total label={label}>{children}</Total>;
}
