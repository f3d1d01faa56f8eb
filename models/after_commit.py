"""Things to do only once a session's transaction has committed (e.g. announcing an event).

The lowest layer holds the hook so that every layer above may register on it: business rules (`resolvers/`),
publish-after-commit (`subscriptions/`) and the unit of work that commits (`resolvers.transactions`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

AFTER_COMMIT = "after_commit"
"""Where a session's `info` keeps the callbacks waiting for its commit."""


def after_commit(session: AsyncSession, callback: Callable[[], Awaitable[Any]]) -> None:
    """Run `callback` after the session's transaction commits; never if it rolls back."""
    session.info.setdefault(AFTER_COMMIT, []).append(callback)


def take_after_commit(session: AsyncSession) -> list[Callable[[], Awaitable[Any]]]:
    """The callbacks registered on `session`, removed from it (call once its transaction has committed)."""
    callbacks: list[Callable[[], Awaitable[Any]]] = session.info.pop(AFTER_COMMIT, [])
    return callbacks
