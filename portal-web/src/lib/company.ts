/**
 * The company's display settings. The API gives every amount with its currency (`Money.currency`), but no
 * time zone yet: until it does, dates show in the demo company's zone (the backend's `Company.time_zone`
 * default). One place to change when `company { timeZone }` lands.
 */
export const COMPANY_TIME_ZONE = 'America/New_York';
export const LOCALE = 'en-US';
