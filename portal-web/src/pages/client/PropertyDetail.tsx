import { graphql } from '../../gql';
import { useState } from 'react';
import { useLiveQuery } from '../../lib/live';
import { useEveryPage } from '../../lib/everyPage';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { INVOICE_STATUS_LABEL, JOB_STATUS_LABEL } from '../../lib/status';
import { Link } from '../../lib/router';
import { Address, Amount, Badge, Empty, ErrorState, Field, Loading, PageHeader } from '../../components/ui';
import { Photos } from '../../components/Photos';
import { useViewer } from '../../session';
import { PROPERTY_TYPE_LABEL } from './Properties';

const PropertyDetailQuery = graphql(`
  query PropertyDetail($id: ID!, $finances: Boolean!) {
    node(id: $id) {
      __typename
      ... on Property {
        id name type accessNotes description active
        address { line1 line2 city region postalCode }
        jobs(first: 20) { totalCount nodes { id status scheduledStart services { id description } } }
        invoices(first: 20) @include(if: $finances) {
          totalCount nodes { id displayNumber issuedOn status total { amount currency } }
        }
        files(first: 24) { totalCount nodes { id kind filename contentType url thumbnailUrl createdAt } }
      }
    }
  }
`);

const PropertyFilesQuery = graphql(`
  query PropertyFiles($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      ... on Property {
        id
        files(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind filename contentType url thumbnailUrl createdAt } }
      }
    }
  }
`);

const NO_FILES = { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** Every photo and file of the property, read page after page once the person asks for all of them. */
function AllFiles({ id }: { id: string }) {
  const { nodes, error, reload } = useEveryPage(PropertyFilesQuery, { id }, (data) => (data.node?.__typename === 'Property' ? data.node.files : NO_FILES));
  if (error && !nodes) return <ErrorState error={error} retry={reload} />;
  if (!nodes) return <Loading label="Loading every file…" />;
  return <Photos files={nodes} />;
}

export default function PropertyDetail({ id }: { id: string }) {
  const viewer = useViewer();
  const [allFiles, setAllFiles] = useState(false);
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: PropertyDetailQuery, variables: { id, finances: viewer.finances } });
  const property = data?.node?.__typename === 'Property' ? data.node : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!property) return <Empty><h1 id="page-title" tabIndex={-1}>Property not found</h1><p><Link href="/properties">Back to properties</Link></p></Empty>;
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/properties">Properties</Link></nav>
      <PageHeader title={property.name} />
      <section className="card">
        <dl className="fields fields-row">
          <Field label="Type">{PROPERTY_TYPE_LABEL[property.type]}</Field>
          <Field label="Address"><Address address={property.address} /></Field>
          <Field label="Access">{property.accessNotes || '—'}</Field>
          <Field label="Notes">{property.description || '—'}</Field>
        </dl>
      </section>
      <div className="grid-2">
        <section className="card">
          <div className="card-header"><h2>Job history</h2><Link href={`/jobs?view=all&property=${encodeURIComponent(property.id)}`}>All {property.jobs.totalCount}</Link></div>
          {property.jobs.nodes.length === 0 ? <p className="muted">No jobs yet.</p> : (
            <ul className="rows">
              {property.jobs.nodes.map((job) => (
                <li key={job.id}><Link href={`/jobs/${encodeURIComponent(job.id)}`} className="row-link">
                  <span>{formatDateTime(job.scheduledStart)}<span className="muted block small">{job.services.map((s) => s.description).join(' · ')}</span></span>
                  <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} /></Link></li>
              ))}
            </ul>
          )}
        </section>
        {viewer.finances && property.invoices && (
          <section className="card">
            <div className="card-header"><h2>Invoices</h2><Link href={`/invoices?property=${encodeURIComponent(property.id)}`}>All {property.invoices.totalCount}</Link></div>
            {property.invoices.nodes.length === 0 ? <p className="muted">No invoices yet.</p> : (
              <ul className="rows">
                {property.invoices.nodes.map((invoice) => (
                  <li key={invoice.id}><Link href={`/invoices/${encodeURIComponent(invoice.id)}`} className="row-link">
                    <span>{invoice.displayNumber} <span className="muted small">{formatCalendarDate(invoice.issuedOn)}</span></span>
                    <span><Amount money={invoice.total} /> <Badge status={invoice.status} label={INVOICE_STATUS_LABEL[invoice.status]} /></span></Link></li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
      <section className="card">
        <div className="card-header">
          <h2>Photos &amp; files</h2>
          {property.files.totalCount > 0 && <span className="muted" data-testid="files-count">
            {allFiles || property.files.totalCount <= property.files.nodes.length ? `${property.files.totalCount} files` : `The newest ${property.files.nodes.length} of ${property.files.totalCount}`}</span>}
        </div>
        {allFiles ? <AllFiles id={property.id} /> : <Photos files={property.files.nodes} />}
        {!allFiles && property.files.totalCount > property.files.nodes.length && (
          <button type="button" className="button secondary" onClick={() => setAllFiles(true)}>Show all {property.files.totalCount} files</button>
        )}
      </section>
    </>
  );
}
