"""The money rules, once: line amounts, tax, card fees, balances and spreading a payment.

Every amount is integer cents. Rounding happens in exactly these places, half a cent away from zero
(`models.money.round_cents`): each line's quantity times price, the tax on the taxable subtotal (once per
invoice, not per line), and a fee's percentage part.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from models.enums import BatchStatus, InvoiceStatus
from models.money import percent_of, round_cents, to_cents


@dataclass(frozen=True, slots=True)
class LineInput:
    quantity: Decimal
    unit_price_cents: int
    taxable: bool


@dataclass(frozen=True, slots=True)
class Totals:
    subtotal_cents: int
    tax_cents: int

    @property
    def total_cents(self) -> int:
        return self.subtotal_cents + self.tax_cents


def line_amount(quantity: Decimal, unit_price_cents: int) -> int:
    return round_cents(Decimal(quantity) * unit_price_cents)


def invoice_totals(lines: Iterable[LineInput], tax_rate: Decimal) -> Totals:
    """Subtotal of every line; tax at `tax_rate` percent on the taxable lines, rounded once."""
    subtotal = 0
    taxable = 0
    for line in lines:
        amount = line_amount(line.quantity, line.unit_price_cents)
        subtotal += amount
        if line.taxable:
            taxable += amount
    return Totals(subtotal_cents=subtotal, tax_cents=percent_of(taxable, tax_rate))


def processing_fee(amount_cents: int, percent: Decimal, fixed_cents: int) -> int:
    """A card or ACH fee on a payment of `amount_cents`: percentage (rounded once) plus a fixed part."""
    if amount_cents <= 0:
        return 0
    return percent_of(amount_cents, percent) + fixed_cents


def status_for_payment(total_cents: int, paid_cents: int) -> InvoiceStatus:
    """What an issued invoice's status is once `paid_cents` of completed payments are applied."""
    if paid_cents <= 0:
        return InvoiceStatus.OPEN
    if paid_cents < total_cents:
        return InvoiceStatus.PARTIALLY_PAID
    return InvoiceStatus.PAID


def batch_status_for_payment(total_cents: int, paid_cents: int) -> BatchStatus:
    """A batch's status from its (non-void) invoices' total and what completed payments applied to them."""
    if paid_cents <= 0:
        return BatchStatus.OPEN
    if paid_cents < total_cents:
        return BatchStatus.PARTIALLY_PAID
    return BatchStatus.PAID


def exact_cents(amount: Decimal) -> int:
    """Dollars typed by a person to cents, refusing what is not a whole number of cents (no rounding).

    Raises ValueError for NaN, infinities and more than two decimal places.
    """
    if not amount.is_finite():
        raise ValueError("not a number")
    cents = Decimal(amount) * 100
    if cents != cents.to_integral_value():
        raise ValueError("more than two decimal places")
    return to_cents(amount)


@dataclass(frozen=True, slots=True)
class Spread:
    allocations: list[tuple[int, int]]
    """(invoice id, cents) in the order applied."""
    credit_cents: int
    """What is left over once every balance is zero: the customer's credit."""


def spread_payment(amount_cents: int, balances: Sequence[tuple[int, int]]) -> Spread:
    """Apply a payment over (invoice id, balance) pairs given oldest first, each up to its balance."""
    if amount_cents <= 0:
        raise ValueError("a payment must be positive")
    remaining = amount_cents
    allocations: list[tuple[int, int]] = []
    for invoice_id, balance in balances:
        if remaining == 0:
            break
        applied = min(balance, remaining)
        if applied > 0:
            allocations.append((invoice_id, applied))
            remaining -= applied
    return Spread(allocations=allocations, credit_cents=remaining)
