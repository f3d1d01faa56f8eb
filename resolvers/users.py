"""Managing users: creating them (office: portal users; owner: staff; the CLI: anyone), their scope, enabling,
unlocking, changing e-mail, and the welcome mail. Cutting access at once (sessions and pending codes) is
`auth.users.revoke_user_access`, which these rules call.

Plain async functions taking `(session, viewer, …)`. Expected failures raise `UserInputError`; managing a
user the viewer may not manage raises `Forbidden` (the GraphQL layer turns it into a permission error).
Who manages whom: OWNER and OFFICE manage CUSTOMER users; only OWNER manages staff (OWNER, OFFICE, EMPLOYEE).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from adapters.mail import company_name, enqueue_mail, render_mail
from auth.sessions import note_access_change
from auth.tokens import customer_property_ids
from auth.users import STAFF_ROLES, revoke_user_access
from auth.viewer import ANONYMOUS, Viewer
from models import Customer, Employee, User, UserProperty
from models.deployment import deployment_of
from models.enums import Role
from models.problems import Forbidden, ProblemCode, UserInputError, not_found
from resolvers.crm import record_activity
from resolvers.normalize import InvalidValue, normalize_email

__all__ = [
    "STAFF_ROLES",
    "USERNAME_PATTERN",
    "create_user",
    "normalize_username",
    "portal_user_create",
    "send_welcome",
    "staff_user_create",
    "user_email",
    "user_set_active",
    "user_set_scope",
    "user_unlock",
    "user_update",
]

USERNAME_PATTERN = re.compile(r"[A-Za-z0-9._-]{3,40}")
NAME_LENGTH = 120




# ---------------------------------------------------------------------------------------------- checks


def normalize_username(username: str, field: str = "username") -> str:
    """3–40 letters, digits, `.`, `_` or `-` (surrounding spaces dropped); else INVALID/REQUIRED."""
    value = (username or "").strip()
    if not value:
        raise UserInputError.one(field, ProblemCode.REQUIRED, "Enter a username.")
    if not USERNAME_PATTERN.fullmatch(value):
        raise UserInputError.one(field, ProblemCode.INVALID,
                                 "Use 3 to 40 characters: letters, digits, '.', '_' or '-'.")
    return value


def user_email(email: str, field: str = "email") -> str:
    """A user's address as `resolvers.normalize.normalize_email` keeps every address (valid, lower case, no DNS
    lookup); else INVALID/REQUIRED on `field`."""
    value = (email or "").strip()
    if not value:
        raise UserInputError.one(field, ProblemCode.REQUIRED, "Enter an e-mail address: sign-in codes are sent there.")
    try:
        return normalize_email(value)
    except InvalidValue as error:
        raise UserInputError.one(field, ProblemCode.INVALID, str(error)) from None


def _normalize_name(name: str | None) -> str | None:
    value = (name or "").strip()
    if len(value) > NAME_LENGTH:
        raise UserInputError.one("name", ProblemCode.INVALID, f"Use at most {NAME_LENGTH} characters for the name.")
    return value or None


def _check_may_manage(viewer: Viewer, role: Role) -> None:
    if role in STAFF_ROLES:
        if not viewer.is_owner:
            raise Forbidden("Only the owner may manage staff users.")
    elif not viewer.is_office:
        raise Forbidden("Only the office may manage portal users.")


async def _username_taken(session: AsyncSession, username: str, *, except_id: int | None = None) -> bool:
    statement = sa.select(col(User.id)).where(col(User.username) == username)
    if except_id is not None:
        statement = statement.where(col(User.id) != except_id)
    return (await session.execute(statement.limit(1))).first() is not None


def _taken(username: str) -> UserInputError:
    return UserInputError.one("username", ProblemCode.CONFLICT,
                              f"The username {username!r} is taken (usernames ignore case); choose another.")


# -------------------------------------------------------------------------------------------- creation


async def create_user(session: AsyncSession, *, role: Role, username: str, email: str,
                      customer_id: int | None = None, employee_id: int | None = None, name: str | None = None,
                      finances: bool = True, property_ids: Sequence[int] | None = None,
                      viewer: Viewer = ANONYMOUS) -> User:
    """Create a user of any role after checking every rule (the CLI's `dop create-user` calls this).

    CUSTOMER users need an existing customer (and may be limited to some of its properties); EMPLOYEE users
    an existing employee not linked to another user; staff have no customer. Raises UserInputError.
    Access is the caller's check (the CLI has none: whoever runs it owns the deployment).
    """
    clean_username = normalize_username(username)
    clean_email = user_email(email)
    clean_name = _normalize_name(name)
    if role is Role.CUSTOMER:
        if customer_id is None:
            raise UserInputError.one("customerId", ProblemCode.REQUIRED,
                                     "A customer user belongs to a customer: choose one.")
        if employee_id is not None:
            raise UserInputError.one("employeeId", ProblemCode.INVALID, "A customer user cannot be an employee.")
        # FOR SHARE: a concurrent merge of this customer waits for the new user (and moves it), or this waits
        # for the merge and then sees the customer merged.
        customer = await session.get(Customer, customer_id, with_for_update={"read": True}, populate_existing=True)
        if customer is None:
            raise not_found("customerId", "customer")
        if customer.merged_into_id is not None:
            raise UserInputError.one("customerId", ProblemCode.CONFLICT,
                                     f"{customer.display_name} was merged into another customer; add the user "
                                     "to that customer instead.")
    else:
        if customer_id is not None:
            raise UserInputError.one("customerId", ProblemCode.INVALID, "Staff users do not belong to a customer.")
        if role is Role.EMPLOYEE and employee_id is None:
            raise UserInputError.one("employeeId", ProblemCode.REQUIRED,
                                     "An employee user is one employee: choose which.")
    if employee_id is not None:
        if await session.get(Employee, employee_id) is None:
            raise not_found("employeeId", "employee")
        linked = (await session.execute(
            sa.select(col(User.username)).where(col(User.employee_id) == employee_id).limit(1))).scalar()
        if linked is not None:
            raise UserInputError.one("employeeId", ProblemCode.CONFLICT,
                                     f"This employee already signs in as {linked!r}.")
    scope = (await customer_property_ids(session, customer_id, property_ids or [], "propertyIds")
             if role is Role.CUSTOMER and customer_id is not None else [])
    if await _username_taken(session, clean_username):
        raise _taken(clean_username)

    user = User(role=role, username=clean_username, email=clean_email, name=clean_name,
                customer_id=customer_id if role is Role.CUSTOMER else None, employee_id=employee_id,
                finances=finances if role is Role.CUSTOMER else True)
    try:
        async with session.begin_nested():
            session.add(user)
            await session.flush()
    except IntegrityError:
        raise _taken(clean_username) from None  # created meanwhile by someone else
    assert user.id is not None
    for property_id in scope:
        session.add(UserProperty(user_id=user.id, property_id=property_id))
    record_activity(session, viewer, subject=user, verb="user.created", customer_id=user.customer_id,
                    username=user.username, role=role.value, finances=user.finances, property_ids=scope)
    await session.flush()
    return user


async def send_welcome(session: AsyncSession, user: User) -> None:
    """Mail the user their username and where to sign in (no secret: they sign in with a code)."""
    customer_name = None
    if user.customer_id is not None:
        customer = await session.get(Customer, user.customer_id)
        customer_name = customer.display_name if customer is not None else None
    name = await company_name(session)
    mail = render_mail("welcome", f"Your {name} account", name=user.name, username=user.username,
                       customer_name=customer_name, company_name=name,
                       sign_in_url=deployment_of(session).url("/"))
    enqueue_mail(session, user.email, mail.subject, mail.text, mail.html)


async def portal_user_create(session: AsyncSession, viewer: Viewer, *, customer_id: int, username: str,
                             email: str, send_credentials: bool = False, finances: bool = True,
                             property_ids: Sequence[int] | None = None, name: str | None = None) -> User:
    """Office: a CUSTOMER user of `customer_id`; with `send_credentials`, a welcome e-mail (username + link).

    Sending credentials to a customer without portal access is refused (they could not sign in).
    """
    _check_may_manage(viewer, Role.CUSTOMER)
    user = await create_user(session, role=Role.CUSTOMER, username=username, email=email, customer_id=customer_id,
                             name=name, finances=finances, property_ids=property_ids, viewer=viewer)
    if send_credentials:
        customer = await session.get(Customer, customer_id)
        if customer is not None and not customer.portal_access:
            # Raised after the checks above so every input problem shows first; the caller rolls back.
            raise UserInputError.one("sendCredentials", ProblemCode.NOT_ALLOWED,
                                     "This customer has no portal access: turn it on first, or create the "
                                     "user without sending credentials.")
        await send_welcome(session, user)
    return user


async def staff_user_create(session: AsyncSession, viewer: Viewer, *, role: Role, username: str, email: str,
                            employee_id: int | None = None, name: str | None = None,
                            send_credentials: bool = False) -> User:
    """Owner: an OWNER, OFFICE or EMPLOYEE user (EMPLOYEE needs `employee_id`)."""
    _check_may_manage(viewer, Role.OWNER)
    if role not in STAFF_ROLES:
        raise UserInputError.one("role", ProblemCode.INVALID,
                                 "Staff are OWNER, OFFICE or EMPLOYEE; create customer users "
                                 "with portalUserCreate.")
    user = await create_user(session, role=role, username=username, email=email, employee_id=employee_id,
                             name=name, viewer=viewer)
    if send_credentials:
        await send_welcome(session, user)
    return user


# ------------------------------------------------------------------------------------------ management


async def _target(session: AsyncSession, viewer: Viewer, user_id: int, field: str = "userId") -> User:
    """The user to change, locked for the transaction; NOT_FOUND when missing, Forbidden when not ours."""
    user = (await session.execute(
        sa.select(User).where(col(User.id) == user_id).with_for_update())).scalar_one_or_none()
    if user is None:
        raise not_found(field, "user")
    _check_may_manage(viewer, user.role)
    return user


async def user_set_active(session: AsyncSession, viewer: Viewer, user_id: int, active: bool) -> User:
    """Enable or disable a user; disabling ends their sessions and codes at once.

    Refused (NOT_ALLOWED): disabling yourself, or the last active owner.
    """
    user = await _target(session, viewer, user_id)
    if user.active == active:
        return user
    if not active:
        if viewer.user_id is not None and viewer.user_id == user.id:
            raise UserInputError.one("active", ProblemCode.NOT_ALLOWED, "You cannot disable your own account.")
        if user.role is Role.OWNER:
            others = (await session.execute(
                sa.select(sa.func.count()).where(col(User.role) == Role.OWNER, col(User.active).is_(True),
                                                 col(User.id) != user.id))).scalar_one()
            if not others:
                raise UserInputError.one("active", ProblemCode.NOT_ALLOWED,
                                         "This is the last active owner: make someone else owner first.")
    user.active = active
    assert user.id is not None
    if not active:
        await revoke_user_access(session, user.id)
    record_activity(session, viewer, subject=user, verb="user.enabled" if active else "user.disabled",
                    customer_id=user.customer_id, username=user.username)
    await session.flush()
    return user


async def user_unlock(session: AsyncSession, viewer: Viewer, user_id: int) -> User:
    """Lift the lock that 100 failed sign-ins put on an account, and reset the count."""
    user = await _target(session, viewer, user_id)
    was_locked = user.locked_at is not None
    user.locked_at = None
    user.failed_sign_ins = 0
    if was_locked:
        record_activity(session, viewer, subject=user, verb="user.unlocked", customer_id=user.customer_id,
                        username=user.username)
    await session.flush()
    return user


async def user_set_scope(session: AsyncSession, viewer: Viewer, user_id: int, *, finances: bool,
                         property_ids: Sequence[int] | None) -> User:
    """What a CUSTOMER user sees: money or not, and some properties (`None` or empty: all of them).

    Every property must belong to the user's customer (NOT_FOUND otherwise). Takes effect on their next
    request (the viewer is read per request).
    """
    user = await _target(session, viewer, user_id)
    if user.role is not Role.CUSTOMER or user.customer_id is None:
        raise UserInputError.one("userId", ProblemCode.INVALID,
                                 "Only customer users have a scope; staff see by their role.")
    assert user.id is not None
    scope = await customer_property_ids(session, user.customer_id, property_ids or [], "propertyIds")
    await session.execute(sa.delete(UserProperty).where(col(UserProperty.user_id) == user.id))
    for property_id in scope:
        session.add(UserProperty(user_id=user.id, property_id=property_id))
    user.finances = finances
    note_access_change(session, user_ids=[user.id])  # their open WebSockets follow the new scope
    record_activity(session, viewer, subject=user, verb="user.scope_changed", customer_id=user.customer_id,
                    username=user.username, finances=finances, property_ids=scope)
    await session.flush()
    return user


async def user_update(session: AsyncSession, viewer: Viewer, user_id: int, *, email: str | None = None,
                      name: str | None = None) -> User:
    """Change a user's e-mail and/or name (None: unchanged). A new e-mail ends their sessions and codes
    at once: whoever held the old mailbox must not stay signed in."""
    user = await _target(session, viewer, user_id)
    assert user.id is not None
    if name is not None:
        user.name = _normalize_name(name)
    if email is not None:
        clean = user_email(email)
        if clean.casefold() != user.email.casefold():
            previous, user.email = user.email, clean
            await revoke_user_access(session, user.id)
            record_activity(session, viewer, subject=user, verb="user.email_changed",
                            customer_id=user.customer_id, username=user.username, previous=previous, email=clean)
    if name is not None:
        record_activity(session, viewer, subject=user, verb="user.updated", customer_id=user.customer_id,
                        username=user.username, name=user.name)
    await session.flush()
    return user
