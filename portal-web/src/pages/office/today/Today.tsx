/**
 * The office's day (`/`): today's jobs by team with their live status (jobStatusChanged updates the Job objects in
 * the normalised cache, so the badges move without a reload), late jobs (past their start, still Pending), overdue
 * reminders, payments waiting for approval, correction requests waiting for an answer and overdue customers —
 * each row a link to where it is acted on, each list with its total.
 */
import { useMemo } from 'react';
import { graphql } from '../../../gql';
import type { OfficeTodayQuery } from '../../../gql/graphql';
import { Amount, Badge, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { ListCount } from '../../../components/office/DataTable';
import { useJobStatusUpdates } from '../../../lib/jobUpdates';
import { useLiveQuery } from '../../../lib/live';
import { companyDayRange, formatDate, formatTime } from '../../../lib/format';
import { JOB_STATUS_LABEL, isLate } from '../../../lib/status';
import { Link } from '../../../lib/router';
import './today.css';

const TodayQuery = graphql(`
  query OfficeToday($from: DateTime!, $to: DateTime!) {
    jobs(filter: { scheduledFrom: $from, scheduledTo: $to, oldestFirst: true }, first: 100) {
      totalCount
      nodes { id status scheduledStart scheduledEnd team { id name } customer { id displayName } property { id name } }
    }
    reminders(filter: { due: OVERDUE }, first: 20) { totalCount nodes { id text dueAt customer { id displayName } } }
    transactions(statuses: [TO_APPROVAL], first: 20) { totalCount nodes { id occurredAt amount { amount currency } customer { id displayName } } }
    correctionRequests(status: OPEN, first: 20) { totalCount nodes { id message createdAt customer { id displayName } invoice { id displayNumber } } }
    customersByOverdue(first: 20) { totalCount nodes { id displayName aging { overdue { amount currency } } } }
  }
`);

type Job = OfficeTodayQuery['jobs']['nodes'][number];

function JobRow({ job }: { job: Job }) {
  const late = isLate(job);
  return (
    <li className={late ? 'today-late' : undefined} data-job={job.id}>
      <span className="nowrap today-time">{formatTime(job.scheduledStart)}</span>
      <Link href={`/jobs/${encodeURIComponent(job.id)}`}>{job.customer?.displayName ?? 'Job'}{job.property ? ` · ${job.property.name}` : ''}</Link>
      <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} />
      {late && <span className="badge badge-bad">Late</span>}
    </li>
  );
}

function Section({ title, total, shown, noun, more, children }: {
  title: string; total: number; shown: number; noun: [string, string]; more?: string; children: React.ReactNode;
}) {
  return (
    <section className="card today-card">
      <h2>{title} <span className="today-count nowrap">{total}</span></h2>
      {total === 0 ? <p className="today-none">Nothing waiting.</p> : <ul className="today-list">{children}</ul>}
      {total > 0 && <ListCount shown={shown} total={total} noun={noun} />}
      {more && total > shown && <Link href={more}>See all {total}</Link>}
    </section>
  );
}

export default function Today() {
  const range = useMemo(() => companyDayRange(new Date()), []);
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: TodayQuery, variables: range });
  // Each move updates its Job in the cache (the badge moves); a reconnect reloads.
  useJobStatusUpdates(() => undefined, {}, () => refetch({ requestPolicy: 'network-only' }));
  const byTeam = useMemo(() => {
    const groups = new Map<string, { name: string; jobs: Job[] }>();
    for (const job of data?.jobs.nodes ?? []) {
      const key = job.team?.id ?? 'none';
      if (!groups.has(key)) groups.set(key, { name: job.team?.name ?? 'No team', jobs: [] });
      groups.get(key)!.jobs.push(job);
    }
    return [...groups.values()];
  }, [data]);
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading label="Loading today…" />;
  if (!data) return null;
  const late = data.jobs.nodes.filter((job) => isLate(job));
  return (
    <>
      <PageHeader title="Today" />
      <div className="today-grid">
        <section className="card today-card today-jobs">
          <h2>Today’s jobs <span className="today-count nowrap">{data.jobs.totalCount}</span></h2>
          {data.jobs.totalCount === 0 && <p className="today-none">No jobs scheduled today.</p>}
          {byTeam.map((team) => (
            <div key={team.name} className="today-team">
              <h3>{team.name}</h3>
              <ul className="today-list">{team.jobs.map((job) => <JobRow key={job.id} job={job} />)}</ul>
            </div>
          ))}
          {data.jobs.totalCount > 0 && <ListCount shown={data.jobs.nodes.length} total={data.jobs.totalCount} noun={['job today', 'jobs today']} />}
          {data.jobs.totalCount > data.jobs.nodes.length && <Link href="/schedule">See all on the schedule</Link>}
        </section>
        <Section title="Late jobs" total={late.length} shown={late.length} noun={['late job', 'late jobs']}>
          {late.map((job) => <JobRow key={job.id} job={job} />)}
        </Section>
        <Section title="Overdue reminders" total={data.reminders.totalCount} shown={data.reminders.nodes.length} noun={['reminder', 'reminders']}>
          {data.reminders.nodes.map((item) => (
            <li key={item.id}>
              <span className="nowrap today-time">{formatDate(item.dueAt)}</span>
              {item.customer ? <Link href={`/customers/${encodeURIComponent(item.customer.id)}/reminders`}>{item.text}</Link> : item.text}
              {item.customer && <span className="today-sub">{item.customer.displayName}</span>}
            </li>
          ))}
        </Section>
        <Section title="Payments to approve" total={data.transactions.totalCount} shown={data.transactions.nodes.length} noun={['payment', 'payments']} more="/billing/approvals">
          {data.transactions.nodes.map((item) => (
            <li key={item.id}>
              <span className="nowrap today-time">{formatDate(item.occurredAt)}</span>
              <Link href="/billing/approvals">{item.customer?.displayName ?? 'Payment'}</Link>
              <Amount money={item.amount} />
            </li>
          ))}
        </Section>
        <Section title="Correction requests" total={data.correctionRequests.totalCount} shown={data.correctionRequests.nodes.length} noun={['request', 'requests']} more="/billing/corrections">
          {data.correctionRequests.nodes.map((item) => (
            <li key={item.id}>
              <span className="nowrap today-time">{formatDate(item.createdAt)}</span>
              <Link href={item.invoice ? `/invoices/${encodeURIComponent(item.invoice.id)}` : '/billing/corrections'}>{item.customer?.displayName ?? 'Request'}{item.invoice ? ` · ${item.invoice.displayNumber}` : ''}</Link>
              <span className="today-sub">{item.message}</span>
            </li>
          ))}
        </Section>
        <Section title="Overdue invoices" total={data.customersByOverdue.totalCount} shown={data.customersByOverdue.nodes.length} noun={['customer', 'customers']} more="/billing/overdue">
          {data.customersByOverdue.nodes.map((item) => (
            <li key={item.id}>
              <Link href={`/customers/${encodeURIComponent(item.id)}/statement`}>{item.displayName}</Link>
              {item.aging && <Amount money={item.aging.overdue} />}
            </li>
          ))}
        </Section>
      </div>
    </>
  );
}
