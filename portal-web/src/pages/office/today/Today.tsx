/**
 * The office's day (`/`): today's jobs by team with their live status (jobStatusChanged updates the Job objects in
 * the normalised cache, so the badges move without a reload; a job another office user moves to another team or time,
 * `jobChanged`, reads today's jobs again), late jobs (past their start, still Pending), overdue
 * reminders, payments waiting for approval, correction requests waiting for an answer and overdue customers —
 * each row a link to where it is acted on, each list with its total.
 */
import { useEffect, useMemo, useState } from 'react';
import { useClient, useSubscription } from 'urql';
import { graphql } from '../../../gql';
import type { OfficeTodayQuery } from '../../../gql/graphql';
import { Amount, Badge, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { ListCount } from '../../../components/office/DataTable';
import { useJobStatusUpdates } from '../../../lib/jobUpdates';
import { useLiveQuery } from '../../../lib/live';
import { companyDayRange, formatDate, formatTime, localDay } from '../../../lib/format';
import { JOB_STATUS_LABEL, isLate } from '../../../lib/status';
import { Link } from '../../../lib/router';
import './today.css';

const TodayQuery = graphql(`
  query OfficeToday($from: DateTime!, $to: DateTime!) {
    jobs(filter: { scheduledFrom: $from, scheduledTo: $to, oldestFirst: true }, first: 100) {
      totalCount
      nodes { id status scheduledStart scheduledEnd team { id name } customer { id displayName } property { id name } }
    }
    reminders(filter: { due: OVERDUE }, first: 20) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id text dueAt customer { id displayName } }
    }
    transactions(statuses: [TO_APPROVAL], first: 20) { totalCount nodes { id occurredAt amount { amount currency } customer { id displayName } } }
    correctionRequests(status: OPEN, first: 20) { totalCount nodes { id message createdAt customer { id displayName } invoice { id displayNumber } } }
    customersByOverdue(first: 20) { totalCount nodes { id displayName aging { overdue { amount currency } } } }
  }
`);

// A job's crew or time changed elsewhere: today's list is read again (it may join or leave today, or change team).
const TodayJobChanged = graphql(`
  subscription OfficeTodayJobChanged { jobChanged { fields job { id } } }
`);

// The overdue reminders past the first page (there is no reminders page: Today pages through all of them).
const MoreRemindersQuery = graphql(`
  query OfficeTodayMoreReminders($after: String) {
    reminders(filter: { due: OVERDUE }, first: 50, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id text dueAt customer { id displayName } }
    }
  }
`);

type Job = OfficeTodayQuery['jobs']['nodes'][number];
type Reminders = OfficeTodayQuery['reminders'];
type Reminder = Reminders['nodes'][number];

function ReminderRow({ item }: { item: Reminder }) {
  return (
    <li>
      <span className="nowrap today-time">{formatDate(item.dueAt)}</span>
      {item.customer ? <Link href={`/customers/${encodeURIComponent(item.customer.id)}/reminders`}>{item.text}</Link> : item.text}
      {item.customer && <span className="today-sub">{item.customer.displayName}</span>}
    </li>
  );
}

/** Overdue reminders: the first page from Today's query, then "Load more" until all of them are shown. */
function OverdueReminders({ first }: { first: Reminders }) {
  const client = useClient();
  const [more, setMore] = useState<Reminder[]>([]);
  const [page, setPage] = useState(first.pageInfo);
  const [total, setTotal] = useState(first.totalCount);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // A fresh first page (a refetch) starts the list over.
  useEffect(() => { setMore([]); setPage(first.pageInfo); setTotal(first.totalCount); }, [first]);
  const seen = new Set(first.nodes.map((item) => item.id));
  const rows = [...first.nodes, ...more.filter((item) => !seen.has(item.id))];
  const loadMore = async () => {
    if (loading || !page.endCursor) return;
    setLoading(true);
    setFailed(false);
    const result = await client.query(MoreRemindersQuery, { after: page.endCursor }, { requestPolicy: 'network-only' }).toPromise();
    setLoading(false);
    if (!result.data) { setFailed(true); return; }
    const next = result.data.reminders;
    setMore((shown) => [...shown, ...next.nodes]);
    setPage(next.pageInfo);
    setTotal(next.totalCount);
  };
  return (
    <Section title="Overdue reminders" total={total} shown={rows.length} noun={['reminder', 'reminders']}>
      {rows.map((item) => <ReminderRow key={item.id} item={item} />)}
      {page.hasNextPage && (
        <li className="today-more">
          <button type="button" className="button" onClick={() => { void loadMore(); }} disabled={loading} aria-busy={loading}>
            {loading ? 'Loading…' : `Load more (${total - rows.length} more)`}
          </button>
          {failed && <span className="today-sub" role="alert">Could not load more reminders. Try again.</span>}
        </li>
      )}
    </Section>
  );
}

function JobRow({ job }: { job: Job }) {
  const late = isLate(job);
  return (
    <li className={`today-job${late ? ' today-late' : ''}`} data-job={job.id}>
      <span className="nowrap today-time">{formatTime(job.scheduledStart)}</span>
      <span className="today-job-main">
        <Link href={`/jobs/${encodeURIComponent(job.id)}`}>{job.customer?.displayName ?? 'Job'}</Link>
        {job.property && <span className="today-job-place">{job.property.name}</span>}
      </span>
      <span className="today-job-status">
        <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} />
        {late && <span className="badge badge-bad">Late</span>}
      </span>
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
      {more && total > shown && <Link className="today-all" href={more}>See all {total}</Link>}
    </section>
  );
}

export default function Today() {
  const range = useMemo(() => companyDayRange(new Date()), []);
  const day = useMemo(() => localDay(new Date()), []);
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: TodayQuery, variables: range });
  // Each move updates its Job in the cache (the badge moves); a reconnect reloads.
  useJobStatusUpdates(() => undefined, {}, () => refetch({ requestPolicy: 'network-only' }));
  const [{ data: changed }] = useSubscription({ query: TodayJobChanged });
  useEffect(() => {
    if (changed) refetch({ requestPolicy: 'network-only' });
  }, [changed]); // eslint-disable-line react-hooks/exhaustive-deps
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
        <section className="card today-card today-jobs" aria-label="Today’s jobs">
          <h2>Today’s jobs <span className="today-count nowrap">{data.jobs.totalCount}</span></h2>
          {data.jobs.totalCount === 0 && <p className="today-none">No jobs scheduled today.</p>}
          <div className="today-teams">
            {byTeam.map((team) => (
              <div key={team.name} className="today-team">
                <h3>{team.name} <span className="nowrap">{team.jobs.length}</span></h3>
                <ul className="today-list">{team.jobs.map((job) => <JobRow key={job.id} job={job} />)}</ul>
              </div>
            ))}
          </div>
          <div className="today-foot">
            {data.jobs.totalCount > 0 && <ListCount shown={data.jobs.nodes.length} total={data.jobs.totalCount} noun={['job today', 'jobs today']} />}
            <Link className="today-all" href={`/schedule/day?date=${day}`}>
              {data.jobs.totalCount > data.jobs.nodes.length ? `See all ${data.jobs.totalCount} on the day board` : 'Open the day board'}
            </Link>
          </div>
        </section>
        <div className="today-side">
          <Section title="Late jobs" total={late.length} shown={late.length} noun={['late job', 'late jobs']}>
            {late.map((job) => <JobRow key={job.id} job={job} />)}
          </Section>
          <OverdueReminders first={data.reminders} />
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
      </div>
    </>
  );
}
