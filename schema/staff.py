"""Employee, Team and Service: who does the work and what the catalog sells."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

import models
from auth.permissions import OFFICE_ONLY, STAFF_ONLY, office_only, staff_only
from resolvers import reads, reviews, staff
from schema.cards import Rating, rating_of
from schema.common import Money, restricted_money_field
from schema.context import Info

if TYPE_CHECKING:
    from schema.users import User

UserRef = Annotated["User", strawberry.lazy("schema.users")]


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

    @strawberry.field(description=f"Clients' stars on the jobs they were assigned to (average and count); null "
                                  f"before any review. {OFFICE_ONLY}", extensions=office_only())
    async def rating(self, root: strawberry.Parent[models.Employee], info: Info) -> Rating | None:
        return rating_of(await info.context.loaders.values("employee.rating", reviews.employee_ratings).load(root.id))

    @strawberry.field(description=f"The user they sign in as, if any. {OFFICE_ONLY}", extensions=office_only())
    async def user(self, root: strawberry.Parent[models.Employee], info: Info) -> UserRef | None:
        users = await info.context.loaders.all_children(staff.USERS_OF_EMPLOYEE).load(root.id)  # type: ignore[arg-type]
        return users[0] if users else None


@strawberry.type(description="A crew of employees.")
class Team(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="The team's name.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Team)

    @strawberry.field(description=f"Clients' stars on the jobs the team was sent to (average and count); null "
                                  f"before any review. {OFFICE_ONLY}", extensions=office_only())
    async def rating(self, root: strawberry.Parent[models.Team], info: Info) -> Rating | None:
        return rating_of(await info.context.loaders.values("team.rating", reviews.team_ratings).load(root.id))

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

    @strawberry.field(description="The checklist new jobs with this service get, in order (jobs already made keep "
                                  f"theirs). {STAFF_ONLY}", extensions=staff_only())
    async def checklist_template(self, root: strawberry.Parent[models.Service],
                                 info: Info) -> list[ChecklistTemplateItem] | None:
        return await info.context.loaders.all_children(staff.TEMPLATE_OF_SERVICE).load(root.id)  # type: ignore[no-any-return,arg-type]


@strawberry.type(description="An item of a service's checklist template, copied onto each new job.")
class ChecklistTemplateItem:
    label: str = strawberry.field(description="What to do.")
    required: bool = strawberry.field(description="Whether the job can't be finished until it is ticked.")
