import { useEffect, useRef, useState } from 'react';
import { useMutation, useSubscription } from 'urql';
import { graphql } from '../gql';
import { useLiveQuery } from '../lib/live';
import { formatDateTime } from '../lib/format';
import { Link } from '../lib/router';

const NotificationsQuery = graphql(`
  query Notifications($first: Int) {
    unread: notifications(unreadOnly: true, first: 0) { totalCount }
    notifications(first: $first) {
      totalCount
      nodes { id kind title body createdAt readAt subject { __typename id } }
    }
  }
`);

const NotificationReceived = graphql(`
  subscription NotificationReceived {
    notificationReceived { id title }
  }
`);

const MarkRead = graphql(`
  mutation NotificationMarkRead($input: NotificationMarkReadInput!) {
    notificationMarkRead(input: $input) { notifications { id readAt } userErrors { message } }
  }
`);

function hrefFor(subject: { __typename?: string; id: string } | null | undefined): string | null {
  if (!subject) return null;
  const id = encodeURIComponent(subject.id);
  switch (subject.__typename) {
    case 'Job': return `/jobs/${id}`;
    case 'Invoice': return `/invoices/${id}`;
    case 'Batch': return `/batches/${id}`;
    case 'Transaction': return '/transactions';
    default: return null;
  }
}

/** The bell: the viewer's notifications, new ones arriving live; opening it marks them read. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  // The newest 15, then 15 more at a time on request (up to the API's page of 100), always saying how many there are.
  const [first, setFirst] = useState(15);
  const [{ data }, refetch] = useLiveQuery({ query: NotificationsQuery, variables: { first } });
  const [{ data: live }] = useSubscription({ query: NotificationReceived });
  const [, markRead] = useMutation(MarkRead);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    if (!live?.notificationReceived) return;
    setAnnounce(`New notification: ${live.notificationReceived.title}`);
    refetch({ requestPolicy: 'network-only' });
  }, [live, refetch]);

  useEffect(() => {
    if (!open) return undefined;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !panel.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => { document.removeEventListener('mousedown', close); document.removeEventListener('keydown', close); };
  }, [open]);

  const unread = data?.unread.totalCount ?? 0;
  const items = data?.notifications.nodes ?? [];

  function toggle() {
    const next = !open;
    setOpen(next);
    if (!next && unread > 0) {
      // Closing the panel after reading: everything shown is now read.
      void markRead({ input: { notificationIds: null } }).then(() => refetch({ requestPolicy: 'network-only' }));
    }
  }

  return (
    <div className="bell" ref={panel}>
      <button type="button" className="button ghost icon" aria-expanded={open} aria-haspopup="true"
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'} onClick={toggle} data-testid="bell">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"/></svg>
        {unread > 0 && <span className="bell-count" aria-hidden="true">{unread}</span>}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">{announce}</span>
      {open && (
        <div className="bell-panel" role="dialog" aria-label="Notifications">
          <div className="card-header"><h2>Notifications</h2>
            {unread > 0 && <button type="button" className="button link" onClick={() => markRead({ input: { notificationIds: null } }).then(() => refetch({ requestPolicy: 'network-only' }))}>Mark all read</button>}
          </div>
          {items.length === 0 ? <p className="muted">No notifications yet. New invoices, payments and finished jobs appear here.</p> : (
            <ul className="bell-list">
              {items.map((item) => {
                const href = hrefFor(item.subject);
                const body = (
                  <>
                    <span className="block">{item.title}</span>
                    {item.body && <span className="block small muted">{item.body}</span>}
                    <span className="block small muted">{formatDateTime(item.createdAt)}</span>
                  </>
                );
                return (
                  <li key={item.id} className={item.readAt ? '' : 'unread'}>
                    {href ? <Link href={href} onClick={() => setOpen(false)}>{body}</Link> : body}
                  </li>
                );
              })}
            </ul>
          )}
          {data && data.notifications.totalCount > items.length && (
            <p className="small muted" data-testid="bell-count">The newest {items.length} of {data.notifications.totalCount}.{' '}
              {first < 100 && <button type="button" className="button link" onClick={() => setFirst(Math.min(100, first + 15))}>Show older</button>}</p>
          )}
        </div>
      )}
    </div>
  );
}
