"""paymentRecord: a payment the office received, applied to invoices."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from models.enums import PaymentMethod
from resolvers.billing import payments
from schema.billing import Transaction
from schema.common import Money
from schema.mutations.base import Call, MutationPayload, input_id, mutation, optional_input_id, optional_input_ids
from schema.mutations.billing.payloads import IDEMPOTENCY_KEY


@strawberry.input(description="A payment the office received (cash, check, transfer…), recorded completed.")
class PaymentRecordInput:
    customer_id: relay.GlobalID = strawberry.field(description="Who paid.")
    amount: Decimal = strawberry.field(description="The amount received in dollars: more than 0, at most 2 "
                                                   "decimals.")
    method: PaymentMethod = strawberry.field(description="How it was paid.")
    occurred_at: datetime | None = strawberry.field(
        default=None,
        description="When it was received (default: now). Without a zone: the company's local time.",
    )
    reference: str | None = strawberry.field(default=None, description="Check number, transfer reference…")
    note: str | None = strawberry.field(default=None, description="A note on the payment.")
    invoice_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None,
        description="Apply it to these invoices of the customer, in this order. Leave out (with batchId) to "
                    "apply it to the customer's oldest open invoices first.",
    )
    batch_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Apply it to this batch's invoices, oldest first (not with invoiceIds)."
    )
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.type(description="The result of paymentRecord.")
class PaymentRecordPayload(MutationPayload):
    transaction: Transaction | None = strawberry.field(
        description="The recorded payment and its allocations; null when userErrors say why not."
    )
    unapplied_amount: Money | None = strawberry.field(
        description="What no invoice's balance could take: kept as the customer's credit (0 when all "
                    "applied)."
    )


@mutation(permission=IsOffice, description="Record a payment received and apply it to invoices (what is left is "
                                           "credit). Office only. Once: a retried idempotencyKey returns the same "
                                           "payment; a second payment with the same method and reference is "
                                           "refused (DUPLICATE_REFERENCE).")
async def payment_record(call: Call, input: PaymentRecordInput) -> PaymentRecordPayload:
    recorded = await payments.record_payment(
        call.session, call.viewer, customer_id=input_id(input, "customer_id", "Customer"), amount=input.amount,
        method=input.method, occurred_at=input.occurred_at, reference=input.reference, note=input.note,
        invoice_ids=optional_input_ids(input, "invoice_ids", "Invoice"),
        batch_id=optional_input_id(input, "batch_id", "Batch"), idempotency_key=input.idempotency_key)
    return PaymentRecordPayload(transaction=recorded.transaction,  # type: ignore[arg-type]  # reads the model
                                unapplied_amount=Money(cents=recorded.unapplied_cents))
