/**
 * The office's status moves, as the API rules them (resolvers/job_workflow.py): along the normal path
 * (Pending → On the Way → Started → Finished, or Cancelled before the work starts) a move needs no reason;
 * any other move is a correction and needs one.
 */
import { z } from 'zod';
import type { JobStatus } from '../../../gql/graphql';

const NORMAL_NEXT: Record<JobStatus, JobStatus[]> = {
  PENDING: ['ON_THE_WAY', 'CANCELLED'],
  ON_THE_WAY: ['STARTED', 'CANCELLED'],
  STARTED: ['FINISHED'],
  FINISHED: [],
  CANCELLED: [],
};

export const ALL_STATUSES: JobStatus[] = ['PENDING', 'ON_THE_WAY', 'STARTED', 'FINISHED', 'CANCELLED'];

export function isCorrection(current: JobStatus, target: JobStatus): boolean {
  return target !== current && !NORMAL_NEXT[current].includes(target);
}

/** The statuses the office may pick for a job now (every other one), normal moves first. */
export function statusChoices(current: JobStatus): JobStatus[] {
  const normal = NORMAL_NEXT[current];
  return [...normal, ...ALL_STATUSES.filter((status) => status !== current && !normal.includes(status))];
}

export function statusSchema(current: JobStatus) {
  return z.object({
    status: z.string().min(1, 'Pick the new status.'),
    reason: z.string().max(500, 'Keep the reason under 500 characters.'),
  }).superRefine((form, context) => {
    if (form.status && isCorrection(current, form.status as JobStatus) && !form.reason.trim()) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'This is a correction: say why (the history keeps it).' });
    }
  });
}
