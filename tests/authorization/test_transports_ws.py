"""The generated authorization sweep over a real WebSocket: every credential sees only its own.

The HTTP half is in `test_transports.py`; the two halves are separate modules so that the two test workers
can each run one (they are the suite's two largest files)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from tests.authorization.conftest import LiveServer
from tests.authorization.test_authorization import internal_texts
from tests.authorization.test_transports import (
    CREDENTIALS,
    Credential,
    Run,
    Sessions,
    close_code,
    demo_credentials,
    open_ws,
    ws_execute,
    ws_init,
)


@pytest.fixture(scope="module")
async def credentials(live_demo: Sessions) -> dict[str, Credential]:
    return await demo_credentials(live_demo)


@pytest.fixture(scope="module")
async def internal(live_demo: Sessions) -> set[str]:
    async with live_demo() as session:
        return await internal_texts(session)


@pytest.fixture
async def session(live_demo: Sessions) -> AsyncIterator[AsyncSession]:
    """For the oracle (overrides the shared fixture: no truncation between these tests)."""
    async with live_demo() as session:
        yield session


@pytest.mark.parametrize("part", ["root lists", "node by id"])
@pytest.mark.parametrize("name", CREDENTIALS)
async def test_over_websocket_every_credential_sees_only_its_own(
    name: str, part: str, credentials: dict[str, Credential], live_server: LiveServer, session: AsyncSession,
    internal: set[str],
) -> None:
    # given a WebSocket opened with the credential in `connection_init`
    run = Run(name, credentials[name], session, internal)
    async with open_ws(live_server) as conn:
        await ws_init(conn, credentials[name].token)
        counter = iter(range(1_000_000))

        async def execute(query: str, variables: dict[str, Any] | None) -> dict[str, Any]:
            return await ws_execute(conn, str(next(counter)), query, variables)

        # when every generated query runs as a `subscribe` message
        if part == "root lists":
            # then the same rules hold as over HTTP, and it did see something
            assert await run.root_lists(execute, "WebSocket") > 0
        else:
            # then exactly the rows in scope resolve by id
            await run.nodes_by_id(execute, "WebSocket")


async def test_websocket_without_connection_init_is_closed_4401(live_server: LiveServer) -> None:
    # given an anonymous WebSocket; when it subscribes without connection_init; then it is closed 4401
    async with open_ws(live_server) as conn:
        await conn.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": "{ me { id } }"}}))
        assert await close_code(conn) == 4401


async def test_websocket_with_a_bad_token_is_closed_4403(live_server: LiveServer) -> None:
    # given a WebSocket whose connection_init carries a token that does not exist
    async with open_ws(live_server) as conn:
        await conn.send(json.dumps({"type": "connection_init",
                                    "payload": {"authorization": "Bearer dop_not-a-real-token"}}))
        # then it is closed 4403
        assert await close_code(conn) == 4403
    async with open_ws(live_server) as conn:
        await conn.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert await close_code(conn) == 4403
