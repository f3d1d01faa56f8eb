import { useState } from 'react';
import { graphql } from '../../gql';
import { useLiveQuery } from '../../lib/live';
import { formatDateTime, formatTime } from '../../lib/format';
import { JOB_STATUS_LABEL } from '../../lib/status';
import { Link } from '../../lib/router';
import { Address, Badge, Empty, ErrorState, Field, Loading, PageHeader } from '../../components/ui';
import { FieldChecklist } from './FieldChecklist';
import { Photos } from '../../components/Photos';
import { StatusButtons } from './StatusButtons';
import { PhotoUpload } from './PhotoUpload';
import { useJobProof } from '../../lib/jobProof';
import { isLate } from '../../lib/status';
import { useCrewChanges } from './crewChanges';

const FieldJobQuery = graphql(`
  query FieldJob($id: ID!) {
    node(id: $id) {
      __typename
      ... on Job {
        id status scheduledStart scheduledEnd clientNotes internalNotes
        property { id name accessNotes description address { line1 line2 city region postalCode } }
        services { id description quantity }
        employees { id name }
        checklist { id label required done }
        files { id kind filename contentType url thumbnailUrl createdAt }
      }
    }
  }
`);

export default function FieldJob({ id }: { id: string }) {
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: FieldJobQuery, variables: { id } });
  const job = data?.node?.__typename === 'Job' ? data.node : null;
  const proof = useJobProof(id, data);
  // The office changed this job's crew or time: read it again; taken off it, the employee may no longer see it.
  const [takenOff, setTakenOff] = useState<string | null>(null);
  useCrewChanges((change) => {
    if (change.jobId !== id) return;
    setTakenOff(change.stillMine ? null : id);
    refetch({ requestPolicy: 'network-only' });
  });
  if (takenOff === id) {
    return (
      <Empty>
        <h1 id="page-title" tabIndex={-1}>No longer on your day</h1>
        <p>The office took you off this job.</p>
        <p><Link href="/">Back to today</Link></p>
      </Empty>
    );
  }
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!job) return <Empty><h1 id="page-title" tabIndex={-1}>Job not found</h1><p><Link href="/">Back to today</Link></p></Empty>;
  const checklist = proof?.checklist ?? job.checklist;
  const files = proof?.files ?? job.files;
  const openRequired = checklist.filter((item) => item.required && !item.done).map((item) => item.label);
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href="/">Today</Link></nav>
      <PageHeader title={job.property?.name ?? 'Job'}>
        <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} />
        {isLate(job) && <span className="badge badge-late" data-testid="late">Late</span>}
      </PageHeader>
      <StatusButtons jobId={job.id} status={job.status} openRequired={openRequired} />
      <section className="card">
        <h2>Checklist</h2>
        <FieldChecklist items={checklist} locked={job.status === 'FINISHED' || job.status === 'CANCELLED'} />
      </section>
      <section className="card">
        <h2>Details</h2>
        <dl className="fields">
          <Field label="When">{formatDateTime(job.scheduledStart)}{job.scheduledEnd ? `–${formatTime(job.scheduledEnd)}` : ''}</Field>
          <Field label="Address"><Address address={job.property?.address} /></Field>
          <Field label="Access">{job.property?.accessNotes || '—'}</Field>
          {job.property?.description && <Field label="Place">{job.property.description}</Field>}
          <Field label="Services">{job.services.map((line) => line.description).join(' · ')}</Field>
          <Field label="Crew">{job.employees.map((person) => person.name).join(', ')}</Field>
          {job.clientNotes && <Field label="Client notes">{job.clientNotes}</Field>}
          {job.internalNotes && <Field label="Office notes">{job.internalNotes}</Field>}
        </dl>
      </section>
      <section className="card">
        <h2>Photos</h2>
        <PhotoUpload jobId={job.id} onUploaded={() => refetch({ requestPolicy: 'network-only' })} />
        <Photos files={files} />
      </section>
    </>
  );
}
