"""Employee, Team and Service: who does the work and what the catalog sells."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import relay

import models
from auth.permissions import STAFF_ONLY, staff_only
from resolvers import reads
from schema.common import Money, restricted_money_field
from schema.context import Info


@strawberry.type(description="A field worker.")
class Employee(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="Full name.")
    email: str | None = strawberry.field(description=f"E-mail. {STAFF_ONLY}", extensions=staff_only())
    phone: str | None = strawberry.field(description=f"Phone. {STAFF_ONLY}", extensions=staff_only())
    active: bool = strawberry.field(description="Whether they still work for the company.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Employee)


@strawberry.type(description="A crew of employees.")
class Team(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="The team's name.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Team)

    @strawberry.field(description="Who is on the team.")
    async def members(self, root: strawberry.Parent[models.Team], info: Info) -> list[Employee]:
        return await info.context.loaders.all_children(reads.MEMBERS_OF_TEAM).load(root.id)  # type: ignore[arg-type]


@strawberry.type(description="A catalog service: what a job line bills by default.")
class Service(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="The service's name.")
    description: str | None = strawberry.field(description="What it includes.")
    taxable: bool = strawberry.field(description="Whether tax applies to it.")
    active: bool = strawberry.field(description="Whether it can be booked.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Service)

    default_price: Money | None = restricted_money_field("default_price_cents", "The default unit price.")
