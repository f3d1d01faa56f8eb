"""Paying online with Stripe: `checkoutSessionCreate`, and `paymentSettings` for the portal's pay button."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from enum import Enum
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

from auth.permissions import MONEY, money_only
from auth.viewer import Viewer
from models.enums import PaymentMethod
from resolvers.billing import online_payments
from resolvers.errors import UserInputError
from schema.common import Money, UserError
from schema.context import Info
from schema.mutations.base import decode_id, require, run_mutation

MAY_PAY = "Only office staff, and client users with access to finances, may start an online payment."


@strawberry.enum(description="How a payer pays on Stripe's hosted page.")
class OnlinePaymentMethod(Enum):
    CARD = "CARD"
    ACH = "ACH"


@strawberry.input(description="Pay one invoice's or one batch's balance online. Give exactly one of the two ids.")
class CheckoutSessionCreateInput:
    invoice_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The invoice to pay (its whole current balance)."
    )
    batch_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The batch to pay (the balance of all its invoices), instead of an invoice."
    )
    method: OnlinePaymentMethod = strawberry.field(
        description="CARD (the company's card fee is added) or ACH bank transfer (the ACH fee, if any)."
    )


@strawberry.type(description="A Stripe-hosted payment page for one balance: send the payer to `url`.")
class CheckoutSession:
    stripe_session_id: str = strawberry.field(description="Stripe's id of the Checkout session (cs_…).")
    url: str = strawberry.field(description="Stripe's payment page. Open it in the same tab.")
    method: OnlinePaymentMethod = strawberry.field(description="How it will be paid.")
    amount: Money = strawberry.field(description="The balance paid.")
    fee: Money = strawberry.field(description="The card or ACH fee added on top (0 when none).")
    total: Money = strawberry.field(description="What the payer is charged: amount plus fee.")


@strawberry.type(description="The result of checkoutSessionCreate.")
class CheckoutSessionCreatePayload:
    checkout_session: CheckoutSession | None = strawberry.field(
        description="The payment page; null when userErrors say why not."
    )
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty when it worked.")


def _input_id(global_id: relay.GlobalID | None, type_name: str, field: str) -> int | None:
    if global_id is None:
        return None
    try:
        return decode_id(global_id, type_name, field)
    except UserInputError as error:
        raise UserInputError([dataclasses.replace(problem, field=("input", field))
                              for problem in error.problems]) from None


async def checkout_session_create(info: Info, input: CheckoutSessionCreateInput) -> CheckoutSessionCreatePayload:
    viewer = info.context.viewer
    require(viewer.is_office or (viewer.is_client and viewer.finances), MAY_PAY)
    gateway = info.context.payments

    async def work(session: AsyncSession, viewer: Viewer) -> online_payments.StartedCheckout:
        return await online_payments.create_checkout(
            session, viewer, gateway, method=PaymentMethod(input.method.value), public_url=info.context.public_url,
            invoice_id=_input_id(input.invoice_id, "Invoice", "invoiceId"),
            batch_id=_input_id(input.batch_id, "Batch", "batchId"),
        )

    started, errors = await run_mutation(info, work)
    if started is None:
        return CheckoutSessionCreatePayload(checkout_session=None, user_errors=errors)
    quote = started.quote
    return CheckoutSessionCreatePayload(
        checkout_session=CheckoutSession(
            stripe_session_id=started.session.id, url=started.session.url, method=input.method,
            amount=Money(cents=quote.amount_cents), fee=Money(cents=quote.fee_cents),
            total=Money(cents=quote.total_cents),
        ),
        user_errors=[],
    )


@strawberry.type
class OnlinePaymentMutations:
    checkout_session_create: CheckoutSessionCreatePayload = strawberry.mutation(
        resolver=checkout_session_create,
        description="Start paying an invoice's or a batch's balance on a Stripe-hosted page (card fee added "
                    "for cards). Asking again within a few minutes returns the same page. Office, or a client "
                    "user with finances who can see the invoice or batch.",
    )


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
