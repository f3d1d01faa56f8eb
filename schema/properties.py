"""Property: a service location of one customer."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

import models
from auth.permissions import OFFICE_ONLY, office_only
from resolvers import plans, reads
from schema.common import Address
from schema.context import Info
from schema.enums import PropertyType
from schema.relay import Connection, connection, window

if TYPE_CHECKING:
    from schema.billing import Invoice
    from schema.customers import Customer
    from schema.files import File
    from schema.jobs import Job
    from schema.plans import RecurringPlan


@strawberry.type(description="A place where work happens (a home, a unit, a building, a pool).")
class Property(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="What the customer calls this place.")
    type: PropertyType = strawberry.field(description="Residential, business or pool.")
    access_notes: str | None = strawberry.field(
        description="How to get in (lockbox, gate code): shown to assigned staff and the client."
    )
    description: str | None = strawberry.field(description="What the place is like.")
    active: bool = strawberry.field(description="Whether work is still scheduled here.")
    created_at: datetime = strawberry.field(description="When the record was created (UTC).")
    internal_notes: str | None = strawberry.field(
        description=f"The office's private notes on this place. {OFFICE_ONLY} What the crew needs to get in and "
                    "work goes in `accessNotes`.",
        extensions=office_only(),
    )

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Property)

    @strawberry.field(description="The street address.")
    def address(self, root: strawberry.Parent[models.Property]) -> Address:
        return Address(line1=root.address_line1, line2=root.address_line2, city=root.city,
                       region=root.region, postal_code=root.postal_code, country=root.country)

    @strawberry.field(description="The customer this place belongs to.")
    async def customer(self, root: strawberry.Parent[models.Property], info: Info,
                       ) -> Annotated[Customer, strawberry.lazy("schema.customers")] | None:
        return await info.context.loaders.by_id(models.Customer).load(root.customer_id)  # type: ignore[return-value]

    @strawberry.field(description="Jobs here, newest scheduled first.")
    async def jobs(self, root: strawberry.Parent[models.Property], info: Info, first: int | None = None,
                   after: str | None = None) -> Connection[Annotated[Job, strawberry.lazy("schema.jobs")]]:
        page = await info.context.loaders.page(reads.JOBS_OF_PROPERTY).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]

    @strawberry.field(description="Invoices for this place, newest first. Empty without finances.")
    async def invoices(self, root: strawberry.Parent[models.Property], info: Info, first: int | None = None,
                       after: str | None = None,
                       ) -> Connection[Annotated[Invoice, strawberry.lazy("schema.billing")]]:
        page = await info.context.loaders.page(reads.INVOICES_OF_PROPERTY).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]

    @strawberry.field(description="Files attached to this place or its jobs that the viewer may see.")
    async def files(self, root: strawberry.Parent[models.Property], info: Info, first: int | None = None,
                    after: str | None = None) -> Connection[Annotated[File, strawberry.lazy("schema.files")]]:
        page = await info.context.loaders.page(reads.FILES_OF_PROPERTY).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]

    @strawberry.field(description=f"Recurring plans here, by name (paused ones included). {OFFICE_ONLY}",
                      extensions=office_only())
    async def recurring_plans(self, root: strawberry.Parent[models.Property], info: Info,
                              first: int | None = None, after: str | None = None,
                              ) -> Connection[Annotated[RecurringPlan, strawberry.lazy("schema.plans")]] | None:
        page = await info.context.loaders.page(plans.PLANS_OF_PROPERTY).load(
            (root.id, window(info, first, after)))  # type: ignore[arg-type]
        return connection(page)  # type: ignore[no-any-return]
