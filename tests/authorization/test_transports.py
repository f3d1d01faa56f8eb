"""The authorization test over the wire: the real app in production mode, real credentials, HTTP and WebSocket.

`test_authorization.py` runs the generated queries through the schema in-process with constructed viewers.
Here the same generated queries (every root list, edges and nodes, and `nodes(ids:)` for every Node type)
go through `app.asgi.create_app` on uvicorn, authenticated the way clients do it: a session token
(`auth.sessions.start_session`) as `Authorization: Bearer` or as the session cookie, an API token
(`auth.tokens.create_api_token`) as `Authorization: Bearer`, and over WebSocket (graphql-transport-ws) the
`connection_init` payload ``{"authorization": "Bearer …"}`` with each query sent as a `subscribe` message.
Every answer is checked by the same `Checker` against the independent oracle: no foreign row, no internal
field value, no money for field employees and users or tokens without finances, no internal note text.

The queries are the in-process test's (`querygen`, depth 2, `first: 3`), with one change forced by the
production limit of 2,000 tokens per request: a root connection's depth-2 query (up to ~4,400 tokens for
`customers`) is split into one query per object field of its node type (each still reaching depth 2 below
the root list) plus one for `edges`, so together they select exactly what the in-process query selects
(`split_root_queries`; `test_generated_queries_fit_the_production_limits` checks the split fits). Depth (15)
and cost (30,000) are checked by the server itself: any refusal fails the test.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, cast

import httpx
import pytest
import sqlalchemy as sa
from graphql import GraphQLInterfaceType, GraphQLNonNull, GraphQLObjectType, GraphQLSchema
from graphql.language import Lexer, Source, TokenKind
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from auth.sessions import SESSION_COOKIE, start_session
from auth.tokens import create_api_token
from auth.viewer import Viewer
from models import User
from models.enums import Role
from tests import factories
from tests.authorization import oracle
from tests.authorization.conftest import LiveServer
from tests.authorization.querygen import PAGE, is_connection, node_query, root_queries, selection, unwrap
from tests.authorization.test_authorization import DEMO_USERS, GRAPHQL_SCHEMA, Checker, internal_texts, viewers

Sessions = async_sessionmaker[AsyncSession]
TOKENS = ["token-3-properties-no-finances", "token-all-with-finances"]
CREDENTIALS = [*DEMO_USERS, *TOKENS]
MAX_TOKENS = 2_000
"""The production limit on tokens per request (`app.limits.QueryLimits.max_tokens`)."""
NODE_IDS_PER_REQUEST = 30
"""`nodes(ids:)` costs per id; 30 ids of the widest type stay well inside the budget of 30,000."""


@dataclass(frozen=True)
class Credential:
    """A bearer secret and who the oracle says it is."""

    token: str
    viewer: Viewer


@pytest.fixture(scope="module")
async def credentials(live_demo: Sessions) -> dict[str, Credential]:
    return await demo_credentials(live_demo)


async def demo_credentials(live_demo: Sessions) -> dict[str, Credential]:
    """A real session for every demo user and two API tokens for pm1's customer."""
    async with live_demo() as session:
        expected = await viewers(session)
    found: dict[str, Credential] = {}
    async with live_demo() as session, session.begin():
        for username in DEMO_USERS:
            user_id = expected[username].user_id
            assert user_id is not None
            _row, token = await start_session(session, user_id, client_address="127.0.0.1")
            found[username] = Credential(token, expected[username])
        pm1 = (await session.execute(sa.select(User).where(User.username == "pm1"))).scalar_one()  # type: ignore[arg-type]
        customer_id = pm1.customer_id
        assert customer_id is not None
        three = sorted((await session.execute(
            sa.text("SELECT id FROM property WHERE customer_id = :c ORDER BY id LIMIT 3"), {"c": customer_id},
        )).scalars().all())
        assert len(three) == 3
        _limited_row, limited = await create_api_token(session, factories.office(), customer_id=customer_id,
                                                       name="PM software (3 sites)", finances=False, property_ids=three)
        found[TOKENS[0]] = Credential(limited, Viewer(role=Role.CUSTOMER, customer_id=customer_id,
                                                      property_ids=frozenset(three), finances=False))
        _full_row, full = await create_api_token(session, factories.office(), customer_id=customer_id,
                                                 name="PM software (all)", finances=True)
        found[TOKENS[1]] = Credential(full, Viewer(role=Role.CUSTOMER, customer_id=customer_id, finances=True))
    return found


