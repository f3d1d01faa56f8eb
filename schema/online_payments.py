"""Paying online with Stripe, the read side: `paymentSettings` for the portal's pay button, and the methods.

The mutation that starts a payment is `schema/mutations/billing/checkout_session_create.py`."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry

from auth.permissions import MONEY, money_only
from schema.common import Money
from schema.context import Info


@strawberry.enum(description="How a payer pays on Stripe's hosted page.")
class OnlinePaymentMethod(Enum):
    CARD = "CARD"
    ACH = "ACH"


@strawberry.type(description="Whether and how clients can pay online, and the fees they are charged.")
class PaymentSettings:
    online_payment_configured: bool = strawberry.field(
        description="True when Stripe is connected; otherwise paying online is not offered."
    )
    methods: list[OnlinePaymentMethod] = strawberry.field(
        description="The online methods offered (none when online payment is not configured)."
    )
    card_fee_percent_value: strawberry.Private[Decimal]
    card_fee_fixed_cents: strawberry.Private[int]
    ach_fee_percent_value: strawberry.Private[Decimal]
    ach_fee_fixed_cents: strawberry.Private[int]

    @strawberry.field(description=f"Percentage added to card payments, e.g. 2.9. {MONEY}",
                      extensions=money_only())
    def card_fee_percent(self) -> Decimal | None:
        return self.card_fee_percent_value

    @strawberry.field(description=f"Fixed amount added to each card payment. {MONEY}", extensions=money_only())
    def card_fee_fixed(self) -> Money | None:
        return Money(cents=self.card_fee_fixed_cents)

    @strawberry.field(description=f"Percentage added to ACH payments. {MONEY}", extensions=money_only())
    def ach_fee_percent(self) -> Decimal | None:
        return self.ach_fee_percent_value

    @strawberry.field(description=f"Fixed amount added to each ACH payment. {MONEY}", extensions=money_only())
    def ach_fee_fixed(self) -> Money | None:
        return Money(cents=self.ach_fee_fixed_cents)


async def payment_settings(info: Info) -> PaymentSettings:
    configured = info.context.payments is not None
    company: Any = await info.context.company()
    return PaymentSettings(
        online_payment_configured=configured,
        methods=[OnlinePaymentMethod.CARD, OnlinePaymentMethod.ACH] if configured else [],
        card_fee_percent_value=company.card_fee_percent, card_fee_fixed_cents=company.card_fee_fixed_cents,
        ach_fee_percent_value=company.ach_fee_percent, ach_fee_fixed_cents=company.ach_fee_fixed_cents,
    )


@strawberry.type
class OnlinePaymentQueries:
    payment_settings: PaymentSettings = strawberry.field(
        resolver=payment_settings,
        description="Whether clients can pay online and the card/ACH fees they would be charged.",
    )
