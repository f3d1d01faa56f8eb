import type { Client } from 'urql';
import { graphql } from '../../gql';
import { useLiveQuery } from '../../lib/live';
import { useJobStatusUpdates } from '../../lib/jobUpdates';
import { formatDateTime, formatMoney } from '../../lib/format';
import { JOB_STATUS_LABEL } from '../../lib/status';
import { Link } from '../../lib/router';
import { Badge, Empty, ErrorState, Loading, PageHeader } from '../../components/ui';
import { RevenueChart } from '../../components/RevenueChart';
import { useViewer } from '../../session';

const DashboardQuery = graphql(`
  query ClientDashboard($finances: Boolean!) {
    dashboard {
      completedJobs
      pendingJobs
      totalRevenue @include(if: $finances) { amount currency }
      amountPaid @include(if: $finances) { amount currency }
      openBalance @include(if: $finances) { amount currency cents }
      revenueByMonth @include(if: $finances) { month revenue { amount currency } }
    }
    upcoming: jobs(filter: { statuses: [PENDING, ON_THE_WAY, STARTED], oldestFirst: true }, first: 5) {
      nodes { id status scheduledStart property { id name } }
    }
  }
`);

/** Ask for the dashboard's data ahead of the page (see `warmUp` in App.tsx). */
export function prefetch(client: Client, finances: boolean): void {
  void client.query(DashboardQuery, { finances }).toPromise();
}

function Figure({ label, value, testId, href }: { label: string; value: string | number; testId: string; href?: string | undefined }) {
  const body = (
    <>
      <div className="figure-value">{value}</div>
      <div className="figure-label">{label}</div>
    </>
  );
  return href ? <Link href={href} className="figure figure-link" data-testid={testId}>{body}</Link>
    : <div className="figure" data-testid={testId}>{body}</div>;
}

export default function Dashboard() {
  const viewer = useViewer();
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: DashboardQuery, variables: { finances: viewer.finances } });
  useJobStatusUpdates(() => refetch({ requestPolicy: 'network-only' }));
  const name = viewer.user?.name?.split(' ')[0];
  const figures = data?.dashboard;
  return (
    <>
      <PageHeader title={name ? `Welcome, ${name}` : 'Dashboard'} />
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && !figures && <Empty>No figures to show.</Empty>}
      {figures && (
        <section className="figures" aria-label="At a glance">
          <Figure label="Jobs done" value={figures.completedJobs} testId="figure-completed" href="/jobs?view=finished" />
          <Figure label="Visits coming up" value={figures.pendingJobs} testId="figure-pending" href="/jobs" />
          {viewer.finances && figures.amountPaid && <Figure label="You paid" value={formatMoney(figures.amountPaid)} testId="figure-paid" href="/transactions" />}
          {viewer.finances && figures.openBalance && <Figure label="Open balance" value={formatMoney(figures.openBalance)} testId="figure-open" href="/invoices?view=unpaid" />}
        </section>
      )}
      {viewer.finances && figures?.revenueByMonth && (
        <section className="card">
          <h2>Your invoices by month</h2>
          <p className="muted small">What you were invoiced each month over the last 12 months{figures.totalRevenue ? `: ${formatMoney(figures.totalRevenue)} in all` : ''}.</p>
          <RevenueChart months={figures.revenueByMonth} />
        </section>
      )}
      {data && (
        <section className="card">
          <div className="card-header"><h2>Next visits</h2><Link href="/jobs">All jobs</Link></div>
          {data.upcoming.nodes.length === 0 ? <Empty>No visits scheduled.</Empty> : (
            <ul className="rows">
              {data.upcoming.nodes.map((job) => (
                <li key={job.id}>
                  <Link href={`/jobs/${encodeURIComponent(job.id)}`} className="row-link">
                    <span><strong>{job.property?.name}</strong><span className="muted block">{formatDateTime(job.scheduledStart)}</span></span>
                    <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
