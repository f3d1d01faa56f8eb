import { useEffect, useState } from 'react';
import type { Client } from 'urql';
import { graphql } from '../../gql';
import type { JobStatus } from '../../gql/graphql';
import { useLiveQuery } from '../../lib/live';
import { useJobStatusUpdates, type JobStatusUpdate } from '../../lib/jobUpdates';
import { applyJobEvents } from '../../lib/liveSync';
import { formatDate, formatTime } from '../../lib/format';
import { JOB_STATUS_LABEL, OPEN_JOB_STATUSES } from '../../lib/status';
import { Link, navigate, useLocation } from '../../lib/router';
import { Amount, Badge, Empty, ErrorState, Loading, PageHeader } from '../../components/ui';
import { PropertyFilter } from '../../components/PropertyFilter';
import { PAGE_SIZE, Pager, usePages } from '../../components/Pager';
import { isLate } from '../../lib/status';
import { useViewer } from '../../session';

const JobsQuery = graphql(`
  query Jobs($filter: JobFilter, $first: Int, $after: String, $finances: Boolean!) {
    jobs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        status
        scheduledStart
        clientNotes
        property { id name }
        services { id description }
        team { id name }
        employees { id name }
        files { id }
        total @include(if: $finances) { amount currency }
      }
    }
  }
`);

const VIEWS: { key: string; label: string; statuses: JobStatus[] | null }[] = [
  { key: 'open', label: 'Open', statuses: OPEN_JOB_STATUSES },
  { key: 'finished', label: 'Finished', statuses: ['FINISHED'] },
  { key: 'all', label: 'All', statuses: null },
];

function jobsVariables(view: (typeof VIEWS)[number], property: string, after: string | null, finances: boolean) {
  return {
    filter: { statuses: view.statuses, propertyIds: property ? [property] : null, oldestFirst: view.key === 'open' },
    first: PAGE_SIZE, after, finances,
  };
}

/** Ask for the first page of open jobs ahead of the page (see `warmUp` in App.tsx). */
export function prefetch(client: Client, finances: boolean): void {
  void client.query(JobsQuery, jobsVariables(VIEWS[0], '', null, finances)).toPromise();
}

export default function Jobs() {
  const viewer = useViewer();
  const { search } = useLocation();
  const view = VIEWS.find((item) => item.key === search.get('view')) ?? VIEWS[0];
  const property = search.get('property') ?? '';
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/jobs${next.toString() ? `?${next}` : ''}`, true);
  };
  const pages = usePages(`${view.key}|${property}`);
  const [{ data, error, fetching }, refetch] = useLiveQuery({
    query: JobsQuery,
    variables: jobsVariables(view, property, pages.after, viewer.finances),
  }, undefined, { catchUp: true });
  // Moves heard live or caught up after a reconnect show at once; the list is then read again (a move can
  // take a job out of this view), and the fresh list replaces them.
  const [moves, setMoves] = useState<JobStatusUpdate[]>([]);
  useEffect(() => setMoves([]), [data]);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useJobStatusUpdates((events) => {
    setMoves((earlier) => [...earlier, ...events]);
    reload();
  }, { propertyId: property || undefined }, reload);
  const jobs = applyJobEvents(data?.jobs.nodes ?? [], moves);
  const pager = data && (
    <Pager page={pages.page} shown={jobs.length} total={data.jobs.totalCount} hasNext={data.jobs.pageInfo.hasNextPage}
      endCursor={data.jobs.pageInfo.endCursor} noun={['job', 'jobs']} onNext={pages.next} onPrevious={pages.previous} />
  );

  return (
    <>
      <PageHeader title="Jobs" />
      <div className="toolbar">
        <div className="tabs" role="tablist" aria-label="Which jobs">
          {VIEWS.map((item) => (
            <button key={item.key} role="tab" type="button" aria-selected={item.key === view.key}
              className={`tab ${item.key === view.key ? 'active' : ''}`} onClick={() => setParam('view', item.key === 'open' ? '' : item.key)}>
              {item.label}
            </button>
          ))}
        </div>
        <PropertyFilter value={property} onChange={(id) => setParam('property', id)} />
      </div>
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && jobs.length === 0 && <Empty>No {view.key === 'all' ? '' : view.label.toLowerCase()} jobs{property ? ' at this property' : ''}.</Empty>}
      {jobs.length > 0 && (
        <>
          {pager}
          <ul className="job-list" aria-label="Jobs">
            {jobs.map((job) => (
              <li key={job.id} className="job-item" data-job-id={job.id}>
                <Link href={`/jobs/${encodeURIComponent(job.id)}`} className="job-link">
                  <div className="job-when">
                    <span className="job-date">{formatDate(job.scheduledStart)}</span>
                    <span className="muted">{formatTime(job.scheduledStart)}</span>
                  </div>
                  <div className="job-main">
                    <strong>{job.property?.name ?? 'Property'}</strong>
                    <span className="muted block">{job.services.map((line) => line.description).join(' · ') || 'No services listed'}</span>
                    {(job.team || job.employees.length > 0) && (
                      <span className="muted block small">Team: {[job.team?.name, job.employees.map((person) => person.name).join(', ')].filter(Boolean).join(' — ')}</span>
                    )}
                    {job.clientNotes && <span className="block small note">{job.clientNotes}</span>}
                  </div>
                  <div className="job-side">
                    <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} />
                    {isLate(job) && <span className="badge badge-late" data-testid="late">Late</span>}
                    {viewer.finances && job.total && <Amount money={job.total} />}
                    {job.files.length > 0 && <span className="muted small">{job.files.length} {job.files.length === 1 ? 'file' : 'files'}</span>}
                  </div>
                </Link>
              </li>
            ))}
          </ul>
          {pager}
        </>
      )}
    </>
  );
}
