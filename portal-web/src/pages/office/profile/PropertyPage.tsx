/**
 * A property in the office (`/properties/:id`, shadowing the client page for staff): its address, type, access
 * and internal notes (Edit changes them), and its jobs, invoices and files, every page with the total.
 * `/properties/new?customer=…` adds one to a customer.
 */
import { lazy, Suspense, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import { useLiveQuery } from '../../../lib/live';
import { formatCalendarDate, formatDateTime } from '../../../lib/format';
import { INVOICE_STATUS_LABEL, JOB_STATUS_LABEL } from '../../../lib/status';
import { Link, navigate, useLocation } from '../../../lib/router';
import { Address, Amount, Badge, Empty, ErrorState, Field, Loading, PageHeader } from '../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../components/Pager';
import { useViewer } from '../../../session';
import { PropertyForm } from './PropertyForm';
import { PROPERTY_TYPE_LABEL } from './labels';
import './profile.css';

const PropertyPlans = lazy(() => import('../plans/PropertyPlans'));

const OfficePropertyQuery = graphql(`
  query OfficeProperty($id: ID!) {
    node(id: $id) {
      __typename
      ... on Property {
        id name type accessNotes description internalNotes active createdAt
        address { line1 line2 city region postalCode country }
        customer { id displayName }
      }
    }
  }
`);
const PropertyJobsQuery = graphql(`
  query OfficePropertyJobs($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Property { id jobs(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id status scheduledStart services { id description } team { id name } } } }
    }
  }
`);
const PropertyInvoicesQuery = graphql(`
  query OfficePropertyInvoices($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Property { id invoices(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id displayNumber status issuedOn total { amount currency } balance { amount currency } } } }
    }
  }
`);
const PropertyFilesQuery = graphql(`
  query OfficePropertyFiles($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Property { id files(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id kind filename contentType sizeBytes visibleToClient createdAt url thumbnailUrl } } }
    }
  }
`);
const NewPropertyCustomerQuery = graphql(`
  query OfficeNewPropertyCustomer($id: ID!) {
    node(id: $id) { __typename ... on Customer { id displayName } }
  }
`);

function PropertyJobs({ id, customerId }: { id: string; customerId?: string }) {
  const pages = usePages(`property-jobs:${id}`);
  const [{ data, error }] = useLiveQuery({ query: PropertyJobsQuery, variables: { id, first: PAGE_SIZE, after: pages.after } });
  const jobs = data?.node?.__typename === 'Property' ? data.node.jobs : null;
  return (
    <section className="card" aria-labelledby="property-jobs">
      <div className="card-header">
        <h2 id="property-jobs">Jobs</h2>
        {customerId && <Link className="button primary small" href={`/jobs/new?customer=${encodeURIComponent(customerId)}&property=${encodeURIComponent(id)}`}>New job</Link>}
      </div>
      {error && !data && <ErrorState error={error} />}
      {!jobs ? (!error && <Loading />) : jobs.totalCount === 0 ? <p className="muted">No jobs yet.</p> : (
        <>
          <ul className="rows">
            {jobs.nodes.map((job) => (
              <li key={job.id}><Link href={`/jobs/${encodeURIComponent(job.id)}`} className="row-link">
                <span><span className="nowrap">{formatDateTime(job.scheduledStart)}</span><span className="muted block small">{job.services.map((line) => line.description).join(' · ')}{job.team ? ` · ${job.team.name}` : ''}</span></span>
                <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} /></Link></li>
            ))}
          </ul>
          <Pager page={pages.page} shown={jobs.nodes.length} total={jobs.totalCount} hasNext={jobs.pageInfo.hasNextPage} endCursor={jobs.pageInfo.endCursor}
            noun={['job', 'jobs']} onNext={pages.next} onPrevious={pages.previous} />
        </>
      )}
    </section>
  );
}

function PropertyInvoices({ id }: { id: string }) {
  const pages = usePages(`property-invoices:${id}`);
  const [{ data, error }] = useLiveQuery({ query: PropertyInvoicesQuery, variables: { id, first: PAGE_SIZE, after: pages.after } });
  const invoices = data?.node?.__typename === 'Property' ? data.node.invoices : null;
  return (
    <section className="card" aria-labelledby="property-invoices">
      <h2 id="property-invoices">Invoices</h2>
      {error && !data && <ErrorState error={error} />}
      {!invoices ? (!error && <Loading />) : invoices.totalCount === 0 ? <p className="muted">No invoices yet.</p> : (
        <>
          <ul className="rows">
            {invoices.nodes.map((invoice) => (
              <li key={invoice.id}><Link href={`/invoices/${encodeURIComponent(invoice.id)}`} className="row-link">
                <span><span className="nowrap">{invoice.displayNumber}</span> <span className="muted small nowrap">{formatCalendarDate(invoice.issuedOn)}</span></span>
                <span className="nowrap"><Amount money={invoice.total} /> <Badge status={invoice.status} label={INVOICE_STATUS_LABEL[invoice.status]} /></span></Link></li>
            ))}
          </ul>
          <Pager page={pages.page} shown={invoices.nodes.length} total={invoices.totalCount} hasNext={invoices.pageInfo.hasNextPage} endCursor={invoices.pageInfo.endCursor}
            noun={['invoice', 'invoices']} onNext={pages.next} onPrevious={pages.previous} />
        </>
      )}
    </section>
  );
}

