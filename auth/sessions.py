"""Server-side sessions: a random token in an HttpOnly cookie (or a Bearer header), its SHA-256 in the table.

A session lasts `SESSION_IDLE_TTL` (30 days) after it was last used: each use slides `expires_at` (written
at most once a minute per session). It ends when the user signs out, or at once when it is revoked
(`revoked_at`): disabling the user, changing their e-mail, or removing their customer's portal access.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from models import UserSession
from models.base import utc_now

__all__ = [
    "COOKIE_MAX_AGE",
    "SESSION_COOKIE",
    "SESSION_IDLE_TTL",
    "TOUCH_EVERY",
    "clear_session_cookie",
    "hash_token",
    "new_session_token",
    "revoke_session",
    "revoke_user_sessions",
    "set_session_cookie",
    "start_session",
]

SESSION_COOKIE = "dop_session"
SESSION_IDLE_TTL = timedelta(days=30)
"""A session unused for this long expires; every use pushes the expiry out again."""
TOUCH_EVERY = timedelta(minutes=1)
"""`last_seen_at` / `expires_at` (and API tokens' `last_used_at`) are written at most this often."""
COOKIE_MAX_AGE = int(timedelta(days=400).total_seconds())
"""The cookie only carries the token; the server decides expiry (sliding), so the browser keeps it long
(400 days is what browsers allow at most) and the server refuses it once the session has expired."""
USER_AGENT_LENGTH = 500


def hash_token(token: str) -> str:
    """SHA-256 hex of a bearer secret (session or API token): what the tables store and look up by.

    A plain hash is enough here: the tokens carry 256 bits of randomness, nothing to brute-force.
    """
    return hashlib.sha256(token.encode()).hexdigest()


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


async def start_session(session: AsyncSession, user_id: int, *, client_address: str | None = None,
                        user_agent: str | None = None, now: datetime | None = None) -> tuple[UserSession, str]:
    """A new session for `user_id`; returns the row and the token (shown once, never stored)."""
    now = now or utc_now()
    token = new_session_token()
    row = UserSession(
        user_id=user_id, token_hash=hash_token(token), expires_at=now + SESSION_IDLE_TTL, last_seen_at=now,
        client_address=client_address, user_agent=(user_agent or None) and user_agent[:USER_AGENT_LENGTH],
    )
    session.add(row)
    await session.flush()
    return row, token


async def revoke_session(session: AsyncSession, session_id: int, *, now: datetime | None = None) -> bool:
    """End one session; False when it was already revoked (or does not exist)."""
    result = await session.execute(
        sa.update(UserSession)
        .where(col(UserSession.id) == session_id, col(UserSession.revoked_at).is_(None))
        .values(revoked_at=now or utc_now())
    )
    return bool(getattr(result, "rowcount", 0))


async def revoke_user_sessions(session: AsyncSession, user_ids: int | sa.Select[Any], *,
                               now: datetime | None = None) -> int:
    """End every live session of a user (or of the users a subquery selects); returns how many."""
    user_id = col(UserSession.user_id)
    target = user_id == user_ids if isinstance(user_ids, int) else user_id.in_(user_ids)
    result = await session.execute(
        sa.update(UserSession).where(target, col(UserSession.revoked_at).is_(None)).values(revoked_at=now or utc_now())
    )
    return int(getattr(result, "rowcount", 0))


def set_session_cookie(response: Any, token: str, *, secure: bool) -> bool:
    """Ask the HTTP response to store the session cookie (HttpOnly, SameSite=Lax; `secure` in production:
    `Deployment.is_production`).

    `response` is the request's Starlette `Response` (`info.context.response`); None over WebSocket or in
    tests, where nothing happens and False is returned (API clients use the payload's token instead).
    """
    if response is None or not hasattr(response, "set_cookie"):
        return False
    response.set_cookie(
        SESSION_COOKIE, token, max_age=COOKIE_MAX_AGE, path="/", httponly=True, samesite="lax",
        secure=secure,
    )
    return True


def clear_session_cookie(response: Any, *, secure: bool) -> bool:
    """Ask the HTTP response to delete the session cookie (same attributes as when it was set)."""
    if response is None or not hasattr(response, "delete_cookie"):
        return False
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, samesite="lax",
        secure=secure,
    )
    return True
