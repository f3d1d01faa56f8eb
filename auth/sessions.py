"""Server-side sessions: a random token in an HttpOnly cookie (or a Bearer header), its SHA-256 in the table.

A session lasts `SESSION_IDLE_TTL` (30 days) after it was last used: each use slides `expires_at` (written
at most once a minute per session). It ends when the user signs out, or at once when it is revoked
(`revoked_at`): disabling the user, changing their e-mail, or removing their customer's portal access.

Ending or narrowing access is also noted on the database session (`note_access_change`): once it commits,
`subscriptions.access` announces it to every process, which re-checks (and closes, 4403) the open WebSockets
that the change concerns. A rolled-back transaction announces nothing.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.viewer import Viewer
from models import UserSession
from models.base import utc_now

__all__ = [
    "ACCESS_CHANGES_KEY",
    "COOKIE_MAX_AGE",
    "SESSION_COOKIE",
    "SESSION_IDLE_TTL",
    "TOUCH_EVERY",
    "AccessChanges",
    "clear_session_cookie",
    "hash_token",
    "new_session_token",
    "note_access_change",
    "revoke_session",
    "revoke_user_sessions",
    "set_session_cookie",
    "start_session",
    "take_access_changes",
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
ACCESS_CHANGES_KEY = "dop.access_changes"
"""Where a database session's `info` collects the access its transaction ended or narrowed."""


@dataclass
class AccessChanges:
    """Credentials whose access ended or narrowed: sessions, users, API tokens, whole customers."""

    session_ids: set[int] = field(default_factory=set)
    user_ids: set[int] = field(default_factory=set)
    api_token_ids: set[int] = field(default_factory=set)
    customer_ids: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.session_ids or self.user_ids or self.api_token_ids or self.customer_ids)

    def concerns(self, viewer: Viewer) -> bool:
        """Whether `viewer`'s credentials may be among those changed (its connections are re-checked)."""
        return ((viewer.session_id is not None and viewer.session_id in self.session_ids)
                or (viewer.user_id is not None and viewer.user_id in self.user_ids)
                or (viewer.api_token_id is not None and viewer.api_token_id in self.api_token_ids)
                or (viewer.customer_id is not None and viewer.customer_id in self.customer_ids))

    def update(self, other: AccessChanges) -> None:
        self.session_ids |= other.session_ids
        self.user_ids |= other.user_ids
        self.api_token_ids |= other.api_token_ids
        self.customer_ids |= other.customer_ids


def note_access_change(session: AsyncSession | Any, *, session_ids: Iterable[int] = (),
                       user_ids: Iterable[int] = (), api_token_ids: Iterable[int] = (),
                       customer_ids: Iterable[int] = ()) -> None:
    """Record, in this transaction, that these sessions, users, tokens or customers lost (some) access.

    Announced to every process once the transaction commits (see `subscriptions.access`); the WebSockets
    opened with them are re-checked then: closed (4403) if their credentials no longer hold, their
    subscriptions stopped if what they may see changed. Call it wherever access ends or narrows.
    """
    changes = AccessChanges(set(session_ids), set(user_ids), set(api_token_ids), set(customer_ids))
    if changes:
        pending = session.info.setdefault(ACCESS_CHANGES_KEY, AccessChanges())
        pending.update(changes)


def take_access_changes(session: Any) -> AccessChanges | None:
    """The access changes noted on a (sync or async) session, removed from it; None when there are none."""
    changes = session.info.pop(ACCESS_CHANGES_KEY, None)
    return changes if isinstance(changes, AccessChanges) and changes else None


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
    ended = (await session.execute(
        sa.update(UserSession)
        .where(col(UserSession.id) == session_id, col(UserSession.revoked_at).is_(None))
        .values(revoked_at=now or utc_now())
        .returning(col(UserSession.id))
    )).scalars().all()
    note_access_change(session, session_ids=[ended_id for ended_id in ended if ended_id is not None])
    return bool(ended)


async def revoke_user_sessions(session: AsyncSession, user_ids: int | sa.Select[Any], *,
                               now: datetime | None = None) -> int:
    """End every live session of a user (or of the users a subquery selects); returns how many."""
    user_id = col(UserSession.user_id)
    target = user_id == user_ids if isinstance(user_ids, int) else user_id.in_(user_ids)
    ended = (await session.execute(
        sa.update(UserSession).where(target, col(UserSession.revoked_at).is_(None)).values(revoked_at=now or utc_now())
        .returning(col(UserSession.id))
    )).scalars().all()
    note_access_change(session, session_ids=[ended_id for ended_id in ended if ended_id is not None])
    return len(ended)


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
