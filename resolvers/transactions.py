"""One unit of work per mutation, and things to do only once it has committed (publishing events)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer

T = TypeVar("T")
AFTER_COMMIT = "after_commit"


def after_commit(session: AsyncSession, callback: Callable[[], Awaitable[Any]]) -> None:
    """Run `callback` after the session's transaction commits; never if it rolls back."""
    session.info.setdefault(AFTER_COMMIT, []).append(callback)


async def run_in_transaction(sessions: async_sessionmaker[AsyncSession], viewer: Viewer,
                             work: Callable[[AsyncSession, Viewer], Awaitable[T]]) -> T:
    """Open a session, run `work`, commit once, then run the after-commit callbacks."""
    async with sessions() as session:
        async with session.begin():
            result = await work(session, viewer)
        callbacks = session.info.pop(AFTER_COMMIT, [])
    for callback in callbacks:
        await callback()
    return result
