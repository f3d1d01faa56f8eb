import { graphql } from '../../gql';
import { useLiveQuery } from '../../lib/live';
import { useJobStatusUpdates } from '../../lib/jobUpdates';
import { useJobProof } from '../../lib/jobProof';
import { useLeaveWhenAccessLost } from '../../lib/notice';
import { isLate } from '../../lib/status';
import { formatCalendarDate, formatDateTime, formatTime } from '../../lib/format';
import { INVOICE_STATUS_LABEL, JOB_STATUS_LABEL } from '../../lib/status';
import { Link } from '../../lib/router';
import { Address, Amount, Badge, Empty, ErrorState, Field, Loading, PageHeader } from '../../components/ui';
import { Checklist } from '../../components/Checklist';
import { Photos } from '../../components/Photos';
import { JobReviewPanel } from '../../components/JobReview';
import { useViewer } from '../../session';

const JobDetailQuery = graphql(`
  query JobDetail($id: ID!, $finances: Boolean!) {
    node(id: $id) {
      __typename
      ... on Job {
        id
        status
        scheduledStart
        scheduledEnd
        startedAt
        finishedAt
        clientNotes
        property { id name type accessNotes description address { line1 line2 city region postalCode } }
        services { id description quantity amount @include(if: $finances) { amount currency } }
        team { id name }
        employees { id name }
        checklist { id label required done }
        statusHistory { id toStatus changedAt }
        files { id kind filename contentType url thumbnailUrl createdAt }
        total @include(if: $finances) { amount currency }
        invoice @include(if: $finances) { id displayNumber issuedOn status }
        reviewClosesAt
        review { rating comment problem changedAt }
      }
    }
  }
`);

export default function JobDetail({ id }: { id: string }) {
  const viewer = useViewer();
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: JobDetailQuery, variables: { id, finances: viewer.finances } },
    undefined, { catchUp: true });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useJobStatusUpdates(reload, { jobId: id }, reload);
  const job = data?.node?.__typename === 'Job' ? data.node : null;
  const proof = useJobProof(id, data);
  useLeaveWhenAccessLost(data && !fetching ? job !== null : null);
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!job) return <Empty><h1 id="page-title" tabIndex={-1}>Job not found</h1><p><Link href="/jobs">Back to jobs</Link></p></Empty>;
  const property = job.property;
  const checklist = proof?.checklist ?? job.checklist;
  const files = proof?.files ?? job.files;
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/jobs">Jobs</Link></nav>
      <PageHeader title={property?.name ?? 'Job'}>
        <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} />
        {isLate(job) && <span className="badge badge-late" data-testid="late">Late</span>}
      </PageHeader>
      <div className="grid-2">
        <section className="card">
          <h2>Visit</h2>
          <dl className="fields">
            <Field label="Scheduled">{formatDateTime(job.scheduledStart)}{job.scheduledEnd ? ` – ${formatTime(job.scheduledEnd)}` : ''}</Field>
            {job.startedAt && <Field label="Started">{formatDateTime(job.startedAt)}</Field>}
            {job.finishedAt && <Field label="Finished">{formatDateTime(job.finishedAt)}</Field>}
            <Field label="Team">{job.team?.name ?? '—'}</Field>
            <Field label="Assigned">{job.employees.map((person) => person.name).join(', ') || 'Not assigned yet'}</Field>
            {job.clientNotes && <Field label="Notes">{job.clientNotes}</Field>}
          </dl>
          <h3>Services</h3>
          <ul className="lines">
            {job.services.map((line) => (
              <li key={line.id}><span>{line.description}{Number(line.quantity) !== 1 && <span className="muted"> × {Number(line.quantity)}</span>}</span>
                {viewer.finances && line.amount && <Amount money={line.amount} />}</li>
            ))}
            {viewer.finances && job.total && <li className="total"><span>Total</span><Amount money={job.total} /></li>}
          </ul>
          {viewer.finances && job.invoice && job.invoice.status !== 'DRAFT' && (
            <p className="small">Billed on <Link href={`/invoices/${encodeURIComponent(job.invoice.id)}`}>invoice {job.invoice.displayNumber}</Link>
              {' '}({formatCalendarDate(job.invoice.issuedOn)}, {INVOICE_STATUS_LABEL[job.invoice.status]})</p>
          )}
        </section>
        <section className="card">
          <h2>Property</h2>
          {property ? (
            <dl className="fields">
              <Field label="Address"><Address address={property.address} /></Field>
              <Field label="Access">{property.accessNotes || '—'}</Field>
              <Field label="Description">{property.description || '—'}</Field>
              <Field label="More"><Link href={`/properties/${encodeURIComponent(property.id)}`}>Property history</Link></Field>
            </dl>
          ) : <p className="muted">No property.</p>}
        </section>
        <section className="card">
          <h2>Checklist</h2>
          <Checklist items={checklist} />
        </section>
        <section className="card">
          <h2>Status history</h2>
          <ol className="timeline">
            {job.statusHistory.map((change) => (
              <li key={change.id}><Badge status={change.toStatus} label={JOB_STATUS_LABEL[change.toStatus]} /> <span className="muted small">{formatDateTime(change.changedAt)}</span></li>
            ))}
          </ol>
        </section>
        {job.status === 'FINISHED' && (
          <JobReviewPanel jobId={job.id} review={job.review} closesAt={job.reviewClosesAt}
            canReview={!!viewer.user} onSaved={reload} />
        )}
        <section className="card span-2">
          <h2>Photos &amp; files</h2>
          <Photos files={files} />
        </section>
      </div>
    </>
  );
}
