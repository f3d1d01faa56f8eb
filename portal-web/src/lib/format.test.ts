import { describe, expect, it } from 'vitest';
import { companyDayRange, formatCalendarDate, formatDateTime, formatMoney, formatRating, formatTime, localDay } from './format';

describe('formatMoney', () => {
  it('writes dollars with thousands separators and two decimals', () => {
    expect(formatMoney({ amount: '1234.5', currency: 'USD' })).toBe('$1,234.50');
    expect(formatMoney({ amount: '0.00', currency: 'USD' })).toBe('$0.00');
  });
  it('keeps the cents of large amounts exact', () => {
    expect(formatMoney({ amount: '98765432.19', currency: 'USD' })).toBe('$98,765,432.19');
  });
  it('writes negative amounts (credits) with a minus sign', () => {
    expect(formatMoney({ amount: '-15.25', currency: 'USD' })).toBe('-$15.25');
  });
  it('uses the currency the API gives', () => {
    expect(formatMoney({ amount: '10.00', currency: 'EUR' })).toBe('€10.00');
    expect(formatMoney({ amount: '10.00', currency: 'CAD' })).toBe('CA$10.00');
  });
  it('shows a dash for no amount', () => {
    expect(formatMoney(null)).toBe('—');
  });
});

describe('dates in the company time zone', () => {
  it('shows a UTC instant as New York local time', () => {
    // 15:00 UTC on Nov 23 is 10:00 in New York (EST, UTC−5).
    expect(formatTime('2026-11-23T15:00:00+00:00')).toBe('10:00 AM');
    expect(formatDateTime('2026-11-23T15:00:00+00:00')).toBe('Nov 23, 2026, 10:00 AM');
  });
  it('puts a late-evening UTC instant on the previous local day', () => {
    expect(localDay(new Date('2026-11-24T03:30:00Z'))).toBe('2026-11-23');
  });
  it('follows daylight saving time', () => {
    expect(formatTime('2026-07-01T15:00:00Z')).toBe('11:00 AM');
  });
  it('formats another zone when asked', () => {
    expect(formatTime('2026-11-23T15:00:00Z', 'America/Los_Angeles')).toBe('7:00 AM');
  });
  it('reads calendar dates without shifting them a day', () => {
    expect(formatCalendarDate('2026-11-01')).toBe('Nov 1, 2026');
    expect(formatCalendarDate(null)).toBe('—');
  });
});

describe('companyDayRange', () => {
  it('is local midnight to midnight, in UTC', () => {
    expect(companyDayRange(new Date('2026-11-23T17:00:00Z'))).toEqual({
      from: '2026-11-23T05:00:00.000Z',
      to: '2026-11-24T05:00:00.000Z',
    });
  });
  it('is 23 hours on the spring-forward day', () => {
    const { from, to } = companyDayRange(new Date('2026-03-08T16:00:00Z'));
    expect(from).toBe('2026-03-08T05:00:00.000Z');
    expect(to).toBe('2026-03-09T04:00:00.000Z');
  });
  it('uses the local day even when UTC is already tomorrow', () => {
    expect(companyDayRange(new Date('2026-11-24T02:00:00Z')).from).toBe('2026-11-23T05:00:00.000Z');
  });
});

describe('a rating', () => {
  it('shows the average to one decimal with how many reviews, or says there are none', () => {
    expect(formatRating({ average: '4.67', count: 3 })).toBe('4.7 ★ (3)');
    expect(formatRating(null)).toBe('No reviews');
  });
});
