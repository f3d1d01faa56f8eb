"""invoiceCreate: bill finished jobs of one customer on a new invoice."""

from __future__ import annotations

from datetime import date

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers.billing import autopay, invoices
from schema.mutations.base import Call, input_id, input_ids, mutation
from schema.mutations.billing.payloads import InvoicePayload


@strawberry.input(description="Bill finished jobs of one customer on a new invoice.")
class InvoiceCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer billed.")
    job_ids: list[relay.GlobalID] = strawberry.field(
        description="Finished jobs of that customer not yet on an invoice (a void invoice doesn't count). "
                    "Their lines are copied in the jobs' scheduled order."
    )
    issue: bool = strawberry.field(
        default=True,
        description="Issue it now (OPEN, dated today, due after the payment terms) or keep it as a DRAFT. "
                    "A draft takes its number now too.",
    )
    notes: str | None = strawberry.field(default=None, description="Notes printed on the invoice.")
    due_on: date | None = strawberry.field(
        default=None, description="The due date, instead of today plus the payment terms; not before today."
    )


@mutation(permission=IsOffice, description="Bill finished jobs of one customer on a new, numbered invoice. "
                                           "Office only.")
async def invoice_create(call: Call, input: InvoiceCreateInput) -> InvoicePayload:
    invoice = await invoices.create_invoice(
        call.session, call.viewer, customer_id=input_id(input, "customer_id", "Customer"),
        job_ids=input_ids(input, "job_ids", "Job"), issue=input.issue, notes=input.notes, due_on=input.due_on)
    autopay.send_after_commit(call.session, call.context.sessions, call.context.payments)
    return InvoicePayload(invoice=invoice)  # type: ignore[arg-type]  # the type reads the model
