"""`app.graphql_http.GraphQLApp` in Starlette: HTTP through httpx, WebSockets against a real uvicorn."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
import strawberry
import uvicorn
from graphql import get_introspection_query
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket
from strawberry.file_uploads import Upload
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.typing import Origin, Subprotocol

from app.graphql_http import GraphQLApp
from app.limits import limit_extensions, viewer_is_staff

CALLS: Counter[str] = Counter()


@strawberry.type
class Query:
    @strawberry.field
    def hello(self) -> str:
        CALLS["hello"] += 1
        return "hi"

    @strawberry.field
    def boom(self) -> str | None:
        raise RuntimeError("psycopg.errors.UndefinedColumn: column users.password_hash does not exist")


@strawberry.type
class Mutation:
    @strawberry.mutation
    def sign_in(self, email: str, code: str) -> bool:
        CALLS["signIn"] += 1
        return True

    @strawberry.mutation
    async def upload_size(self, file: Upload) -> int:
        CALLS["upload"] += 1
        return len(await file.read())  # type: ignore[attr-defined]


@strawberry.type
class Subscription:
    @strawberry.subscription
    async def count(self, to: int = 3) -> AsyncGenerator[int, None]:
        for i in range(to):
            yield i

    @strawberry.subscription
    async def forever(self) -> AsyncGenerator[int, None]:
        yield 0
        await asyncio.Event().wait()
        yield 1  # pragma: no cover


@dataclass(frozen=True)
class Viewer:
    is_staff: bool = False


@dataclass
class Ctx:
    viewer: Viewer
    request: Any = None
    connection_params: dict[str, object] | None = None


class TestApp(GraphQLApp[Ctx, None]):
    """How the real app will plug in: its own context, and a check of the connection_init payload."""

    __test__ = False

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Ctx:
        return Ctx(viewer=Viewer(is_staff=request.headers.get("x-test-staff") == "1"), request=request)

    async def authenticate_connection(self, payload: dict[str, object], websocket: WebSocket | None) -> bool:
        assert isinstance(websocket, WebSocket)
        if payload.get("token") == "slow":  # credentials whose check waits (e.g. for the database pool)
            CALLS["slow authentication started"] += 1
            SLOW_AUTHENTICATION_STARTED.set()
            await SLOW_AUTHENTICATION.wait()
        return payload.get("token") != "stolen"


SLOW_AUTHENTICATION = asyncio.Event()
SLOW_AUTHENTICATION_STARTED = asyncio.Event()


def make_schema(production: bool) -> strawberry.Schema:
    extensions = limit_extensions(production=production, allow_introspection=viewer_is_staff)
    return strawberry.Schema(Query, Mutation, Subscription, extensions=extensions)


ALLOWED_ORIGIN = "http://localhost:3000"


def make_app(*, production: bool) -> Starlette:
    schema = make_schema(production)
    main = TestApp(schema, production=production, allowed_origins={ALLOWED_ORIGIN})
    quick = TestApp(schema, production=production, keep_alive_interval=0.1,
                    connection_init_wait_timeout=timedelta(seconds=0.3))
    return Starlette(routes=[Route("/graphql", main), WebSocketRoute("/graphql", main),
                             WebSocketRoute("/quick", quick)])


PRODUCTION_APP = make_app(production=True)
DEVELOPMENT_APP = make_app(production=False)


@pytest.fixture(autouse=True)
def _reset_calls() -> Iterator[None]:
    CALLS.clear()
    yield


def client(app: Starlette) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


@pytest.fixture
async def prod() -> AsyncIterator[httpx.AsyncClient]:
    async with client(PRODUCTION_APP) as http:
        yield http


@pytest.fixture
async def dev() -> AsyncIterator[httpx.AsyncClient]:
    async with client(DEVELOPMENT_APP) as http:
        yield http


# --- HTTP ----------------------------------------------------------------------------------------------


async def test_json_post_works_and_reports_cost(prod: httpx.AsyncClient) -> None:
    response = await prod.post("/graphql", json={"query": "{ hello }"})
    assert response.status_code == 200
    assert response.json() == {"data": {"hello": "hi"},
                               "extensions": {"cost": {"requestedQueryCost": 1, "maximumAvailable": 30_000}}}


async def test_mutation_over_get_is_refused(dev: httpx.AsyncClient, prod: httpx.AsyncClient) -> None:
    query = 'mutation { signIn(email: "a@b.c", code: "1") }'
    response = await dev.get("/graphql", params={"query": query})
    assert response.status_code == 400 and "mutations are not allowed when using GET" in response.text
    response = await prod.get("/graphql", params={"query": query})
    assert response.status_code == 405
    assert CALLS["signIn"] == 0


async def test_get_queries_only_in_development(dev: httpx.AsyncClient, prod: httpx.AsyncClient) -> None:
    response = await dev.get("/graphql", params={"query": "{ hello }"})
    assert response.status_code == 200 and response.json()["data"] == {"hello": "hi"}
    response = await prod.get("/graphql", params={"query": "{ hello }"})
    assert response.status_code == 405 and response.headers["allow"] == "POST"
    assert CALLS["hello"] == 1


async def test_graphiql_only_in_development(dev: httpx.AsyncClient, prod: httpx.AsyncClient) -> None:
    page = await dev.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()
    absent = await prod.get("/graphql", headers={"accept": "text/html"})
    assert absent.status_code == 405
    assert "graphiql" not in absent.text.lower() and "<html" not in absent.text.lower()


@pytest.mark.parametrize("content_type",
                         ["application/x-www-form-urlencoded", "text/plain", "multipart/form-data"])
async def test_form_posts_are_refused(prod: httpx.AsyncClient, content_type: str) -> None:
    body = "query=" + "mutation { signIn(email: \"a@b.c\", code: \"1\") }"
    response = await prod.post("/graphql", content=body, headers={"content-type": content_type})
    assert response.status_code in (400, 415)
    assert CALLS["signIn"] == 0


def upload_form() -> dict[str, Any]:
    query = "mutation ($file: Upload!) { uploadSize(file: $file) }"
    operations = {"query": query, "variables": {"file": None}}
    return {"data": {"operations": json.dumps(operations), "map": json.dumps({"0": ["variables.file"]})},
            "files": {"0": ("notes.txt", b"twelve bytes", "text/plain")}}


async def test_multipart_needs_a_preflight_header(prod: httpx.AsyncClient) -> None:
    refused = await prod.post("/graphql", **upload_form())
    assert refused.status_code == 400 and "Apollo-Require-Preflight" in refused.text
    refused = await prod.post("/graphql", **upload_form(), headers={"apollo-require-preflight": ""})
    assert refused.status_code == 400
    assert CALLS["upload"] == 0
    accepted = await prod.post("/graphql", **upload_form(), headers={"Apollo-Require-Preflight": "true"})
    assert accepted.status_code == 200 and accepted.json()["data"] == {"uploadSize": 12}


async def test_a_json_array_batch_is_refused(prod: httpx.AsyncClient) -> None:
    batch = [{"query": "{ hello }"} for _ in range(10)]
    response = await prod.post("/graphql", json=batch)
    assert response.status_code == 400 and "Batching is not enabled" in response.text
    assert CALLS["hello"] == 0


async def test_unexpected_errors_are_masked_over_http(prod: httpx.AsyncClient) -> None:
    response = await prod.post("/graphql", json={"query": "{ boom }"})
    assert response.status_code == 200
    assert response.json()["errors"][0]["message"] == "Unexpected error."
    for leak in ("psycopg", "password_hash", "UndefinedColumn", "Traceback"):
        assert leak not in response.text


async def test_introspection_over_http(prod: httpx.AsyncClient) -> None:
    query = {"query": get_introspection_query()}
    refused = await prod.post("/graphql", json=query)
    assert refused.json()["errors"][0]["extensions"]["code"] == "INTROSPECTION_DISABLED"
    allowed = await prod.post("/graphql", json=query, headers={"x-test-staff": "1"})
    assert "errors" not in allowed.json()
    assert allowed.json()["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_subscriptions_are_not_served_over_plain_http(prod: httpx.AsyncClient) -> None:
    response = await prod.post("/graphql", json={"query": "subscription { count }"})
    assert response.status_code == 400 and "subscriptions are not allowed when using POST" in response.text
    response = await prod.post("/graphql", json={"query": "query A { hello } subscription B { count }",
                                                 "operationName": "A"})
    assert response.status_code == 200 and response.json()["data"] == {"hello": "hi"}


# --- WebSocket, against uvicorn ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
async def server() -> AsyncIterator[str]:
    config = uvicorn.Config(PRODUCTION_APP, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    uv = uvicorn.Server(config)
    task = asyncio.create_task(uv.serve())
    while not uv.started:
        assert not task.done(), "uvicorn did not start"
        await asyncio.sleep(0.01)
    port = uv.servers[0].sockets[0].getsockname()[1]
    yield f"127.0.0.1:{port}"
    uv.should_exit = True
    await asyncio.wait_for(task, 10)


def ws(server: str, path: str = "/graphql", *, origin: str | None = None,
       protocol: str = "graphql-transport-ws") -> connect:
    return connect(f"ws://{server}{path}", subprotocols=[Subprotocol(protocol)], proxy=None,
                   origin=Origin(origin) if origin else None, open_timeout=5)


async def receive(conn: ClientConnection) -> dict[str, Any]:
    message = json.loads(await asyncio.wait_for(conn.recv(), 5))
    assert isinstance(message, dict)
    return message


async def close_code(conn: ClientConnection) -> int | None:
    with pytest.raises(ConnectionClosed) as closed:
        while True:
            await asyncio.wait_for(conn.recv(), 5)
    return closed.value.rcvd.code if closed.value.rcvd else None


async def init(conn: ClientConnection, payload: dict[str, object] | None = None) -> None:
    await conn.send(json.dumps({"type": "connection_init", "payload": payload or {}}))
    assert await receive(conn) == {"type": "connection_ack"}


async def subscribe(conn: ClientConnection, id: str, query: str) -> None:
    await conn.send(json.dumps({"id": id, "type": "subscribe", "payload": {"query": query}}))


async def test_a_subscription_runs(server: str) -> None:
    async with ws(server) as conn:
        assert conn.subprotocol == "graphql-transport-ws"
        await init(conn)
        await subscribe(conn, "1", "subscription { count(to: 2) }")
        first, second, done = await receive(conn), await receive(conn), await receive(conn)
        assert first["payload"]["data"] == {"count": 0} and second["payload"]["data"] == {"count": 1}
        assert first["payload"]["extensions"]["cost"]["requestedQueryCost"] == 1
        assert done == {"id": "1", "type": "complete"}


async def test_limits_apply_over_websocket(server: str) -> None:
    async with ws(server) as conn:
        await init(conn)
        await subscribe(conn, "1", "{ " + " ".join(f"a{i}: hello" for i in range(100)) + " }")
        error = await receive(conn)
        assert error["type"] == "error" and error["payload"][0]["extensions"]["code"] == "TOO_MANY_ALIASES"
    assert CALLS["hello"] == 0


async def test_foreign_origin_is_refused_before_accept(server: str) -> None:
    with pytest.raises(InvalidStatus) as refused:
        async with ws(server, origin="https://evil.example"):
            pass  # pragma: no cover
    assert refused.value.response.status_code == 403
    for allowed in (f"http://{server}", ALLOWED_ORIGIN, None):
        async with ws(server, origin=allowed) as conn:
            await init(conn)


async def test_legacy_graphql_ws_protocol_is_refused(server: str) -> None:
    async with ws(server, protocol="graphql-ws") as conn:
        assert conn.subprotocol is None
        assert await close_code(conn) == 4406


async def test_subscribe_before_connection_init_is_closed_4401(server: str) -> None:
    async with ws(server) as conn:
        await subscribe(conn, "1", "subscription { count }")
        assert await close_code(conn) == 4401


async def test_a_refused_connection_init_is_closed_4403(server: str) -> None:
    async with ws(server) as conn:
        await conn.send(json.dumps({"type": "connection_init", "payload": {"token": "stolen"}}))
        assert await close_code(conn) == 4403


async def test_connection_init_timeout_and_keep_alive(server: str) -> None:
    async with ws(server, "/quick") as conn:
        assert await close_code(conn) == 4408
    async with ws(server, "/quick") as conn:
        await init(conn)
        assert await receive(conn) == {"type": "ping"}
        await conn.send(json.dumps({"type": "pong"}))
        assert await receive(conn) == {"type": "ping"}


async def test_the_init_timer_stops_when_connection_init_arrives_not_when_authentication_ends(
        server: str) -> None:
    SLOW_AUTHENTICATION.clear()
    SLOW_AUTHENTICATION_STARTED.clear()
    async with ws(server, "/quick") as conn:
        # given a connection (init timeout 0.3 s) whose connection_init is being authenticated
        await conn.send(json.dumps({"type": "connection_init", "payload": {"token": "slow"}}))
        await asyncio.wait_for(SLOW_AUTHENTICATION_STARTED.wait(), 5)
        # when the check outlasts the init timeout (twice over) before it succeeds
        await asyncio.sleep(0.6)
        SLOW_AUTHENTICATION.set()
        # then the connection is acknowledged (not closed with 4408), and runs operations
        assert await receive(conn) == {"type": "connection_ack"}
        await subscribe(conn, "1", "subscription { count(to: 1) }")
        assert (await receive(conn))["payload"]["data"] == {"count": 0}
    assert CALLS["slow authentication started"] == 1


def test_protocol_pings_are_off_unless_asked_for() -> None:
    # the server's WebSocket ping frames (`dop serve`'s uvicorn options) are the one keep-alive layer
    schema = make_schema(True)
    assert TestApp(schema, production=True).keep_alive is False
    assert TestApp(schema, production=True, keep_alive_interval=45).keep_alive is True


async def test_a_connection_gets_no_protocol_ping_by_default_and_its_own_ping_is_answered(server: str) -> None:
    async with ws(server) as conn:
        await init(conn)
        await conn.send(json.dumps({"type": "ping"}))
        assert await receive(conn) == {"type": "pong"}
        await subscribe(conn, "1", "subscription { count(to: 1) }")
        # every message that follows is the operation's: no {"type": "ping"} among them
        assert [(await receive(conn))["type"] for _ in range(2)] == ["next", "complete"]


async def test_the_101st_subscription_is_refused(server: str) -> None:
    async with ws(server) as conn:
        await init(conn)
        for i in range(1, 101):
            await subscribe(conn, str(i), "subscription { forever }")
        await subscribe(conn, "101", "subscription { forever }")
        started: set[str] = set()
        refusal: dict[str, Any] | None = None
        while len(started) < 100 or refusal is None:
            message = await receive(conn)
            if message["type"] == "next":
                started.add(message["id"])
            else:
                refusal = message
        assert refusal["id"] == "101" and refusal["type"] == "error"
        assert refusal["payload"][0]["extensions"]["code"] == "TOO_MANY_SUBSCRIPTIONS"
        assert "at most 100" in refusal["payload"][0]["message"]
        # Completing one frees a slot; the connection stayed open.
        await conn.send(json.dumps({"id": "1", "type": "complete"}))
        await subscribe(conn, "102", "subscription { forever }")
        cost = {"requestedQueryCost": 1, "maximumAvailable": 30_000}
        assert await receive(conn) == {"id": "102", "type": "next",
                                       "payload": {"data": {"forever": 0}, "extensions": {"cost": cost}}}
