/**
 * Whether the app can reach the server, and an "epoch" that grows each time it comes back: pages that show
 * live data refetch when the epoch changes, so whatever was missed while offline is shown.
 */
import { useSyncExternalStore } from 'react';

export type ConnectionState = 'connecting' | 'online' | 'offline';

interface Snapshot {
  state: ConnectionState;
  epoch: number;
}

let snapshot: Snapshot = { state: 'connecting', epoch: 0 };
let wasOffline = false;
const listeners = new Set<() => void>();

function publish(next: Snapshot): void {
  snapshot = next;
  listeners.forEach((listener) => listener());
}

export function markOnline(): void {
  stopProbe();
  if (snapshot.state === 'online') return;
  const cameBack = wasOffline;
  wasOffline = false;
  publish({ state: 'online', epoch: cameBack ? snapshot.epoch + 1 : snapshot.epoch });
}

let probe: number | undefined;

/** While offline, ask the server's health check every two seconds; the first answer brings the app back. */
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

export function markOffline(): void {
  wasOffline = true;
  startProbe();
  if (snapshot.state !== 'offline') publish({ ...snapshot, state: 'offline' });
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
