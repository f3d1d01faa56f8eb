"""propertyCreate: a new property of a customer."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOffice
from models.enums import PropertyType
from resolvers import properties
from schema.common import AddressInput
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.jobs.payloads import PropertyPayload


@strawberry.input(description="A new property of a customer.")
class PropertyCreateInput:
    customer_id: strawberry.ID = strawberry.field(description="The customer the property belongs to.")
    name: str = strawberry.field(description="What the customer calls this place, e.g. “Main house”.")
    address: AddressInput = strawberry.field(description="The street address; line1 and city are required.")
    type: PropertyType = strawberry.field(default=PropertyType.RESIDENTIAL,
                                          description="Residential, business or pool.")
    access_notes: str | None = strawberry.field(
        default=None,
        description="How to get in (lockbox, gate code): shown to assigned staff and the client.")
    description: str | None = strawberry.field(default=None, description="What the place is like.")
    internal_notes: str | None = strawberry.field(default=None,
                                                  description="The office's private notes on this place.")


@mutation(permission=IsOffice, description="Add a property to a customer (office only).")
async def property_create(call: Call, input: PropertyCreateInput) -> PropertyPayload:
    saved = await properties.create_property(call.session, call.viewer, properties.PropertyDraft(
        customer_id=input_id(input, "customer_id", "Customer"), name=input.name, address=input.address.value(),
        type=input.type, access_notes=input.access_notes, description=input.description,
        internal_notes=input.internal_notes,
    ))
    return PropertyPayload(property=saved)  # type: ignore[arg-type]  # the type reads the model
