"""invoiceVoid: void a draft, or an open invoice on which nothing is paid."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers.billing import lifecycle
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.billing.payloads import InvoicePayload


@strawberry.input(description="Void a draft, or an open invoice on which nothing is paid.")
class InvoiceVoidInput:
    invoice_id: relay.GlobalID = strawberry.field(description="The invoice to void.")
    reason: str = strawberry.field(description="Why it is voided (required; kept in the invoice's history).")


@mutation(permission=IsOffice, description="Void a draft, or an open invoice with nothing paid, giving a reason. "
                                           "Office only.")
async def invoice_void(call: Call, input: InvoiceVoidInput) -> InvoicePayload:
    invoice = await lifecycle.void_invoice(call.session, call.viewer,
                                           invoice_id=input_id(input, "invoice_id", "Invoice"), reason=input.reason)
    return InvoicePayload(invoice=invoice)  # type: ignore[arg-type]  # the type reads the model
