"""Users, sign-in and API tokens over GraphQL: the `User` and `ApiToken` types, `AuthQueries` (`viewer`, `me`)
and `AuthMutations` (sign-in by e-mailed code, sign-out, the office's user panel, API tokens).

The rules live in `auth/` (plain functions); this module reads inputs, checks access and shapes payloads.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import sqlalchemy as sa
import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay
from strawberry.extensions.field_extension import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension

import models
import schema.enums  # noqa: F401 - registers the domain enums with strawberry
from auth import codes, tokens
from auth.authenticate import viewer_for_session
from auth.permissions import OFFICE_ONLY, office_only
from auth.sessions import clear_session_cookie, revoke_session, revoke_user_sessions, set_session_cookie
from auth.users import user_property_ids
from auth.viewer import ANONYMOUS
from auth.viewer import Viewer as AuthViewer
from models.enums import Role
from resolvers import users
from resolvers.errors import UserInputError
from resolvers.transactions import run_in_transaction
from schema.common import UserError
from schema.context import Info
from schema.errors import PermissionDenied
from schema.mutations.base import decode_id, require, run_mutation, user_errors

if TYPE_CHECKING:
    from schema.customers import Customer
    from schema.properties import Property
    from schema.staff import Employee

CustomerRef = Annotated["Customer", strawberry.lazy("schema.customers")]
PropertyRef = Annotated["Property", strawberry.lazy("schema.properties")]
EmployeeRef = Annotated["Employee", strawberry.lazy("schema.staff")]

T = TypeVar("T")

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


# ----------------------------------------------------------------------------------------------- inputs


@strawberry.input(description="Ask for a sign-in code by e-mail.")
class RequestLoginCodeInput:
    username: str = strawberry.field(description="Your username (not case-sensitive).")


@strawberry.type(description="The answer to a code request: the same whoever the username belongs to.")
class RequestLoginCodePayload:
    message: str | None = strawberry.field(description="What happens next (null when there are userErrors).")
    user_errors: list[UserError] = strawberry.field(description="Blank username, or too many requests.")


@strawberry.input(description="Sign in with a username and the code e-mailed to it.")
class SignInInput:
    username: str = strawberry.field(description="Your username (not case-sensitive).")
    code: str = strawberry.field(description="The 6-digit code from the newest e-mail (spaces are ignored).")


@strawberry.type(description="A new session: the browser gets an HttpOnly cookie, API clients use `token`.")
class SignInPayload:
    user: User | None = strawberry.field(description="Who signed in.")
    token: str | None = strawberry.field(
        description="The session token for API clients (`Authorization: Bearer <token>`); browsers use the cookie.")
    expires_at: datetime | None = strawberry.field(
        description="When the session ends unless used (each use pushes it 30 days out).")
    user_errors: list[UserError] = strawberry.field(description="Why signing in did not work.")


@strawberry.input(description="Sign out.")
class SignOutInput:
    everywhere: bool = strawberry.field(default=False,
                                        description="End all of your sessions (every browser and device).")


@strawberry.type(description="The result of signing out.")
class SignOutPayload:
    signed_out: bool = strawberry.field(
        description="Whether a session was ended (false when there was none, or for an API token).")
    user_errors: list[UserError] = strawberry.field(description="Always empty (signing out cannot fail).")


@strawberry.input(description="A portal user for a customer.")
class PortalUserCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer the user belongs to.")
    username: str = strawberry.field(description="3–40 letters, digits, '.', '_' or '-'; unique ignoring case.")
    email: str = strawberry.field(description="Where sign-in codes (and the welcome) are sent.")
    send_credentials: bool = strawberry.field(
        description="E-mail a welcome with the username and the sign-in link now.")
    finances: bool = strawberry.field(default=True,
                                      description="Whether the user sees money (invoices, batches, payments).")
    property_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None, description="Limit the user to these properties of the customer (omit: all of them).")
    name: str | None = strawberry.field(default=None, description="The person's name.")


@strawberry.type(description="The result of portalUserCreate.")
class PortalUserCreatePayload:
    user: User | None = strawberry.field(description="The new user.")
    user_errors: list[UserError] = strawberry.field(description="What to fix in the input.")


@strawberry.input(description="A staff user (owner only).")
class StaffUserCreateInput:
    role: Role = strawberry.field(description="OWNER, OFFICE or EMPLOYEE.")
    username: str = strawberry.field(description="3–40 letters, digits, '.', '_' or '-'; unique ignoring case.")
    email: str = strawberry.field(description="Where sign-in codes are sent.")
    employee_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The employee this user signs in as (required for EMPLOYEE).")
    name: str | None = strawberry.field(default=None, description="The person's name.")
    send_credentials: bool = strawberry.field(
        default=False, description="E-mail a welcome with the username and the sign-in link now.")


@strawberry.type(description="The result of staffUserCreate.")
class StaffUserCreatePayload:
    user: User | None = strawberry.field(description="The new user.")
    user_errors: list[UserError] = strawberry.field(description="What to fix in the input.")


@strawberry.input(description="Enable or disable a user.")
class UserSetActiveInput:
    user_id: relay.GlobalID = strawberry.field(description="The user.")
    active: bool = strawberry.field(description="False signs the user out everywhere at once and stops sign-ins.")


@strawberry.type(description="The result of userSetActive.")
class UserSetActivePayload:
    user: User | None = strawberry.field(description="The user as it now is.")
    user_errors: list[UserError] = strawberry.field(description="What to fix in the input.")


@strawberry.input(description="Unlock an account locked by too many wrong codes.")
class UserUnlockInput:
    user_id: relay.GlobalID = strawberry.field(description="The user.")


@strawberry.type(description="The result of userUnlock.")
class UserUnlockPayload:
    user: User | None = strawberry.field(description="The user as it now is.")
    user_errors: list[UserError] = strawberry.field(description="What to fix in the input.")


@strawberry.input(description="What a customer user may see.")
class UserSetScopeInput:
    user_id: relay.GlobalID = strawberry.field(description="A customer user.")
    finances: bool = strawberry.field(description="Whether the user sees money (invoices, batches, payments).")
    property_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None, description="Limit the user to these properties of its customer; null or empty: all of them.")


@strawberry.type(description="The result of userSetScope.")
class UserSetScopePayload:
    user: User | None = strawberry.field(description="The user as it now is.")
    user_errors: list[UserError] = strawberry.field(description="What to fix in the input.")


@strawberry.input(description="Change a user's e-mail or name.")
class UserUpdateInput:
    user_id: relay.GlobalID = strawberry.field(description="The user.")
    email: str | None = strawberry.field(
        default=None, description="A new e-mail address (omit: unchanged). Signs the user out everywhere.")
    name: str | None = strawberry.field(default=None, description="A new name (omit: unchanged; empty: none).")


@strawberry.type(description="The result of userUpdate.")
class UserUpdatePayload:
    user: User | None = strawberry.field(description="The user as it now is.")
    user_errors: list[UserError] = strawberry.field(description="What to fix in the input.")


@strawberry.input(description="An API token for a customer's integration.")
class ApiTokenCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer the token acts for.")
    name: str = strawberry.field(description="What will use it, e.g. \"PM software\".")
    finances: bool = strawberry.field(description="Whether the token sees money (invoices, payments, prices).")
    property_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None, description="Limit the token to these properties of the customer (omit: all of them).")


@strawberry.type(description="The result of apiTokenCreate: the only time the token is shown.")
class ApiTokenCreatePayload:
    api_token: ApiToken | None = strawberry.field(description="The token's record.")
    token: str | None = strawberry.field(
        description="The token (dop_…): store it now, it is never shown again. Send `Authorization: Bearer <token>`.")
    user_errors: list[UserError] = strawberry.field(description="What to fix in the input.")


@strawberry.input(description="Revoke an API token.")
class ApiTokenRevokeInput:
    id: relay.GlobalID = strawberry.field(description="The token.")


@strawberry.type(description="The result of apiTokenRevoke.")
class ApiTokenRevokePayload:
    api_token: ApiToken | None = strawberry.field(description="The token, now revoked.")
    user_errors: list[UserError] = strawberry.field(description="What to fix in the input.")


# ------------------------------------------------------------------------------------------- mutations


def _client(info: Info) -> tuple[str | None, str | None]:
    """The client's address and user agent, when the request is HTTP (or a WebSocket) at all."""
    request = info.context.request
    client = getattr(request, "client", None)
    headers = getattr(request, "headers", None)
    address = getattr(client, "host", None)
    agent = headers.get("user-agent") if headers is not None else None
    return (address if isinstance(address, str) else None), (agent if isinstance(agent, str) else None)