@pytest.fixture(scope="module")
async def internal(live_demo: Sessions) -> set[str]:
    async with live_demo() as session:
        return await internal_texts(session)


@pytest.fixture
async def session(live_demo: Sessions) -> AsyncIterator[AsyncSession]:
    """For the oracle (overrides the shared fixture: no truncation between these tests)."""
    async with live_demo() as session:
        yield session


@pytest.fixture(scope="module")
async def http(live_server: LiveServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=live_server.http_url.removesuffix("/graphql"), timeout=30) as client:
        yield client


# ---------------------------------------------------------------------------------------------- queries


def tokens(query: str) -> int:
    lexer = Lexer(Source(query))
    count = 0
    while lexer.advance().kind != TokenKind.EOF:
        count += 1
    return count


def _field_part(named: GraphQLObjectType, name: str, depth: int) -> str:
    """`querygen.selection(named, depth)`, restricted to one object or connection field."""
    field = named.fields[name]
    target = unwrap(field.type)
    if is_connection(field.type):
        node = unwrap(cast(GraphQLObjectType, target).fields["nodes"].type)
        inner = selection(cast(GraphQLObjectType, node), depth - 1)
        args = f"(first: {PAGE})" if "first" in field.args else ""
        return f"{name}{args} {{ totalCount nodes {{ {inner} }} edges {{ cursor node {{ __typename id }} }} }}"
    assert isinstance(target, GraphQLObjectType | GraphQLInterfaceType)
    below = depth - 1 if "id" in target.fields else depth
    return f"{name} {{ {selection(target, below)} }}"


def split_root_queries(schema: GraphQLSchema, depth: int = 2) -> dict[str, str]:
    """`querygen.root_queries`, with each query over the token limit split by the node type's object fields.

    The pieces of `customers` are `customers.<field>` (one per object or connection field of Customer, each
    with Customer's scalars and `<field>` selected to the same depth as the whole query) and
    `customers.edges` (cursors and nodes one level less deep, as the whole query's edges are the same as its
    nodes).
    """
    queries: dict[str, str] = {}
    query_type = schema.query_type
    assert query_type is not None
    for name, query in root_queries(schema, depth).items():
        if tokens(query) <= MAX_TOKENS:
            queries[name] = query
            continue
        field = query_type.fields[name]
        if not is_connection(field.type):
            # a plain object (the viewer): its scalars once, then one piece per object field beside them
            target = cast(GraphQLObjectType, unwrap(field.type))
            assert isinstance(target, GraphQLObjectType) and not field.args, f"{name}: cannot be split"
            plain = selection(target, -1)
            children = [child for child, value in target.fields.items()
                        if isinstance(unwrap(value.type), GraphQLObjectType | GraphQLInterfaceType)
                        and not any(isinstance(arg.type, GraphQLNonNull) for arg in value.args.values())]
            queries[name] = f"{{ {name} {{ {plain} }} }}"
            for child in children:
                queries[f"{name}.{child}"] = f"{{ {name} {{ {plain} {_field_part(target, child, depth)} }} }}"
            continue
        node = cast(GraphQLObjectType, unwrap(cast(GraphQLObjectType, unwrap(field.type)).fields["nodes"].type))
        scalars = selection(node, -1)  # scalars, plain objects, `{ __typename id }` for nodes; no connections
        objects = [field_name for field_name, child in node.fields.items()
                   if not any(isinstance(arg.type, GraphQLNonNull) for arg in child.args.values())
                   and isinstance(unwrap(child.type), GraphQLObjectType | GraphQLInterfaceType)
                   and ("id" in cast(GraphQLObjectType, unwrap(child.type)).fields or is_connection(child.type))]
        for child in objects:
            queries[f"{name}.{child}"] = (f"{{ {name}(first: {PAGE}) {{ totalCount nodes {{ {scalars} "
                                          f"{_field_part(node, child, depth)} }} }} }}")
        queries[f"{name}.edges"] = (f"{{ {name}(first: {PAGE}) {{ totalCount edges {{ cursor node "
                                    f"{{ {selection(node, depth - 1)} }} }} }} }}")
    return queries


ROOT_QUERIES = split_root_queries(GRAPHQL_SCHEMA)


# ------------------------------------------------------------------------------------------- transports


