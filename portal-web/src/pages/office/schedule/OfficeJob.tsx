/**
 * The office's job page (/jobs/:id, shadowing the client's for staff): the status with its history (live), a
 * status change or correction with a reason, the checklist and photos (live), who goes, the services with
 * prices, internal notes, and the links to the property, the customer and the invoice — or "Invoice this job"
 * once it is finished and not yet billed.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { JobStatus } from '../../../gql/graphql';
import { Checklist } from '../../../components/Checklist';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { Photos } from '../../../components/Photos';
import { Address, Amount, Badge, Empty, ErrorState, Field, Loading, PageHeader } from '../../../components/ui';
import { formatCalendarDate, formatDateTime, formatTime } from '../../../lib/format';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { useJobProof } from '../../../lib/jobProof';
import { useJobStatusUpdates } from '../../../lib/jobUpdates';
import { useLiveQuery } from '../../../lib/live';
import { Link } from '../../../lib/router';
import { wallDay, weekStart } from '../../../lib/schedule';
import { INVOICE_STATUS_LABEL, isLate, JOB_STATUS_LABEL } from '../../../lib/status';
import { isCorrection, statusChoices, statusSchema } from './statusChange';
import { useNow } from '../../../lib/now';
import './schedule.css';

const OfficeJobQuery = graphql(`
  query OfficeJob($id: ID!) {
    node(id: $id) {
      __typename
      ... on Job {
        id
        status
        scheduledStart
        scheduledEnd
        startedAt
        finishedAt
        clientNotes
        internalNotes
        property { id name accessNotes address { line1 line2 city region postalCode } }
        customer { id displayName }
        services { id description quantity unitPrice { amount currency } amount { amount currency } }
        total { amount currency }
        team { id name }
        employees { id name }
        checklist { id label required done }
        statusHistory { id fromStatus toStatus changedAt reason changedBy }
        files { id kind filename contentType url thumbnailUrl createdAt }
        invoice { id displayNumber issuedOn status }
        invoices { id displayNumber status }
        review { id rating comment problem reviewedAt }
      }
    }
  }
`);

const SetStatus = graphql(`
  mutation OfficeJobSetStatus($input: JobSetStatusInput!) {
    jobSetStatus(input: $input) {
      userErrors { field code message }
      job { id status startedAt finishedAt }
    }
  }
`);

interface StatusForm { status: string; reason: string }

function StatusChange({ jobId, current, onDone }: { jobId: string; current: JobStatus; onDone: () => void }) {
  const { register, handleSubmit, setError, watch, reset, formState: { errors, isSubmitting } } = useForm<StatusForm>({
    resolver: zodResolver(statusSchema(current)), defaultValues: { status: '', reason: '' },
  });
  const [, setStatus] = useMutation(SetStatus);
  const [messages, setMessages] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const target = watch('status') as JobStatus | '';
  const correction = target !== '' && isCorrection(current, target);

  async function save(values: StatusForm) {
    setMessages([]);
    setDone('');
    const result = await setStatus({ input: { jobId, status: values.status as JobStatus, reason: values.reason.trim() || null } });
    const sent = outcome<{ userErrors: { field?: string[] | null; code?: string | null; message: string }[] }>(result, 'jobSetStatus');
    if (!sent.ok) {
      setMessages([...sent.messages, ...applyUserErrors(setError, sent.userErrors, ['status', 'reason'])]);
      return;
    }
    setDone(`Moved to ${JOB_STATUS_LABEL[values.status as JobStatus]}.`);
    reset({ status: '', reason: '' });
    onDone();
  }

  return (
    <form className="status-change" noValidate onSubmit={handleSubmit(save)} data-testid="status-change">
      <h3>Change the status</h3>
      <div className="form-grid">
        <FormField label="New status" error={errors.status?.message}>
          <select {...register('status')}>
            <option value="">Pick…</option>
            {statusChoices(current).map((status) => (
              <option key={status} value={status}>{JOB_STATUS_LABEL[status]}{isCorrection(current, status) ? ' (correction)' : ''}</option>
            ))}
          </select>
        </FormField>
        <FormField label={correction ? 'Reason (required for a correction)' : 'Reason'} error={errors.reason?.message}
          hint="Kept in the status history; staff only.">
          <textarea rows={2} {...register('reason')} />
        </FormField>
      </div>
      <FormErrors messages={messages} />
      <div className="form-actions">
        <SubmitButton busy={isSubmitting} busyLabel="Changing…">{correction ? 'Correct the status' : 'Change status'}</SubmitButton>
        <p className="success small" role="status" aria-live="polite">{done}</p>
      </div>
    </form>
  );
}

export default function OfficeJob({ id }: { id: string }) {
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: OfficeJobQuery, variables: { id } }, undefined, { catchUp: true });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useJobStatusUpdates(reload, { jobId: id }, reload);
  const proof = useJobProof(id, data);
  const now = useNow();
  if (error && !data) return <ErrorState error={error} retry={reload} />;
  if (fetching && !data) return <Loading />;
  const job = data?.node?.__typename === 'Job' ? data.node : null;
  if (!job) return <Empty><h1 id="page-title" tabIndex={-1}>Job not found</h1><p><Link href="/schedule">Back to the schedule</Link></p></Empty>;
  const checklist = proof?.checklist ?? job.checklist;
  const files = proof?.files ?? job.files;
  const day = wallDay(job.scheduledStart);
  const billed = job.invoice && job.invoice.status !== 'VOID' ? job.invoice : null;
  const encoded = encodeURIComponent(job.id);
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href={`/schedule?week=${weekStart(day)}`}>Schedule</Link> · <Link href={`/schedule/day?date=${day}`}>{formatCalendarDate(day)}</Link>
      </nav>
      <PageHeader title={job.property?.name ?? 'Job'}>
        <Badge status={job.status} label={JOB_STATUS_LABEL[job.status]} />
        {isLate(job, now) && <span className="badge badge-late" data-testid="late">Late</span>}
        <Link className="button secondary" href={`/jobs/${encoded}/edit`}>Edit job</Link>
        {job.status === 'FINISHED' && !billed && (
          <Link className="button primary" href={`/billing/invoices/new?jobs=${encoded}`} data-testid="invoice-job">Invoice this job</Link>
        )}
      </PageHeader>
      <div className="grid-2">
        <section className="card">
          <h2>Visit</h2>
          <dl className="fields">
            <Field label="Scheduled"><span className="nowrap">{formatDateTime(job.scheduledStart)}</span>{job.scheduledEnd ? <span className="nowrap"> – {formatTime(job.scheduledEnd)}</span> : ''}</Field>
            {job.startedAt && <Field label="Started"><span className="nowrap">{formatDateTime(job.startedAt)}</span></Field>}
            {job.finishedAt && <Field label="Finished"><span className="nowrap">{formatDateTime(job.finishedAt)}</span></Field>}
            <Field label="Customer">{job.customer ? <Link href={`/customers/${encodeURIComponent(job.customer.id)}`}>{job.customer.displayName}</Link> : '—'}</Field>
            <Field label="Team">{job.team?.name ?? 'No team'}</Field>
            <Field label="People" >{job.employees.map((person) => person.name).join(', ') || 'Nobody assigned yet'}</Field>
            <Field label="Notes for the client">{job.clientNotes || '—'}</Field>
            <Field label="Internal notes">{job.internalNotes || '—'}</Field>
          </dl>
          <h3>Services</h3>
          {job.services.length === 0 && <p className="muted">No services on this job.</p>}
          <ul className="lines">
            {job.services.map((line) => (
              <li key={line.id}>
                <span>{line.description}{Number(line.quantity) !== 1 && <span className="muted"> × {Number(line.quantity)} at <Amount money={line.unitPrice} /></span>}</span>
                <Amount money={line.amount} className="nowrap" />
              </li>
            ))}
            {job.total && job.services.length > 0 && <li className="total"><span>Total</span><Amount money={job.total} className="nowrap" /></li>}
          </ul>
          {billed && (
            <p className="small">Billed on <Link href={`/invoices/${encodeURIComponent(billed.id)}`}>invoice {billed.displayNumber ?? 'draft'}</Link>
              {' '}({billed.issuedOn ? `${formatCalendarDate(billed.issuedOn)}, ` : ''}{INVOICE_STATUS_LABEL[billed.status]})</p>
          )}
          {job.invoices.filter((invoice) => invoice.status === 'VOID').map((invoice) => (
            <p key={invoice.id} className="small muted">Was on <Link href={`/invoices/${encodeURIComponent(invoice.id)}`}>invoice {invoice.displayNumber ?? ''}</Link> (void)</p>
          ))}
        </section>
        <section className="card">
          <h2>Property</h2>
          {job.property ? (
            <dl className="fields">
              <Field label="Name"><Link href={`/properties/${encodeURIComponent(job.property.id)}`}>{job.property.name}</Link></Field>
              <Field label="Address"><Address address={job.property.address} /></Field>
              <Field label="Access">{job.property.accessNotes || '—'}</Field>
            </dl>
          ) : <p className="muted">No property.</p>}
        </section>
        <section className="card">
          <h2>Status</h2>
          <ol className="timeline" data-testid="status-history">
            {job.statusHistory.map((change) => (
              <li key={change.id}>
                <Badge status={change.toStatus} label={JOB_STATUS_LABEL[change.toStatus]} />{' '}
                <span className="muted small nowrap">{formatDateTime(change.changedAt)}</span>
                {change.changedBy && <span className="muted small"> · {change.changedBy}</span>}
                {change.reason && <p className="small status-reason">“{change.reason}”</p>}
              </li>
            ))}
          </ol>
          <StatusChange key={job.status} jobId={job.id} current={job.status} onDone={reload} />
        </section>
        {job.review && (
          <section className="card" data-testid="job-review">
            <h2>Client's review</h2>
            <p><strong className="nowrap" aria-label={`${job.review.rating} of 5 stars`}>{'★'.repeat(job.review.rating)}{'☆'.repeat(5 - job.review.rating)}</strong>{' '}
              <span className="muted small nowrap">{formatDateTime(job.review.reviewedAt)}</span>
              {job.review.problem && <> <span className="badge badge-bad">Problem flagged</span></>}</p>
            {job.review.comment && <p className="small">“{job.review.comment}”</p>}
          </section>
        )}
        <section className="card">
          <h2>Checklist</h2>
          <Checklist items={checklist} />
        </section>
        <section className="card span-2">
          <h2>Photos &amp; files</h2>
          <Photos files={files} />
        </section>
      </div>
    </>
  );
}
