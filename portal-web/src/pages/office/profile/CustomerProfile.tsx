/**
 * The customer profile (`/customers/:id`, `/customers/:id/:tab`): who the client is (notices as banners, tags,
 * contacts, portal users, billing details) and, in tabs, everything that hangs off the record. Actions: edit,
 * archive or unarchive, merge (its own page), delete (refused with the history when there is one).
 */
import { lazy, Suspense, useState } from 'react';
import { graphql } from '../../../gql';
import { useLiveQuery } from '../../../lib/live';
import { Link, navigate } from '../../../lib/router';
import { formatCalendarDate, formatDate } from '../../../lib/format';
import { Address, Amount, Empty, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { Tabs, TabPanel, type TabItem } from '../../../components/office/Tabs';
import { useViewer } from '../../../session';
import { CUSTOMER_KIND_LABEL } from './labels';
import { Notices } from './Notices';
import { TagsCard } from './TagsCard';
import { ContactsCard } from './ContactsCard';
import { PortalUsersCard } from './PortalUsersCard';
import { CustomerEditForm } from './CustomerEditForm';
import { CustomerActions } from './CustomerActions';
import { PropertiesTab } from './tabs/PropertiesTab';
import { JobsTab } from './tabs/JobsTab';
import { InvoicesTab } from './tabs/InvoicesTab';
import { BatchesTab } from './tabs/BatchesTab';
import { TransactionsTab } from './tabs/TransactionsTab';
import { StatementTab } from './tabs/StatementTab';
import { NotesTab } from './tabs/NotesTab';
import { RemindersTab } from './tabs/RemindersTab';
import { ActivityTab } from './tabs/ActivityTab';
import './profile.css';

const CustomerPlans = lazy(() => import('../plans/CustomerPlans'));

export const CustomerProfileQuery = graphql(`
  query OfficeCustomerProfile($id: ID!) {
    node(id: $id) {
      __typename
      ... on Customer {
        id displayName billingName kind status portalAccess createdAt emails phones customerNotes internalNotes
        billingAddress { line1 line2 city region postalCode country }
        mergedInto { id displayName }
        notices { id text active }
        tags { id name }
        contacts { id name role isDefaultBilling email phone }
        users { id username name active finances locked lastSignInAt properties { id name } }
        stats { jobsCompleted lastJobOn openBalance { amount currency } }
        properties(first: 1) { totalCount }
        jobs(first: 1) { totalCount }
        invoices(first: 1) { totalCount }
        batches(first: 1) { totalCount }
        transactions(first: 1) { totalCount }
        notes { id }
        reminders { id }
        activity(first: 1) { totalCount }
      }
    }
  }
`);

export const TAB_IDS = ['properties', 'jobs', 'invoices', 'batches', 'transactions', 'statement', 'notes', 'reminders', 'plans', 'activity'] as const;
export type TabId = (typeof TAB_IDS)[number];

export default function CustomerProfile({ id, tab }: { id: string; tab?: string }) {
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: CustomerProfileQuery, variables: { id } });
  const customer = data?.node?.__typename === 'Customer' ? data.node : null;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error && !data) return <ErrorState error={error} retry={reload} />;
  if (fetching && !data) return <Loading />;
  if (!customer) {
    return <Empty><h1 id="page-title" tabIndex={-1}>Customer not found</h1><p><Link href="/customers">Back to customers</Link></p></Empty>;
  }
  const active: TabId = (TAB_IDS as readonly string[]).includes(tab ?? '') ? (tab as TabId) : 'properties';
  const finances = viewer.finances;
  const tabs: TabItem[] = [
    { id: 'properties', label: 'Properties', count: customer.properties.totalCount },
    { id: 'jobs', label: 'Jobs', count: customer.jobs.totalCount },
    ...(finances ? [
      { id: 'invoices', label: 'Invoices', count: customer.invoices.totalCount },
      { id: 'batches', label: 'Batches', count: customer.batches.totalCount },
      { id: 'transactions', label: 'Transactions', count: customer.transactions.totalCount },
      { id: 'statement', label: 'Statement' },
    ] : []),
    { id: 'notes', label: 'Notes', count: customer.notes.length },
    { id: 'reminders', label: 'Reminders', count: customer.reminders?.length ?? 0 },
    { id: 'plans', label: 'Plans' },
    { id: 'activity', label: 'Activity', count: customer.activity?.totalCount ?? 0 },
  ];
  const base = `/customers/${encodeURIComponent(customer.id)}`;
  const merged = customer.mergedInto;
  return (
    <div className="profile">
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/customers">Customers</Link></nav>
      <PageHeader title={customer.displayName}>
        {!merged && (
          <>
            <button type="button" className="button secondary" onClick={() => setEditing((value) => !value)} aria-expanded={editing}>
              {editing ? 'Close the form' : 'Edit'}
            </button>
            <Link className="button primary" href={`/jobs/new?customer=${encodeURIComponent(customer.id)}`}>New job</Link>
            {finances && <Link className="button secondary" href={`/billing/payments/new?customer=${encodeURIComponent(customer.id)}`}>Record payment</Link>}
            <CustomerActions customer={customer} onChanged={reload} />
          </>
        )}
      </PageHeader>
      <p className="profile-sub">
        <span className="badge badge-neutral">{CUSTOMER_KIND_LABEL[customer.kind] ?? customer.kind}</span>
        {customer.status === 'ARCHIVED' && <span className="badge badge-warn" data-testid="archived">Archived</span>}
        {!customer.portalAccess && <span className="badge badge-neutral">No portal access</span>}
        <span className="muted small nowrap">Client since {formatDate(customer.createdAt)}</span>
      </p>
      {merged && (
        <div className="profile-banner profile-banner-merged" role="status">
          This customer was merged into <Link href={`/customers/${encodeURIComponent(merged.id)}`}>{merged.displayName}</Link>; everything it had is there now.
        </div>
      )}
      <Notices customerId={customer.id} notices={customer.notices ?? []} readOnly={Boolean(merged)} onChanged={reload} />
      {editing && !merged && (
        <CustomerEditForm customer={customer} onDone={() => { setEditing(false); reload(); }} onCancel={() => setEditing(false)} />
      )}
      <div className="profile-grid">
        <section className="card" aria-labelledby="billing-title">
          <h2 id="billing-title">Billing details</h2>
          <dl className="fields profile-fields">
            <div className="field"><dt>Billing name</dt><dd>{customer.billingName || customer.displayName}</dd></div>
            <div className="field field-wide"><dt>E-mail</dt><dd>{customer.emails.length ? customer.emails.map((email) => <a key={email} className="block" href={`mailto:${email}`}>{email}</a>) : '—'}</dd></div>
            <div className="field"><dt>Phone</dt><dd>{customer.phones.length ? customer.phones.map((phone) => <a key={phone} className="block nowrap" href={`tel:${phone}`}>{phone}</a>) : '—'}</dd></div>
            <div className="field"><dt>Billing address</dt><dd><Address address={customer.billingAddress} /></dd></div>
            {customer.stats && (
              <div className="field"><dt>History</dt><dd>
                <span className="block">{customer.stats.jobsCompleted} jobs done{customer.stats.lastJobOn ? <>, last <span className="nowrap">{formatCalendarDate(customer.stats.lastJobOn)}</span></> : ''}</span>
                {finances && customer.stats.openBalance && <span className="block">Open balance <Amount money={customer.stats.openBalance} className="nowrap" /></span>}
              </dd></div>
            )}
          </dl>
          {customer.customerNotes && <div className="note profile-note"><strong>Notes the client reads:</strong> {customer.customerNotes}</div>}
          {customer.internalNotes && <div className="note profile-note profile-internal"><strong>Office only:</strong> {customer.internalNotes}</div>}
        </section>
        <div className="profile-side">
          <TagsCard customerId={customer.id} tags={customer.tags ?? []} readOnly={Boolean(merged)} onChanged={reload} />
          <ContactsCard customerId={customer.id} contacts={customer.contacts} readOnly={Boolean(merged)} onChanged={reload} />
          <PortalUsersCard customerId={customer.id} users={customer.users ?? []} />
        </div>
      </div>
      <Tabs label={`${customer.displayName}: records`} tabs={tabs} active={active} idBase="profile"
        hrefFor={(tabId) => (tabId === 'properties' ? base : `${base}/${tabId}`)} />
      <TabPanel id={active} idBase="profile">
        {active === 'properties' && <PropertiesTab customerId={customer.id} readOnly={Boolean(merged)} />}
        {active === 'jobs' && <JobsTab customerId={customer.id} />}
        {active === 'invoices' && <InvoicesTab customerId={customer.id} />}
        {active === 'batches' && <BatchesTab customerId={customer.id} />}
        {active === 'transactions' && <TransactionsTab customerId={customer.id} />}
        {active === 'statement' && <StatementTab customerId={customer.id} />}
        {active === 'notes' && <NotesTab customerId={customer.id} readOnly={Boolean(merged)} onChanged={reload} />}
        {active === 'reminders' && <RemindersTab customerId={customer.id} readOnly={Boolean(merged)} onChanged={reload} />}
        {active === 'plans' && <Suspense fallback={<Loading />}><CustomerPlans customerId={customer.id} /></Suspense>}
        {active === 'activity' && <ActivityTab customerId={customer.id} />}
      </TabPanel>
    </div>
  );
}

/** Leave a page for the profile (after a merge, a delete…). */
export function openCustomer(id: string, tab?: string): void {
  navigate(`/customers/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`);
}
