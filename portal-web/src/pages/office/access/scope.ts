/**
 * Words for the access panel: what a portal user or token may see, the state of an account, and a username
 * suggested from an e-mail address. Pure functions (tested in scope.test.ts).
 */

export interface Named { name: string }

/** "All properties", "Only Unit 4B" or "3 properties" (the names go in the title). */
export function scopeLabel(properties: readonly Named[] | null | undefined): string {
  if (!properties) return 'All properties';
  if (properties.length === 1) return `Only ${properties[0].name}`;
  return `${properties.length} properties`;
}

export interface AccountState { active: boolean; locked?: boolean | null }

/** The one word for an account: Disabled wins over Locked (a disabled user can't sign in either way). */
export function accountState(user: AccountState): { status: string; label: string } {
  if (!user.active) return { status: 'DISABLED', label: 'Disabled' };
  if (user.locked) return { status: 'LOCKED', label: 'Locked' };
  return { status: 'ACTIVE', label: 'Active' };
}

export const USERNAME = /^[A-Za-z0-9._-]{3,40}$/;

/** A username from an e-mail's local part ("Ann.Lee+pm@x.com" → "ann.lee"), or '' when none fits. */
export function suggestUsername(email: string): string {
  const local = email.trim().split('@')[0]?.split('+')[0] ?? '';
  const cleaned = local.toLowerCase().replace(/[^a-z0-9._-]+/g, '.').replace(/^[.]+|[.]+$/g, '').slice(0, 40);
  return USERNAME.test(cleaned) ? cleaned : '';
}

/** Property ids to send: null means every property of the customer (the API's "no limit"). */
export function scopeIds(scope: 'all' | 'some', ids: readonly string[]): string[] | null {
  return scope === 'all' ? null : [...ids];
}
