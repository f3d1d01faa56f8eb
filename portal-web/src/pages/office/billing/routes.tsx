import { lazy } from 'react';
import type { OfficeRoute } from '../routes';

const Billing = lazy(() => import('./Billing'));
const InvoicePage = lazy(() => import('./InvoicePage'));
const InvoicesPage = lazy(() => import('./InvoicesPage'));
const NewInvoice = lazy(() => import('./NewInvoice'));
const NewPayment = lazy(() => import('./NewPayment'));
const NewBatch = lazy(() => import('./NewBatch'));
const BatchPage = lazy(() => import('./BatchPage'));

/**
 * The billing area's pages. `/invoices`, `/invoices/:id` and `/batches/:id` shadow the client pages (staff get
 * the office's actions there, never the client's "Report a payment" or "Request a correction").
 */
export const routes: OfficeRoute[] = [
  { pattern: '/billing', render: () => <Billing /> },
  { pattern: '/billing/invoices/new', render: () => <NewInvoice /> },
  { pattern: '/billing/payments/new', render: () => <NewPayment /> },
  { pattern: '/billing/batches/new', render: () => <NewBatch /> },
  { pattern: '/billing/:tab', render: ({ tab }) => <Billing tab={tab} /> },
  { pattern: '/invoices', render: () => <InvoicesPage /> },
  { pattern: '/invoices/:id', render: ({ id }) => <InvoicePage id={id} /> },
  { pattern: '/batches/:id', render: ({ id }) => <BatchPage id={id} /> },
];
