import { describe, expect, it } from 'vitest';
import { FormKey, newIdempotencyKey, type RandomSource } from './idempotency';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ACCEPTED = /^[A-Za-z0-9._:-]{1,100}$/; // what the API takes as an idempotencyKey

describe('an idempotency key', () => {
  it('is the browser’s randomUUID where there is one', () => {
    const random: RandomSource = { randomUUID: () => 'from-random-uuid', getRandomValues: () => { throw new Error('not used'); } };
    expect(newIdempotencyKey(random)).toBe('from-random-uuid');
    expect(newIdempotencyKey()).toMatch(UUID_V4);
  });
  it('is a version 4 UUID from getRandomValues on an origin without randomUUID (plain http)', () => {
    const filled = (value: number): RandomSource => ({ getRandomValues: (array) => { array.fill(value); return array; } });
    expect(newIdempotencyKey(filled(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newIdempotencyKey(filled(0x00))).toBe('00000000-0000-4000-8000-000000000000');
    const real: RandomSource = { getRandomValues: (array) => globalThis.crypto.getRandomValues(array) };
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey(real)));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(UUID_V4);
    for (const key of keys) expect(key).toMatch(ACCEPTED);
  });
});

describe('the key of a payment form', () => {
  it('stays the same through every resubmit of the open form and changes only when it is opened again', () => {
    let made = 0;
    const key = new FormKey(() => `key-${(made += 1)}`);
    const first = key.open();
    expect(first).toBe('key-1');
    expect([key.current, key.current, key.current]).toEqual([first, first, first]);
    const second = key.open();
    expect(second).toBe('key-2');
    expect(key.current).toBe(second);
    expect(made).toBe(2);
  });
  it('has a key even if submitted before it was opened, and keeps it', () => {
    const key = new FormKey();
    const sent = key.current;
    expect(sent).toMatch(UUID_V4);
    expect(key.current).toBe(sent);
    expect(key.open()).not.toBe(sent);
  });
});
