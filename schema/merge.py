"""Duplicates: what a merge would move (`customerMergePreview`), and the shapes the merge mutation returns."""

from __future__ import annotations

import strawberry
from strawberry import relay

from models.problems import Forbidden, UserInputError
from resolvers import merge as rules
from schema.context import Info
from schema.customers import Customer
from schema.errors import PublicError, access_denied
from schema.relay import WrongId, decode_global_id

MergeConflictCode = strawberry.enum(
    rules.ConflictCode, name="MergeConflictCode",
    description="What stands in the way of a merge (SAME_CUSTOMER, SOURCE_MERGED, TARGET_MERGED: blocking) or "
                "deserves a look before it (BOTH_DEFAULT_BILLING_CONTACT, TARGET_ARCHIVED, "
                "TARGET_WITHOUT_PORTAL_ACCESS). The company bills in one currency, so customers never differ in "
                "currency.")


@strawberry.type(description="How many records of each kind belong to the source customer (and would move).")
class CustomerMergeCounts:
    properties: int = strawberry.field(description="Properties.")
    jobs: int = strawberry.field(description="Jobs (with their status history, checklists and files).")
    invoices: int = strawberry.field(description="Invoices.")
    batches: int = strawberry.field(description="Batch invoices.")
    transactions: int = strawberry.field(description="Payments (with their allocations).")
    contacts: int = strawberry.field(description="Contacts.")
    notes: int = strawberry.field(description="Notes.")
    users: int = strawberry.field(description="Portal users (their sessions keep working, now on the target).")
    tokens: int = strawberry.field(description="API tokens (they keep working, now for the target).")
    tags: int = strawberry.field(description="Tags (one the target has already is kept once).")
    reminders: int = strawberry.field(description="Reminders.")
    notices: int = strawberry.field(description="Notices.")

    @classmethod
    def of(cls, counts: dict[str, int]) -> CustomerMergeCounts:
        return cls(**counts)


@strawberry.type(description="Something in the way of a merge, or to look at before it.")
class CustomerMergeConflict:
    code: MergeConflictCode = strawberry.field(description="What it is.")  # type: ignore[valid-type]
    blocking: bool = strawberry.field(description="True when the merge would be refused (a userError).")
    message: str = strawberry.field(description="What it means, for a person.")


@strawberry.type(description="What merging the source customer into the target would do. Writes nothing.")
class CustomerMergePreview:
    source: Customer = strawberry.field(description="The duplicate, which would keep its row, marked merged.")
    target: Customer = strawberry.field(description="The customer that would keep everything.")
    moves: CustomerMergeCounts = strawberry.field(description="What would move from the source to the target.")
    conflicts: list[CustomerMergeConflict] = strawberry.field(description="Blocking ones first, then the rest.")
    can_merge: bool = strawberry.field(description="No blocking conflict: customerMerge would go through now.")


def _customer_id(value: relay.GlobalID, argument: str) -> int:
    try:
        return decode_global_id(value, "Customer")
    except WrongId:
        raise PublicError(f"`{argument}` must be a Customer id.") from None


async def customer_merge_preview(info: Info, source_id: relay.GlobalID,
                                 target_id: relay.GlobalID) -> CustomerMergePreview:
    viewer = info.context.viewer
    if not viewer.is_office:
        raise access_denied(Forbidden("Only office staff may preview merges."))
    source, target = _customer_id(source_id, "sourceId"), _customer_id(target_id, "targetId")
    try:
        async with info.context.sessions() as session:
            preview = await rules.preview_merge(session, viewer, source, target)
    except UserInputError as error:
        raise PublicError(str(error), code="NOT_FOUND") from None
    conflicts = sorted(preview.conflicts, key=lambda conflict: not conflict.blocking)
    return CustomerMergePreview(
        source=preview.source, target=preview.target,  # type: ignore[arg-type]  # the type reads the model
        moves=CustomerMergeCounts.of(preview.counts), can_merge=preview.can_merge,
        conflicts=[CustomerMergeConflict(code=conflict.code, blocking=conflict.blocking, message=conflict.message)
                   for conflict in conflicts])


@strawberry.type
class MergeQueries:
    customer_merge_preview: CustomerMergePreview = strawberry.field(
        resolver=customer_merge_preview,
        description="Before merging two customers: what would move from the source (`sourceId`, the duplicate) "
                    "to the target (`targetId`, the one to keep), and the conflicts. Office only (OWNER, OFFICE).")
