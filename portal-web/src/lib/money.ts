/**
 * Amounts a person types in the office's forms ("1,200.50", "$80", "120"): checked with `parseAmount` before
 * anything is sent, shown back in the company's way of writing them, and turned into the API's fixed-point
 * string ("1200.50"). A form never sends an amount that is not a number.
 */
import { z } from 'zod';
import { LOCALE } from './company';
import { parseAmount } from './errors';

export interface AmountRules {
  /** The most it may be, in dollars (what is left to pay, what is not yet credited). */
  max?: number;
  /** The words for the largest amount ("what is left to pay"). */
  maxWords?: string;
  /** The words when nothing was typed. */
  requiredWords?: string;
}

/** The reason `text` is not an acceptable amount, or null when it is. */
export function amountProblem(text: string, rules: AmountRules = {}): string | null {
  if (!text.trim()) return rules.requiredWords ?? 'Enter an amount.';
  const parsed = parseAmount(text);
  if ('error' in parsed) return parsed.error;
  if (rules.max !== undefined && Number(parsed.amount) > rules.max + 1e-9) {
    return `The amount is more than ${rules.maxWords ?? formatAmountText(rules.max.toFixed(2))}.`;
  }
  return null;
}

/** The API's amount ("1200.50") for a typed amount; throws for one `amountProblem` refuses (check first). */
export function toAmount(text: string): string {
  const parsed = parseAmount(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return Number(parsed.amount).toFixed(2);
}

/** "1200.5" → "1,200.50": how the amount field shows an amount once typed (no currency sign; the field has one). */
export function formatAmountText(amount: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  return new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A typed amount tidied when the field is left: "1200.5" → "1,200.50"; left as typed when it is not an amount. */
export function tidyAmountText(text: string): string {
  const parsed = parseAmount(text);
  return 'error' in parsed ? text : formatAmountText(parsed.amount);
}

/** A zod rule for an amount field of a react-hook-form form (the value stays the typed text). */
export function amountField(rules: AmountRules = {}) {
  return z.string().superRefine((text, context) => {
    const problem = amountProblem(text, rules);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
}

/** Cents of an API amount ("12.30" → 1230), without float sums. */
export function amountCents(amount: string): number {
  const [whole, fraction = ''] = amount.replace(/^-/, '').split('.');
  const cents = Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
  return amount.startsWith('-') ? -cents : cents;
}

/** An API amount from cents (1230 → "12.30"). */
export function centsAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const value = Math.abs(cents);
  return `${sign}${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}
