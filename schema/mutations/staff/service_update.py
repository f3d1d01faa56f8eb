"""serviceUpdate: the owner changes a catalog service or retires it (there is no delete)."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from auth.permissions import IsOwner
from resolvers import staff
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.changes import given
from schema.mutations.staff.payloads import ServicePayload


@strawberry.input(description="Changes to a service: leave a field out to keep it. Jobs already made keep their "
                              "lines as they are.")
class ServiceUpdateInput:
    id: strawberry.ID = strawberry.field(description="The service to change.")
    name: str | None = strawberry.field(default=strawberry.UNSET, description="A new name (not blank).")
    description: str | None = strawberry.field(default=strawberry.UNSET,
                                               description="A new description; null clears it.")
    default_price: Decimal | None = strawberry.field(
        default=strawberry.UNSET, description="A new default price for new jobs (at least 0, at most 2 decimals).")
    taxable: bool | None = strawberry.field(default=strawberry.UNSET,
                                            description="Whether tax applies on new jobs.")
    active: bool | None = strawberry.field(
        default=strawberry.UNSET,
        description="false retires the service: new jobs can't book it; jobs and invoices that have it keep it.")


@mutation(permission=IsOwner, description=(
    "Owner: change a catalog service (only the fields given). A service is never deleted: retire it with "
    "`active: false`. Existing jobs keep the price, name and checklist they were made with."))
async def service_update(call: Call, input: ServiceUpdateInput) -> ServicePayload:
    saved = await staff.update_service(call.session, call.viewer, input_id(input, "id", "Service"),
                                       staff.ServiceChanges(
        name=given(input.name), description=given(input.description), default_price=given(input.default_price),
        taxable=given(input.taxable), active=given(input.active)))
    return ServicePayload(service=saved)  # type: ignore[arg-type]  # the type reads the model
