/**
 * Recurring plans of a customer or a property (office only): each plan's rule in words, services with prices,
 * team, active/paused, and its next visits (dates link to the job once generated), paged with the total.
 * Edit a plan (PlanForm; the answer lists the coming visits the change left alone), pause/resume it, skip one
 * coming date, and "New plan".
 */
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { PlanEditResultFragment, PlansPlanFragment } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../components/office/ConfirmDialog';
import { ErrorState, Loading } from '../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../components/Pager';
import { FormErrors } from '../../../components/form';
import { formatCalendarDate, formatDateTime, formatMoney } from '../../../lib/format';
import { JOB_STATUS_LABEL } from '../../../lib/status';
import { describeUserError } from '../../../lib/errors';
import { outcome } from '../../../lib/forms';
import { Link } from '../../../lib/router';
import { NewPlanForm, PlanForm } from './NewPlanForm';
import { ruleInWords } from './plans';
import './plans.css';

export const PlanFields = graphql(`
  fragment PlansPlan on RecurringPlan {
    id name status frequency interval weekdays monthDay weekOfMonth startTime endTime startDate endDate
    skippedDates billing
    property { id name }
    team { id name }
    services { description quantity service { id } unitPrice { amount currency } amount { amount currency } }
    nextOccurrences(first: 5) { date start job { id status } }
  }
`);

const CustomerPlansQuery = graphql(`
  query OfficeCustomerPlans($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Customer { id recurringPlans(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        nodes { ...PlansPlan } } }
    }
  }
`);

const PropertyPlansQuery = graphql(`
  query OfficePropertyPlans($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Property { id customer { id } recurringPlans(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
        nodes { ...PlansPlan } } }
    }
  }
`);

const Pause = graphql(`
  mutation PlansPause($input: RecurringPlanPauseInput!) {
    recurringPlanPause(input: $input) { userErrors { field code message } jobsCancelled plan { ...PlansPlan } }
  }
`);
const Resume = graphql(`
  mutation PlansResume($input: RecurringPlanResumeInput!) {
    recurringPlanResume(input: $input) { userErrors { field code message } jobsCreated jobsRestored plan { ...PlansPlan } }
  }
`);
const Skip = graphql(`
  mutation PlansSkip($input: RecurringPlanSkipInput!) {
    recurringPlanSkip(input: $input) { userErrors { field code message } jobsCancelled plan { ...PlansPlan } }
  }
`);

type Payload = { userErrors: { field?: string[] | null; code?: string | null; message: string }[] };

const visits = (count: number) => `${count} ${count === 1 ? 'visit' : 'visits'}`;

