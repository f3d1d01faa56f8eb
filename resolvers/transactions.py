"""One unit of work per mutation, and things to do only once it has committed (publishing events)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models.after_commit import take_after_commit

__all__ = ["run_in_transaction"]

T = TypeVar("T")


async def run_in_transaction(sessions: async_sessionmaker[AsyncSession], viewer: Viewer,
                             work: Callable[[AsyncSession, Viewer], Awaitable[T]]) -> T:
    """Open a session, run `work`, commit once, then run the after-commit callbacks."""
    async with sessions() as session:
        async with session.begin():
            result = await work(session, viewer)
        callbacks = take_after_commit(session)
    for callback in callbacks:
        await callback()
    return result
