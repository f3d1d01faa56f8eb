"""checklistTemplateSet: the owner replaces a service's checklist template (the list new jobs copy)."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOwner
from resolvers import staff
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.staff.payloads import ServicePayload


@strawberry.input(description="An item of a checklist template.")
class ChecklistTemplateItemInput:
    label: str = strawberry.field(description="What to do (at most 200 characters, not twice in one list).")
    required: bool = strawberry.field(default=False,
                                      description="Whether a job can't be finished until it is ticked.")


@strawberry.input(description="The whole checklist template of a service, in order.")
class ChecklistTemplateSetInput:
    service_id: strawberry.ID = strawberry.field(description="The service.")
    items: list[ChecklistTemplateItemInput] = strawberry.field(
        description="The new list, in order (at most 50; [] clears it). It replaces the old list.")


@mutation(permission=IsOwner, description=(
    "Owner: replace a service's checklist template. New jobs with the service copy it; jobs already made keep "
    "the checklist they have."))
async def checklist_template_set(call: Call, input: ChecklistTemplateSetInput) -> ServicePayload:
    saved = await staff.set_checklist_template(
        call.session, call.viewer, input_id(input, "service_id", "Service"),
        [staff.TemplateItem(label=item.label, required=item.required) for item in input.items])
    return ServicePayload(service=saved)  # type: ignore[arg-type]  # the type reads the model