async def _run(info: Info, work: Callable[[AsyncSession, AuthViewer], Awaitable[T]],
               ) -> tuple[T | None, list[UserError]]:
    """`run_mutation`, with `resolvers.users.AccessDenied` turned into a permission error."""
    try:
        return await run_mutation(info, work)
    except users.AccessDenied as error:
        raise PermissionDenied(str(error)) from None


def _ids(values: list[relay.GlobalID] | None, type_name: str, field: str) -> list[int] | None:
    return None if values is None else [decode_id(value, type_name, field) for value in values]


@strawberry.type
class AuthMutations:
    @strawberry.mutation(description="E-mail a 6-digit sign-in code to a username's address. The answer is the "
                                     "same whether or not the username exists or may sign in; at most 5 codes per "
                                     "15 minutes per username and 20 per hour per client.")
    async def request_login_code(
        self, info: Info, input: Annotated[RequestLoginCodeInput, strawberry.argument(description=_INPUT)],
    ) -> RequestLoginCodePayload:
        address, _agent = _client(info)

        async def work(session: AsyncSession, viewer: AuthViewer) -> str:
            return await codes.request_login_code(session, input.username, client_address=address)

        message, errors = await run_mutation(info, work)
        return RequestLoginCodePayload(message=message, user_errors=errors)

    @strawberry.mutation(description="Sign in with the username and the newest e-mailed code: starts a session "
                                     "(an HttpOnly cookie for browsers, `token` for API clients). A code works "
                                     "once, for 10 minutes, and dies after 5 wrong tries.")
    async def sign_in(
        self, info: Info, input: Annotated[SignInInput, strawberry.argument(description=_INPUT)],
    ) -> SignInPayload:
        address, agent = _client(info)

        async def work(session: AsyncSession, viewer: AuthViewer) -> codes.SignInOutcome:
            return await codes.sign_in(session, input.username, input.code, client_address=address,
                                       user_agent=agent)

        # Committed whatever the outcome: a wrong code's counters must stick.
        outcome = await run_in_transaction(info.context.sessions, info.context.viewer, work)
        if outcome.problem is not None or outcome.token is None or outcome.user_session is None:
            problem = outcome.problem or UserInputError.one("code", "INVALID", codes.BAD_CODE_MESSAGE).problems[0]
            return SignInPayload(user=None, token=None, expires_at=None,
                                 user_errors=user_errors(UserInputError([problem])))
        set_session_cookie(info.context.response, outcome.token, secure=info.context.deployment.is_production)
        async with info.context.sessions() as session, session.begin():
            signed_in = await viewer_for_session(session, outcome.token)
        info.context.become(signed_in)  # the rest of the operation answers as the new user
        return SignInPayload(user=outcome.user, token=outcome.token,  # type: ignore[arg-type]
                             expires_at=outcome.user_session.expires_at, user_errors=[])

    @strawberry.mutation(description="End the current session (and clear the cookie); `everywhere` ends all of "
                                     "your sessions. API tokens are revoked with apiTokenRevoke instead.")
    async def sign_out(
        self, info: Info, input: Annotated[SignOutInput | None, strawberry.argument(description=_INPUT)] = None,
    ) -> SignOutPayload:
        everywhere = input.everywhere if input is not None else False

        async def work(session: AsyncSession, viewer: AuthViewer) -> bool:
            if everywhere and viewer.user_id is not None and viewer.api_token_id is None:
                return await revoke_user_sessions(session, viewer.user_id) > 0
            if viewer.session_id is not None:
                return await revoke_session(session, viewer.session_id)
            return False

        ended, errors = await run_mutation(info, work)
        clear_session_cookie(info.context.response, secure=info.context.deployment.is_production)
        if info.context.viewer.session_id is not None:
            info.context.become(ANONYMOUS)
        return SignOutPayload(signed_out=bool(ended), user_errors=errors)

    @strawberry.mutation(description="Office: create a customer's portal user; with `sendCredentials`, e-mail "
                                     "them their username and the sign-in link.")
    async def portal_user_create(
        self, info: Info, input: Annotated[PortalUserCreateInput, strawberry.argument(description=_INPUT)],
    ) -> PortalUserCreatePayload:
        require(info.context.viewer.is_office, "Only the office may create portal users.")

        async def work(session: AsyncSession, viewer: AuthViewer) -> models.User:
            return await users.portal_user_create(
                session, viewer, customer_id=decode_id(input.customer_id, "Customer", "customerId"),
                username=input.username, email=input.email, send_credentials=input.send_credentials,
                finances=input.finances, property_ids=_ids(input.property_ids, "Property", "propertyIds"),
                name=input.name)

        user, errors = await _run(info, work)
        return PortalUserCreatePayload(user=user, user_errors=errors)  # type: ignore[arg-type]

    @strawberry.mutation(description="Owner: create a staff user (OWNER, OFFICE, or EMPLOYEE linked to an employee).")
    async def staff_user_create(
        self, info: Info, input: Annotated[StaffUserCreateInput, strawberry.argument(description=_INPUT)],
    ) -> StaffUserCreatePayload:
        require(info.context.viewer.is_owner, "Only the owner may create staff users.")

        async def work(session: AsyncSession, viewer: AuthViewer) -> models.User:
            employee_id = (None if input.employee_id is None
                           else decode_id(input.employee_id, "Employee", "employeeId"))
            return await users.staff_user_create(
                session, viewer, role=input.role, username=input.username, email=input.email,
                employee_id=employee_id, name=input.name, send_credentials=input.send_credentials)

        user, errors = await _run(info, work)
        return StaffUserCreatePayload(user=user, user_errors=errors)  # type: ignore[arg-type]

    @strawberry.mutation(description="Office: enable or disable a user (staff users: owner only). Disabling "
                                     "ends their sessions and pending codes at once.")
    async def user_set_active(
        self, info: Info, input: Annotated[UserSetActiveInput, strawberry.argument(description=_INPUT)],
    ) -> UserSetActivePayload:
        require(info.context.viewer.is_office, "Only the office may manage users.")

        async def work(session: AsyncSession, viewer: AuthViewer) -> models.User:
            return await users.user_set_active(session, viewer, decode_id(input.user_id, "User", "userId"),
                                               input.active)

        user, errors = await _run(info, work)
        return UserSetActivePayload(user=user, user_errors=errors)  # type: ignore[arg-type]

    @strawberry.mutation(description="Office: unlock an account that too many wrong codes locked (staff users: "
                                     "owner only).")
    async def user_unlock(
        self, info: Info, input: Annotated[UserUnlockInput, strawberry.argument(description=_INPUT)],
    ) -> UserUnlockPayload:
        require(info.context.viewer.is_office, "Only the office may manage users.")

        async def work(session: AsyncSession, viewer: AuthViewer) -> models.User:
            return await users.user_unlock(session, viewer, decode_id(input.user_id, "User", "userId"))

        user, errors = await _run(info, work)
        return UserUnlockPayload(user=user, user_errors=errors)  # type: ignore[arg-type]

    @strawberry.mutation(description="Office: what a customer user sees (money or not; some properties or all).")
    async def user_set_scope(
        self, info: Info, input: Annotated[UserSetScopeInput, strawberry.argument(description=_INPUT)],
    ) -> UserSetScopePayload:
        require(info.context.viewer.is_office, "Only the office may manage users.")

        async def work(session: AsyncSession, viewer: AuthViewer) -> models.User:
            return await users.user_set_scope(
                session, viewer, decode_id(input.user_id, "User", "userId"), finances=input.finances,
                property_ids=_ids(input.property_ids, "Property", "propertyIds"))

        user, errors = await _run(info, work)
        return UserSetScopePayload(user=user, user_errors=errors)  # type: ignore[arg-type]

    @strawberry.mutation(description="Office: change a user's e-mail or name (staff users: owner only). A new "
                                     "e-mail ends their sessions and pending codes at once.")
    async def user_update(
        self, info: Info, input: Annotated[UserUpdateInput, strawberry.argument(description=_INPUT)],
    ) -> UserUpdatePayload:
        require(info.context.viewer.is_office, "Only the office may manage users.")

        async def work(session: AsyncSession, viewer: AuthViewer) -> models.User:
            return await users.user_update(session, viewer, decode_id(input.user_id, "User", "userId"),
                                           email=input.email, name=input.name)

        user, errors = await _run(info, work)
        return UserUpdatePayload(user=user, user_errors=errors)  # type: ignore[arg-type]

    @strawberry.mutation(description="Office: issue an API token for a customer's integration; the token is in "
                                     "this payload only.")
    async def api_token_create(
        self, info: Info, input: Annotated[ApiTokenCreateInput, strawberry.argument(description=_INPUT)],
    ) -> ApiTokenCreatePayload:
        require(info.context.viewer.is_office, "Only the office may issue API tokens.")

        async def work(session: AsyncSession, viewer: AuthViewer) -> tuple[models.ApiToken, str]:
            return await tokens.create_api_token(
                session, viewer, customer_id=decode_id(input.customer_id, "Customer", "customerId"),
                name=input.name, finances=input.finances,
                property_ids=_ids(input.property_ids, "Property", "propertyIds"))

        created, errors = await _run(info, work)
        row, token = created if created is not None else (None, None)
        return ApiTokenCreatePayload(api_token=row, token=token, user_errors=errors)  # type: ignore[arg-type]

    @strawberry.mutation(description="Office: revoke an API token; it stops working on its next request.")
    async def api_token_revoke(
        self, info: Info, input: Annotated[ApiTokenRevokeInput, strawberry.argument(description=_INPUT)],
    ) -> ApiTokenRevokePayload:
        require(info.context.viewer.is_office, "Only the office may revoke API tokens.")

        async def work(session: AsyncSession, viewer: AuthViewer) -> models.ApiToken:
            return await tokens.revoke_api_token(session, viewer, decode_id(input.id, "ApiToken", "id"))

        row, errors = await _run(info, work)
        return ApiTokenRevokePayload(api_token=row, user_errors=errors)  # type: ignore[arg-type]

