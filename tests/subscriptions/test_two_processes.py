"""Two server processes on one database: a move made through process A reaches a subscriber on process B,
through PostgreSQL LISTEN/NOTIFY and (when REDIS_URL is set) Redis; losing the listener closes the socket with
1013 and a client that reconnects is served again."""

from __future__ import annotations

import asyncio
import os
import time

import psycopg
import pytest
from redis.asyncio import Redis
from websockets.exceptions import ConnectionClosed

from app.database import libpq_url
from tests.subscriptions.conftest import (
    JOB_EVENT_FIELDS,
    REDIS_URL,
    GraphQLWS,
    People,
    ready,
    server_process,
    set_status,
)

pytestmark = [pytest.mark.timeout(240), pytest.mark.committed]  # committed: two server processes read the rows

ALL_MOVES = f"subscription {{ jobStatusChanged {{ {JOB_EVENT_FIELDS} }} }}"


async def _kill_listeners(broadcast_url: str, database_url: str, started: float) -> int:
    """Terminate our servers' broadcast listening connections (as a server restart would).

    Narrowed to this run's database (PostgreSQL) or to connections younger than our servers (Redis), so a
    parallel run is spared.
    """
    if broadcast_url.startswith("redis"):
        admin = Redis.from_url(broadcast_url)
        try:
            age = time.monotonic() - started + 1
            ours = [client for client in await admin.client_list()
                    if client.get("name") == "dop-broadcast-listen" and int(client["age"]) <= age]
            for client in ours:
                await admin.client_kill_filter(_id=client["id"])
        finally:
            await admin.aclose()
        return len(ours)
    async with await psycopg.AsyncConnection.connect(libpq_url(database_url), autocommit=True) as conn:
        rows = await (await conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = %s AND datname = current_database()",
            ("dop-broadcast-listen",))).fetchall()
    return len(rows)


async def _reconnect_and_move_until_heard(a: str, b: str, people: People) -> dict[str, object]:
    """Subscribe on B again (refused with 1013 until B listens again), moving the job through A until heard."""
    statuses = ["PENDING", "ON_THE_WAY"]  # the job is On the Way when this starts
    attempt = 0
    async with asyncio.timeout(60):
        while True:
            try:
                async with GraphQLWS.open(b, people.client.token) as listener:
                    await listener.subscribe(ALL_MOVES)
                    await ready(listener, 0.5)
                    while True:
                        status = statuses[attempt % 2]
                        attempt += 1
                        await set_status(a, people.office.token, people.job, status, reason="probe")
                        try:
                            event: dict[str, object] = (await listener.next_data(within=0.5))["jobStatusChanged"]
                            return event
                        except TimeoutError:
                            continue
            except ConnectionClosed:
                await asyncio.sleep(0.5)


async def _across_processes(broadcast_url: str, database_url: str, people: People) -> None:
    started = time.monotonic()
    async with server_process(database_url, broadcast_url) as a, server_process(database_url, broadcast_url) as b, \
            GraphQLWS.open(b, people.client.token) as client:
        # given the client subscribed on process B
        await client.subscribe(ALL_MOVES)
        await ready(client, 0.5)

        # when the employee moves the job through process A
        await set_status(a, people.employee.token, people.job, "ON_THE_WAY")

        # then process B delivers it
        event = (await client.next_data())["jobStatusChanged"]
        assert (event["previousStatus"], event["status"]) == ("PENDING", "ON_THE_WAY")
        assert event["job"]["internalNotes"] is None

        # when both processes' listening connections are killed mid-stream
        assert await _kill_listeners(broadcast_url, database_url, started) == 2

        # then the subscriber is told (1013: events may have been lost, reconnect)
        assert await client.close_code() == 1013

        # and once it reconnects, after the backends have, delivery across processes works again
        resumed = await _reconnect_and_move_until_heard(a, b, people)
        assert resumed["status"] in ("ON_THE_WAY", "PENDING")


async def test_a_move_through_one_process_reaches_a_subscriber_on_another_over_postgres(
    people: People, migrated_database_url: str,
) -> None:
    await _across_processes(libpq_url(migrated_database_url), migrated_database_url, people)


async def test_a_move_through_one_process_reaches_a_subscriber_on_another_over_redis(
    people: People, migrated_database_url: str,
) -> None:
    if not REDIS_URL:
        pytest.skip("REDIS_URL is not set: the Redis broadcast backend is NOT tested across processes")
    await _across_processes(os.environ["REDIS_URL"], migrated_database_url, people)
