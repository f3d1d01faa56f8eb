"""Types shared by every domain: Money, UserError, Address."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry

from auth.permissions import MONEY, money_only
from models.money import Money as MoneyValue
from resolvers.values import Address as AddressValue
from schema.context import Info


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


@strawberry.enum(description="Why a mutation did not do what was asked.")
class UserErrorCode(Enum):
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    REQUIRED = "REQUIRED"
    DUPLICATE_CANDIDATES = "DUPLICATE_CANDIDATES"
    NOT_ALLOWED = "NOT_ALLOWED"
    CONFLICT = "CONFLICT"


@strawberry.type(description="An expected failure: which input field, a code, and what to fix.")
class UserError:
    field: list[str] | None = strawberry.field(description="Path to the input field at fault, if one is.")
    code: UserErrorCode = strawberry.field(description="Machine-readable reason.")
    message: str = strawberry.field(description="What went wrong and how to fix it, for a person.")


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
