/**
 * Whether the app can reach the server — over HTTP and over the live socket — and two counters pages follow:
 * `epoch` grows each time the connection comes back (pages catch up on what they missed: a reload, or the
 * job moves after their last cursor), `accessEpoch` each time the server says the viewer's rights changed
 * (pages read their data again under the new rights).
 */
import { useSyncExternalStore } from 'react';

export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface Snapshot {
  state: ConnectionState;
  epoch: number;
  accessEpoch: number;
  /** Set when live updates stopped for good (a client error the server refused): shown with a reload button. */
  stopped: string | null;
}

type SocketState = 'unknown' | 'up' | 'down';

let snapshot: Snapshot = { state: 'connecting', epoch: 0, accessEpoch: 0, stopped: null };
let http: 'unknown' | 'up' | 'down' = 'unknown';
let socket: SocketState = 'unknown';
let wasOffline = false;
const listeners = new Set<() => void>();

function publish(next: Snapshot): void {
  snapshot = next;
  listeners.forEach((listener) => listener());
}

/** Derive the state from HTTP and the socket: offline while either is down; back online bumps the epoch. */
function settle(): void {
  const down = http === 'down' || socket === 'down';
  if (down) {
    wasOffline = true;
    if (snapshot.state !== 'offline') publish({ ...snapshot, state: 'offline' });
    return;
  }
  if (http === 'unknown' && socket === 'unknown') return;
  if (snapshot.state === 'online') return;
  const cameBack = wasOffline;
  wasOffline = false;
  publish({ ...snapshot, state: 'online', epoch: cameBack ? snapshot.epoch + 1 : snapshot.epoch });
}

/** An HTTP request got an answer. */
export function markOnline(): void {
  stopProbe();
  http = 'up';
  settle();
}

/** An HTTP request could not reach the server. */
export function markOffline(): void {
  http = 'down';
  startProbe();
  settle();
}

/** The live socket is connected (acknowledged). */
export function markSocketUp(): void {
  socket = 'up';
  settle();
}

/** The live socket closed and is reconnecting. */
export function markSocketDown(): void {
  socket = 'down';
  settle();
}

/** Live updates stopped and will not come back by themselves (e.g. the server refused a malformed frame). */
export function markLiveStopped(message: string): void {
  socket = 'unknown';
  publish({ ...snapshot, stopped: message });
  settle();
}

/** The server narrowed the viewer's rights: pages read their data again. */
export function markAccessChanged(): void {
  publish({ ...snapshot, accessEpoch: snapshot.accessEpoch + 1 });
}

/** A new signed-in session starts from a clean slate (no banner, no stopped socket). */
export function resetConnection(): void {
  socket = 'unknown';
  if (snapshot.stopped) publish({ ...snapshot, stopped: null });
  settle();
}

let probe: number | undefined;

/** While HTTP is down, ask the server's health check every two seconds; the first answer marks it back. */
function startProbe(): void {
  if (probe !== undefined || typeof window === 'undefined') return;
  probe = window.setInterval(async () => {
    try {
      const response = await fetch('/healthz', { cache: 'no-store' });
      if (response.ok) markOnline();
    } catch {
      // still offline
    }
  }, 2000);
}

function stopProbe(): void {
  if (probe !== undefined) window.clearInterval(probe);
  probe = undefined;
}

if (typeof window !== 'undefined') {
  window.addEventListener('offline', () => markOffline());
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getConnection(): Snapshot {
  return snapshot;
}

export function useConnection(): Snapshot {
  return useSyncExternalStore(subscribe, getConnection);
}
