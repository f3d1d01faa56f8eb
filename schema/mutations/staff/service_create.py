"""serviceCreate: the owner adds a service to the catalog."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from auth.permissions import IsOwner
from resolvers import staff
from schema.mutations.base import Call, mutation
from schema.mutations.staff.payloads import ServicePayload


@strawberry.input(description="A new catalog service.")
class ServiceCreateInput:
    name: str = strawberry.field(description="The service's name, unique ignoring case.")
    default_price: Decimal = strawberry.field(
        description="Price of one unit in the company's currency (at least 0, at most 2 decimals); jobs copy it.")
    description: str | None = strawberry.field(default=None, description="What it includes.")
    taxable: bool = strawberry.field(default=True, description="Whether tax applies to it.")
    active: bool = strawberry.field(default=True, description="Whether new jobs can book it.")


@mutation(permission=IsOwner, description="Owner: add a service to the catalog.")
async def service_create(call: Call, input: ServiceCreateInput) -> ServicePayload:
    saved = await staff.create_service(call.session, call.viewer, staff.ServiceDraft(
        name=input.name, default_price=input.default_price, description=input.description, taxable=input.taxable,
        active=input.active))
    return ServicePayload(service=saved)  # type: ignore[arg-type]  # the type reads the model
