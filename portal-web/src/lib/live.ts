import { useEffect, useRef } from 'react';
import { useQuery, type AnyVariables, type UseQueryArgs, type UseQueryResponse } from 'urql';
import { useConnection } from './connection';

export interface LiveQueryOptions {
  /**
   * The page catches up on a reconnect itself (by cursor, see `useJobStatusUpdates`, which reloads only when
   * it cannot): the query is not read again when the connection comes back.
   */
  catchUp?: boolean;
}

/**
 * `useQuery` that refetches from the network when the connection comes back (unless the page catches up by
 * cursor) and when the viewer's rights change (and, with `pollMs`, every so often while the page is visible),
 * so a page never keeps showing what it missed or what it may no longer see.
 */
export function useLiveQuery<Data, Variables extends AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
  pollMs?: number,
  options: LiveQueryOptions = {},
): UseQueryResponse<Data, Variables> {
  const response = useQuery<Data, Variables>(args);
  const refetch = response[1];
  const { epoch, accessEpoch } = useConnection();
  const catchUp = useRef(options.catchUp);
  catchUp.current = options.catchUp;
  const seen = useRef({ epoch, accessEpoch });
  useEffect(() => {
    const last = seen.current;
    seen.current = { epoch, accessEpoch };
    const reconnected = epoch !== last.epoch && !catchUp.current;
    if (reconnected || accessEpoch !== last.accessEpoch) refetch({ requestPolicy: 'network-only' });
  }, [epoch, accessEpoch, refetch]);
  useEffect(() => {
    if (!pollMs) return undefined;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refetch({ requestPolicy: 'network-only' });
    }, pollMs);
    return () => window.clearInterval(timer);
  }, [pollMs, refetch]);
  // A refetch that cannot reach the server (the connection banner says so) keeps the page's last data for the
  // same query and variables instead of replacing the page with an error.
  const [state] = response;
  const key = state.operation?.key;
  const kept = useRef<{ key: number | undefined; data: Data } | null>(null);
  if (state.data !== undefined) kept.current = { key, data: state.data };
  if (state.data === undefined && state.error?.networkError && kept.current && kept.current.key === key) {
    return [{ ...state, data: kept.current.data }, refetch];
  }
  return response;
}
