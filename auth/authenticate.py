"""Who is calling: a session cookie or a Bearer token turned into the request's `Viewer`.

Call it once per request (HTTP) or per connection (WebSocket `connection_init`), inside a transaction that
is committed: it slides the session's expiry and records the token's use (each at most once a minute).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.codes import may_sign_in, may_sign_in_condition
from auth.sessions import SESSION_IDLE_TTL, TOUCH_EVERY, hash_token
from auth.tokens import is_api_token
from auth.viewer import ANONYMOUS, Viewer
from models import ApiToken, ApiTokenProperty, Customer, User, UserProperty, UserSession
from models.base import utc_now
from models.enums import Role

__all__ = ["MAX_TOKEN_LENGTH", "viewer_for_api_token", "viewer_for_request", "viewer_for_session"]

MAX_TOKEN_LENGTH = 200
"""Longer credentials are refused without a query (real ones are 43 or 47 characters)."""


def _property_ids(values: list[int] | None) -> frozenset[int] | None:
    return frozenset(values) if values else None


async def viewer_for_request(session: AsyncSession, *, session_token: str | None, bearer_token: str | None,
                             now: datetime | None = None) -> Viewer:
    """The viewer behind a request's credentials; `ANONYMOUS` when there are none or they do not hold.

    A Bearer token wins over the cookie. Bearer tokens starting with ``dop_`` are API tokens, any other is a
    session token (API clients that signed in with `signIn` send its `token`). Refused: unknown, revoked or
    expired sessions and tokens; inactive or locked users; users and tokens of customers without portal
    access.
    """
    now = now or utc_now()
    credential = (bearer_token or "").strip() or (session_token or "").strip()
    if not credential or len(credential) > MAX_TOKEN_LENGTH:
        return ANONYMOUS
    if is_api_token(credential):
        return await viewer_for_api_token(session, credential, now=now)
    return await viewer_for_session(session, credential, now=now)


async def viewer_for_session(session: AsyncSession, token: str, *, now: datetime | None = None) -> Viewer:
    """The user behind a session token (and the session's expiry slid forward), in one statement.

    The lookup and the sliding expiry are one round trip: a data-modifying CTE touches the session (at most
    once per `TOUCH_EVERY`, only when `may_sign_in_condition` holds) while the SELECT reads the row as it
    was; `may_sign_in` then decides on the row exactly as before.
    """
    now = now or utc_now()
    token_hash = hash_token(token)
    live = (col(UserSession.token_hash) == token_hash, col(UserSession.revoked_at).is_(None),
            col(UserSession.expires_at) > now)
    touched = (
        sa.update(UserSession)
        .where(*live,
               sa.or_(col(UserSession.last_seen_at).is_(None), col(UserSession.last_seen_at) <= now - TOUCH_EVERY),
               col(UserSession.user_id).in_(
                   sa.select(col(User.id)).outerjoin(Customer, col(Customer.id) == col(User.customer_id))
                   .where(may_sign_in_condition())))
        .values(last_seen_at=now, expires_at=now + SESSION_IDLE_TTL)
        .returning(col(UserSession.id))
        .cte("touched")
    )
    scope = (sa.select(sa.func.array_agg(col(UserProperty.property_id)))
             .where(col(UserProperty.user_id) == col(User.id)).scalar_subquery())
    statement = (
        sa.select(col(UserSession.id), User, col(Customer.portal_access), scope)
        .join(User, col(User.id) == col(UserSession.user_id))
        .outerjoin(Customer, col(Customer.id) == col(User.customer_id))
        .where(*live)
        .add_cte(touched)
    )
    row = (await session.execute(statement)).first()
    if row is None:
        return ANONYMOUS
    session_id, user, portal_access, property_ids = row
    if not may_sign_in(user, portal_access):
        return ANONYMOUS
    is_customer = user.role is Role.CUSTOMER
    return Viewer(
        user_id=user.id,
        role=user.role,
        customer_id=user.customer_id if is_customer else None,
        employee_id=user.employee_id,
        property_ids=_property_ids(property_ids) if is_customer else None,
        finances=user.finances if is_customer else True,
        session_id=session_id,
    )


async def viewer_for_api_token(session: AsyncSession, token: str, *, now: datetime | None = None) -> Viewer:
    """The CUSTOMER viewer an API token acts as (and its `last_used_at` recorded), in one statement."""
    now = now or utc_now()
    usable = (col(ApiToken.token_hash) == hash_token(token), col(ApiToken.revoked_at).is_(None),
              col(ApiToken.customer_id).in_(sa.select(col(Customer.id)).where(col(Customer.portal_access).is_(True))))
    touched = (
        sa.update(ApiToken)
        .where(*usable,
               sa.or_(col(ApiToken.last_used_at).is_(None), col(ApiToken.last_used_at) <= now - TOUCH_EVERY))
        .values(last_used_at=now)
        .returning(col(ApiToken.id))
        .cte("touched")
    )
    scope = (sa.select(sa.func.array_agg(col(ApiTokenProperty.property_id)))
             .where(col(ApiTokenProperty.api_token_id) == col(ApiToken.id)).scalar_subquery())
    statement = (
        sa.select(col(ApiToken.id), col(ApiToken.customer_id), col(ApiToken.finances), scope)
        .where(*usable)
        .add_cte(touched)
    )
    row = (await session.execute(statement)).first()
    if row is None:
        return ANONYMOUS
    api_token_id, customer_id, finances, property_ids = row
    return Viewer(
        role=Role.CUSTOMER,
        customer_id=customer_id,
        property_ids=_property_ids(property_ids),
        finances=finances,
        api_token_id=api_token_id,
    )
