"""checklistItemSetDone: tick a checklist item off, or open it again."""

from __future__ import annotations

import strawberry

from auth.permissions import IsAuthenticated
from resolvers import checklists
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.proof.payloads import ChecklistItemPayload


@strawberry.input(description="Tick a checklist item off, or open it again.")
class ChecklistItemSetDoneInput:
    item_id: strawberry.ID = strawberry.field(description="The checklist item.")
    done: bool = strawberry.field(description="True to tick it off, false to open it again.")


@mutation(permission=IsAuthenticated, description=(
    "Tick a checklist item off or open it again: the job's assigned employees and the office. Once a job is "
    "Finished or Cancelled only the office may change its checklist."))
async def checklist_item_set_done(call: Call, input: ChecklistItemSetDoneInput) -> ChecklistItemPayload:
    item, job = await checklists.set_item_done(call.session, call.viewer, input_id(input, "item_id", "ChecklistItem"),
                                               input.done)
    return ChecklistItemPayload(checklist_item=item, job=job)  # type: ignore[arg-type]  # types read models
