"""Users as authentication needs them: who may read which users, the properties a portal user is limited to,
and cutting a user's (or a whole customer's) access at once: sessions and pending codes revoked.

The rules for managing users (creating them, scope, enabling, unlocking, changing e-mail, the welcome
mail) are business rules and live in `resolvers.users`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.codes import revoke_pending_codes
from auth.sessions import note_access_change, revoke_user_sessions
from auth.viewer import Viewer
from models import User, UserProperty
from models.base import utc_now
from models.enums import Role

__all__ = [
    "STAFF_ROLES",
    "revoke_customer_access",
    "revoke_user_access",
    "user_property_ids",
    "users_of_customer",
]

STAFF_ROLES = (Role.OWNER, Role.OFFICE, Role.EMPLOYEE)


# -------------------------------------------------------------------------------------------- access


async def revoke_user_access(session: AsyncSession, user_id: int, *, now: datetime | None = None) -> None:
    """End every session and kill every pending code of a user, at once."""
    now = now or utc_now()
    await revoke_user_sessions(session, user_id, now=now)
    await revoke_pending_codes(session, user_id, now=now)


async def revoke_customer_access(session: AsyncSession, customer_id: int, *, now: datetime | None = None) -> None:
    """End the sessions and pending codes of every user of a customer.

    Call it when a customer's `portal_access` goes from true to false (the customer update does). Even
    without it, `viewer_for_request` refuses users and tokens of a customer without portal access; API
    tokens are not revoked (they work again if access comes back), sessions are (users sign in again).
    """
    now = now or utc_now()
    users = sa.select(col(User.id)).where(col(User.customer_id) == customer_id)
    note_access_change(session, customer_ids=[customer_id])  # its API tokens' WebSockets too
    await revoke_user_sessions(session, users, now=now)
    await revoke_pending_codes(session, users, now=now)


# -------------------------------------------------------------------------------------------- reading


async def users_of_customer(loaders: Any, viewer: Viewer, customer_id: int) -> list[User] | None:
    """A customer's users by username (office only: None for anyone else); one batch per request level.

    For `Customer.users`: ``return await users_of_customer(info.context.loaders, info.context.viewer, root.id)``.
    """
    if not viewer.is_office:
        return None

    def ids(customer_ids: list[int]) -> sa.Select[Any, Any]:
        return (sa.select(col(User.customer_id),
                          sa.func.array_agg(aggregate_order_by(col(User.id), col(User.username))))
                .where(col(User.customer_id).in_(customer_ids), col(User.role) == Role.CUSTOMER)
                .group_by(col(User.customer_id)))

    user_ids: list[int] = await loaders.values("customer.userIds", ids, default=[]).load(customer_id)
    if not user_ids:
        return []
    found = await loaders.values("user.byId", _users_by_id).load_many(user_ids)
    return [row for row in found if row is not None]


def _users_by_id(user_ids: list[int]) -> sa.Select[Any, Any]:
    return sa.select(col(User.id), User).where(col(User.id).in_(user_ids))


async def user_property_ids(loaders: Any, user_id: int) -> list[int]:
    """The properties a CUSTOMER user is limited to, by id (empty: all of the customer's); batched."""

    def statement(user_ids: list[int]) -> sa.Select[Any, Any]:
        return (sa.select(col(UserProperty.user_id),
                          sa.func.array_agg(aggregate_order_by(col(UserProperty.property_id),
                                                               col(UserProperty.property_id))))
                .where(col(UserProperty.user_id).in_(user_ids))
                .group_by(col(UserProperty.user_id)))

    return list(await loaders.values("user.propertyIds", statement, default=[]).load(user_id))
