"""Users and API tokens over GraphQL: the `User` and `ApiToken` types and `AuthQueries` (`viewer`, `me`).

Their mutations (sign-in by e-mailed code, sign-out, the office's user panel, API tokens) are in
`schema/mutations/users/`; the rules live in `auth/` and `resolvers.users` (plain functions).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import sqlalchemy as sa
import strawberry
from strawberry import relay
from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension

import models
import schema.enums  # noqa: F401 - registers the domain enums with strawberry
from auth import tokens
from auth.permissions import OFFICE_ONLY, office_only
from auth.users import user_property_ids
from auth.viewer import Viewer as AuthViewer
from models.enums import Role
from schema.context import Info

if TYPE_CHECKING:
    from schema.customers import Customer
    from schema.properties import Property
    from schema.staff import Employee

CustomerRef = Annotated["Customer", strawberry.lazy("schema.customers")]
PropertyRef = Annotated["Property", strawberry.lazy("schema.properties")]
EmployeeRef = Annotated["Employee", strawberry.lazy("schema.staff")]


STAFF_OR_SELF = "Staff and the user themself only: null for everyone else."
_INPUT = "What to do (see the input type)."


class IsStaffOrSelf(BasePermission):
    """Staff, or the user the field belongs to."""

    message = "Only staff or the user themself may see this field."

    def has_permission(self, source: Any, info: Any, **kwargs: Any) -> bool:
        viewer: AuthViewer = info.context.viewer
        return viewer.is_staff or (viewer.user_id is not None and getattr(source, "id", None) == viewer.user_id)


def staff_or_self() -> list[FieldExtension]:
    return [PermissionExtension(permissions=[IsStaffOrSelf()], fail_silently=True)]


async def _properties(info: Info, property_ids: list[int]) -> list[Any] | None:
    if not property_ids:
        return None
    rows = await info.context.loaders.by_id(models.Property).load_many(property_ids)
    return [row for row in rows if row is not None]


# ------------------------------------------------------------------------------------------------ types


@strawberry.type(description="Someone who signs in: staff (owner, office, employee) or a customer's portal user.")
class User(relay.Node):
    id: relay.NodeID[int]
    username: str = strawberry.field(description="The sign-in name (unique, case-insensitive).")
    name: str | None = strawberry.field(description="The person's name, for greetings and lists.")
    role: Role = strawberry.field(description="What the user is to the company.")
    active: bool = strawberry.field(description="Whether the user may sign in (the office disables users).")
    finances: bool = strawberry.field(
        description="For customer users: whether they see money (invoices, batches, payments, prices).")
    created_at: datetime = strawberry.field(description="When the user was created (UTC).")
    email: str | None = strawberry.field(description=f"Where sign-in codes are sent. {STAFF_OR_SELF}",
                                         extensions=staff_or_self())
    failed_sign_ins: int | None = strawberry.field(
        description=f"Wrong codes since the last successful sign-in (the account locks at 100). {OFFICE_ONLY}",
        extensions=[*office_only()])
    locked_at: datetime | None = strawberry.field(
        description=f"When too many wrong codes locked the account (null: not locked). {OFFICE_ONLY}",
        extensions=[*office_only()])
    last_sign_in_at: datetime | None = strawberry.field(description=f"The last successful sign-in. {OFFICE_ONLY}",
                                                        extensions=[*office_only()])

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.User)

    @strawberry.field(description=f"Whether too many wrong codes locked the account until the office unlocks it. "
                                  f"{OFFICE_ONLY}", extensions=[*office_only()])
    def locked(self, root: strawberry.Parent[models.User]) -> bool | None:
        return root.locked_at is not None

    @strawberry.field(description="For customer users: the customer they belong to.")
    async def customer(self, root: strawberry.Parent[models.User], info: Info) -> CustomerRef | None:
        if root.customer_id is None:
            return None
        return await info.context.loaders.by_id(models.Customer).load(root.customer_id)  # type: ignore[return-value]

    @strawberry.field(description="For employee users: the employee they sign in as.")
    async def employee(self, root: strawberry.Parent[models.User], info: Info) -> EmployeeRef | None:
        if root.employee_id is None:
            return None
        return await info.context.loaders.by_id(models.Employee).load(root.employee_id)  # type: ignore[return-value]

    @strawberry.field(description="For customer users: the properties they are limited to; null means all of "
                                  "their customer's.")
    async def properties(self, root: strawberry.Parent[models.User], info: Info) -> list[PropertyRef] | None:
        if root.role is not Role.CUSTOMER:
            return None
        return await _properties(info, await user_property_ids(info.context.loaders, root.id))  # type: ignore[arg-type]


@strawberry.type(description="A token an integration (property-manager software) calls the API with, as a "
                             "customer user of one customer. The token itself is shown once, at creation.")
class ApiToken(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="What uses the token, e.g. \"PM software\".")
    prefix: str = strawberry.field(description="The token's first characters, to recognise it (dop_…).")
    finances: bool = strawberry.field(description="Whether the token sees money (invoices, payments, prices).")
    created_at: datetime = strawberry.field(description="When it was issued (UTC).")
    last_used_at: datetime | None = strawberry.field(description="When it was last used (to the minute).")
    revoked_at: datetime | None = strawberry.field(description="When it was revoked (null: still valid).")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.ApiToken)

    @strawberry.field(description="Whether the token still works (not revoked).")
    def active(self, root: strawberry.Parent[models.ApiToken]) -> bool:
        return root.revoked_at is None

    @strawberry.field(description="The customer the token acts for.")
    async def customer(self, root: strawberry.Parent[models.ApiToken], info: Info) -> CustomerRef | None:
        return await info.context.loaders.by_id(models.Customer).load(root.customer_id)  # type: ignore[return-value]

    @strawberry.field(description="The properties the token is limited to; null means all of its customer's.")
    async def properties(self, root: strawberry.Parent[models.ApiToken], info: Info) -> list[PropertyRef] | None:
        return await _properties(info, await tokens.api_token_property_ids(info.context.loaders, root.id))  # type: ignore[arg-type]


@strawberry.type(name="Viewer", description="Who is asking: a signed-in user, an API token, or nobody.")
class ViewerInfo:
    authenticated: bool = strawberry.field(description="Whether the request carries a valid session or token.")
    role: Role | None = strawberry.field(description="The viewer's role (CUSTOMER for API tokens); null if anonymous.")
    finances: bool = strawberry.field(description="Whether the viewer sees money.")
    api_token: bool = strawberry.field(description="Whether the viewer is an API token rather than a person.")
    viewer: strawberry.Private[AuthViewer]

    @strawberry.field(description="The signed-in user; null when anonymous or calling with an API token.")
    async def user(self, info: Info) -> User | None:
        return await _me(info)  # type: ignore[return-value]

    @strawberry.field(description="For customer users and API tokens: the customer they act for.")
    async def customer(self, info: Info) -> CustomerRef | None:
        if self.viewer.customer_id is None:
            return None
        return await info.context.loaders.by_id(models.Customer).load(self.viewer.customer_id)  # type: ignore[return-value]

    @strawberry.field(description="The properties the viewer is limited to; null means no such limit.")
    async def properties(self, info: Info) -> list[PropertyRef] | None:
        if self.viewer.property_ids is None:
            return None
        return await _properties(info, sorted(self.viewer.property_ids))


async def _me(info: Info) -> models.User | None:
    user_id = info.context.viewer.user_id
    if user_id is None:
        return None
    async with info.context.sessions() as session:
        return (await session.execute(sa.select(models.User).where(models.User.id == user_id))).scalar()  # type: ignore[arg-type]


@strawberry.type
class AuthQueries:
    @strawberry.field(description="Who is asking (works signed out too: `authenticated` is then false).")
    def viewer(self, info: Info) -> ViewerInfo:
        viewer = info.context.viewer
        return ViewerInfo(authenticated=viewer.is_authenticated, role=viewer.role,
                          finances=viewer.sees_money, api_token=viewer.api_token_id is not None, viewer=viewer)

    @strawberry.field(description="The signed-in user; null when signed out or calling with an API token.")
    async def me(self, info: Info) -> User | None:
        return await _me(info)  # type: ignore[return-value]
