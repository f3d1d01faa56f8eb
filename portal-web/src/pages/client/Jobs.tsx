import { graphql } from '../../gql';
import type { JobStatus } from '../../gql/graphql';
import { useLiveQuery } from '../../lib/live';
import { useJobStatusUpdates } from '../../lib/jobUpdates';
import { formatDate, formatTime } from '../../lib/format';
import { JOB_STATUS_LABEL, OPEN_JOB_STATUSES } from '../../lib/status';
import { Link, navigate, useLocation } from '../../lib/router';
import { Amount, Badge, Empty, ErrorState, Loading, PageHeader } from '../../components/ui';
import { PropertyFilter } from '../../components/PropertyFilter';
import { useViewer } from '../../session';

const JobsQuery = graphql(`
  query Jobs($filter: JobFilter, $first: Int, $finances: Boolean!) {
    jobs(filter: $filter, first: $first) {
      totalCount
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
  const filter = {
    statuses: view.statuses,
    propertyIds: property ? [property] : null,
    oldestFirst: view.key === 'open',
  };
  const [{ data, error, fetching }, refetch] = useLiveQuery({
    query: JobsQuery,
    variables: { filter, first: 100, finances: viewer.finances },
  });
  useJobStatusUpdates(() => refetch({ requestPolicy: 'network-only' }), { propertyId: property || undefined });
  const jobs = data?.jobs.nodes ?? [];

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
          <p className="muted small" aria-live="polite">{data?.jobs.totalCount} {data?.jobs.totalCount === 1 ? 'job' : 'jobs'}{data && data.jobs.totalCount > jobs.length ? `, the first ${jobs.length} shown` : ''}</p>
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
                    {viewer.finances && job.total && <Amount money={job.total} />}
                    {job.files.length > 0 && <span className="muted small">{job.files.length} {job.files.length === 1 ? 'file' : 'files'}</span>}
                  </div>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
