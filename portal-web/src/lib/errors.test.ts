import { describe, expect, it } from 'vitest';
import { NO_CONNECTION, NOT_ALLOWED, SIGNED_OUT, TRY_AGAIN, describeError, parseAmount } from './errors';

describe('errors in words a client understands', () => {
  it('never shows GraphQL’s own coercion message', () => {
    const text = describeError({ graphQLErrors: [{ message: "Variable '$input' has invalid value at .amount: Value cannot represent a Decimal: \"abc\"." }] });
    expect(text).toBe('The amount must be a number like 120 or 120.50.');
    expect(text).not.toMatch(/GraphQL|Variable|Decimal/);
  });
  it('names a lost connection, a session that ended, a refusal and a server failure', () => {
    expect(describeError({ networkError: new TypeError('Failed to fetch') })).toBe(NO_CONNECTION);
    expect(describeError({ graphQLErrors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] })).toBe(SIGNED_OUT);
    expect(describeError({ graphQLErrors: [{ message: 'Only staff may do this.', extensions: { code: 'FORBIDDEN' } }] })).toBe(NOT_ALLOWED);
    expect(describeError({ graphQLErrors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })).toBe(TRY_AGAIN);
  });
  it('keeps the server’s messages written for people', () => {
    expect(describeError({ graphQLErrors: [{ message: 'No job with this id (or you may not see it).', extensions: { code: 'BAD_REQUEST' } }] }))
      .toBe('No job with this id (or you may not see it).');
    expect(describeError('[GraphQL] Invoice 12 is void.')).toBe('Invoice 12 is void.');
  });
});

describe('an amount checked before it is sent', () => {
  it('takes what people type', () => {
    expect(parseAmount('201.42')).toEqual({ amount: '201.42' });
    expect(parseAmount(' $1,200.5 ')).toEqual({ amount: '1200.5' });
    expect(parseAmount('80')).toEqual({ amount: '80' });
  });
  it('refuses what the API would refuse, with a reason', () => {
    for (const text of ['abc', '1e400', '12.345', '-5', '1.2.3']) expect(parseAmount(text)).toHaveProperty('error');
    expect(parseAmount('')).toEqual({ error: 'Enter the amount you paid.' });
    expect(parseAmount('0')).toEqual({ error: 'The amount must be more than zero.' });
  });
});
