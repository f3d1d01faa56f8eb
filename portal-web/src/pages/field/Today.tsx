import { useMemo, useState } from 'react';
import { graphql } from '../../gql';
import { useLiveQuery } from '../../lib/live';
import { useJobStatusUpdates } from '../../lib/jobUpdates';
import { companyDayRange, formatDate, formatTime } from '../../lib/format';
import { JOB_STATUS_LABEL, isLate } from '../../lib/status';
import { Link } from '../../lib/router';
import { Address, Badge, Empty, ErrorState, Loading, PageHeader } from '../../components/ui';
import { StatusButtons } from './StatusButtons';
import { takenOffNotice, useCrewChanges } from './crewChanges';

const TodayQuery = graphql(`
  query FieldToday($filter: JobFilter!) {
    jobs(filter: $filter, first: 50) {
      nodes {
        id status scheduledStart scheduledEnd clientNotes
        property { id name accessNotes address { line1 line2 city region postalCode } }
        services { id description }
        checklist { id label required done }
      }
    }
  }
`);

function mapsLink(address: { line1?: string | null; city?: string | null; postalCode?: string | null }): string {
  const query = [address.line1, address.city, address.postalCode].filter(Boolean).join(', ');
  return `https://maps.google.com/?q=${encodeURIComponent(query)}`;
}

export default function Today() {
  const range = useMemo(() => companyDayRange(new Date()), []);
  const [{ data, error, fetching }, refetch] = useLiveQuery({
    query: TodayQuery,
    variables: { filter: { scheduledFrom: range.from, scheduledTo: range.to, oldestFirst: true } },
  }, 60_000, { catchUp: true });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useJobStatusUpdates(reload, {}, reload);
  const jobs = data?.jobs.nodes ?? [];
  // The office moved one of their jobs, put them on one or took them off one: the day is read again.
  // A job taken off their day is named once it has gone; the note goes when they are put back on it.
  const [notice, setNotice] = useState<{ jobId: string; text: string } | null>(null);
  useCrewChanges((change) => {
    const text = takenOffNotice(change, jobs);
    setNotice((shown) => {
      if (text) return { jobId: change.jobId, text };
      return change.stillMine && shown?.jobId === change.jobId ? null : shown;
    });
    reload();
  });
  return (
    <>
      <PageHeader title="Today" />
      <p className="muted">{formatDate(new Date().toISOString())}{data ? ` · ${jobs.length} ${jobs.length === 1 ? 'job' : 'jobs'}` : ''}</p>
      {notice && <p className="field-notice" role="status">{notice.text}</p>}
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && jobs.length === 0 && <Empty>No jobs assigned to you today.</Empty>}
      <ol className="field-jobs">
        {jobs.map((job, index) => {
          const done = job.checklist.filter((item) => item.done).length;
          const late = isLate(job);
          return (
            <li key={job.id} className={`field-job status-${job.status.toLowerCase()}${late ? ' late' : ''}`} data-job-id={job.id}>
              <div className="field-job-head">
                <span className="field-order" aria-label={`Stop ${index + 1}`}>{index + 1}</span>
                <span className="field-time">{formatTime(job.scheduledStart)}{job.scheduledEnd ? `–${formatTime(job.scheduledEnd)}` : ''}</span>
                <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} />
                {late && <span className="badge badge-late" data-testid="late">Late</span>}
              </div>
              <h2 className="field-title"><Link href={`/jobs/${encodeURIComponent(job.id)}`}>{job.property?.name ?? 'Job'}</Link></h2>
              {job.property && (
                <a className="field-address" href={mapsLink(job.property.address)} target="_blank" rel="noreferrer">
                  <Address address={job.property.address} />
                </a>
              )}
              {job.property?.accessNotes && <p className="access"><strong>Access:</strong> {job.property.accessNotes}</p>}
              <p className="small muted">{job.services.map((line) => line.description).join(' · ')}</p>
              {job.checklist.length > 0 && <p className="small">Checklist {done}/{job.checklist.length}</p>}
              <StatusButtons jobId={job.id} status={job.status}
                openRequired={job.checklist.filter((item) => item.required && !item.done).map((item) => item.label)} />
            </li>
          );
        })}
      </ol>
    </>
  );
}
