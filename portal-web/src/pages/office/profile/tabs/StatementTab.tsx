/** The customer's statement: aging buckets, open invoices by due date, credit, last payment, and the PDF. */
import { graphql } from '../../../../gql';
import { useLiveQuery } from '../../../../lib/live';
import { formatCalendarDate, formatDateTime } from '../../../../lib/format';
import { Link } from '../../../../lib/router';
import { Amount, Empty, ErrorState, Loading } from '../../../../components/ui';

const CustomerStatementQuery = graphql(`
  query OfficeCustomerStatement($id: ID!) {
    node(id: $id) {
      __typename
      ... on Customer {
        id statementUrl
        aging {
          asOf
          openBalance { amount currency } overdue { amount currency } current { amount currency }
          days1To30 { amount currency } days31To60 { amount currency } days61To90 { amount currency } over90Days { amount currency }
          credit { amount currency }
          lastPayment { id occurredAt amount { amount currency } }
          openInvoices { balance { amount currency } daysOverdue invoice { id displayNumber dueOn total { amount currency } } }
        }
      }
    }
  }
`);

export function StatementTab({ customerId }: { customerId: string }) {
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: CustomerStatementQuery, variables: { id: customerId } });
  const customer = data?.node?.__typename === 'Customer' ? data.node : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  const aging = customer?.aging;
  if (!customer || !aging) return <Empty>No statement for this customer.</Empty>;
  const buckets = [
    ['Current', aging.current], ['1–30 days', aging.days1To30], ['31–60 days', aging.days31To60],
    ['61–90 days', aging.days61To90], ['Over 90 days', aging.over90Days],
  ] as const;
  return (
    <section aria-label="Statement">
      <div className="tab-toolbar">
        <p className="muted">As of <span className="nowrap">{formatCalendarDate(aging.asOf)}</span></p>
        {customer.statementUrl && <a className="button secondary small" href={customer.statementUrl} target="_blank" rel="noreferrer">Statement PDF</a>}
      </div>
      <div className="figures">
        <div className="figure"><div className="figure-value nowrap"><Amount money={aging.openBalance} /></div><div className="figure-label">Open balance</div></div>
        <div className="figure"><div className="figure-value nowrap"><Amount money={aging.overdue} /></div><div className="figure-label">Overdue</div></div>
        <div className="figure"><div className="figure-value nowrap"><Amount money={aging.credit} /></div><div className="figure-label">Credit on account</div></div>
        <div className="figure"><div className="figure-value nowrap">{aging.lastPayment ? <Amount money={aging.lastPayment.amount} /> : '—'}</div>
          <div className="figure-label">Last payment{aging.lastPayment && <> · <span className="nowrap">{formatDateTime(aging.lastPayment.occurredAt)}</span></>}</div></div>
      </div>
      <div className="table-wrap">
        <table className="table aging-table">
          <caption>Aging</caption>
          <thead><tr>{buckets.map(([label]) => <th key={label} scope="col" className="num">{label}</th>)}</tr></thead>
          <tbody><tr>{buckets.map(([label, money]) => <td key={label} className="num nowrap"><Amount money={money} /></td>)}</tr></tbody>
        </table>
      </div>
      <h3>Open invoices ({aging.openInvoices.length})</h3>
      {aging.openInvoices.length === 0 ? <p className="muted">Nothing open.</p> : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Open invoices</caption>
            <thead><tr><th scope="col">Invoice</th><th scope="col">Due</th><th scope="col" className="num">Days overdue</th><th scope="col" className="num">Total</th><th scope="col" className="num">Balance</th></tr></thead>
            <tbody>
              {aging.openInvoices.map((open) => (
                <tr key={open.invoice.id}>
                  <td className="nowrap"><Link href={`/invoices/${encodeURIComponent(open.invoice.id)}`}>{open.invoice.displayNumber}</Link></td>
                  <td className="nowrap">{formatCalendarDate(open.invoice.dueOn)}</td>
                  <td className="num">{open.daysOverdue > 0 ? open.daysOverdue : '—'}</td>
                  <td className="num nowrap"><Amount money={open.invoice.total} /></td>
                  <td className="num nowrap"><Amount money={open.balance} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
