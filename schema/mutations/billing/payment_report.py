"""paymentReport: a client reports a payment made outside the portal, for the office to approve."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry
from strawberry import relay

from auth.permissions import IsClientWithFinances
from models.enums import PaymentMethod
from resolvers.billing import reported_payments
from schema.mutations.base import Call, mutation
from schema.mutations.billing.payloads import IDEMPOTENCY_KEY, PaymentTransactionPayload, one_of


@strawberry.input(description="A payment the client made outside the portal, for the office to approve.")
class PaymentReportInput:
    invoice_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The invoice paid (give this or batchId)."
    )
    batch_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The batch paid (give this or invoiceId)."
    )
    amount: Decimal = strawberry.field(description="The amount paid in dollars: more than 0, at most 2 decimals.")
    method: PaymentMethod = strawberry.field(description="How it was paid: ZELLE, CHECK, BANK_TRANSFER, CASH or "
                                                         "ACH (cards are paid online).")
    occurred_at: datetime | None = strawberry.field(
        default=None, description="When it was paid (default: now). Without a zone: the company's local time."
    )
    reference: str | None = strawberry.field(default=None, description="Check number, Zelle or transfer "
                                                                       "reference, to help the office find it.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@mutation(permission=IsClientWithFinances, description=(
    "Report a payment made outside the portal; it awaits the office's approval (TO_APPROVAL) and pays nothing "
    "until approved. Client users with finances only. Once: a retried idempotencyKey returns the same report; "
    "a payment with the same method and reference already reported or recorded is refused (DUPLICATE_REFERENCE)."))
async def payment_report(call: Call, input: PaymentReportInput) -> PaymentTransactionPayload:
    invoice_id, batch_id = one_of(input, "invoice_id", "Invoice", "batch_id", "Batch")
    transaction = await reported_payments.report_payment(
        call.session, call.viewer, amount=input.amount, method=input.method, invoice_id=invoice_id,
        batch_id=batch_id, occurred_at=input.occurred_at, reference=input.reference,
        idempotency_key=input.idempotency_key)
    return PaymentTransactionPayload(transaction=transaction)  # type: ignore[arg-type]  # the type reads the model
