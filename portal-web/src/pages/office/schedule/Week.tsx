/**
 * The week view (/schedule?week=YYYY-MM-DD): Monday to Sunday, each day's jobs by team, live status, late
 * ones marked; a day's heading opens its dispatch board. The date picker and the arrows move by week.
 */
import { DatePicker } from '../../../components/office/DatePicker';
import { ErrorState, Loading, PageHeader } from '../../../components/ui';
import { Link, navigate, useLocation } from '../../../lib/router';
import { addDays, dayLabel, groupByDay, isDay, today, weekDays, weekLabel, weekStart } from '../../../lib/schedule';
import { useNow } from '../../../lib/now';
import { isLate } from '../../../lib/status';
import { type BoardJob, useJobsBetween } from './data';
import { JobCard } from './JobCard';
import './schedule.css';

function byTeam(jobs: BoardJob[]): [string, BoardJob[]][] {
  const teams = new Map<string, BoardJob[]>();
  for (const job of jobs) {
    const name = job.team?.name ?? 'No team';
    teams.set(name, [...(teams.get(name) ?? []), job]);
  }
  return [...teams.entries()].sort(([a], [b]) => (a === 'No team' ? -1 : b === 'No team' ? 1 : a.localeCompare(b)));
}

export default function Week() {
  const { search } = useLocation();
  const asked = search.get('week');
  const monday = weekStart(isDay(asked) ? asked : today());
  const sunday = addDays(monday, 7);
  const { jobs, total, loading, error, reload } = useJobsBetween(monday, sunday);
  const now = useNow();
  const days = groupByDay(jobs);
  const late = jobs.filter((job) => isLate(job, now)).length;
  const go = (day: string) => navigate(`/schedule?week=${weekStart(day)}`);
  const todayDay = today(now);

  return (
    <>
      <PageHeader title="Schedule">
        <Link className="button secondary" href={`/schedule/day?date=${monday <= todayDay && todayDay < sunday ? todayDay : monday}`}>Day board</Link>
        <Link className="button primary" href="/jobs/new">New job</Link>
      </PageHeader>
      <div className="toolbar sched-nav" role="group" aria-label="Week">
        <button type="button" className="button secondary small" onClick={() => go(addDays(monday, -7))} aria-label="Previous week">‹ Previous</button>
        <DatePicker label="Week shown" value={monday} onChange={go} />
        <button type="button" className="button secondary small" onClick={() => go(addDays(monday, 7))} aria-label="Next week">Next ›</button>
        <button type="button" className="button link" onClick={() => go(todayDay)}>This week</button>
        <p className="sched-summary" aria-live="polite" data-testid="list-count">
          <strong className="nowrap">{weekLabel(monday)}</strong>
          {!loading && <> · {total === 1 ? '1 job' : `${total} jobs`}{late > 0 && <> · <span className="sched-late-count">{late} late</span></>}</>}
        </p>
      </div>
      {error && <ErrorState error={error} retry={reload} />}
      {loading && !jobs.length && <Loading label="Reading the week…" />}
      {!(loading && !jobs.length) && <div className="sched-week" data-testid="schedule-week">
        {weekDays(monday).map((day) => {
          const dayJobs = days.get(day) ?? [];
          return (
            <section key={day} className={`sched-day ${day === todayDay ? 'sched-today' : ''}`} aria-labelledby={`day-${day}`} data-day={day}>
              <h2 id={`day-${day}`} className="sched-day-head">
                <Link href={`/schedule/day?date=${day}`} className="nowrap">{dayLabel(day)}</Link>
                <span className="muted small nowrap">{dayJobs.length === 1 ? '1 job' : `${dayJobs.length} jobs`}</span>
              </h2>
              {dayJobs.length === 0 && <p className="muted small">Nothing scheduled.</p>}
              {byTeam(dayJobs).map(([team, teamJobs]) => (
                <div key={team} className="sched-team-group">
                  <h3 className="sched-team-name">{team}</h3>
                  {teamJobs.map((job) => <JobCard key={job.id} job={job} compact now={now} />)}
                </div>
              ))}
            </section>
          );
        })}
      </div>}
    </>
  );
}
