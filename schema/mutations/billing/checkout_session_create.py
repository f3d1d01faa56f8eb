"""checkoutSessionCreate: start paying an invoice's or a batch's balance on a Stripe-hosted page."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import SeesMoney
from models.enums import PaymentMethod
from resolvers.billing import online_payments
from schema.common import Money
from schema.mutations.base import Call, MutationPayload, mutation, optional_input_id
from schema.online_payments import OnlinePaymentMethod


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
class CheckoutSessionCreatePayload(MutationPayload):
    checkout_session: CheckoutSession | None = strawberry.field(
        description="The payment page; null when userErrors say why not."
    )


@mutation(permission=SeesMoney, description=(
    "Start paying an invoice's or a batch's balance on a Stripe-hosted page (card fee added for cards). Asking "
    "again within a few minutes returns the same page. Office, or a client user with finances who can see the "
    "invoice or batch."))
async def checkout_session_create(call: Call, input: CheckoutSessionCreateInput) -> CheckoutSessionCreatePayload:
    started = await online_payments.create_checkout(
        call.session, call.viewer, call.context.payments, method=PaymentMethod(input.method.value),
        public_url=call.context.public_url, invoice_id=optional_input_id(input, "invoice_id", "Invoice"),
        batch_id=optional_input_id(input, "batch_id", "Batch"))
    quote = started.quote
    return CheckoutSessionCreatePayload(checkout_session=CheckoutSession(
        stripe_session_id=started.session.id, url=started.session.url, method=input.method,
        amount=Money(cents=quote.amount_cents), fee=Money(cents=quote.fee_cents), total=Money(cents=quote.total_cents),
    ))
