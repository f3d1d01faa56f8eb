/**
 * Billing (`/billing/:tab`): what the office has to act on, one tab each, every list paged with its total —
 * finished jobs still to invoice, client-reported payments to approve, correction requests to answer, customers
 * overdue, and the invoices themselves.
 */
import { graphql } from '../../../gql';
import { useLiveQuery } from '../../../lib/live';
import { Link } from '../../../lib/router';
import { PageHeader } from '../../../components/ui';
import { Tabs, TabPanel, type TabItem } from '../../../components/office/Tabs';
import { ToInvoice } from './ToInvoice';
import { Approvals } from './Approvals';
import { Corrections } from './Corrections';
import { Overdue } from './Overdue';
import { InvoiceList } from './InvoiceList';
import './billing.css';

const BillingCounts = graphql(`
  query BillingCounts {
    toInvoice: jobs(filter: { statuses: [FINISHED], uninvoiced: true }, first: 0) { totalCount }
    toApprove: transactions(statuses: [TO_APPROVAL], first: 0) { totalCount }
    corrections: correctionRequests(status: OPEN, first: 0) { totalCount }
    overdue: customersByOverdue(first: 0) { totalCount }
    drafts: invoices(filter: { statuses: [DRAFT] }, first: 0) { totalCount }
  }
`);

export const BILLING_TABS = ['to-invoice', 'approvals', 'corrections', 'overdue', 'invoices'] as const;
type BillingTab = (typeof BILLING_TABS)[number];

export default function Billing({ tab }: { tab?: string }) {
  const active: BillingTab = (BILLING_TABS as readonly string[]).includes(tab ?? '') ? tab as BillingTab : 'to-invoice';
  const [{ data }, refetchCounts] = useLiveQuery({ query: BillingCounts, requestPolicy: 'cache-and-network' });
  const tabs: TabItem[] = [
    { id: 'to-invoice', label: 'To invoice', count: data?.toInvoice.totalCount },
    { id: 'approvals', label: 'To approve', count: data?.toApprove.totalCount },
    { id: 'corrections', label: 'Corrections', count: data?.corrections.totalCount },
    { id: 'overdue', label: 'Overdue', count: data?.overdue.totalCount },
    { id: 'invoices', label: 'Invoices', count: null },
  ];
  const changed = () => refetchCounts({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader title="Billing">
        <Link className="button secondary small" href="/billing/payments/new">Record a payment</Link>
        <Link className="button secondary small" href="/billing/batches/new">New batch</Link>
      </PageHeader>
      <Tabs tabs={tabs} active={active} label="Billing" idBase="billing" hrefFor={(id) => (id === 'to-invoice' ? '/billing' : `/billing/${id}`)} />
      <TabPanel id={active} idBase="billing">
        {active === 'to-invoice' && <ToInvoice />}
        {active === 'approvals' && <Approvals onChanged={changed} />}
        {active === 'corrections' && <Corrections onChanged={changed} />}
        {active === 'overdue' && <Overdue />}
        {active === 'invoices' && <InvoiceList drafts={data?.drafts.totalCount ?? 0} />}
      </TabPanel>
    </>
  );
}
