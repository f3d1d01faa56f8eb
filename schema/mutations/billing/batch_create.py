"""batchCreate: gather open invoices of one customer into a batch invoice."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers.billing import autopay, batches
from schema.billing import Batch
from schema.mutations.base import Call, MutationPayload, input_id, input_ids, mutation


@strawberry.input(description="Gather open invoices of one customer into a batch invoice.")
class BatchCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer whose invoices are gathered.")
    invoice_ids: list[relay.GlobalID] = strawberry.field(
        description="Open or partially paid invoices of that customer, none already in an open batch."
    )
    notes: str | None = strawberry.field(default=None, description="Notes printed on the batch.")


@strawberry.type(description="The result of batchCreate.")
class BatchPayload(MutationPayload):
    batch: Batch | None = strawberry.field(description="The new batch; null when userErrors say why not.")


@mutation(permission=IsOffice, description="Gather open invoices of one customer into a numbered batch. "
                                           "Office only.")
async def batch_create(call: Call, input: BatchCreateInput) -> BatchPayload:
    batch = await batches.create_batch(
        call.session, call.viewer, customer_id=input_id(input, "customer_id", "Customer"),
        invoice_ids=input_ids(input, "invoice_ids", "Invoice"), notes=input.notes)
    autopay.send_after_commit(call.session, call.context.sessions, call.context.payments)
    return BatchPayload(batch=batch)  # type: ignore[arg-type]  # the type reads the model
