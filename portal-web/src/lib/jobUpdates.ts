import { useEffect, useRef } from 'react';
import { useClient, useSubscription } from 'urql';
import { graphql } from '../gql';
import type { JobStatusChangedSubscription } from '../gql/graphql';
import { useConnection } from './connection';
import { catchUp, inScope, laterCursor, type EventPage } from './liveSync';

const JobStatusChanged = graphql(`
  subscription JobStatusChanged($jobId: ID, $propertyId: ID) {
    jobStatusChanged(jobId: $jobId, propertyId: $propertyId) {
      snapshot
      cursor
      status
      previousStatus
      changedAt
      job { id status startedAt finishedAt property { id } }
    }
  }
`);

const JobEvents = graphql(`
  query JobEvents($after: String, $first: Int) {
    jobEvents(after: $after, first: $first) {
      pageInfo { hasNextPage endCursor }
      nodes {
        snapshot
        cursor
        status
        previousStatus
        changedAt
        job { id status startedAt finishedAt property { id } }
      }
    }
  }
`);

export type JobStatusUpdate = JobStatusChangedSubscription['jobStatusChanged'];

export interface JobScope { jobId?: string; propertyId?: string }

/**
 * Calls `onChange` with the moves of the jobs a page shows (narrowed to one job or one property when given):
 * each live move as it comes (`jobStatusChanged`), and, after the connection comes back, every move missed
 * meanwhile, read from the event log after the last cursor seen (`jobEvents(after:)`) — nothing at all when
 * nothing moved. Without a cursor yet (no move seen since the page opened), or when more moved than a
 * catch-up reads, or when the catch-up fails, it calls `reload` instead. Pages using this pass
 * `{ catchUp: true }` to `useLiveQuery` so that a reconnect does not also reload everything.
 */
export function useJobStatusUpdates(onChange: (events: JobStatusUpdate[]) => void, scope: JobScope = {},
  reload?: () => void): void {
  const callback = useRef(onChange);
  callback.current = onChange;
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  const cursor = useRef<string | null>(null);
  const seen = useRef(new Set<string>());
  const client = useClient();
  const [{ data }] = useSubscription({
    query: JobStatusChanged,
    variables: { jobId: scope.jobId ?? null, propertyId: scope.propertyId ?? null },
  });
  const event = data?.jobStatusChanged;
  useEffect(() => {
    if (!event) return;
    if (event.cursor) {
      if (seen.current.has(event.cursor) && !event.snapshot) return; // already applied by a catch-up
      seen.current.add(event.cursor);
      cursor.current = laterCursor(cursor.current, event.cursor);
    }
    if (!event.snapshot) callback.current([event]);
  }, [event]);

  const { epoch } = useConnection();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const after = cursor.current;
    if (!after) {
      reloadRef.current?.();
      return undefined;
    }
    let cancelled = false;
    const readPage = async (from: string): Promise<EventPage<JobStatusUpdate>> => {
      const result = await client.query(JobEvents, { after: from, first: 100 }, { requestPolicy: 'network-only' }).toPromise();
      if (!result.data) throw result.error ?? new Error('jobEvents returned nothing');
      const { nodes, pageInfo } = result.data.jobEvents;
      return { events: nodes, hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor ?? null };
    };
    catchUp(readPage, after, seen.current).then(
      (result) => {
        if (cancelled) return;
        result.events.forEach((item) => { if (item.cursor) seen.current.add(item.cursor); });
        cursor.current = laterCursor(cursor.current, result.cursor);
        const mine = result.events.filter((item) => inScope(item, scopeRef.current));
        if (mine.length) callback.current(mine);
        if (!result.complete) reloadRef.current?.();
      },
      () => { if (!cancelled) reloadRef.current?.(); },
    );
    return () => { cancelled = true; };
  }, [epoch, client]);
}
