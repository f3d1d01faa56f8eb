/** Finished jobs on no invoice, across customers, oldest first: pick one or many and invoice them. */
import { useState } from 'react';
import { graphql } from '../../../gql';
import { useLiveQuery } from '../../../lib/live';
import { formatDate } from '../../../lib/format';
import { Link, navigate } from '../../../lib/router';
import { Amount, Empty, ErrorState, Loading } from '../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../components/Pager';
import { CustomerLink, jobHref, newInvoiceHref } from './shared';

const ToInvoiceQuery = graphql(`
  query BillingToInvoice($first: Int, $after: String) {
    jobs(filter: { statuses: [FINISHED], uninvoiced: true, oldestFirst: true }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id scheduledStart finishedAt
        customer { id displayName }
        property { id name }
        services { id description }
        total { amount currency }
      }
    }
  }
`);

export function ToInvoice() {
  const pages = usePages('to-invoice');
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: ToInvoiceQuery, variables: { first: PAGE_SIZE, after: pages.after }, requestPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const jobs = data?.jobs.nodes ?? [];
  const customers = new Set(chosen.values());
  function toggle(id: string, customer: string) {
    const next = new Map(chosen);
    if (next.has(id)) next.delete(id);
    else next.set(id, customer);
    setChosen(next);
  }
  const pager = data && (
    <Pager page={pages.page} shown={jobs.length} total={data.jobs.totalCount} hasNext={data.jobs.pageInfo.hasNextPage}
      endCursor={data.jobs.pageInfo.endCursor} noun={['finished job to invoice', 'finished jobs to invoice']} onNext={pages.next} onPrevious={pages.previous} />
  );
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!jobs.length) return <Empty>Every finished job is invoiced.</Empty>;
  return (
    <>
      <div className="billing-toolbar">
        <p className="muted">Pick finished jobs to bill. Jobs of several customers make one invoice per customer.</p>
        <button type="button" className="button primary" disabled={!chosen.size} data-testid="invoice-selected"
          onClick={() => navigate(newInvoiceHref([...chosen.keys()]))}>
          {chosen.size ? `Invoice ${chosen.size} job${chosen.size === 1 ? '' : 's'}${customers.size > 1 ? ` (${customers.size} customers)` : ''}` : 'Invoice selected jobs'}
        </button>
      </div>
      {pager}
      <div className="table-wrap">
        <table className="table billing-table">
          <caption className="visually-hidden">Finished jobs to invoice</caption>
          <thead>
            <tr><th scope="col" className="pick"><span className="visually-hidden">Pick</span></th><th scope="col">Finished</th><th scope="col">Customer</th>
              <th scope="col">Property</th><th scope="col" className="hide-md">Services</th><th scope="col" className="num">Total</th><th scope="col"><span className="visually-hidden">Act</span></th></tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id} data-job={job.id}>
                <td className="pick">
                  <input type="checkbox" checked={chosen.has(job.id)} onChange={() => toggle(job.id, job.customer?.id ?? '')}
                    aria-label={`Pick the job of ${formatDate(job.finishedAt ?? job.scheduledStart)} at ${job.property?.name ?? ''}`} />
                </td>
                <td className="nowrap"><Link href={jobHref(job.id)}>{formatDate(job.finishedAt ?? job.scheduledStart)}</Link></td>
                <td><CustomerLink customer={job.customer} /></td>
                <td>{job.property?.name ?? '—'}</td>
                <td className="hide-md wrap-text">{job.services.map((line) => line.description).join(', ') || '—'}</td>
                <td className="num nowrap"><Amount money={job.total} /></td>
                <td className="actions"><Link className="button secondary small" href={newInvoiceHref([job.id])}>Invoice</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager}
    </>
  );
}
