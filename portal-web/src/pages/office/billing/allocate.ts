/**
 * How a payment recorded with `invoiceIds` spreads (as paymentRecord applies it): each invoice in the order given
 * takes up to its balance, what none can take stays with the customer as credit. In cents, no float sums.
 */
export function allocate(amountCents: number, balancesCents: readonly number[]): { applied: number[]; unapplied: number } {
  let left = Math.max(0, amountCents);
  const applied = balancesCents.map((balance) => {
    const take = Math.min(left, Math.max(0, balance));
    left -= take;
    return take;
  });
  return { applied, unapplied: left };
}

/** An occurredAt for a day picked in the form: now when it is today, else noon of that day in the company's time. */
export function occurredAtFor(day: string, today: string): string | null {
  if (!day || day === today) return null;
  return `${day}T12:00:00`;
}
