import { describe, expect, it } from 'vitest';
import { accountState, scopeIds, scopeLabel, suggestUsername } from './scope';

describe('scopeLabel', () => {
  it('says all properties when there is no limit', () => expect(scopeLabel(null)).toBe('All properties'));
  it('names the one property a user is limited to', () => expect(scopeLabel([{ name: 'Unit 4B' }])).toBe('Only Unit 4B'));
  it('counts several properties', () => expect(scopeLabel([{ name: 'A' }, { name: 'B' }])).toBe('2 properties'));
});

describe('accountState', () => {
  it('calls a disabled account disabled even when it is also locked', () =>
    expect(accountState({ active: false, locked: true }).label).toBe('Disabled'));
  it('calls a locked account locked', () => expect(accountState({ active: true, locked: true }).status).toBe('LOCKED'));
  it('calls everything else active', () => expect(accountState({ active: true, locked: null }).label).toBe('Active'));
});

describe('suggestUsername', () => {
  it('takes the local part in lower case without a plus tag', () =>
    expect(suggestUsername('Ann.Lee+pm@example.com')).toBe('ann.lee'));
  it('replaces characters a username may not have', () => expect(suggestUsername('j o@x.com')).toBe('j.o'));
  it('suggests nothing when too short', () => expect(suggestUsername('a@x.com')).toBe(''));
});

describe('scopeIds', () => {
  it('sends null for every property', () => expect(scopeIds('all', ['1'])).toBeNull());
  it('sends the chosen ids otherwise', () => expect(scopeIds('some', ['1', '2'])).toEqual(['1', '2']));
});
