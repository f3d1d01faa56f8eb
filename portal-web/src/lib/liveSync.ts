/**
 * The rules of the live connection, as pure functions (no React, no socket): what each WebSocket close code
 * means for the portal, how long to wait before reconnecting, and how to catch up on the job moves missed
 * while the socket was down, by the event log's cursor (`jobEvents(after:)`).
 */

/** What the portal does when the server closes the live socket. */
export type CloseAction =
  /** The session or token ended (sign-out elsewhere, revocation, deactivation): back to sign-in, no retry. */
  | { kind: 'signedOut'; message: string }
  /** A passing problem (server restart, broadcast layer down, reader too slow): reconnect with backoff. */
  | { kind: 'retry' }
  /** The client did something wrong (a malformed frame): retrying would fail the same way, so stop. */
  | { kind: 'stop'; message: string };

export const SIGNED_OUT_MESSAGE = 'You were signed out. Sign in again to continue.';
export const LIVE_STOPPED_MESSAGE = 'Live updates stopped after an error. Reload the page to try again.';

/** Codes after which the same request would fail again (graphql-ws's own protocol errors, and ours). */
const STOP_CODES = new Set([
  4400, // malformed frame (a client bug)
  4406, // subprotocol not acceptable
  4409, // subscriber already exists
  4429, // too many initialisation requests
  4005, // internal client error
  1002, // protocol error
  1003, // unsupported data
  1007, // invalid frame payload data
  1009, // message too big
]);

const SIGNED_OUT_CODES = new Set([
  4403, // the session/token ended, or the user lost access
  4401, // unauthorized (the server did not accept the connection's credentials)
]);

/**
 * The policy for a close code. Everything not known to be final is retried: 1006 (the server went away),
 * 1011 (server error), 1012 (restart), 1013 (try again later: the broadcast layer is down), 4008 (too slow a
 * reader), 4500 and any code we do not know.
 */
export function closeAction(code: number): CloseAction {
  if (SIGNED_OUT_CODES.has(code)) return { kind: 'signedOut', message: SIGNED_OUT_MESSAGE };
  if (STOP_CODES.has(code)) return { kind: 'stop', message: LIVE_STOPPED_MESSAGE };
  return { kind: 'retry' };
}

/**
 * Whether a subscription's `error` (graphql-ws hands over the GraphQL errors array) says the viewer's rights
 * changed under it: the app re-reads the viewer and subscribes again.
 */
export function isAccessChanged(error: unknown): boolean {
  const errors = Array.isArray(error) ? error : [error];
  return errors.some((item) => (item as { extensions?: { code?: unknown } } | null)?.extensions?.code === 'ACCESS_CHANGED');
}

/**
 * Close codes graphql-ws itself never retries (1000–1999 except the "go away / try later" ones, and its
 * fatal 4xxx codes) although `closeAction` says to: after one of these the portal builds a new socket.
 */
export function needsNewSocket(code: number): boolean {
  if (closeAction(code).kind !== 'retry') return false;
  if ([1000, 1001, 1005, 1006, 1012, 1013, 1014].includes(code)) return false;
  return (code >= 1000 && code <= 1999) || code === 4500 || code === 4004;
}

/**
 * How long to wait before reconnect attempt `attempt` (0 = the first): exponential from 500 ms, capped at
 * 15 s, with up to 30 % of jitter (from `random`, in [0, 1)) so a server restart is not met by every browser
 * at the same instant.
 */
export function retryDelayMs(attempt: number, random: number = Math.random()): number {
  const base = Math.min(500 * 2 ** Math.max(0, attempt), 15_000);
  return Math.round(base * (1 + 0.3 * random));
}

// ---------------------------------------------------------------------------------------------------------
// Catching up by cursor.

/** The fields of a `JobStatusEvent` the catch-up needs. */
export interface JobEventLike {
  cursor?: string | null;
  snapshot?: boolean;
  job?: { id: string; property?: { id: string } | null } | null;
}

/**
 * The position of an event in the log, read from its cursor (`base64("jobEvent:<id>")`), or null for a cursor
 * of another shape. Only used to order cursors; they are still passed back to the API as they came.
 */
export function eventPosition(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  try {
    const text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const found = /^jobEvent:(\d+)$/.exec(text);
    return found ? Number(found[1]) : null;
  } catch {
    return null;
  }
}

/** The later of two cursors (a cursor that cannot be read counts as newer: it arrived later). */
export function laterCursor(current: string | null, next: string | null | undefined): string | null {
  if (!next) return current;
  if (!current) return next;
  const [a, b] = [eventPosition(current), eventPosition(next)];
  if (a === null || b === null) return next;
  return b > a ? next : current;
}

/** Whether an event concerns what a page watches (one job, one property, or every job the viewer can see). */
export function inScope(event: JobEventLike, scope: { jobId?: string; propertyId?: string }): boolean {
  if (scope.jobId && event.job?.id !== scope.jobId) return false;
  if (scope.propertyId && event.job?.property?.id !== scope.propertyId) return false;
  return true;
}

export interface EventPage<E extends JobEventLike> {
  events: E[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface CatchUp<E extends JobEventLike> {
  /** The moves after the cursor, oldest first, each once. */
  events: E[];
  /** Where to catch up from next time. */
  cursor: string;
  /** False when more moves followed than `maxPages` pages hold: the page should reload instead. */
  complete: boolean;
}

/**
 * Reads every move after `after`, page by page (at most `maxPages`), skipping cursors already `seen` (moves
 * that also arrived live). A failed page read rejects: the caller falls back to a reload.
 */
export async function catchUp<E extends JobEventLike>(
  readPage: (after: string) => Promise<EventPage<E>>,
  after: string,
  seen: ReadonlySet<string> = new Set(),
  maxPages = 5,
): Promise<CatchUp<E>> {
  const events: E[] = [];
  let cursor = after;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await readPage(cursor);
    for (const event of result.events) {
      if (event.cursor && seen.has(event.cursor)) continue;
      if (event.cursor && events.some((other) => other.cursor === event.cursor)) continue;
      events.push(event);
    }
    cursor = laterCursor(cursor, result.endCursor) ?? cursor;
    if (!result.hasNextPage) return { events, cursor, complete: true };
  }
  return { events, cursor, complete: false };
}

/** Jobs as a page shows them, with the moves applied (status and times from each event's `job`), in order. */
export function applyJobEvents<J extends { id: string; status: string }>(
  jobs: readonly J[],
  events: readonly { job?: { id: string; [field: string]: unknown } | null }[],
): J[] {
  const latest = new Map<string, Record<string, unknown>>();
  for (const event of events) if (event.job) latest.set(event.job.id, { ...latest.get(event.job.id), ...event.job });
  return jobs.map((job) => {
    const moved = latest.get(job.id);
    if (!moved) return job;
    // Only the job's own scalar fields (status, times): nested objects in an event are partial.
    const patch = Object.fromEntries(Object.entries(moved).filter(
      ([key, value]) => key !== 'id' && key in job && value !== undefined && (value === null || typeof value !== 'object')));
    return { ...job, ...patch };
  });
}
