import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each test gets a fresh module: the connection state is module-wide.
let connection: typeof import('./connection');
beforeEach(async () => {
  vi.resetModules();
  connection = await import('./connection');
});

describe('the connection state', () => {
  it('goes online without a refetch the first time, and bumps the epoch each time it comes back', () => {
    const { getConnection, markOffline, markOnline, subscribe } = connection;
    const seen: string[] = [];
    const stop = subscribe(() => seen.push(getConnection().state));
    expect(getConnection()).toEqual({ state: 'connecting', epoch: 0, accessEpoch: 0, stopped: null });
    markOnline();
    expect(getConnection()).toMatchObject({ state: 'online', epoch: 0 });
    markOffline();
    markOffline();
    expect(getConnection().state).toBe('offline');
    markOnline();
    expect(getConnection()).toMatchObject({ state: 'online', epoch: 1 });
    markOnline();
    expect(getConnection().epoch).toBe(1);
    stop();
    expect(seen).toEqual(['online', 'offline', 'online']);
  });

  it('stays offline while the live socket is down even though HTTP answers, and comes back once with it', () => {
    const { getConnection, markOnline, markSocketDown, markSocketUp } = connection;
    markOnline();
    markSocketUp();
    expect(getConnection()).toMatchObject({ state: 'online', epoch: 0 });
    markSocketDown();
    markOnline(); // the health check answers: the server is up, the socket not yet
    expect(getConnection()).toMatchObject({ state: 'offline', epoch: 0 });
    markSocketUp();
    expect(getConnection()).toMatchObject({ state: 'online', epoch: 1 });
  });

  it('counts access changes apart from reconnects', () => {
    const { getConnection, markAccessChanged, markOnline } = connection;
    markOnline();
    markAccessChanged();
    expect(getConnection()).toMatchObject({ state: 'online', epoch: 0, accessEpoch: 1 });
  });

  it('keeps the reason live updates stopped until a new session resets it', () => {
    const { getConnection, markLiveStopped, markSocketDown, resetConnection } = connection;
    markSocketDown();
    markLiveStopped('Live updates stopped.');
    expect(getConnection()).toMatchObject({ stopped: 'Live updates stopped.' });
    resetConnection();
    expect(getConnection().stopped).toBeNull();
  });
});
