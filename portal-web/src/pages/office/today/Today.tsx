/**
 * The office's day (`/`): every job of today by team with its live status, late jobs (past their start, still
 * Pending), overdue reminders, payments waiting for approval, correction requests waiting for an answer and overdue
 * customers — each row a link to where it is acted on, each list with its total.
 *
 * Today's jobs are all read, page by page, however many there are (`useJobsBetween`, the day board's reader): the
 * teams and the late jobs are worked out over the whole day, never over a first page. Status moves
 * (`jobStatusChanged`) are applied in place, a job another office user moves to another team or time (`jobChanged`)
 * is put where it now belongs, and a job turns late while the page is open (`useNow`).
 */
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../../gql';
import type { OfficeTodayQuery } from '../../../gql/graphql';
import { Amount, Badge, ErrorState, Loading, PageHeader } from '../../../components/ui';
import { ListCount } from '../../../components/office/DataTable';
import { useLiveQuery } from '../../../lib/live';
import { useNow } from '../../../lib/now';
import { formatDate, formatTime } from '../../../lib/format';
import { addDays, today } from '../../../lib/schedule';
import { JOB_STATUS_LABEL, isLate } from '../../../lib/status';
import { Link } from '../../../lib/router';
import { type BoardJob, useJobsBetween } from '../schedule/data';
import { byTeam, lateJobs } from './jobs';
import './today.css';

const TodayQuery = graphql(`
  query OfficeToday {
    reminders(filter: { due: OVERDUE }, first: 20) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id text dueAt customer { id displayName } }
    }
    transactions(statuses: [TO_APPROVAL], first: 20) { totalCount nodes { id occurredAt amount { amount currency } customer { id displayName } } }
    correctionRequests(status: OPEN, first: 20) { totalCount nodes { id message createdAt customer { id displayName } invoice { id displayNumber } } }
    customersByOverdue(first: 20) { totalCount nodes { id displayName aging { overdue { amount currency } } } }
  }
`);

// The overdue reminders past the first page (there is no reminders page: Today pages through all of them).
const MoreRemindersQuery = graphql(`
  query OfficeTodayMoreReminders($after: String) {
    reminders(filter: { due: OVERDUE }, first: 50, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id text dueAt customer { id displayName } }
    }
  }
`);

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

function JobRow({ job, now }: { job: BoardJob; now: Date }) {
  const late = isLate(job, now);
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

/** Every job of today by team, with the total; while the day is still being read, a line saying so. */
function TodaysJobs({ day, now, jobs, total, loading, error, reload }: {
  day: string; now: Date; jobs: BoardJob[]; total: number; loading: boolean; error: string | null; reload: () => void;
}) {
  const teams = byTeam(jobs);
  return (
    <section className="card today-card today-jobs" aria-label="Today’s jobs" aria-busy={loading}>
      <h2>Today’s jobs <span className="today-count nowrap">{loading && !jobs.length ? '…' : total}</span></h2>
      {error && (
        <p className="today-none" role="alert">
          {error} <button type="button" className="button link small" onClick={reload}>Try again</button>
        </p>
      )}
      {loading && !jobs.length && !error && <Loading label="Loading today’s jobs…" />}
      {!loading && !error && total === 0 && <p className="today-none">No jobs scheduled today.</p>}
      <div className="today-teams">
        {teams.map((team) => (
          <div key={team.key} className="today-team">
            <h3>{team.name} <span className="nowrap">{team.jobs.length}</span></h3>
            <ul className="today-list">{team.jobs.map((job) => <JobRow key={job.id} job={job} now={now} />)}</ul>
          </div>
        ))}
      </div>
      <div className="today-foot">
        {jobs.length > 0 && <ListCount shown={jobs.length} total={total} noun={['job today', 'jobs today']} />}
        <Link className="today-all" href={`/schedule/day?date=${day}`}>Open the day board</Link>
      </div>
    </section>
  );
}

/** How many late jobs show before "Show all": the cards below them stay in sight on a bad day. */
const LATE_FIRST = 10;

/** The late jobs of the whole day, the first few at once and the rest a click away, with the count. */
function LateJobs({ jobs, now, known, failed }: { jobs: BoardJob[]; now: Date; known: boolean; failed: boolean }) {
  const [all, setAll] = useState(false);
  if (!known) {
    return (
      <section className="card today-card" aria-label="Late jobs">
        <h2>Late jobs</h2>
        <p className="today-none">{failed ? 'Not known: today’s jobs could not be read.' : 'Reading today’s jobs…'}</p>
      </section>
    );
  }
  const shown = all ? jobs : jobs.slice(0, LATE_FIRST);
  return (
    <Section title="Late jobs" total={jobs.length} shown={shown.length} noun={['late job', 'late jobs']}>
      {shown.map((job) => <JobRow key={job.id} job={job} now={now} />)}
      {jobs.length > LATE_FIRST && (
        <li className="today-more">
          <button type="button" className="button" aria-expanded={all} onClick={() => setAll((was) => !was)}>
            {all ? `Show the first ${LATE_FIRST}` : `Show all ${jobs.length} late jobs`}
          </button>
        </li>
      )}
    </Section>
  );
}

export default function Today() {
  const now = useNow();
  const day = today(now);  // a page left open past midnight moves on to the new day
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: TodayQuery });
  const jobs = useJobsBetween(day, addDays(day, 1));
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading label="Loading today…" />;
  if (!data) return null;
  const late = lateJobs(jobs.jobs, now);
  const lateKnown = !(jobs.loading && !jobs.jobs.length) && !jobs.error;
  return (
    <>
      <PageHeader title="Today" />
      <div className="today-grid">
        <TodaysJobs day={day} now={now} jobs={jobs.jobs} total={jobs.total} loading={jobs.loading} error={jobs.error} reload={jobs.reload} />
        <div className="today-side">
          <LateJobs jobs={late} now={now} known={lateKnown} failed={!!jobs.error} />
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
