"""customerMerge: move everything of a duplicate customer to the one to keep, in one transaction."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import merge as rules
from schema.customers import Customer
from schema.merge import CustomerMergeCounts
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="Which customer to merge into which (see `customerMergePreview` first).")
class CustomerMergeInput:
    source_id: relay.GlobalID = strawberry.field(
        description="The duplicate: everything it has moves away; it keeps its row, marked `mergedInto`.")
    target_id: relay.GlobalID = strawberry.field(description="The customer to keep: it receives everything.")


@strawberry.type(description="The result of customerMerge.")
class CustomerMergePayload(MutationPayload):
    target: Customer | None = strawberry.field(description="The customer kept, with everything; null when refused.")
    source: Customer | None = strawberry.field(
        description="The duplicate, now empty and `mergedInto` the target; null when refused.")
    moved: CustomerMergeCounts | None = strawberry.field(description="What moved; null when refused.")


@mutation(permission=IsOffice, description=(
    "Merge a duplicate customer (source) into another (target), in one transaction: every property, job, invoice, "
    "batch, transaction, correction request, file, contact, note, tag, reminder, notice, portal user, API token "
    "and activity entry moves to the target; totals and balances are unchanged. The source keeps its row with "
    "`mergedInto` set (readable by staff, gone from lists, search and duplicateCandidates); both trails record the "
    "merge. Moved portal users and tokens keep working and see the target. Refused with CONFLICT: the same "
    "customer, a source merged already (running it twice), a target that was merged. Office only (OWNER, OFFICE)."))
async def customer_merge(call: Call, input: CustomerMergeInput) -> CustomerMergePayload:
    merged = await rules.merge_customers(call.session, call.viewer, input_id(input, "source_id", "Customer"),
                                         input_id(input, "target_id", "Customer"))
    return CustomerMergePayload(target=merged.target, source=merged.source,  # type: ignore[arg-type]
                                moved=CustomerMergeCounts.of(merged.moved))
