/**
 * Every row of a connection, however many: the pages are read one after another (100 at a time, the API's largest
 * page) until the last, so a list or a picker built on it never stops silently at the first page. Read again when
 * the connection comes back or the viewer's rights change, like `useLiveQuery`.
 */
import { useEffect, useState } from 'react';
import { useClient, type AnyVariables, type TypedDocumentNode } from 'urql';
import { useConnection } from './connection';

export interface Page<N> { totalCount: number; nodes: N[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }

export const LARGEST_PAGE = 100;

/** Read pages with `readPage(after)` until the last; the rows in order and the total the API gave. */
export async function readEveryPage<N>(readPage: (after: string | null) => Promise<Page<N>>): Promise<{ nodes: N[]; totalCount: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const page: Page<N> = await readPage(after);
    nodes.push(...page.nodes);
    totalCount = page.totalCount;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || !page.nodes.length) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, totalCount };
}

export function useEveryPage<Data, Variables extends AnyVariables & { first?: number | null; after?: string | null }, N>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  pick: (data: Data) => Page<N>,
): { nodes: N[] | null; totalCount: number; error: Error | null; reload: () => void } {
  const client = useClient();
  const { epoch, accessEpoch } = useConnection();
  const [round, setRound] = useState(0);
  const [state, setState] = useState<{ nodes: N[] | null; totalCount: number; error: Error | null }>({ nodes: null, totalCount: 0, error: null });
  const key = JSON.stringify(variables);
  useEffect(() => {
    let cancelled = false;
    readEveryPage<N>(async (after) => {
      const result = await client.query(document, { ...JSON.parse(key), first: LARGEST_PAGE, after } as Variables, { requestPolicy: 'network-only' }).toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('Nothing came back.');
      return pick(result.data);
    }).then(
      (all) => { if (!cancelled) setState({ nodes: all.nodes, totalCount: all.totalCount, error: null }); },
      (error: Error) => { if (!cancelled) setState((now) => ({ ...now, error })); },
    );
    return () => { cancelled = true; };
    // `pick` is a selector written inline: the rows depend on the document and the variables only.
  }, [client, document, key, epoch, accessEpoch, round]);
  return { ...state, reload: () => setRound((value) => value + 1) };
}
