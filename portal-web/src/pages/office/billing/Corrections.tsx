/** Correction requests waiting for an answer, newest first: what the client asks, about which record, and the answer form. */
import { Fragment, useState } from 'react';
import { graphql } from '../../../gql';
import { useLiveQuery } from '../../../lib/live';
import { formatDateTime } from '../../../lib/format';
import { Link } from '../../../lib/router';
import { Amount, Empty, ErrorState, Loading } from '../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../components/Pager';
import { AnswerForm, creditableOf } from './AnswerForm';
import { CustomerLink, invoiceHref } from './shared';

const CorrectionsQuery = graphql(`
  query BillingCorrections($first: Int, $after: String) {
    correctionRequests(status: OPEN, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id message createdAt
        customer { id displayName }
        invoice { id displayNumber status total { amount currency cents } }
        transaction { id occurredAt amount { amount currency } allocations { id invoice { id displayNumber } } }
      }
    }
  }
`);

export function Corrections({ onChanged }: { onChanged: () => void }) {
  const pages = usePages('corrections');
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: CorrectionsQuery, variables: { first: PAGE_SIZE, after: pages.after }, requestPolicy: 'cache-and-network' });
  const [answering, setAnswering] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const rows = data?.correctionRequests.nodes ?? [];
  const pager = data && (
    <Pager page={pages.page} shown={rows.length} total={data.correctionRequests.totalCount} hasNext={data.correctionRequests.pageInfo.hasNextPage}
      endCursor={data.correctionRequests.pageInfo.endCursor} noun={['request waiting', 'requests waiting']} onNext={pages.next} onPrevious={pages.previous} />
  );
  return (
    <>
      {done && <p className="billing-success" role="status">{done}</p>}
      {error && !data && <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && !rows.length && <Empty>No correction request is waiting for an answer.</Empty>}
      {rows.length > 0 && (
        <>
          {pager}
          <div className="table-wrap">
            <table className="table billing-table">
              <caption className="visually-hidden">Correction requests waiting for an answer</caption>
              <thead>
                <tr><th scope="col">Asked</th><th scope="col">Customer</th><th scope="col">About</th><th scope="col">Request</th><th scope="col"><span className="visually-hidden">Act</span></th></tr>
              </thead>
              <tbody>
                {rows.map((request) => (
                  <Fragment key={request.id}>
                    <tr data-correction={request.id}>
                      <td className="nowrap">{formatDateTime(request.createdAt)}</td>
                      <td><CustomerLink customer={request.customer} /></td>
                      <td className="nowrap">
                        {request.invoice && <Link href={invoiceHref(request.invoice.id)}>Invoice {request.invoice.displayNumber}</Link>}
                        {request.transaction && (
                          <span>Payment of <Amount money={request.transaction.amount} />
                            {request.transaction.allocations.map((allocation) => allocation.invoice && (
                              <span key={allocation.id} className="block small"><Link href={invoiceHref(allocation.invoice.id)}>Invoice {allocation.invoice.displayNumber}</Link></span>
                            ))}
                          </span>
                        )}
                      </td>
                      <td className="wrap-text">{request.message}</td>
                      <td className="actions">
                        <button type="button" className="button primary small" aria-expanded={answering === request.id}
                          onClick={() => setAnswering(answering === request.id ? null : request.id)}>Answer…</button>
                      </td>
                    </tr>
                    {answering === request.id && (
                      <tr className="billing-row-form"><td colSpan={5}>
                        <AnswerForm request={{ id: request.id, creditable: creditableOf(request.invoice) }} onCancel={() => setAnswering(null)}
                          onDone={(text) => { setDone(text); setAnswering(null); refetch({ requestPolicy: 'network-only' }); onChanged(); }} />
                      </td></tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
          {pager}
        </>
      )}
    </>
  );
}
