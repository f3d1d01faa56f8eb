"""Malformed WebSocket frames close the connection with 4400 and a reason, never an exception in the server."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from tests.subscriptions.conftest import GraphQLWS, LiveServer, People

MALFORMED = {
    "a JSON array": "[1,2,3]",
    "a JSON string": '"subscribe"',
    "JSON null": "null",
    "subscribe with a number as payload": '{"type":"subscribe","payload":5}',
    "subscribe with an id and a number as payload": '{"id":"1","type":"subscribe","payload":5}',
    "subscribe without a query": '{"id":"1","type":"subscribe","payload":{}}',
    "subscribe with a list as variables": '{"id":"1","type":"subscribe","payload":{"query":"{ __typename }",'
                                          '"variables":[1]}}',
    "subscribe with a number as operation name": '{"id":"1","type":"subscribe","payload":{"query":"{ __typename }",'
                                                 '"operationName":7}}',
    "subscribe with a number as id": '{"id":1,"type":"subscribe","payload":{"query":"{ __typename }"}}',
    "complete without an id": '{"type":"complete"}',
    "a number as type": '{"type":5}',
    "no type": '{"id":"1"}',
    "ping with a list as payload": '{"type":"ping","payload":[1]}',
    "an unknown type": '{"type":"hello"}',
    "not JSON": "this is not json",
    "JSON nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
}


@pytest.fixture
def server_errors(caplog: pytest.LogCaptureFixture) -> Iterator[list[logging.LogRecord]]:
    """ERROR records from uvicorn ("Exception in ASGI application"), strawberry and the app, while a test runs.

    uvicorn's own logging config stops its loggers from propagating, so the capture is attached to them.
    """
    names = ("uvicorn.error", "uvicorn", "strawberry", "app", "schema")
    for name in names:
        logging.getLogger(name).addHandler(caplog.handler)
    try:
        yield caplog.records
    finally:
        for name in names:
            logging.getLogger(name).removeHandler(caplog.handler)


def _errors(records: list[logging.LogRecord]) -> list[str]:
    return [record.getMessage() for record in records if record.levelno >= logging.ERROR]


async def _closed_by(ws: GraphQLWS) -> tuple[int | None, str]:
    try:
        while True:
            await ws.receive(10)
    except ConnectionClosed as closed:
        return (closed.rcvd.code, closed.rcvd.reason) if closed.rcvd else (None, "")


@pytest.mark.parametrize("frame", list(MALFORMED.values()), ids=list(MALFORMED))
async def test_a_malformed_text_frame_closes_the_socket_with_4400_and_a_reason(
    live_server: LiveServer, people: People, server_errors: list[logging.LogRecord], frame: str,
) -> None:
    async with live_server() as base, GraphQLWS.open(base, people.client.token) as ws:
        # when a signed-in client sends a frame that is not a graphql-transport-ws message
        await ws.conn.send(frame)

        # then the server closes the socket with 4400, says why, and logs no exception
        code, reason = await _closed_by(ws)
        assert code == 4400
        assert reason
        assert _errors(server_errors) == []


async def test_a_binary_frame_closes_the_socket_with_4400(
    live_server: LiveServer, people: People, server_errors: list[logging.LogRecord],
) -> None:
    async with live_server() as base, GraphQLWS.open(base, people.client.token) as ws:
        await ws.conn.send(b'{"type":"ping"}')

        code, reason = await _closed_by(ws)
        assert (code, reason) == (4400, "WebSocket message type must be text")
        assert _errors(server_errors) == []


async def test_a_malformed_frame_before_connection_init_closes_with_4400(
    live_server: LiveServer, server_errors: list[logging.LogRecord],
) -> None:
    async with live_server() as base:
        url = base.replace("http://", "ws://") + "/graphql"
        async with connect(url, subprotocols=[Subprotocol("graphql-transport-ws")], proxy=None) as conn:
            ws = GraphQLWS(conn)
            await conn.send('{"type":"connection_init","payload":5}')
            code, _reason = await _closed_by(ws)
    assert code == 4400
    assert _errors(server_errors) == []


async def test_after_a_well_formed_operation_the_socket_keeps_working(
    live_server: LiveServer, people: People, server_errors: list[logging.LogRecord],
) -> None:
    async with live_server() as base, GraphQLWS.open(base, people.client.token) as ws:
        # a valid query with explicit nulls for the optional fields runs as usual
        await ws.send({"id": "q", "type": "subscribe",
                       "payload": {"query": "{ __typename }", "variables": None, "operationName": None}})
        assert await ws.next_data() == {"__typename": "Query"}
        assert _errors(server_errors) == []