function PropertyFiles({ id }: { id: string }) {
  const pages = usePages(`property-files:${id}`);
  const [{ data, error }] = useLiveQuery({ query: PropertyFilesQuery, variables: { id, first: PAGE_SIZE, after: pages.after } });
  const files = data?.node?.__typename === 'Property' ? data.node.files : null;
  return (
    <section className="card" aria-labelledby="property-files">
      <h2 id="property-files">Files</h2>
      {error && !data && <ErrorState error={error} />}
      {!files ? (!error && <Loading />) : files.totalCount === 0 ? <p className="muted">No photos or files yet.</p> : (
        <>
          <ul className="rows">
            {files.nodes.map((file) => (
              <li key={file.id}>
                <a href={file.url} target="_blank" rel="noreferrer" className="file-link">
                  {file.thumbnailUrl && <img src={file.thumbnailUrl} alt="" width={48} height={48} />}
                  <span>{file.filename}<span className="muted small block">{formatDateTime(file.createdAt)} · {Math.max(1, Math.round(file.sizeBytes / 1024))} KB</span></span>
                </a>
                <span className={`badge ${file.visibleToClient ? 'badge-info' : 'badge-neutral'}`}>{file.visibleToClient ? 'Client sees it' : 'Office only'}</span>
              </li>
            ))}
          </ul>
          <Pager page={pages.page} shown={files.nodes.length} total={files.totalCount} hasNext={files.pageInfo.hasNextPage} endCursor={files.pageInfo.endCursor}
            noun={['file', 'files']} onNext={pages.next} onPrevious={pages.previous} />
        </>
      )}
    </section>
  );
}

export default function PropertyPage({ id }: { id: string }) {
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: OfficePropertyQuery, variables: { id } });
  const property = data?.node?.__typename === 'Property' ? data.node : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!property) return <Empty><h1 id="page-title" tabIndex={-1}>Property not found</h1><p><Link href="/customers">Back to customers</Link></p></Empty>;
  const customer = property.customer;
  return (
    <div className="property-page">
      <nav className="crumbs" aria-label="Breadcrumb">
        {customer ? <Link href={`/customers/${encodeURIComponent(customer.id)}`}>{customer.displayName}</Link> : <Link href="/customers">Customers</Link>}
      </nav>
      <PageHeader title={property.name}>
        <button type="button" className="button secondary" aria-expanded={editing} onClick={() => setEditing((value) => !value)}>{editing ? 'Close the form' : 'Edit property'}</button>
      </PageHeader>
      {editing ? (
        <PropertyForm property={property} onSaved={() => { setEditing(false); refetch({ requestPolicy: 'network-only' }); }} onCancel={() => setEditing(false)} />
      ) : (
        <section className="card">
          <dl className="fields fields-row">
            <Field label="Type">{PROPERTY_TYPE_LABEL[property.type] ?? property.type}{!property.active && ' (inactive)'}</Field>
            <Field label="Address"><Address address={property.address} /></Field>
            <Field label="Access notes">{property.accessNotes || '—'}</Field>
            <Field label="Description">{property.description || '—'}</Field>
          </dl>
          {property.internalNotes && <div className="note profile-note profile-internal"><strong>Office only:</strong> {property.internalNotes}</div>}
        </section>
      )}
      <div className="grid-2">
        <PropertyJobs id={property.id} customerId={customer?.id} />
        {viewer.finances && <PropertyInvoices id={property.id} />}
      </div>
      <Suspense fallback={<Loading />}><PropertyPlans propertyId={property.id} /></Suspense>
      <PropertyFiles id={property.id} />
    </div>
  );
}

export function NewProperty() {
  const { search } = useLocation();
  const customerId = search.get('customer') ?? '';
  const [{ data, fetching, error }] = useQuery({ query: NewPropertyCustomerQuery, variables: { id: customerId }, pause: !customerId });
  const customer = data?.node?.__typename === 'Customer' ? data.node : null;
  if (!customerId) {
    return <Empty><h1 id="page-title" tabIndex={-1}>Whose property?</h1><p>Open the customer and add the property from its Properties tab.</p><p><Link href="/customers">Customers</Link></p></Empty>;
  }
  if (error && !data) return <ErrorState error={error} />;
  if (fetching && !data) return <Loading />;
  if (!customer) return <Empty><h1 id="page-title" tabIndex={-1}>Customer not found</h1><p><Link href="/customers">Back to customers</Link></p></Empty>;
  const back = `/customers/${encodeURIComponent(customer.id)}`;
  return (
    <div className="property-page">
      <nav className="crumbs" aria-label="Breadcrumb"><Link href={back}>{customer.displayName}</Link></nav>
      <PageHeader title={`New property for ${customer.displayName}`} />
      <PropertyForm customerId={customer.id} onSaved={(id) => navigate(`/properties/${encodeURIComponent(id)}`)} onCancel={() => navigate(back)} />
    </div>
  );
}
