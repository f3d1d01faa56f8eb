import { describe, expect, it } from 'vitest';
import { allocate, occurredAtFor } from './allocate';

describe('a recorded payment across the invoices picked', () => {
  it('fills each invoice in order, a partial payment stopping part-way', () => {
    expect(allocate(15000, [10000, 8000, 5000])).toEqual({ applied: [10000, 5000, 0], unapplied: 0 });
  });

  it('keeps what no invoice can take as credit', () => {
    expect(allocate(20000, [10000, 5000])).toEqual({ applied: [10000, 5000], unapplied: 5000 });
    expect(allocate(700, [])).toEqual({ applied: [], unapplied: 700 });
  });

  it("the date picked is sent as the company's noon, today as now", () => {
    expect(occurredAtFor('2026-12-03', '2026-12-03')).toBeNull();
    expect(occurredAtFor('2026-12-01', '2026-12-03')).toBe('2026-12-01T12:00:00');
  });
});
