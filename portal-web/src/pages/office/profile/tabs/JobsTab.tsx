/** The customer's jobs, newest scheduled first, every page with the total; statuses change live. */
import { useState } from 'react';
import { graphql } from '../../../../gql';
import { useLiveQuery } from '../../../../lib/live';
import { useJobStatusUpdates } from '../../../../lib/jobUpdates';
import { formatDateTime } from '../../../../lib/format';
import { JOB_STATUS_LABEL } from '../../../../lib/status';
import { Link } from '../../../../lib/router';
import { Amount, Badge, Empty, ErrorState, Loading } from '../../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../../components/Pager';
import type { JobStatus } from '../../../../gql/graphql';

const CustomerJobsQuery = graphql(`
  query OfficeCustomerJobs($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Customer {
        id
        jobs(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes {
            id status scheduledStart
            property { id name }
            team { id name }
            services { id description }
            total { amount currency }
          }
        }
      }
    }
  }
`);

export function JobsTab({ customerId, propertyId }: { customerId: string; propertyId?: string }) {
  const pages = usePages(`jobs:${customerId}`);
  const [{ data, error, fetching }, refetch] = useLiveQuery(
    { query: CustomerJobsQuery, variables: { id: customerId, first: PAGE_SIZE, after: pages.after } },
    undefined, { catchUp: true },
  );
  // Moves announced live (jobStatusChanged, office scope) show at once, whatever the cache does.
  const [moved, setMoved] = useState<Record<string, JobStatus>>({});
  useJobStatusUpdates((events) => setMoved((before) => {
    const next = { ...before };
    for (const event of events) if (event.job) next[event.job.id] = event.status;
    return next;
  }), {}, () => refetch({ requestPolicy: 'network-only' }));
  const jobs = data?.node?.__typename === 'Customer' ? data.node.jobs : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  const newJob = `/jobs/new?customer=${encodeURIComponent(customerId)}${propertyId ? `&property=${encodeURIComponent(propertyId)}` : ''}`;
  return (
    <section aria-label="Jobs">
      <div className="tab-toolbar"><Link className="button primary small" href={newJob}>New job</Link></div>
      {!jobs || jobs.totalCount === 0 ? <Empty>No jobs yet.</Empty> : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Jobs</caption>
              <thead><tr><th scope="col">When</th><th scope="col">Property</th><th scope="col">Services and team</th><th scope="col" className="num">Total</th><th scope="col">Status</th></tr></thead>
              <tbody>
                {jobs.nodes.map((job) => {
                  const status = moved[job.id] ?? job.status;
                  return (
                    <tr key={job.id} data-job={job.id}>
                      <td className="nowrap"><Link href={`/jobs/${encodeURIComponent(job.id)}`}>{formatDateTime(job.scheduledStart)}</Link></td>
                      <td>{job.property ? <Link href={`/properties/${encodeURIComponent(job.property.id)}`}>{job.property.name}</Link> : '—'}</td>
                      <td>{job.services.map((line) => line.description).join(', ') || '—'}{job.team && <span className="muted small block">{job.team.name}</span>}</td>
                      <td className="num nowrap"><Amount money={job.total} /></td>
                      <td data-live-status=""><Badge status={status} label={JOB_STATUS_LABEL[status]} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager page={pages.page} shown={jobs.nodes.length} total={jobs.totalCount} hasNext={jobs.pageInfo.hasNextPage}
            endCursor={jobs.pageInfo.endCursor} noun={['job', 'jobs']} onNext={pages.next} onPrevious={pages.previous} />
        </>
      )}
    </section>
  );
}
