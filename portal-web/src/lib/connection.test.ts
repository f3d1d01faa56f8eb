import { describe, expect, it } from 'vitest';
import { getConnection, markOffline, markOnline, subscribe } from './connection';

describe('the connection state', () => {
  it('goes online without a refetch the first time, and bumps the epoch each time it comes back', () => {
    const seen: string[] = [];
    const stop = subscribe(() => seen.push(getConnection().state));
    expect(getConnection()).toEqual({ state: 'connecting', epoch: 0 });
    markOnline();
    expect(getConnection()).toEqual({ state: 'online', epoch: 0 });
    markOffline();
    markOffline();
    expect(getConnection().state).toBe('offline');
    markOnline();
    expect(getConnection()).toEqual({ state: 'online', epoch: 1 });
    markOnline();
    expect(getConnection().epoch).toBe(1);
    stop();
    expect(seen).toEqual(['online', 'offline', 'online']);
  });
});