/** What an edit did to the coming visits, in words, and the visits it left alone (each a link to its job). */
function EditResult({ result }: { result: PlanEditResultFragment }) {
  const parts = [
    result.jobsUpdated ? `${visits(result.jobsUpdated)} changed` : '',
    result.jobsCreated ? `${visits(result.jobsCreated)} added` : '',
    result.jobsCancelled ? `${visits(result.jobsCancelled)} cancelled` : '',
    result.jobsRestored ? `${visits(result.jobsRestored)} back on` : '',
  ].filter(Boolean);
  return (
    <div className="plan-result" role="status" data-testid="plan-edit-result">
      <p>Saved. {parts.length ? `Coming visits: ${parts.join(', ')}.` : 'No coming visit needed a change.'}</p>
      {result.leftAlone.length > 0 && (
        <>
          <p>Left as they are ({result.leftAlone.length}) — under way, finished, or changed by hand; change them on the job if needed:</p>
          <ul className="plan-left-alone">
            {result.leftAlone.map((job) => (
              <li key={job.id} data-testid="left-alone">
                <Link href={`/jobs/${encodeURIComponent(job.id)}`}>{formatDateTime(job.scheduledStart)}</Link>
                {' '}<span className="badge">{JOB_STATUS_LABEL[job.status]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** One plan; its actions' answers carry the plan back, so the cache updates the card in place. */
function PlanCard({ plan, customerId }: { plan: PlansPlanFragment; customerId?: string }) {
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState<PlanEditResultFragment | null>(null);
  const [, pause] = useMutation(Pause);
  const [, resume] = useMutation(Resume);
  const [, skip] = useMutation(Skip);
  const [busy, setBusy] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const [skipping, setSkipping] = useState<string | null>(null);
  const paused = plan.status === 'PAUSED';
  const perVisit = plan.services.reduce((sum, line) => sum + Math.round(Number(line.amount.amount) * 100), 0);
  const currency = plan.services[0]?.amount.currency ?? 'USD';

  async function run(kind: 'pause' | 'resume' | 'skip', date?: string) {
    setBusy(true); setMessages([]); setDone(''); setEdited(null);
    const result = kind === 'pause' ? await pause({ input: { planId: plan.id } })
      : kind === 'resume' ? await resume({ input: { planId: plan.id } })
        : await skip({ input: { planId: plan.id, date: date ?? '' } });
    const field = kind === 'pause' ? 'recurringPlanPause' : kind === 'resume' ? 'recurringPlanResume' : 'recurringPlanSkip';
    const sent = outcome<Payload & { jobsCancelled?: number; jobsCreated?: number; jobsRestored?: number }>(result, field);
    setBusy(false);
    if (!sent.ok) { setMessages([...sent.messages, ...sent.userErrors.map(describeUserError)]); return; }
    setDone(kind === 'pause' ? `Paused; ${visits(sent.payload.jobsCancelled ?? 0)} cancelled.`
      : kind === 'resume' ? `Resumed; ${visits((sent.payload.jobsCreated ?? 0) + (sent.payload.jobsRestored ?? 0))} scheduled.`
        : `Skipped ${formatCalendarDate(date)}.`);
  }

  return (
    <li className="plan card" data-testid="plan" aria-labelledby={`plan-${plan.id}`}>
      <div className="plan-head">
        <div>
          <h3 id={`plan-${plan.id}`}>{plan.name}</h3>
          <p className="plan-rule">{ruleInWords(plan)}</p>
          <p className="muted small">
            {plan.property && <Link href={`/properties/${encodeURIComponent(plan.property.id)}`}>{plan.property.name}</Link>}
            {' · '}{plan.team ? `Crew: ${plan.team.name}` : 'No team'}
            {' · '}<span className="nowrap">from {formatCalendarDate(plan.startDate)}</span>
            {plan.endDate && <span className="nowrap"> to {formatCalendarDate(plan.endDate)}</span>}
            {' · '}{plan.billing === 'MONTHLY' ? 'Invoiced monthly' : 'Invoiced per visit'}
          </p>
        </div>
        <div className="plan-actions">
          <span className={`badge ${paused ? 'badge-warn' : 'badge-good'}`} data-status={plan.status}>{paused ? 'Paused' : 'Active'}</span>
          {customerId && (
            <button type="button" className="button secondary small" disabled={busy || editing}
              onClick={() => { setEditing(true); setEdited(null); setDone(''); }}>Edit</button>
          )}
          <button type="button" className="button secondary small" disabled={busy} aria-busy={busy}
            onClick={() => run(paused ? 'resume' : 'pause')}>{busy ? 'Saving…' : paused ? 'Resume' : 'Pause'}</button>
        </div>
      </div>
      {editing && customerId && (
        <PlanForm customerId={customerId} plan={plan} onCancel={() => setEditing(false)}
          onSaved={(result) => { setEditing(false); setEdited(result ?? null); }} />
      )}
      {edited && <EditResult result={edited} />}
      <div className="plan-body">
        <table className="plan-services">
          <caption className="visually-hidden">Services per visit</caption>
          <thead><tr><th scope="col">Service</th><th scope="col" className="num">Qty</th><th scope="col" className="num">Price</th><th scope="col" className="num">Amount</th></tr></thead>
          <tbody>
            {plan.services.map((line, index) => (
              <tr key={index}><td>{line.description}</td><td className="num nowrap">{Number(line.quantity)}</td>
                <td className="num nowrap">{formatMoney(line.unitPrice)}</td><td className="num nowrap">{formatMoney(line.amount)}</td></tr>
            ))}
          </tbody>
          <tfoot><tr><th scope="row" colSpan={3}>Per visit, before tax</th><td className="num nowrap">{formatMoney({ amount: (perVisit / 100).toFixed(2), currency })}</td></tr></tfoot>
        </table>
        <div className="plan-next">
          <h4>Next visits</h4>
          {paused ? <p className="muted small">None while paused.</p> : plan.nextOccurrences.length === 0 ? <p className="muted small">No more visits: the plan has ended.</p> : (
            <ul className="plan-dates">
              {plan.nextOccurrences.map((next) => (
                <li key={next.date} data-testid="occurrence">
                  {next.job
                    ? <Link href={`/jobs/${encodeURIComponent(next.job.id)}`} className="nowrap">{formatCalendarDate(next.date)}</Link>
                    : <span className="nowrap">{formatCalendarDate(next.date)} <span className="muted small">(not generated yet)</span></span>}
                  <button type="button" className="button link small" disabled={busy} onClick={() => setSkipping(next.date)}
                    aria-label={`Skip ${formatCalendarDate(next.date)}`}>Skip</button>
                </li>
              ))}
            </ul>
          )}
          {plan.skippedDates.length > 0 && (
            <p className="muted small">Skipped: {plan.skippedDates.slice(-5).map((day) => formatCalendarDate(day)).join(', ')}
              {plan.skippedDates.length > 5 ? ` (last 5 of ${plan.skippedDates.length})` : ''}</p>
          )}
        </div>
      </div>
      <FormErrors messages={messages} />
      {done && <p className="muted small" role="status">{done}</p>}
      <ConfirmDialog open={skipping !== null} title={`Skip ${formatCalendarDate(skipping)}?`}
        confirmLabel="Skip this visit" onCancel={() => setSkipping(null)}
        onConfirm={() => { const day = skipping; setSkipping(null); if (day) void run('skip', day); }}>
        <p>The visit on {formatCalendarDate(skipping)} is left out; its Pending job is cancelled. The other dates stay.</p>
      </ConfirmDialog>
    </li>
  );
}

/** The plans list for a customer (`customerId`) or a property (`propertyId`). */
export function PlansPanel({ customerId, propertyId }: { customerId?: string; propertyId?: string }) {
  const pages = usePages(`plans:${customerId ?? propertyId ?? ''}`);
  const [creating, setCreating] = useState(false);
  const variables = { id: customerId ?? propertyId ?? '', first: PAGE_SIZE, after: pages.after };
  const [customerResult, refetchCustomer] = useQuery({ query: CustomerPlansQuery, variables, pause: !customerId });
  const [propertyResult, refetchProperty] = useQuery({ query: PropertyPlansQuery, variables, pause: !propertyId });
  const result = customerId ? customerResult : propertyResult;
  const refetch = () => (customerId ? refetchCustomer : refetchProperty)({ requestPolicy: 'network-only' });
  const customerNode = customerResult.data?.node;
  const propertyNode = propertyResult.data?.node;
  const plans = customerId
    ? (customerNode?.__typename === 'Customer' ? customerNode.recurringPlans : null)
    : (propertyNode?.__typename === 'Property' ? propertyNode.recurringPlans : null);
  const owner = customerId ?? (propertyNode?.__typename === 'Property' ? propertyNode.customer?.id : undefined);
  return (
    <section className="plans" aria-labelledby="plans-title">
      <div className="card-header">
        <h2 id="plans-title">Recurring plans{plans ? <span className="muted small"> · {plans.totalCount}</span> : null}</h2>
        {owner && !creating && <button type="button" className="button primary small" onClick={() => setCreating(true)}>New plan</button>}
      </div>
      {creating && owner && (
        <NewPlanForm customerId={owner} propertyId={propertyId} onCancel={() => setCreating(false)}
          onSaved={() => { setCreating(false); refetch(); }} />
      )}
      {result.error && !result.data && <ErrorState error={result.error} retry={refetch} />}
      {!result.data ? (!result.error && <Loading />) : !plans ? <p className="muted">Plans are for the office only.</p>
        : plans.totalCount === 0 ? <p className="muted">No recurring plans yet{owner ? ': “New plan” sets one up.' : '.'}</p> : (
          <>
            <ul className="plan-list">
              {plans.nodes.map((plan) => <PlanCard key={plan.id} plan={plan} customerId={owner} />)}
            </ul>
            <Pager page={pages.page} shown={plans.nodes.length} total={plans.totalCount} hasNext={plans.pageInfo.hasNextPage}
              endCursor={plans.pageInfo.endCursor} noun={['plan', 'plans']} onNext={pages.next} onPrevious={pages.previous} />
          </>
        )}
    </section>
  );
}
