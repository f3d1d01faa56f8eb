import { describe, expect, it } from 'vitest';
import { ALREADY_REPORTED, DUPLICATE_REFERENCE, NO_CONNECTION, NOT_ALLOWED, SIGNED_OUT, TRY_AGAIN, describeError, describeUserError,
  describeUserErrors, parseAmount } from './errors';

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

describe('a payment sent twice', () => {
  const reused = { field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED',
    message: 'This idempotency key was already used for a different payment. Make a new key for a new payment.' };
  const duplicate = { field: ['input', 'reference'], code: 'DUPLICATE_REFERENCE',
    message: 'A zelle payment with reference “ZELLE-1” is already recorded: $120.00 on Dec 1, 2026 (awaiting confirmation). If this is another payment, give it its own reference.' };
  it('says the payment went through already, not a word about keys, when its key comes back with other details', () => {
    expect(describeUserError(reused)).toBe('This payment was already reported — reload to see it.');
    expect(ALREADY_REPORTED).toBe('This payment was already reported — reload to see it.');
    expect(describeUserErrors([reused])).not.toMatch(/idempotency|key/i);
  });
  it('shows the server’s words for a duplicate reference: they name the earlier payment', () => {
    expect(describeUserError(duplicate)).toBe(duplicate.message);
    expect(describeUserError({ ...duplicate, message: '' })).toBe(DUPLICATE_REFERENCE);
  });
  it('keeps every other userError’s message and says the same thing once', () => {
    const amount = { field: ['input', 'amount'], code: 'INVALID', message: 'The amount must be more than zero.' };
    expect(describeUserErrors([amount, duplicate])).toBe(`${amount.message} ${duplicate.message}`);
    expect(describeUserErrors([reused, reused])).toBe(ALREADY_REPORTED);
    expect(describeUserErrors(null)).toBe('');
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
