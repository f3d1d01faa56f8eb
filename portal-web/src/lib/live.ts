import { useEffect, useRef } from 'react';
import { useQuery, type AnyVariables, type UseQueryArgs, type UseQueryResponse } from 'urql';
import { useConnection } from './connection';

/**
 * `useQuery` that refetches from the network when the connection comes back (and, with `pollMs`, every so
 * often while the page is visible), so a page never keeps showing what it missed.
 */
export function useLiveQuery<Data, Variables extends AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
  pollMs?: number,
): UseQueryResponse<Data, Variables> {
  const response = useQuery<Data, Variables>(args);
  const refetch = response[1];
  const { epoch } = useConnection();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    refetch({ requestPolicy: 'network-only' });
  }, [epoch, refetch]);
  useEffect(() => {
    if (!pollMs) return undefined;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refetch({ requestPolicy: 'network-only' });
    }, pollMs);
    return () => window.clearInterval(timer);
  }, [pollMs, refetch]);
  return response;
}
