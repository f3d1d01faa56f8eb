import { companyTimeZone, LOCALE } from './company';

export interface MoneyLike {
  amount: string;
  currency: string;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** An API amount ("1234.50" USD) as the company writes it: "$1,234.50". Never goes through a float sum. */
export function formatMoney(money: MoneyLike | null | undefined, locale = LOCALE): string {
  if (!money) return '—';
  const key = `${locale}|${money.currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    moneyFormats.set(key, format);
  }
  // The amount is a fixed-point string with two decimals: the only conversion is for display.
  return format.format(Number(money.amount));
}

function formatter(options: Intl.DateTimeFormatOptions, timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LOCALE, { timeZone, ...options });
}

/** "Mon, Nov 23, 2026" for an instant, in the company's time zone. */
export function formatDate(iso: string | null | undefined, timeZone = companyTimeZone()): string {
  if (!iso) return '—';
  return formatter({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }, timeZone)
    .format(new Date(iso));
}

/** "Nov 23, 2026, 9:00 AM" for an instant, in the company's time zone. */
export function formatDateTime(iso: string | null | undefined, timeZone = companyTimeZone()): string {
  if (!iso) return '—';
  return formatter({ month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    timeZone).format(new Date(iso));
}

/** "9:00 AM" in the company's time zone. */
export function formatTime(iso: string | null | undefined, timeZone = companyTimeZone()): string {
  if (!iso) return '—';
  return formatter({ hour: 'numeric', minute: '2-digit' }, timeZone).format(new Date(iso));
}

/** A calendar date ("2026-11-23", no time zone: the API's `Date`) as "Nov 23, 2026". */
export function formatCalendarDate(day: string | null | undefined): string {
  if (!day) return '—';
  const [year, month, date] = day.split('-').map(Number);
  return formatter({ month: 'short', day: 'numeric', year: 'numeric' }, 'UTC')
    .format(new Date(Date.UTC(year, month - 1, date)));
}

/** "2026-11" month key → "Nov" (or "Nov 2026" with the year). */
export function formatMonth(day: string, withYear = false): string {
  const [year, month] = day.split('-').map(Number);
  return formatter({ month: 'short', ...(withYear ? { year: 'numeric' } : {}) }, 'UTC')
    .format(new Date(Date.UTC(year, month - 1, 1)));
}

/** The offset (minutes east of UTC) of `timeZone` at `instant`. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatter({ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23' }, timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/** The company-local calendar day of an instant, as "YYYY-MM-DD". */
export function localDay(instant: Date, timeZone = companyTimeZone()): string {
  const parts = formatter({ year: 'numeric', month: '2-digit', day: '2-digit' }, timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The instants where the company's day containing `now` starts and ends (UTC ISO strings), for
 * `jobs(filter: {scheduledFrom, scheduledTo})`. Daylight-saving days are 23 or 25 hours long.
 */
export function companyDayRange(now: Date, timeZone = companyTimeZone()): { from: string; to: string } {
  const day = localDay(now, timeZone);
  const [year, month, date] = day.split('-').map(Number);
  const startOf = (y: number, m: number, d: number) => {
    const guess = Date.UTC(y, m - 1, d);
    // Two passes settle the offset even when the day starts right after a DST change.
    let instant = guess - offsetMinutes(new Date(guess), timeZone) * 60000;
    instant = guess - offsetMinutes(new Date(instant), timeZone) * 60000;
    return new Date(instant);
  };
  return { from: startOf(year, month, date).toISOString(), to: startOf(year, month, date + 1).toISOString() };
}

/** Clients' stars averaged: "4.6 ★ (12)"; "No reviews" before the first. */
export function formatRating(rating: { average: string; count: number } | null | undefined): string {
  if (!rating || rating.count === 0) return 'No reviews';
  return `${Number(rating.average).toFixed(1)} ★ (${rating.count})`;
}
