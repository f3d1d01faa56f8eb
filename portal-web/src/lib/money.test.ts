import { describe, expect, it } from 'vitest';
import { amountCents, amountField, amountProblem, centsAmount, formatAmountText, tidyAmountText, toAmount } from './money';

describe('amounts typed in the office', () => {
  it('accepts thousands separators, a currency sign and one or two decimals', () => {
    expect(toAmount('1,200.50')).toBe('1200.50');
    expect(toAmount('$80')).toBe('80.00');
    expect(toAmount(' 120.5 ')).toBe('120.50');
  });

  it('says in words why an amount is refused, never sends it', () => {
    expect(amountProblem('abc')).toBe('The amount must be a number like 120 or 120.50.');
    expect(amountProblem('')).toBe('Enter an amount.');
    expect(amountProblem('0')).toBe('The amount must be more than zero.');
    expect(amountProblem('12.345')).toMatch(/number like/);
    expect(() => toAmount('abc')).toThrow();
  });

  it('refuses more than the most allowed, naming it', () => {
    expect(amountProblem('150', { max: 100, maxWords: 'what is left to pay' })).toBe('The amount is more than what is left to pay.');
    expect(amountProblem('100', { max: 100 })).toBeNull();
    expect(amountProblem('100.01', { max: 100 })).toBe('The amount is more than 100.00.');
  });

  it('tidies a typed amount when the field is left, and leaves a wrong one as typed', () => {
    expect(tidyAmountText('1200.5')).toBe('1,200.50');
    expect(tidyAmountText('abc')).toBe('abc');
    expect(formatAmountText('1234567.8')).toBe('1,234,567.80');
  });

  it('is a zod rule for forms', () => {
    expect(amountField().safeParse('1,200').success).toBe(true);
    const refused = amountField().safeParse('abc');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('The amount must be a number like 120 or 120.50.');
  });

  it('counts cents without float sums', () => {
    expect(amountCents('12.30')).toBe(1230);
    expect(amountCents('-0.05')).toBe(-5);
    expect(amountCents('7')).toBe(700);
    expect(centsAmount(1230)).toBe('12.30');
    expect(centsAmount(-5)).toBe('-0.05');
  });
});
