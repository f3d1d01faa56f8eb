"""checklistItemAdd: a new item at the end of a job's checklist."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOffice
from resolvers import checklists
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.proof.payloads import ChecklistItemPayload


@strawberry.input(description="A new item at the end of a job's checklist.")
class ChecklistItemAddInput:
    job_id: strawberry.ID = strawberry.field(description="The job.")
    label: str = strawberry.field(description="What to check (at most 200 characters).")
    required: bool = strawberry.field(
        default=False, description="Whether the job cannot be finished while the item is open.")


@mutation(permission=IsOffice, description="Add an item at the end of a job's checklist (office only).")
async def checklist_item_add(call: Call, input: ChecklistItemAddInput) -> ChecklistItemPayload:
    item, job = await checklists.add_item(call.session, call.viewer, input_id(input, "job_id", "Job"), input.label,
                                          input.required)
    return ChecklistItemPayload(checklist_item=item, job=job)  # type: ignore[arg-type]  # types read models
