/** Who did what on the account, newest first, every page with the total (office only). */
import { graphql } from '../../../../gql';
import { useLiveQuery } from '../../../../lib/live';
import { formatDateTime } from '../../../../lib/format';
import { Empty, ErrorState, Loading } from '../../../../components/ui';
import { PAGE_SIZE, Pager, usePages } from '../../../../components/Pager';
import { activityLabel, activitySummary } from '../labels';

const CustomerActivityQuery = graphql(`
  query OfficeCustomerActivity($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      __typename
      ... on Customer {
        id
        activity(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { id verb subjectType details createdAt actor { id name username } }
        }
      }
    }
  }
`);

export function ActivityTab({ customerId }: { customerId: string }) {
  const pages = usePages(`activity:${customerId}`);
  const [{ data, error, fetching }, refetch] = useLiveQuery({ query: CustomerActivityQuery, variables: { id: customerId, first: PAGE_SIZE, after: pages.after } });
  const activity = data?.node?.__typename === 'Customer' ? data.node.activity : null;
  if (error && !data) return <ErrorState error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!activity || activity.totalCount === 0) return <Empty>Nothing recorded yet.</Empty>;
  return (
    <section aria-label="Activity">
      <ol className="activity-list">
        {activity.nodes.map((entry) => (
          <li key={entry.id}>
            <span className="activity-when nowrap muted small">{formatDateTime(entry.createdAt)}</span>
            <span className="activity-what"><strong>{activityLabel(entry.verb)}</strong>
              {activitySummary(entry.details) && <span className="muted small block">{activitySummary(entry.details)}</span>}
            </span>
            <span className="activity-who muted small nowrap">{entry.actor ? (entry.actor.name || entry.actor.username) : 'the system'}</span>
          </li>
        ))}
      </ol>
      <Pager page={pages.page} shown={activity.nodes.length} total={activity.totalCount} hasNext={activity.pageInfo.hasNextPage}
        endCursor={activity.pageInfo.endCursor} noun={['entry', 'entries']} onNext={pages.next} onPrevious={pages.previous} />
    </section>
  );
}
