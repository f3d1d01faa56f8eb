"""invoiceMarkBadDebt: write off an open or partially paid invoice."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers.billing import lifecycle
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.billing.payloads import InvoicePayload


@strawberry.input(description="Write off an open or partially paid invoice as bad debt.")
class InvoiceMarkBadDebtInput:
    invoice_id: relay.GlobalID = strawberry.field(description="The invoice to write off.")
    reason: str | None = strawberry.field(default=None, description="Why (kept in the invoice's history).")


@mutation(permission=IsOffice, description="Write off an open or partially paid invoice as bad debt. Office only.")
async def invoice_mark_bad_debt(call: Call, input: InvoiceMarkBadDebtInput) -> InvoicePayload:
    invoice = await lifecycle.mark_bad_debt(call.session, call.viewer,
                                            invoice_id=input_id(input, "invoice_id", "Invoice"), reason=input.reason)
    return InvoicePayload(invoice=invoice)  # type: ignore[arg-type]  # the type reads the model
