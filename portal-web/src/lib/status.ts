import type { JobStatus, InvoiceStatus, BatchStatus, TransactionStatus, PaymentMethod } from '../gql/graphql';

export const JOB_STATUS_LABEL: Record<JobStatus, string> = {
  PENDING: 'Pending',
  ON_THE_WAY: 'On the Way',
  STARTED: 'Started',
  FINISHED: 'Finished',
  CANCELLED: 'Cancelled',
};

/** The one move forward a field employee may make from each status (PENDING → ON_THE_WAY → STARTED → FINISHED). */
const NEXT: Partial<Record<JobStatus, JobStatus>> = {
  PENDING: 'ON_THE_WAY',
  ON_THE_WAY: 'STARTED',
  STARTED: 'FINISHED',
};

/** The buttons the field view shows for a job: only the allowed next move, none once finished or cancelled. */
export function nextMoves(status: JobStatus): JobStatus[] {
  const next = NEXT[status];
  return next ? [next] : [];
}

/** The label on the button that makes a move. */
export function moveLabel(to: JobStatus): string {
  return to === 'ON_THE_WAY' ? 'I’m on my way' : to === 'STARTED' ? 'Start job' : to === 'FINISHED' ? 'Finish job' : JOB_STATUS_LABEL[to];
}

/** A job past its scheduled start that nobody has set off for yet. */
export function isLate(job: { status: JobStatus; scheduledStart?: string | null }, now: Date = new Date()): boolean {
  return job.status === 'PENDING' && !!job.scheduledStart && new Date(job.scheduledStart).getTime() < now.getTime();
}

export const OPEN_JOB_STATUSES: JobStatus[] = ['PENDING', 'ON_THE_WAY', 'STARTED'];

export const INVOICE_STATUS_LABEL: Record<InvoiceStatus, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open',
  PARTIALLY_PAID: 'Partially paid',
  PAID: 'Paid',
  VOID: 'Void',
  BAD_DEBT: 'Bad debt',
};

export const BATCH_STATUS_LABEL: Record<BatchStatus, string> = {
  OPEN: 'Open',
  PARTIALLY_PAID: 'Partially paid',
  PAID: 'Paid',
  VOID: 'Void',
};

export const TRANSACTION_STATUS_LABEL: Record<TransactionStatus, string> = {
  COMPLETED: 'Completed',
  PENDING: 'Pending',
  TO_APPROVAL: 'To approval',
  FAILED: 'Failed',
  REFUNDED: 'Refunded',
};

export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, string> = {
  CARD: 'Card',
  ACH: 'ACH',
  CASH: 'Cash',
  CHECK: 'Check',
  BANK_TRANSFER: 'Bank transfer',
  ZELLE: 'Zelle',
};

/** Badge tone per status (a CSS modifier). */
export function tone(status: string): 'neutral' | 'info' | 'active' | 'good' | 'warn' | 'bad' {
  switch (status) {
    case 'ON_THE_WAY':
      return 'info';
    case 'STARTED':
    case 'PARTIALLY_PAID':
    case 'TO_APPROVAL':
      return 'active';
    case 'FINISHED':
    case 'PAID':
    case 'COMPLETED':
      return 'good';
    case 'OPEN':
    case 'PENDING':
      return 'warn';
    case 'CANCELLED':
    case 'VOID':
    case 'BAD_DEBT':
    case 'FAILED':
      return 'bad';
    default:
      return 'neutral';
  }
}
