"""invoiceCredit: correct a paid or partially paid invoice with a credit document."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from strawberry import relay

import models
from auth.permissions import IsOffice
from resolvers.billing import lifecycle
from schema.billing import Invoice
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="Correct a paid or partially paid invoice with a credit document.")
class InvoiceCreditInput:
    invoice_id: relay.GlobalID = strawberry.field(description="The paid or partially paid invoice to correct.")
    amount: Decimal | None = strawberry.field(
        default=None,
        description="The credit in dollars (more than 0, at most 2 decimals, at most what is not yet credited). "
                    "Default: all of the invoice's total not yet credited.",
    )
    reason: str = strawberry.field(description="Why (required; printed on the credit document).")


@strawberry.type(description="The result of invoiceCredit.")
class InvoiceCreditPayload(MutationPayload):
    credit: Invoice | None = strawberry.field(
        description="The new credit document (an invoice with a negative total that corrects the original); "
                    "null when userErrors say why not."
    )
    invoice: Invoice | None = strawberry.field(description="The corrected invoice, unchanged; null on errors.")


@mutation(permission=IsOffice, description=(
    "Correct a paid or partially paid invoice with a credit document (a new invoice with a negative total); the "
    "original stays as it is. Office only."))
async def invoice_credit(call: Call, input: InvoiceCreditInput) -> InvoiceCreditPayload:
    invoice_id = input_id(input, "invoice_id", "Invoice")
    credit = await lifecycle.credit_invoice(call.session, call.viewer, invoice_id=invoice_id, amount=input.amount,
                                            reason=input.reason)
    original = await call.session.get(models.Invoice, invoice_id)
    return InvoiceCreditPayload(credit=credit, invoice=original)  # type: ignore[arg-type]  # types read models
