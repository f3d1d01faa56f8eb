"""paymentReview: the office approves or rejects a payment a client reported."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers.billing import reported_payments
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.billing.payloads import PaymentTransactionPayload


@strawberry.input(description="Approve or reject a payment a client reported.")
class PaymentReviewInput:
    transaction_id: relay.GlobalID = strawberry.field(description="The payment awaiting approval.")
    approve: bool = strawberry.field(description="True: the money arrived (COMPLETED, applied to the "
                                                 "invoices now). False: it did not (FAILED).")
    note: str | None = strawberry.field(
        default=None, description="A note for the client (required to reject): shown on the payment."
    )


@mutation(permission=IsOffice, description="Approve (applied now, client notified) or reject a payment a client "
                                           "reported. Office only.")
async def payment_review(call: Call, input: PaymentReviewInput) -> PaymentTransactionPayload:
    transaction = await reported_payments.review_payment(
        call.session, call.viewer, transaction_id=input_id(input, "transaction_id", "Transaction"),
        approve=input.approve, note=input.note)
    return PaymentTransactionPayload(transaction=transaction)  # type: ignore[arg-type]  # the type reads the model
