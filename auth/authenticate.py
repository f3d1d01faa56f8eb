"""Who is calling: a session cookie or a Bearer token turned into the request's `Viewer`.

Call it once per request (HTTP) or per connection (WebSocket `connection_init`), inside a transaction that
is committed: it slides the session's expiry and records the token's use (each at most once a minute).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import psycopg
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.codes import may_sign_in_condition
from auth.sessions import SESSION_IDLE_TTL, TOUCH_EVERY, hash_token
from auth.tokens import is_api_token
from auth.viewer import ANONYMOUS, Viewer
from models import ApiToken, ApiTokenProperty, Customer, User, UserProperty, UserSession
from models.base import utc_now
from models.enums import Role

__all__ = ["MAX_TOKEN_LENGTH", "ViewerLookup", "viewer_for_api_token", "viewer_for_request", "viewer_for_session",
           "viewer_lookup"]

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


class _Prepared:
    """A statement built and compiled once, run as its SQL text with only the values bound.

    The viewer is looked up on every request: building the SQLAlchemy construct, computing its cache key and
    looking the compiled form up again each time cost more CPU than the round trip (a profile of the name
    search had it at a quarter of the request). The text is compiled from the same construct, on first use."""

    def __init__(self, build: Callable[[], sa.ClauseElement]) -> None:
        self._build = build
        self._compiled: tuple[str, Any] | None = None

    def _compile(self) -> tuple[str, Any]:
        if self._compiled is None:
            compiled = self._build().compile(dialect=psycopg.dialect())  # type: ignore[no-untyped-call]
            self._compiled = (compiled.string, compiled)
        return self._compiled

    def bind(self, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """The SQL text (psycopg's placeholders) and the driver's values for `values`."""
        text, compiled = self._compile()
        processors = compiled._bind_processors
        return text, {name: processors[name](value) if name in processors else value
                      for name, value in compiled.construct_params(values).items()}

    async def first(self, session: AsyncSession, values: dict[str, Any]) -> Any:
        text, params = self.bind(values)
        connection = await session.connection()
        return (await connection.exec_driver_sql(text, params)).first()


def _session_statement() -> sa.ClauseElement:
    live = (col(UserSession.token_hash) == sa.bindparam("token_hash"), col(UserSession.revoked_at).is_(None),
            col(UserSession.expires_at) > sa.bindparam("now"))
    touched = (
        sa.update(UserSession)
        .where(*live,
               sa.or_(col(UserSession.last_seen_at).is_(None),
                      col(UserSession.last_seen_at) <= sa.bindparam("touched_before")),
               col(UserSession.user_id).in_(
                   sa.select(col(User.id)).outerjoin(Customer, col(Customer.id) == col(User.customer_id))
                   .where(may_sign_in_condition())))
        .values(last_seen_at=sa.bindparam("now"), expires_at=sa.bindparam("expires_at"), updated_at=sa.bindparam("now"))
        .returning(col(UserSession.id))
        .cte("touched")
    )
    scope = (sa.select(sa.func.array_agg(col(UserProperty.property_id)))
             .where(col(UserProperty.user_id) == col(User.id)).scalar_subquery())
    return (
        sa.select(col(UserSession.id), col(User.id), sa.cast(col(User.role), sa.Text), col(User.customer_id),
                  col(User.employee_id), col(User.finances), may_sign_in_condition(), scope)
        .join(User, col(User.id) == col(UserSession.user_id))
        .outerjoin(Customer, col(Customer.id) == col(User.customer_id))
        .where(*live)
        .add_cte(touched)
    )


def _token_statement() -> sa.ClauseElement:
    usable = (col(ApiToken.token_hash) == sa.bindparam("token_hash"), col(ApiToken.revoked_at).is_(None),
              col(ApiToken.customer_id).in_(sa.select(col(Customer.id)).where(col(Customer.portal_access).is_(True))))
    touched = (
        sa.update(ApiToken)
        .where(*usable,
               sa.or_(col(ApiToken.last_used_at).is_(None),
                      col(ApiToken.last_used_at) <= sa.bindparam("touched_before")))
        .values(last_used_at=sa.bindparam("now"), updated_at=sa.bindparam("now"))
        .returning(col(ApiToken.id))
        .cte("touched")
    )
    scope = (sa.select(sa.func.array_agg(col(ApiTokenProperty.property_id)))
             .where(col(ApiTokenProperty.api_token_id) == col(ApiToken.id)).scalar_subquery())
    return (
        sa.select(col(ApiToken.id), col(ApiToken.customer_id), col(ApiToken.finances), scope)
        .where(*usable)
        .add_cte(touched)
    )


_SESSION = _Prepared(_session_statement)
_TOKEN = _Prepared(_token_statement)


def _session_values(token: str, now: datetime) -> dict[str, Any]:
    return {"token_hash": hash_token(token), "now": now, "touched_before": now - TOUCH_EVERY,
            "expires_at": now + SESSION_IDLE_TTL}


def _session_viewer(row: Sequence[Any] | None) -> Viewer:
    """The viewer of a row of `_session_statement` (None: no live session)."""
    if row is None:
        return ANONYMOUS
    session_id, user_id, role_name, customer_id, employee_id, finances, may_sign_in, property_ids = row
    if not may_sign_in:
        return ANONYMOUS
    role = Role[role_name]
    is_customer = role is Role.CUSTOMER
    return Viewer(
        user_id=user_id,
        role=role,
        customer_id=customer_id if is_customer else None,
        employee_id=employee_id,
        property_ids=_property_ids(property_ids) if is_customer else None,
        finances=finances if is_customer else True,
        session_id=session_id,
    )


async def viewer_for_session(session: AsyncSession, token: str, *, now: datetime | None = None) -> Viewer:
    """The user behind a session token (and the session's expiry slid forward), in one statement.

    The lookup and the sliding expiry are one round trip: a data-modifying CTE touches the session (at most
    once per `TOUCH_EVERY`, only when `may_sign_in_condition` holds) while the SELECT reads the row as it
    was, and whether the user may sign in (`may_sign_in_condition`, the SQL form of `may_sign_in`). The
    statement is compiled once (`_Prepared`).
    """
    return _session_viewer(await _SESSION.first(session, _session_values(token, now or utc_now())))


def _token_values(token: str, now: datetime) -> dict[str, Any]:
    return {"token_hash": hash_token(token), "now": now, "touched_before": now - TOUCH_EVERY}


def _token_viewer(row: Sequence[Any] | None) -> Viewer:
    """The viewer of a row of `_token_statement` (None: no usable token)."""
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


async def viewer_for_api_token(session: AsyncSession, token: str, *, now: datetime | None = None) -> Viewer:
    """The CUSTOMER viewer an API token acts as (and its `last_used_at` recorded), in one statement (compiled
    once)."""
    return _token_viewer(await _TOKEN.first(session, _token_values(token, now or utc_now())))


@dataclass(frozen=True)
class ViewerLookup:
    """The statement `viewer_for_request` runs for a credential, to be sent by the caller itself (e.g. in one
    pipeline with another statement): its SQL text and values, and how its row (or None) becomes the viewer.
    `digest` is the credential's hash (what the tables store), for callers that key anything by credential
    without keeping the secret."""

    digest: str
    sql: str
    params: dict[str, Any]
    viewer: Callable[[Sequence[Any] | None], Viewer]


def viewer_lookup(*, session_token: str | None, bearer_token: str | None,
                  now: datetime | None = None) -> ViewerLookup | None:
    """What `viewer_for_request` would run for these credentials; None where it runs nothing (`ANONYMOUS`)."""
    now = now or utc_now()
    credential = (bearer_token or "").strip() or (session_token or "").strip()
    if not credential or len(credential) > MAX_TOKEN_LENGTH:
        return None
    if is_api_token(credential):
        values, prepared, viewer = _token_values(credential, now), _TOKEN, _token_viewer
    else:
        values, prepared, viewer = _session_values(credential, now), _SESSION, _session_viewer
    sql, params = prepared.bind(values)
    return ViewerLookup(values["token_hash"], sql, params, viewer)