async def post(http: httpx.AsyncClient, query: str, variables: dict[str, Any] | None = None, *,
               bearer: str | None = None, cookie: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
    if cookie:
        headers["Cookie"] = f"{SESSION_COOKIE}={cookie}"
    response = await http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert isinstance(body, dict)
    return body


def open_ws(live: LiveServer) -> connect:
    return connect(live.ws_url, subprotocols=[Subprotocol("graphql-transport-ws")], proxy=None, open_timeout=5,
                   max_size=2**24)


async def receive(conn: ClientConnection) -> dict[str, Any]:
    while True:
        message = json.loads(await asyncio.wait_for(conn.recv(), 30))
        assert isinstance(message, dict)
        if message.get("type") != "ping":
            return message
        await conn.send(json.dumps({"type": "pong"}))


async def ws_init(conn: ClientConnection, token: str) -> None:
    await conn.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
    assert await receive(conn) == {"type": "connection_ack"}


async def ws_execute(conn: ClientConnection, op_id: str, query: str,
                     variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """One operation as a `subscribe` message: the `next` payload (or `error` as errors), then `complete`."""
    await conn.send(json.dumps({"id": op_id, "type": "subscribe",
                                "payload": {"query": query, "variables": variables or {}}}))
    message = await receive(conn)
    assert message.get("id") == op_id, message
    if message["type"] == "error":
        return {"errors": message["payload"]}
    assert message["type"] == "next", message
    done = await receive(conn)
    assert done == {"id": op_id, "type": "complete"}, done
    payload = message["payload"]
    assert isinstance(payload, dict)
    return payload


async def close_code(conn: ClientConnection) -> int | None:
    with pytest.raises(ConnectionClosed) as closed:
        while True:
            await asyncio.wait_for(conn.recv(), 10)
    return closed.value.rcvd.code if closed.value.rcvd else None


def only_forbidden(body: dict[str, Any], where: str) -> None:
    """Errors are allowed only as access refusals (a field the viewer may not ask for)."""
    errors = body.get("errors") or []
    other = [error for error in errors if (error.get("extensions") or {}).get("code") != "FORBIDDEN"]
    assert not other, f"{where}: {other}"


class Run:
    """Runs one credential's queries over one transport and checks every answer."""

    def __init__(self, name: str, credential: Credential, session: AsyncSession, internal: set[str]) -> None:
        self.name, self.credential = name, credential
        self.checker = Checker(session, credential.viewer, internal)
        self.session = session

    async def root_lists(self, execute: Any, transport: str) -> int:
        seen = 0
        for field, query in ROOT_QUERIES.items():
            body = await execute(query, None)
            where = f"{self.name} over {transport}: {field}"
            only_forbidden(body, where)
            seen += await self.checker.check(body.get("data") or {}, where)
        return seen

    async def nodes_by_id(self, execute: Any, transport: str) -> None:
        """Every row of every Node type (up to 150 each) by global id: exactly the rows in scope resolve."""
        viewer = self.credential.viewer
        context = await self.checker.context()
        for type_name, (table, *_rest) in oracle.OWNERSHIP.items():
            ids = [row[0] for row in await self.session.execute(
                sa.text(f"SELECT id FROM {table} ORDER BY id LIMIT 150"))]
            if not ids:
                continue
            rows = await oracle.describe(self.session, type_name, ids)
            expected = {row_id for row_id in ids
                        if oracle.may_see(viewer, type_name, rows[row_id], row_id=row_id, **context)}
            query = node_query(GRAPHQL_SCHEMA, type_name)
            found: set[int] = set()
            for start in range(0, len(ids), NODE_IDS_PER_REQUEST):
                chunk = [str(GlobalID(type_name, str(row_id))) for row_id in ids[start:start + NODE_IDS_PER_REQUEST]]
                body = await execute(query, {"ids": chunk})
                where = f"{self.name} over {transport}: node({type_name})"
                assert not body.get("errors"), f"{where}: {body['errors']}"
                await self.checker.check(body["data"], where)
                found |= {int(GlobalID.from_id(node["id"]).node_id) for node in body["data"]["nodes"] if node}
            if type_name == "Team" and viewer.is_client:
                assert found <= expected
                continue
            assert found == expected, (f"{self.name} over {transport}: {type_name}: extra {found - expected}, "
                                       f"missing {expected - found}")


# ---------------------------------------------------------------------------------------------- tests


def test_generated_queries_fit_the_production_limits() -> None:
    # given the generated queries as the transports send them
    queries = {**ROOT_QUERIES, **{f"node({name})": node_query(GRAPHQL_SCHEMA, name) for name in oracle.OWNERSHIP}}

    # then each fits the production limit on tokens (depth and cost are checked by the server when they run)
    too_long = {name: tokens(query) for name, query in queries.items() if tokens(query) > MAX_TOKENS}
    assert not too_long
    # and every root field of the in-process test is covered
    assert {name.split(".")[0] for name in ROOT_QUERIES} == set(root_queries(GRAPHQL_SCHEMA))


@pytest.mark.parametrize("name", CREDENTIALS)
async def test_over_http_root_lists_show_only_what_the_credential_may_see(
    name: str, credentials: dict[str, Credential], live_server: LiveServer, http: httpx.AsyncClient,
    session: AsyncSession, internal: set[str],
) -> None:
    # given a real credential sent as `Authorization: Bearer` to the production app
    run = Run(name, credentials[name], session, internal)

    async def execute(query: str, variables: dict[str, Any] | None) -> dict[str, Any]:
        return await post(http, query, variables, bearer=credentials[name].token)

    # when it asks for every root list, edges and nodes alike
    seen = await run.root_lists(execute, "HTTP")

    # then nothing foreign, internal or (without finances) monetary came back, and it did see something
    assert seen > 0


@pytest.mark.parametrize("name", CREDENTIALS)
async def test_over_http_node_by_id_finds_exactly_the_rows_in_scope(
    name: str, credentials: dict[str, Credential], live_server: LiveServer, http: httpx.AsyncClient,
    session: AsyncSession, internal: set[str],
) -> None:
    # given a real credential sent as `Authorization: Bearer` to the production app
    run = Run(name, credentials[name], session, internal)

    async def execute(query: str, variables: dict[str, Any] | None) -> dict[str, Any]:
        return await post(http, query, variables, bearer=credentials[name].token)

    # when it asks for every row of every Node type by global id; then exactly the rows in scope resolve
    await run.nodes_by_id(execute, "HTTP")


async def test_over_http_the_session_cookie_works_the_same(
    credentials: dict[str, Credential], live_server: LiveServer, http: httpx.AsyncClient,
    session: AsyncSession, internal: set[str],
) -> None:
    # given a no-finance site contact's session sent as the browser sends it: the cookie
    run = Run("pm1-site (cookie)", credentials["pm1-site"], session, internal)

    async def execute(query: str, variables: dict[str, Any] | None) -> dict[str, Any]:
        return await post(http, query, variables, cookie=credentials["pm1-site"].token)

    me = await execute("{ me { username } }", None)

    # when they read every root list; then the same rules hold
    assert me.get("data", {}).get("me") == {"username": "pm1-site"}, me
    assert await run.root_lists(execute, "HTTP (cookie)") > 0


async def test_a_revoked_token_stops_working_at_once_over_http(
    credentials: dict[str, Credential], live_server: LiveServer, http: httpx.AsyncClient, live_demo: Sessions,
) -> None:
    # given a fresh API token that works
    office = credentials["office"].token
    pm1 = credentials["pm1"].viewer
    async with live_demo() as s, s.begin():
        row, token = await create_api_token(s, factories.office(), customer_id=pm1.customer_id or 0,
                                            name="soon revoked")
    probe = "{ viewer { authenticated apiToken } customers(first: 1) { totalCount } }"
    before = (await post(http, probe, bearer=token))["data"]
    assert before == {"viewer": {"authenticated": True, "apiToken": True}, "customers": {"totalCount": 1}}

    # when the office revokes it over HTTP
    revoked = await post(http, "mutation($id: ID!) { apiTokenRevoke(input: {id: $id}) { userErrors { code } } }",
                         {"id": str(GlobalID("ApiToken", str(row.id)))}, bearer=office)
    assert revoked["data"]["apiTokenRevoke"]["userErrors"] == [], revoked

    # then the very next request with it is anonymous (sees nothing), and a WebSocket refuses it
    after = (await post(http, probe, bearer=token))["data"]
    assert after == {"viewer": {"authenticated": False, "apiToken": False}, "customers": {"totalCount": 0}}
    async with open_ws(live_server) as conn:
        await conn.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
        assert await close_code(conn) == 4403
