"""What the real app does with request bodies it cannot use: too large (413, before anything reads them or asks
who is calling) or malformed (400 with a clear reason, never a 500), anonymously.

Sizes are measured in bytes the app pulled from the client and in SQL statements it ran, never in time.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.types import Message, Scope

from app.graphql_http import MAX_JSON_DEPTH, json_depth
from models import Customer
from tests.app.apps import client_of, real_app

Sessions = async_sessionmaker[AsyncSession]
MiB = 1024 * 1024
CHUNK = 64 * 1024
JSON_LIMIT = 1 * MiB
MULTIPART_LIMIT = 4 * MiB


@pytest.fixture(scope="module")
async def app(migrated_database_url: str) -> AsyncIterator[Starlette]:
    """The real app, production settings, with a 1 MiB JSON and a 4 MiB multipart limit."""
    async with real_app(migrated_database_url, "production", max_json_body_bytes=JSON_LIMIT,
                        max_multipart_body_bytes=MULTIPART_LIMIT) as application:
        yield application


@pytest.fixture
async def http(app: Starlette, sessions: Sessions) -> AsyncIterator[httpx.AsyncClient]:
    async with client_of(app, ("198.51.100.30", 42000)) as client:
        yield client


@pytest.fixture
def statements(app: Starlette) -> Iterator[list[str]]:
    """Every SQL statement the app runs while the test does."""
    ran: list[str] = []

    def record(conn: Connection, cursor: Any, statement: str, *args: Any) -> None:
        ran.append(statement)

    engine = app.state.runtime.engine.sync_engine
    sa.event.listen(engine, "before_cursor_execute", record)
    yield ran
    sa.event.remove(engine, "before_cursor_execute", record)


class Streamed:
    """A request body of `size` bytes, made as it is read, that counts how many bytes the app pulled."""

    def __init__(self, size: int, *, start: bytes = b"") -> None:
        self.size = size
        self.start = start
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        sent = 0
        while sent < self.size:
            chunk = (self.start if sent == 0 and self.start else b"") or b" " * min(CHUNK, self.size - sent)
            sent += len(chunk)
            self.pulled = sent
            yield chunk


def error_of(response: httpx.Response) -> dict[str, Any]:
    body = response.json()
    assert body["data"] is None
    [error] = body["errors"]
    assert isinstance(error, dict)
    return error


# --- size limits -----------------------------------------------------------------------------------------


async def test_a_streamed_100_mb_json_body_is_refused_after_reading_at_most_the_limit(
        http: httpx.AsyncClient, statements: list[str]) -> None:
    # given an anonymous POST streaming 100 MB of JSON with no Content-Length, and a (bogus) token to check
    body = Streamed(100 * MiB, start=b'{"query": "{ __typename }", "variables": {"x": "')
    response = await http.post("/graphql", content=body, headers={
        "content-type": "application/json", "authorization": "Bearer not-a-real-token"})
    # then it is refused with a clear 413 once the limit is passed: at most the limit and one chunk were read,
    # and no SQL ran (the token was never looked up)
    assert response.status_code == 413
    error = error_of(response)
    assert error["extensions"]["code"] == "PAYLOAD_TOO_LARGE"
    assert error["extensions"]["maxBytes"] == JSON_LIMIT
    assert "too large" in error["message"] and str(JSON_LIMIT) in error["message"]
    assert JSON_LIMIT < body.pulled <= JSON_LIMIT + CHUNK
    assert statements == []


async def test_a_declared_oversized_body_is_refused_before_a_byte_is_read(
        http: httpx.AsyncClient, statements: list[str]) -> None:
    body = Streamed(2 * JSON_LIMIT)
    response = await http.post("/graphql", content=body, headers={
        "content-type": "application/json", "content-length": str(2 * JSON_LIMIT)})
    assert response.status_code == 413
    assert error_of(response)["extensions"]["code"] == "PAYLOAD_TOO_LARGE"
    assert body.pulled == 0
    assert statements == []


async def test_multipart_bodies_have_their_own_larger_limit(http: httpx.AsyncClient) -> None:
    # given a multipart upload bigger than the JSON limit but within the multipart one
    operations = json.dumps({"query": "mutation($f: Upload!) { __typename }", "variables": {"f": None}})
    files = {"0": ("photo.jpg", b"\xff" * (2 * JSON_LIMIT), "image/jpeg")}
    data = {"operations": operations, "map": json.dumps({"0": ["variables.f"]})}
    headers = {"Apollo-Require-Preflight": "true"}
    within = await http.post("/graphql", data=data, files=files, headers=headers)
    # then it is not refused for its size (whatever GraphQL makes of it)
    assert within.status_code != 413
    # but one over the multipart limit is
    files = {"0": ("photo.jpg", b"\xff" * (MULTIPART_LIMIT + 1), "image/jpeg")}
    over = await http.post("/graphql", data=data, files=files, headers=headers)
    assert over.status_code == 413
    assert error_of(over)["extensions"]["maxBytes"] == MULTIPART_LIMIT


async def test_a_json_body_within_the_limit_is_served(http: httpx.AsyncClient) -> None:
    padding = "x" * (JSON_LIMIT // 2)
    response = await http.post("/graphql", json={"query": "{ __typename }", "extensions": {"padding": padding}})
    assert response.status_code == 200, response.text
    assert response.json()["data"] == {"__typename": "Query"}


# --- malformed bodies --------------------------------------------------------------------------------------

MALFORMED: dict[str, tuple[bytes, str]] = {
    "null": (b"null", "must be a JSON object"),
    "a string": (b'"x"', "must be a JSON object"),
    "a number": (b"1", "must be a JSON object"),
    "an array of numbers": (b"[1]", "Batching is not enabled"),
    "invalid UTF-8": (b'{"query": "{ __typename }", "variables": {"a": "\xff\xfe"}}', "not valid UTF-8"),
    "not JSON": (b"{query", "Unable to parse request body as JSON"),
    "variables nested 100,000 deep": (b'{"query": "{ __typename }", "variables": {"v": '
                                      + b"[" * 100_000 + b"]" * 100_000 + b"}}",
                                      f"nests deeper than {MAX_JSON_DEPTH} levels"),
    "variables nested just past the cap": (b'{"query": "{ __typename }", "variables": {"v": '
                                           + b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH + b"}}",
                                           f"nests deeper than {MAX_JSON_DEPTH} levels"),
    "variables that are a list": (b'{"query": "{ __typename }", "variables": [1, 2]}', "must be an object"),
    "variables that are a string": (b'{"query": "{ __typename }", "variables": "x"}', "must be an object"),
    "a query that is not a string": (b'{"query": 5}', "must be a string"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
async def test_a_malformed_body_is_a_400_with_a_clear_reason_and_changes_nothing(
        case: str, http: httpx.AsyncClient, session: AsyncSession) -> None:
    body, reason = MALFORMED[case]
    response = await http.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text
    assert reason in response.text
    assert "Traceback" not in response.text and "Error" not in response.text
    assert (await session.scalar(sa.select(sa.func.count()).select_from(Customer))) == 0


def test_json_depth_counts_without_recursion() -> None:
    deep: Any = []
    for _ in range(10_000):
        deep = [deep]
    assert json_depth({"a": 1}) == 1
    assert json_depth([{"a": [1]}]) == 3
    assert json_depth("scalar") == 0
    assert json_depth(deep, stop_after=100) == 101


# --- request ids -----------------------------------------------------------------------------------------


async def test_a_request_id_comes_back_in_the_header_and_in_graphql_errors(http: httpx.AsyncClient) -> None:
    # given a caller that sends its own request id
    response = await http.post("/graphql", json={"query": "{ noSuchField }"},
                               headers={"X-Request-ID": "req-1234"})
    # then the response carries it, and so does every error
    assert response.headers["x-request-id"] == "req-1234"
    errors = response.json()["errors"]
    assert errors and all(error["extensions"]["requestId"] == "req-1234" for error in errors)


async def test_a_request_id_is_made_up_when_absent_or_unusable(http: httpx.AsyncClient) -> None:
    first = await http.post("/graphql", json={"query": "{ __typename }"})
    second = await http.post("/graphql", json={"query": "{ __typename }"},
                             headers={"X-Request-ID": "bad id\twith spaces" + "x" * 200})
    ids = {first.headers["x-request-id"], second.headers["x-request-id"]}
    assert len(ids) == 2 and all(len(found) == 32 for found in ids)


async def test_a_refused_body_carries_the_request_id(http: httpx.AsyncClient) -> None:
    response = await http.post("/graphql", content=b"{" + b" " * (JSON_LIMIT + 1) + b"}",
                               headers={"content-type": "application/json", "X-Request-ID": "big-1"})
    assert response.status_code == 413
    assert response.headers["x-request-id"] == "big-1"
    assert error_of(response)["extensions"]["requestId"] == "big-1"


async def test_a_client_that_hangs_up_mid_body_is_not_a_server_error(app: Starlette,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    # given a POST to /graphql that declares 100 bytes and sends 9 before the client disconnects
    messages: Iterator[Message] = iter([{"type": "http.request", "body": b'{"query":', "more_body": True}])
    sent: list[Message] = []

    async def receive() -> Message:
        return next(messages, {"type": "http.disconnect"})

    async def send(message: Message) -> None:
        sent.append(message)

    scope: Scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                    "scheme": "http", "path": "/graphql", "raw_path": b"/graphql", "query_string": b"", "root_path": "",
                    "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json"),
                                (b"content-length", b"100")],
                    "client": ("198.51.100.31", 42001), "server": ("127.0.0.1", 8000)}

    # when the app handles it, then nothing is raised to the server or logged as an error (a 400 is written
    # for the record; nobody reads it)
    await app(scope, receive, send)
    assert sent[0]["status"] == 400
    assert [record for record in caplog.records if record.levelname in ("ERROR", "CRITICAL")] == []
