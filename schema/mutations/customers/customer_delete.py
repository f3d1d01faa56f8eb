"""customerDelete: remove a customer entered by mistake; one with history is archived instead."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import merge as rules
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="The customer to delete.")
class CustomerDeleteInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer (one without history).")


@strawberry.type(description="The result of customerDelete.")
class CustomerDeletePayload(MutationPayload):
    deleted_customer_id: relay.GlobalID | None = strawberry.field(
        description="The id the customer had; null when nothing was deleted.")


@mutation(permission=IsOffice, description=(
    "Delete a customer with no history, together with its properties, contacts, tags, notes, reminders and "
    "notices. A customer with jobs, invoices, batches, transactions, files, portal users, API tokens or customers "
    "merged into it is refused with HAS_HISTORY, the message counting what it has: archive it instead "
    "(customerUpdate, status ARCHIVED). A merged customer stays as the trace of its merge (CONFLICT). The "
    "activity trail keeps a `customer.deleted` entry. Office only (OWNER, OFFICE)."))
async def customer_delete(call: Call, input: CustomerDeleteInput) -> CustomerDeletePayload:
    deleted = await rules.delete_customer(call.session, call.viewer, input_id(input, "customer_id", "Customer"))
    return CustomerDeletePayload(deleted_customer_id=relay.GlobalID("Customer", str(deleted.id)))
