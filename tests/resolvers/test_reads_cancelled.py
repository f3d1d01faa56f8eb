"""A read whose field is cancelled (graphql-core cancels the siblings of a field whose error nulls their parent)
still ends as usual, so its pooled connection goes back to the pool instead of being thrown away."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from app.database import create_engine, create_session_factory
from auth.viewer import Viewer
from models.enums import Role
from resolvers.loaders import Loaders, root_page
from resolvers.pagination import Window

SLOW = sa.select(sa.func.pg_sleep(0.3).label("slept"))


@pytest.fixture
async def pooled(migrated_database_url: str) -> AsyncIterator[AsyncEngine]:
    """The app's own engine (a real pool, no test transaction around it): what production reads on."""
    engine = create_engine(migrated_database_url)
    try:
        yield engine
    finally:
        await engine.dispose()


def count_connects(engine: AsyncEngine) -> list[object]:
    connects: list[object] = []
    event.listen(engine.sync_engine, "connect", lambda *_: connects.append(object()))
    return connects


async def cancel_after_start(read: asyncio.Future[object] | asyncio.Task[object]) -> None:
    await asyncio.sleep(0.05)  # the statement is at the server
    read.cancel()
    with pytest.raises(asyncio.CancelledError):
        await read


async def test_a_cancelled_loader_read_keeps_its_connection(pooled: AsyncEngine) -> None:
    # given the request's loaders on a pool that has opened one connection
    connects = count_connects(pooled)
    loaders = Loaders(viewer=Viewer(user_id=1, role=Role.OFFICE), sessions=create_session_factory(pooled))
    assert await loaders.fetch_rows(sa.select(sa.literal(1))) == [(1,)]
    assert len(connects) == 1

    # when a read is cancelled while its statement runs
    await cancel_after_start(asyncio.ensure_future(loaders.fetch_rows(SLOW)))

    # then it ended as usual: once its statement is done, the next reads use that same connection, and none is
    # left checked out
    await asyncio.sleep(0.4)
    assert await loaders.fetch_all(sa.select(sa.literal(2))) == [2]
    assert await loaders.fetch_rows(sa.select(sa.literal(3))) == [(3,)]
    assert len(connects) == 1
    assert pooled.pool.checkedout() == 0  # type: ignore[attr-defined]


async def test_a_cancelled_root_page_keeps_its_connection(pooled: AsyncEngine) -> None:
    # given a pool that has opened one connection
    connects = count_connects(pooled)
    sessions = create_session_factory(pooled)
    assert (await root_page(sessions, sa.select(sa.literal(1)), Window(offset=0, limit=10))).total_count == 1
    assert len(connects) == 1

    # when a root page is cancelled while its statement runs
    await cancel_after_start(asyncio.ensure_future(root_page(sessions, SLOW, Window(offset=0, limit=10))))

    # then its connection went back to the pool once the statement ended
    await asyncio.sleep(0.4)
    assert (await root_page(sessions, sa.select(sa.literal(1)), Window(offset=0, limit=10))).total_count == 1
    assert len(connects) == 1
    assert pooled.pool.checkedout() == 0  # type: ignore[attr-defined]


async def test_a_failing_read_still_fails_for_its_field(pooled: AsyncEngine) -> None:
    # given the request's loaders
    loaders = Loaders(viewer=Viewer(user_id=1, role=Role.OFFICE), sessions=create_session_factory(pooled))

    # when a read fails, then the field awaiting it gets the error
    with pytest.raises(sa.exc.DBAPIError):
        await loaders.fetch_rows(sa.select(sa.func.no_such_function()))
