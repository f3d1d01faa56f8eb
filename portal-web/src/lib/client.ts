import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { markOffline, markOnline } from './connection';

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

let ws: WsClient | null = null;

/** The WebSocket for subscriptions: the session cookie authenticates it; it retries forever with backoff. */
function socket(): WsClient {
  if (!ws) {
    ws = createWsClient({
      url: wsUrl(),
      lazy: false,
      keepAlive: 10_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: async (retries) => {
        await new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 8_000)));
      },
      on: {
        connected: () => markOnline(),
        closed: () => markOffline(),
      },
    });
  }
  return ws;
}

/** Close the socket (at sign-out) so the next one authenticates as the next user. */
export function closeSocket(): void {
  ws?.dispose();
  ws = null;
}

export function createClient(live: boolean): Client {
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      mapExchange({
        onResult(result) {
          if (result.error?.networkError) markOffline();
          else if (result.operation.kind !== 'subscription') markOnline();
          return result;
        },
      }),
      fetchExchange,
      ...(live
        ? [
            subscriptionExchange({
              forwardSubscription(request) {
                const input = { ...request, query: request.query || '' };
                return {
                  subscribe(sink) {
                    const unsubscribe = socket().subscribe(input, sink);
                    return { unsubscribe };
                  },
                };
              },
            }),
          ]
        : []),
    ],
  });
}
