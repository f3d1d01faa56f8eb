"""invoiceIssue: a draft invoice becomes OPEN and its client is told."""

from __future__ import annotations

from datetime import date

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers.billing import autopay, lifecycle
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.billing.payloads import InvoicePayload


@strawberry.input(description="Issue a draft invoice: it becomes OPEN, dated today, and its client is told.")
class InvoiceIssueInput:
    invoice_id: relay.GlobalID = strawberry.field(description="The draft invoice.")
    due_on: date | None = strawberry.field(
        default=None,
        description="The due date (not before today). Default: the draft's due date if still ahead, else today "
                    "plus the payment terms.",
    )


@mutation(permission=IsOffice, description="Issue a draft invoice (DRAFT → OPEN); its client's users are "
                                           "notified. Office only.")
async def invoice_issue(call: Call, input: InvoiceIssueInput) -> InvoicePayload:
    invoice = await lifecycle.issue_invoice(call.session, call.viewer,
                                            invoice_id=input_id(input, "invoice_id", "Invoice"), due_on=input.due_on)
    autopay.send_after_commit(call.session, call.context.sessions, call.context.payments)
    return InvoicePayload(invoice=invoice)  # type: ignore[arg-type]  # the type reads the model
