/** Words for the profile area's enums (what the office reads, never the API's constants). */
export const CUSTOMER_KIND_LABEL: Record<string, string> = {
  RESIDENTIAL: 'Residential', BUSINESS: 'Business', PROPERTY_MANAGER: 'Property manager',
};
export const CONTACT_ROLE_LABEL: Record<string, string> = {
  BILLING: 'Billing', APPROVER: 'Approver', OWNER: 'Owner', ON_SITE: 'On site',
};
export const PROPERTY_TYPE_LABEL: Record<string, string> = { RESIDENTIAL: 'Residential', BUSINESS: 'Business', POOL: 'Pool' };

/** "customer.tags_set" → "Customer tags set". */
export function activityLabel(verb: string): string {
  const words = verb.replace(/[._]/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : verb;
}

/**
 * An activity entry's details as short "field: value" pieces: database ids left out (they mean nothing to a
 * person), amounts in cents written as money, names with spaces, long values cut with an ellipsis.
 */
export function activitySummary(details: unknown, max = 4): string {
  if (!details || typeof details !== 'object' || Array.isArray(details)) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(details as Record<string, unknown>)) {
    if (value === null || value === undefined || value === '' || /(^|_)ids?$/.test(key) || key === 'allocations') continue;
    let name = key.replace(/_/g, ' ');
    let text: string;
    if (key.endsWith('_cents') && typeof value === 'number') {
      name = name.replace(/ cents$/, '');
      text = (value / 100).toFixed(2);
    } else if (Array.isArray(value)) {
      if (value.length === 0) continue;
      text = value.map((item) => (typeof item === 'string' ? item.replace(/_/g, ' ') : JSON.stringify(item))).join(', ');
    } else if (typeof value === 'string') {
      text = /^[A-Z][A-Z_]+$/.test(value) ? value.replace(/_/g, ' ').toLowerCase() : value;
    } else {
      text = JSON.stringify(value);
    }
    if (text.length > 60) text = `${text.slice(0, 57)}…`;
    parts.push(`${name}: ${text}`);
  }
  const shown = parts.slice(0, max).join(' · ');
  return parts.length > max ? `${shown} · +${parts.length - max} more` : shown;
}

/** A list typed into a box ("a@x.com, b@y.com" or one per line) as its entries, blanks dropped. */
export function splitList(text: string): string[] {
  return text.split(/[\n,;]+/).map((part) => part.trim()).filter(Boolean);
}

/**
 * The history a HAS_HISTORY refusal counts ("19 jobs, 18 invoices, 15 transactions"), from its message, which
 * also tells API clients which mutation archives; the page says that in its own words. Null when not found.
 */
export function historyCounts(message: string): string | null {
  const found = /has history \(([^)]+)\)/.exec(message);
  return found ? found[1] : null;
}
