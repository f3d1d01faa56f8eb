/** One job on the schedule: time window, status (live), late mark, where, for whom, and who goes. */
import type { ReactNode } from 'react';
import { Badge } from '../../../components/ui';
import { formatTime } from '../../../lib/format';
import { Link } from '../../../lib/router';
import { isLate, JOB_STATUS_LABEL } from '../../../lib/status';
import type { BoardJob } from './data';

export function timeWindow(job: { scheduledStart: string; scheduledEnd?: string | null }): string {
  return job.scheduledEnd ? `${formatTime(job.scheduledStart)}–${formatTime(job.scheduledEnd)}` : formatTime(job.scheduledStart);
}

export function JobCard({ job, compact, children, now }: { job: BoardJob; compact?: boolean; children?: ReactNode; now: Date }) {
  const late = isLate(job, now);
  const services = job.services.map((line) => line.description).join(', ');
  return (
    <article className={`sched-job sched-${job.status.toLowerCase()} ${late ? 'sched-late' : ''}`} data-job={job.id}
      data-testid="schedule-job" aria-label={`${timeWindow(job)} ${job.property?.name ?? 'Job'}`}>
      <div className="sched-job-head">
        <span className="nowrap sched-time" title={timeWindow(job)}>{compact ? formatTime(job.scheduledStart) : timeWindow(job)}</span>
        <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} />
        {late && <span className="badge badge-late" data-testid="late">Late</span>}
      </div>
      <Link className="sched-job-title" href={`/jobs/${encodeURIComponent(job.id)}`}>{job.property?.name ?? 'Job'}</Link>
      {!compact && (
        <>
          {job.customer && <p className="sched-job-line muted">{job.customer.displayName}</p>}
          {services && <p className="sched-job-line">{services}</p>}
          <p className="sched-job-line small muted">{job.employees.map((person) => person.name).join(', ') || 'Nobody assigned'}</p>
        </>
      )}
      {children}
    </article>
  );
}
