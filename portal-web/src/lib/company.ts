/**
 * The company's display settings. Every amount carries its currency (`Money.currency`); the time zone
 * comes from the API's `company { timeZone }`, set once the portal has asked (see `App.tsx`). Until
 * then, and in unit tests, dates show in the backend's default zone.
 */
export const DEFAULT_TIME_ZONE = 'America/New_York';
export const LOCALE = 'en-US';

let timeZone = DEFAULT_TIME_ZONE;

/** The zone dates are shown in: the company's. */
export function companyTimeZone(): string {
  return timeZone;
}

/** Called with `company.timeZone` from the API; an unknown zone keeps the default. */
export function setCompanyTimeZone(zone: string | null | undefined): void {
  if (!zone) return;
  try {
    new Intl.DateTimeFormat(LOCALE, { timeZone: zone });
    timeZone = zone;
  } catch {
    // keep the default rather than break every date on the page
  }
}

let name = '';

/** The company's name (for page titles), once the API said it. */
export function companyName(): string {
  return name;
}

export function setCompanyName(value: string | null | undefined): void {
  if (value) name = value;
}
