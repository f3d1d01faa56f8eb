"""The office's access panel: root lists of users (`users`) and API tokens (`apiTokens`). Office only; staff
users for the owner alone. The rules are in `resolvers.access`; the mutations in `schema/mutations/users/`."""

from __future__ import annotations

import strawberry
from strawberry import relay

from models.enums import Role
from models.problems import Forbidden
from resolvers import access as rules
from resolvers.loaders import root_page
from schema.context import Info
from schema.errors import PublicError, access_denied
from schema.relay import Connection, WrongId, connection, decode_global_id, window
from schema.users import ApiToken, User


@strawberry.input(description="Which users to list.")
class UserFilter:
    roles: list[Role] | None = strawberry.field(
        default=None, description="Only these roles (CUSTOMER: portal users; OWNER, OFFICE, EMPLOYEE: staff).")
    customer_id: relay.GlobalID | None = strawberry.field(default=None, description="Only this customer's users.")
    search: str | None = strawberry.field(
        default=None, description="A piece of the username, name, e-mail or the customer's name (any case).")
    active: bool | None = strawberry.field(default=None, description="Only enabled (true) or disabled (false) users.")


@strawberry.input(description="Which API tokens to list.")
class ApiTokenFilter:
    customer_id: relay.GlobalID | None = strawberry.field(default=None, description="Only this customer's tokens.")
    active: bool | None = strawberry.field(default=None, description="Only valid (true) or revoked (false) tokens.")


def _customer_id(global_id: relay.GlobalID | None, argument: str) -> int | None:
    if global_id is None:
        return None
    try:
        return decode_global_id(global_id, "Customer")
    except WrongId:
        raise PublicError(f"`{argument}` must be a Customer id.") from None


async def users(info: Info, filter: UserFilter | None = None, first: int | None = None,
                after: str | None = None) -> Connection[User]:
    chosen = filter or UserFilter()
    customer_id = _customer_id(chosen.customer_id, "filter.customerId")
    try:
        statement = rules.users_statement(info.context.viewer, roles=chosen.roles, customer_id=customer_id,
                                          search=chosen.search, active=chosen.active)
    except Forbidden as denied:
        raise access_denied(denied) from None
    return connection(await root_page(info.context.sessions, statement, window(info, first, after)))  # type: ignore[no-any-return]


async def api_tokens(info: Info, filter: ApiTokenFilter | None = None, first: int | None = None,
                     after: str | None = None) -> Connection[ApiToken]:
    chosen = filter or ApiTokenFilter()
    customer_id = _customer_id(chosen.customer_id, "filter.customerId")
    try:
        statement = rules.api_tokens_statement(info.context.viewer, customer_id=customer_id, active=chosen.active)
    except Forbidden as denied:
        raise access_denied(denied) from None
    return connection(await root_page(info.context.sessions, statement, window(info, first, after)))  # type: ignore[no-any-return]


@strawberry.type
class AccessQueries:
    users: Connection[User] = strawberry.field(
        resolver=users,
        description="Users by username, for the office's access panel: portal (customer) users for the office; "
                    "staff users too for the owner. Office only (OWNER, OFFICE): refused for everyone else.")
    api_tokens: Connection[ApiToken] = strawberry.field(
        resolver=api_tokens,
        description="API tokens, newest first (the secret itself is never shown again). Office only (OWNER, "
                    "OFFICE): refused for everyone else.")
