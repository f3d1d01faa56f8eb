"""Money is integer cents in the database and exact Decimals in arithmetic; never a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def to_cents(amount: Decimal | int | str) -> int:
    """Dollars (exact) to whole cents, half a cent rounding away from zero: the one rounding rule."""
    return int((Decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def round_cents(cents: Decimal) -> int:
    """A fractional number of cents to whole cents with the same rule as `to_cents`."""
    return int(cents.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_of(cents: int, percent: Decimal) -> int:
    """`percent` % of an amount in cents, rounded once."""
    return round_cents(Decimal(cents) * percent / 100)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in a currency, as the API shows it."""

    cents: int
    currency: str

    @property
    def amount(self) -> Decimal:
        return (Decimal(self.cents) / 100).quantize(CENT)
