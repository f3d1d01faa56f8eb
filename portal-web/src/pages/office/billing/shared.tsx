/** Links and small pieces the billing pages share. */
import { Link } from '../../../lib/router';

export const customerHref = (id: string) => `/customers/${encodeURIComponent(id)}`;
export const invoiceHref = (id: string) => `/invoices/${encodeURIComponent(id)}`;
export const batchHref = (id: string) => `/batches/${encodeURIComponent(id)}`;
export const jobHref = (id: string) => `/jobs/${encodeURIComponent(id)}`;

export function newInvoiceHref(jobIds: readonly string[]): string {
  return `/billing/invoices/new?jobs=${jobIds.map(encodeURIComponent).join(',')}`;
}

export function newPaymentHref(customerId: string, extra: { invoice?: string; batch?: string } = {}): string {
  const query = new URLSearchParams({ customer: customerId });
  if (extra.invoice) query.set('invoice', extra.invoice);
  if (extra.batch) query.set('batch', extra.batch);
  return `/billing/payments/new?${query}`;
}

export function CustomerLink({ customer }: { customer: { id: string; displayName: string } | null | undefined }) {
  if (!customer) return <>—</>;
  return <Link href={customerHref(customer.id)}>{customer.displayName}</Link>;
}
