"""propertyUpdate: change a property, or move it to another customer."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOffice
from models.enums import PropertyType
from models.problems import ProblemCode, UserInputError
from resolvers import properties
from schema.common import AddressInput
from schema.mutations.base import Call, input_id, input_path, mutation
from schema.mutations.changes import changed, given
from schema.mutations.jobs.payloads import PropertyPayload


@strawberry.input(description="Changes to a property; leave a field out to keep it, null clears a note.")
class PropertyUpdateInput:
    id: strawberry.ID = strawberry.field(description="The property to change.")
    customer_id: strawberry.ID | None = strawberry.field(
        default=strawberry.UNSET,
        description="Move the property to another customer (only while it has no jobs or invoices).")
    name: str | None = strawberry.field(default=strawberry.UNSET, description="A new name.")
    type: PropertyType | None = strawberry.field(default=strawberry.UNSET, description="A new type.")
    address: AddressInput | None = strawberry.field(
        default=strawberry.UNSET,
        description="A new address, replacing the whole address (line1 and city required).")
    access_notes: str | None = strawberry.field(default=strawberry.UNSET, description="New access notes.")
    description: str | None = strawberry.field(default=strawberry.UNSET, description="A new description.")
    internal_notes: str | None = strawberry.field(default=strawberry.UNSET, description="New internal notes.")


def _customer_id(input: PropertyUpdateInput) -> int:
    if input.customer_id is None:
        raise UserInputError.one(input_path(input, "customer_id"), ProblemCode.REQUIRED,
                                 "A property always belongs to a customer; leave customerId out to keep it.")
    return input_id(input, "customer_id", "Customer")


@mutation(permission=IsOffice, description="Change a property, or move it to another customer while it has no "
                                           "jobs or invoices (office only).")
async def property_update(call: Call, input: PropertyUpdateInput) -> PropertyPayload:
    property_id = input_id(input, "id", "Property")
    saved = await properties.update_property(call.session, call.viewer, property_id, properties.PropertyChanges(
        customer_id=given(input.customer_id) if input.customer_id is strawberry.UNSET else _customer_id(input),
        name=given(input.name), type=given(input.type), address=changed(input.address, AddressInput.value),
        access_notes=given(input.access_notes), description=given(input.description),
        internal_notes=given(input.internal_notes),
    ))
    return PropertyPayload(property=saved)  # type: ignore[arg-type]  # the type reads the model
