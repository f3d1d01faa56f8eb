import { describe, expect, it } from 'vitest';
import {
  applyJobEvents, catchUp, closeAction, eventPosition, inScope, isAccessChanged, laterCursor, needsNewSocket, retryDelayMs,
  SIGNED_OUT_MESSAGE, type EventPage, type JobEventLike,
} from './liveSync';

/** A cursor as the API hands them out: base64url("jobEvent:<id>"). */
const cursor = (id: number) => btoa(`jobEvent:${id}`).replace(/\+/g, '-').replace(/\//g, '_');

describe('the close-code policy', () => {
  it('signs out without retrying when the session ended (4403)', () => {
    expect(closeAction(4403)).toEqual({ kind: 'signedOut', message: SIGNED_OUT_MESSAGE });
    expect(SIGNED_OUT_MESSAGE).toMatch(/^You were signed out/);
  });

  it.each([1006, 1011, 1012, 1013, 4008, 1001, 4500])('reconnects with backoff after %i', (code) => {
    expect(closeAction(code)).toEqual({ kind: 'retry' });
  });

  it('stops without a retry loop after a malformed frame (4400) and other client errors', () => {
    for (const code of [4400, 4406, 4409, 4429]) expect(closeAction(code).kind).toBe('stop');
  });

  it('builds a new socket only for the retried codes graphql-ws gives up on', () => {
    expect(needsNewSocket(1011)).toBe(true);
    expect(needsNewSocket(4500)).toBe(true);
    for (const code of [1006, 1012, 1013, 4008, 4400, 4403]) expect(needsNewSocket(code)).toBe(false);
  });

  it('tells an ACCESS_CHANGED error on a subscription from other errors and from close events', () => {
    const changed = { message: 'Your access changed: subscribe again.', extensions: { code: 'ACCESS_CHANGED' } };
    expect(isAccessChanged([changed])).toBe(true);
    expect(isAccessChanged([{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }])).toBe(false);
    expect(isAccessChanged({ code: 1013, reason: 'Try Again Later' })).toBe(false);
    expect(isAccessChanged(null)).toBe(false);
  });

  it('waits longer after each failed attempt, up to a cap, with bounded jitter', () => {
    expect([0, 1, 2, 3].map((attempt) => retryDelayMs(attempt, 0))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelayMs(30, 0)).toBe(15_000);
    expect(retryDelayMs(30, 0.999)).toBeLessThanOrEqual(19_500);
    expect(retryDelayMs(-1, 0)).toBe(500);
  });
});

describe('cursors', () => {
  it('reads the position of an event from its cursor and keeps the later one', () => {
    expect(eventPosition(cursor(42))).toBe(42);
    expect(eventPosition('bm90IGEgam9iIGV2ZW50')).toBeNull();
    expect(eventPosition(null)).toBeNull();
    expect(laterCursor(cursor(5), cursor(9))).toBe(cursor(9));
    expect(laterCursor(cursor(9), cursor(5))).toBe(cursor(9));
    expect(laterCursor(null, cursor(5))).toBe(cursor(5));
    expect(laterCursor(cursor(5), null)).toBe(cursor(5));
  });

  it('narrows events to the page: one job, one property, or everything', () => {
    const event = { cursor: cursor(1), job: { id: 'J1', property: { id: 'P1' } } };
    expect(inScope(event, {})).toBe(true);
    expect(inScope(event, { jobId: 'J1' })).toBe(true);
    expect(inScope(event, { jobId: 'J2' })).toBe(false);
    expect(inScope(event, { propertyId: 'P1' })).toBe(true);
    expect(inScope(event, { propertyId: 'P2' })).toBe(false);
  });
});

type Event = JobEventLike & { cursor: string; job: { id: string; status: string } };
const event = (id: number, job = 'J1', status = 'STARTED'): Event => ({ cursor: cursor(id), job: { id: job, status } });

/** A fake event log: pages of `size` after a cursor, recording each `after` asked for. */
function log(events: Event[], size: number) {
  const asked: string[] = [];
  const readPage = async (after: string): Promise<EventPage<Event>> => {
    asked.push(after);
    const from = eventPosition(after) ?? 0;
    const rest = events.filter((item) => (eventPosition(item.cursor) ?? 0) > from);
    const page = rest.slice(0, size);
    return { events: page, hasNextPage: rest.length > size, endCursor: page.length ? page[page.length - 1].cursor : after };
  };
  return { asked, readPage };
}

describe('catching up after a reconnect', () => {
  it('reads every move after the last cursor, page by page, and ends at the newest', async () => {
    const { asked, readPage } = log([event(1), event(2), event(3), event(4), event(5)], 2);
    const result = await catchUp(readPage, cursor(1));
    expect(result.events.map((item) => item.cursor)).toEqual([2, 3, 4, 5].map(cursor));
    expect(result).toMatchObject({ cursor: cursor(5), complete: true });
    expect(asked).toEqual([cursor(1), cursor(3)]);
  });

  it('finds nothing and keeps its cursor when nothing moved', async () => {
    const { asked, readPage } = log([event(1)], 100);
    expect(await catchUp(readPage, cursor(1))).toEqual({ events: [], cursor: cursor(1), complete: true });
    expect(asked).toHaveLength(1);
  });

  it('skips moves that already arrived live', async () => {
    const { readPage } = log([event(1), event(2), event(3)], 100);
    const result = await catchUp(readPage, cursor(1), new Set([cursor(3)]));
    expect(result.events.map((item) => item.cursor)).toEqual([cursor(2)]);
    expect(result.cursor).toBe(cursor(3));
  });

  it('stops after its page budget and says so, so the page reloads instead', async () => {
    const many = Array.from({ length: 10 }, (_, index) => event(index + 1));
    const { asked, readPage } = log(many, 2);
    const result = await catchUp(readPage, cursor(0), new Set(), 3);
    expect(result.complete).toBe(false);
    expect(result.events).toHaveLength(6);
    expect(asked).toHaveLength(3);
  });

  it('rejects when a page cannot be read (the caller reloads)', async () => {
    await expect(catchUp(async () => { throw new Error('offline'); }, cursor(1))).rejects.toThrow('offline');
  });
});

describe('applying moves to a list', () => {
  const jobs = [
    { id: 'J1', status: 'PENDING', startedAt: null as string | null, property: { id: 'P1', name: 'Oak St' } },
    { id: 'J2', status: 'PENDING', startedAt: null as string | null, property: { id: 'P1', name: 'Oak St' } },
  ];

  it('takes each moved job status and times from its latest event, and leaves nested objects alone', () => {
    const moved = applyJobEvents(jobs, [
      { job: { id: 'J1', status: 'ON_THE_WAY', startedAt: null, property: { id: 'P1' } } },
      { job: { id: 'J1', status: 'STARTED', startedAt: '2026-12-03T08:00:00Z', finishedAt: null } },
      { job: { id: 'J9', status: 'FINISHED' } },
    ]);
    expect(moved).toEqual([
      { id: 'J1', status: 'STARTED', startedAt: '2026-12-03T08:00:00Z', property: { id: 'P1', name: 'Oak St' } },
      jobs[1],
    ]);
    expect(moved[1]).toBe(jobs[1]);
  });

  it('returns the list unchanged without moves', () => {
    expect(applyJobEvents(jobs, [])).toEqual(jobs);
  });
});
