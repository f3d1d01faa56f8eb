"""While the broadcast server (Redis) is down, subscribers are told: their sockets close with 1013 ("try again
later") instead of waiting for events that are lost, new subscriptions are refused the same way, and once it is
back they subscribe again and catch up with `jobEvents(after:)`.

Uses a Redis of the test's own (`tests.own_redis`), killed mid-test; the shared one is never touched."""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack

import pytest
from websockets.exceptions import ConnectionClosed

from tests.own_redis import own_redis
from tests.subscriptions.conftest import (
    JOB_EVENT_FIELDS,
    GraphQLWS,
    LiveServer,
    People,
    graphql_http,
    ready,
    set_status,
)

pytestmark = pytest.mark.timeout(180)

ALL_MOVES = f"subscription {{ jobStatusChanged {{ {JOB_EVENT_FIELDS} }} }}"
EVENTS_AFTER = "query($after: String) { jobEvents(after: $after) { nodes { previousStatus status cursor } } }"


async def _subscribe_once_redis_is_back(stack: AsyncExitStack, base: str, token: str) -> GraphQLWS:
    """Reconnect as a client would (with backoff) until a subscription is accepted and stays up."""
    async with asyncio.timeout(30):
        while True:
            attempt = AsyncExitStack()
            ws = await attempt.enter_async_context(GraphQLWS.open(base, token))
            await ws.subscribe(ALL_MOVES)
            try:
                await ws.nothing_within(0.5)
            except (ConnectionClosed, pytest.fail.Exception):
                await attempt.aclose()
                await asyncio.sleep(0.5)
                continue
            await stack.enter_async_context(attempt)
            return ws


async def test_a_redis_outage_closes_live_sockets_with_1013_and_clients_catch_up_after(
    live_server: LiveServer, people: People,
) -> None:
    async with own_redis() as redis, live_server(broadcast_url=redis.url) as base:
        async with GraphQLWS.open(base, people.client.token) as client:
            # given the client subscribed, having seen one move and kept its cursor
            await client.subscribe(ALL_MOVES)
            await ready(client, 0.5)
            await set_status(base, people.employee.token, people.job, "ON_THE_WAY")
            seen = (await client.next_data())["jobStatusChanged"]

            # when Redis goes down
            await redis.stop()

            # then the client's socket is closed with 1013 (reconnect later), not left waiting
            assert await client.close_code() == 1013

        # and while it is down, a new subscription is refused the same way
        async with GraphQLWS.open(base, people.client.token) as retry:
            await retry.subscribe(ALL_MOVES)
            assert await retry.close_code() == 1013

        # and a move made meanwhile still commits (its announcement is lost)
        await set_status(base, people.employee.token, people.job, "STARTED")

        # when Redis is back, the client subscribes again and catches up from its cursor
        await redis.start()
        async with AsyncExitStack() as stack:
            again = await _subscribe_once_redis_is_back(stack, base, people.client.token)
            missed = (await graphql_http(base, people.client.token, EVENTS_AFTER,
                                         {"after": seen["cursor"]}))["jobEvents"]["nodes"]
            assert [(event["previousStatus"], event["status"]) for event in missed] == [("ON_THE_WAY", "STARTED")]

            # and live moves reach it again
            await set_status(base, people.employee.token, people.job, "FINISHED")
            event = (await again.next_data())["jobStatusChanged"]
            assert (event["previousStatus"], event["status"]) == ("STARTED", "FINISHED")
