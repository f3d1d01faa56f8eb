import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient, type Sink } from 'graphql-ws';
import type { ExecutionResult } from 'graphql';
import { markAccessChanged, markLiveStopped, markOffline, markOnline, markSocketDown, markSocketUp } from './connection';
import { normalisedCache } from './cache';
import { closeAction, isAccessChanged, needsNewSocket, retryDelayMs } from './liveSync';

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

// ---------------------------------------------------------------------------------------------------------
// What the rest of the app hears from the socket: the session ended, or the viewer's rights changed.

type Listener = (message: string) => void;
const signedOutListeners = new Set<Listener>();
const accessListeners = new Set<() => void>();

/** Called once when the server closes the socket because the session or token ended (4403). */
export function onSignedOut(listener: Listener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/** Called when a running subscription ended with `ACCESS_CHANGED` (the viewer's rights narrowed). */
export function onAccessChanged(listener: () => void): () => void {
  accessListeners.add(listener);
  return () => accessListeners.delete(listener);
}

// ---------------------------------------------------------------------------------------------------------
// The socket.

let ws: WsClient | null = null;
/** Failed attempts since the socket last proved to work (a pong or a message): the backoff grows with it. */
let attempts = 0;
let restartTimer: number | undefined;
let signedOut = false;
/** Set after a close that retrying cannot fix (4400): no new socket until the page is reloaded. */
let stopped = false;
/** Subscriptions waiting for a new socket (after a close graphql-ws does not retry by itself). */
const waitingForSocket = new Set<() => void>();

let accessTimer: number | undefined;

/** Every running subscription hears ACCESS_CHANGED at once: the viewer and the pages are read again once. */
function announceAccessChanged(): void {
  if (accessTimer !== undefined) return;
  accessTimer = window.setTimeout(() => {
    accessTimer = undefined;
    markAccessChanged();
    accessListeners.forEach((listener) => listener());
  }, 100);
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof (value as { code: unknown }).code === 'number';
}

function handleClose(code: number, client: WsClient): void {
  const action = closeAction(code);
  if (action.kind === 'signedOut') {
    if (signedOut) return;
    signedOut = true;
    closeSocket();
    signedOutListeners.forEach((listener) => listener(action.message));
    return;
  }
  if (action.kind === 'stop') {
    stopped = true;
    markLiveStopped(action.message);
    return;
  }
  markSocketDown();
  attempts += 1;
  if (needsNewSocket(code) && ws === client) scheduleNewSocket();
}

/** graphql-ws gave up on this socket (a code it treats as final) although we retry: build a new one after a wait. */
function scheduleNewSocket(): void {
  const old = ws;
  ws = null;
  old?.dispose();
  window.clearTimeout(restartTimer);
  restartTimer = window.setTimeout(() => {
    restartTimer = undefined;
    socket();
    const waiting = [...waitingForSocket];
    waitingForSocket.clear();
    waiting.forEach((resume) => resume());
  }, retryDelayMs(attempts - 1));
}

/**
 * The WebSocket for subscriptions: the session cookie authenticates it. It reconnects with backoff after a
 * passing failure, stops (and signs the browser out) on 4403, and stops without a retry loop on 4400.
 */
function socket(): WsClient {
  if (!ws) {
    const client: WsClient = createWsClient({
      url: wsUrl(),
      lazy: false,
      keepAlive: 10_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (problem) => !isCloseEvent(problem) || closeAction(problem.code).kind === 'retry',
      retryWait: async () => {
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempts - 1)));
      },
      // Closes are handled in `on.closed`; a socket that gives up is rebuilt there.
      onNonLazyError: () => undefined,
      on: {
        connected: () => { if (ws === client) markSocketUp(); },
        pong: () => { attempts = 0; },
        message: (message) => { if (message.type === 'next') attempts = 0; },
        closed: (event) => {
          if (ws !== client) return; // a socket we closed ourselves (sign-out, rebuilt)
          if (isCloseEvent(event)) handleClose(event.code, client);
          else { markSocketDown(); attempts += 1; }
        },
      },
    });
    ws = client;
  }
  return ws;
}

/** Close the socket (at sign-out) so the next one authenticates as the next user. */
export function closeSocket(): void {
  window.clearTimeout(restartTimer);
  restartTimer = undefined;
  waitingForSocket.clear();
  const old = ws;
  ws = null;
  old?.dispose();
}

/** A new session: the socket may be opened again and signs out again on its next 4403. */
export function resetSocket(): void {
  closeSocket();
  signedOut = false;
  stopped = false;
  attempts = 0;
}

/**
 * Subscribe on the socket and keep the subscription alive across what is not final: after `ACCESS_CHANGED`
 * the app re-reads the viewer and the subscription starts again (under the new rights); after a close that
 * graphql-ws does not retry by itself but we do (e.g. 1011), it starts again on the new socket.
 */
function resilientSubscribe(request: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
  sink: Sink<ExecutionResult>): () => void {
  let stop: (() => void) | null = null;
  let ended = false;
  const start = () => {
    if (ended || signedOut) return;
    if (stopped) {
      sink.error(new Error('Live updates stopped: reload the page.'));
      return;
    }
    const used = socket();
    stop = used.subscribe(request, {
      next: (value) => sink.next(value as ExecutionResult),
      complete: () => { if (!ended) sink.complete(); },
      error: (error) => {
        if (ended) return;
        if (isAccessChanged(error)) {
          announceAccessChanged();
          start();
          return;
        }
        if (isCloseEvent(error) && closeAction(error.code).kind === 'retry' && !signedOut) {
          waitingForSocket.add(start);
          if (ws === used) scheduleNewSocket();
          return;
        }
        sink.error(error);
      },
    });
  };
  start();
  return () => {
    ended = true;
    waitingForSocket.delete(start);
    stop?.();
  };
}

export function createClient(live: boolean): Client {
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
    exchanges: [
      // Normalised (lib/cache.ts): a mutation's or a live event's objects change every screen showing them.
      normalisedCache(),
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
                    const unsubscribe = resilientSubscribe(input, sink as Sink<ExecutionResult>);
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
