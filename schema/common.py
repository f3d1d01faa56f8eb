"""Types shared by every domain: Money, Address."""

from __future__ import annotations

from decimal import Decimal, DecimalException
from typing import Any

import strawberry
from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.types.scalar import ScalarDefinition

from auth.permissions import MONEY, money_only
from models.money import Money as MoneyValue
from resolvers.values import Address as AddressValue
from schema.context import Info

MAX_DECIMAL_DIGITS = 12
"""Digits before the point of any Decimal input (quantities, prices, amounts): a trillion is far beyond any."""
MAX_DECIMAL_PLACES = 6
"""Digits after the point (trailing zeros aside): money has two, quantities and rates a few."""


def parse_decimal(value: object) -> Decimal:
    """A Decimal input: a finite number of sensible size, or a clear coercion error (never an internal one)."""
    text = value if isinstance(value, str) else str(value)
    if isinstance(value, bool) or len(text) > 64:
        raise StrawberryInputCoercionError("Value cannot represent a Decimal: expected a number such as \"12.50\".")
    try:
        number = Decimal(text.strip())
    except DecimalException:
        raise StrawberryInputCoercionError(
            f'Value cannot represent a Decimal: "{text}". Expected a number such as "12.50".') from None
    if not number.is_finite():
        raise StrawberryInputCoercionError(f'Value cannot represent a Decimal: "{text}" is not a finite number.')
    if number != 0 and number.adjusted() >= MAX_DECIMAL_DIGITS:
        raise StrawberryInputCoercionError(
            f"Value cannot represent a Decimal: \"{text}\" is too large (at most {MAX_DECIMAL_DIGITS} digits "
            "before the point).")
    if number != 0 and -number.normalize().as_tuple().exponent > MAX_DECIMAL_PLACES:  # type: ignore[operator]
        raise StrawberryInputCoercionError(
            f"Value cannot represent a Decimal: \"{text}\" has more than {MAX_DECIMAL_PLACES} decimal places.")
    return number


BOUNDED_DECIMAL = ScalarDefinition(
    name="Decimal", description="Decimal (fixed-point)", specified_by_url=None, serialize=str,
    parse_value=parse_decimal, parse_literal=None, origin=Decimal,
)
"""strawberry's `Decimal` scalar (same name, description and output) whose inputs are bounded by
`parse_decimal`: `1e400`, `NaN` and `Infinity` are refused while the variables are read, before any resolver.
Installed by `schema.build_schema` as a scalar override."""


@strawberry.type(description="An exact amount in a currency (never a float).")
class Money:
    cents: int = strawberry.field(description="The amount in minor units (cents).")

    @strawberry.field(description="The amount, with two decimal places.")
    def amount(self) -> Decimal:
        return MoneyValue(cents=self.cents, currency="").amount

    @strawberry.field(description="ISO 4217 currency code, e.g. USD.")
    async def currency(self, info: Info) -> str:
        # Only this field needs the company; amounts resolve without awaiting anything.
        return (await info.context.company()).currency


async def money(info: Info, cents: int) -> Money:
    """An amount in the company's currency (kept async for callers that compute the cents)."""
    return Money(cents=cents)


def money_field(cents_attribute: str, description: str) -> Any:
    """A Money field read from a model's `*_cents` column, on types only viewers with finances reach."""

    def resolve(root: strawberry.Parent[Any]) -> Money:
        return Money(cents=getattr(root, cents_attribute))

    return strawberry.field(resolver=resolve, description=description)


def restricted_money_field(cents_attribute: str, description: str) -> Any:
    """A Money field on a type others reach too: null for viewers without finances (`auth.permissions`)."""

    def resolve(root: strawberry.Parent[Any]) -> Money | None:
        return Money(cents=getattr(root, cents_attribute))

    return strawberry.field(resolver=resolve, description=f"{description} {MONEY}", extensions=money_only())


@strawberry.type(description="A postal address.")
class Address:
    line1: str | None = strawberry.field(description="Street and number.")
    line2: str | None = strawberry.field(description="Apartment, suite, unit.")
    city: str | None = strawberry.field(description="City.")
    region: str | None = strawberry.field(description="State or region.")
    postal_code: str | None = strawberry.field(description="ZIP or postal code.")
    country: str | None = strawberry.field(description="ISO country code.")


@strawberry.input(description="A postal address.")
class AddressInput:
    def value(self) -> AddressValue:
        """The address as the write rules take it."""
        return AddressValue(line1=self.line1, line2=self.line2, city=self.city, region=self.region,
                            postal_code=self.postal_code, country=self.country)

    line1: str | None = strawberry.field(default=None, description="Street and number.")
    line2: str | None = strawberry.field(default=None, description="Apartment, suite, unit.")
    city: str | None = strawberry.field(default=None, description="City.")
    region: str | None = strawberry.field(default=None, description="State or region.")
    postal_code: str | None = strawberry.field(default=None, description="ZIP or postal code.")
    country: str | None = strawberry.field(default=None, description="ISO country code.")
