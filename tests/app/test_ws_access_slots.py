"""Credential reads for WebSockets wait for a slot: a reconnect storm queues them instead of thrashing the pool."""

from __future__ import annotations

import asyncio
import contextlib

from app.ws_access import CHECKS_AT_ONCE, Credentials, LiveConnections
from auth.viewer import ANONYMOUS, Viewer


async def test_no_more_credential_reads_run_at_once_than_there_are_slots() -> None:
    release, slots_taken = asyncio.Event(), asyncio.Event()
    started: list[Credentials] = []

    async def slow_resolve(credentials: Credentials) -> Viewer:
        started.append(credentials)
        if len(started) == CHECKS_AT_ONCE:
            slots_taken.set()
        await release.wait()
        return ANONYMOUS

    connections = LiveConnections(slow_resolve)
    # given 4 × as many connections authenticating at once as there are slots
    reads = [asyncio.create_task(connections.resolve(Credentials(bearer=f"token {n}")))
             for n in range(4 * CHECKS_AT_ONCE)]
    await asyncio.wait_for(slots_taken.wait(), 5)
    for _ in range(10):  # let every waiting task run: none gets past the slots
        await asyncio.sleep(0)
    # then only CHECKS_AT_ONCE reads have reached the database
    assert len(started) == CHECKS_AT_ONCE

    # when they finish, the others follow, never more at once
    release.set()
    viewers = await asyncio.gather(*reads)
    assert viewers == [ANONYMOUS] * len(reads)
    assert len(started) == len(reads)
    assert connections.most_checking == CHECKS_AT_ONCE
    assert connections.checking == 0


async def test_a_failing_read_frees_its_slot() -> None:
    async def failing(credentials: Credentials) -> Viewer:
        raise RuntimeError("database gone")

    connections = LiveConnections(failing, checks_at_once=1)
    for _ in range(3):
        with contextlib.suppress(RuntimeError):
            await connections.resolve(Credentials(bearer="x"))
    assert connections.checking == 0 and connections.most_checking == 1


def test_the_autocommit_pool_keeps_a_connection_for_every_credential_read_and_as_many_for_the_rest() -> None:
    # a burst of reads then finds open connections instead of opening and closing overflow ones
    from app.database import AUTOCOMMIT_POOL_SIZE, create_autocommit_engine

    engine = create_autocommit_engine("postgresql://postgres@127.0.0.1:5432/postgres")
    assert engine.pool.size() == AUTOCOMMIT_POOL_SIZE >= 2 * CHECKS_AT_ONCE  # type: ignore[attr-defined]
