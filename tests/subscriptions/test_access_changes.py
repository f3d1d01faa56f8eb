"""An open WebSocket follows its credentials: signed out, token revoked, user disabled or scope narrowed on
ANOTHER process, the socket is closed (4403) or its subscriptions stopped; and every operation started on a
socket re-checks the session first."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from websockets.exceptions import ConnectionClosed

from app.database import libpq_url
from auth.sessions import revoke_session
from auth.tokens import create_api_token
from auth.viewer import Viewer
from models import Customer, UserSession
from models.enums import Role
from tests.subscriptions.conftest import (
    JOB_EVENT_FIELDS,
    REDIS_URL,
    GraphQLWS,
    LiveServer,
    People,
    gid,
    graphql_http,
    ready,
    server_process,
)

pytestmark = pytest.mark.timeout(240)

ALL_MOVES = f"subscription {{ jobStatusChanged {{ {JOB_EVENT_FIELDS} }} }}"
SIGN_OUT = "mutation { signOut { signedOut userErrors { message } } }"
SET_ACTIVE = """
mutation($input: UserSetActiveInput!) { userSetActive(input: $input) { userErrors { code message } } }
"""
SET_SCOPE = """
mutation($input: UserSetScopeInput!) { userSetScope(input: $input) { userErrors { code message } } }
"""
REVOKE_TOKEN = """
mutation($input: ApiTokenRevokeInput!) { apiTokenRevoke(input: $input) { userErrors { code message } } }
"""
INTERNAL_NOTES = "{ customers { nodes { internalNotes } } }"
RENAME = """
mutation($input: CustomerUpdateInput!) { customerUpdate(input: $input) { userErrors { code } } }
"""


def _broadcast_url(backend: str, database_url: str) -> str:
    if backend == "redis":
        if not REDIS_URL:
            pytest.skip("REDIS_URL is not set: access changes are NOT tested across processes over Redis")
        return os.environ["REDIS_URL"]
    return libpq_url(database_url)


@asynccontextmanager
async def two_processes(live_server: LiveServer, database_url: str, backend: str = "postgres",
                        ) -> AsyncIterator[tuple[str, str]]:
    """Server A, where the sockets are (in the test's process), and server B, where access changes (a uvicorn
    subprocess): two processes sharing the database and the broadcast."""
    url = _broadcast_url(backend, database_url)
    async with live_server(broadcast_url=url) as a, server_process(database_url, url) as b:
        yield a, b


async def _still_open(ws: GraphQLWS) -> None:
    await ws.send({"type": "ping"})
    assert await ws.receive() == {"type": "pong"}


@pytest.mark.parametrize("backend", ["postgres", "redis"])
async def test_signing_out_on_another_process_closes_that_sessions_sockets_with_4403(
    live_server: LiveServer, people: People, migrated_database_url: str, backend: str,
) -> None:
    async with two_processes(live_server, migrated_database_url, backend) as (a, b), \
            GraphQLWS.open(a, people.client.token) as client, \
            GraphQLWS.open(a, people.other_client.token) as bystander:
        # given the client's socket on process A, listening to its jobs
        await client.subscribe(ALL_MOVES)
        await ready(client, 0.5)

        # when the client signs out through process B
        signed_out = await graphql_http(b, people.client.token, SIGN_OUT)
        assert signed_out["signOut"]["signedOut"] is True

        # then process A closes the client's socket with 4403, and nobody else's
        assert await client.close_code() == 4403
        await _still_open(bystander)


async def test_revoking_an_api_token_on_another_process_closes_its_sockets_with_4403(
    live_server: LiveServer, people: People, migrated_database_url: str,
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions() as session, session.begin():
        office = Viewer(user_id=people.office.user.id, role=Role.OFFICE)
        row, token = await create_api_token(session, office, customer_id=people.customer.id or 0, name="PM")
    async with two_processes(live_server, migrated_database_url) as (a, b), GraphQLWS.open(a, token) as integration:
        # given a property manager's software subscribed with its API token on process A
        await integration.subscribe(ALL_MOVES)
        await ready(integration, 0.5)

        # when the office revokes the token through process B
        revoked = await graphql_http(b, people.office.token, REVOKE_TOKEN, {"input": {"id": gid("ApiToken", row)}})
        assert revoked["apiTokenRevoke"]["userErrors"] == []

        # then the software's socket is closed with 4403
        assert await integration.close_code() == 4403


async def test_disabling_a_user_on_another_process_closes_their_sockets_with_4403(
    live_server: LiveServer, people: People, migrated_database_url: str,
) -> None:
    async with two_processes(live_server, migrated_database_url) as (a, b), \
            GraphQLWS.open(a, people.client.token) as client:
        # given the client's socket open on process A
        await client.subscribe(ALL_MOVES)
        await ready(client, 0.5)

        # when the office disables the client's user through process B
        disabled = await graphql_http(b, people.office.token, SET_ACTIVE,
                                      {"input": {"userId": gid("User", people.client.user), "active": False}})
        assert disabled["userSetActive"]["userErrors"] == []

        # then their socket is closed with 4403
        assert await client.close_code() == 4403


async def test_narrowing_a_clients_scope_on_another_process_stops_their_subscriptions(
    live_server: LiveServer, people: People, migrated_database_url: str,
) -> None:
    async with two_processes(live_server, migrated_database_url) as (a, b), \
            GraphQLWS.open(a, people.client.token) as client:
        # given the client (who sees money) subscribed on process A
        operation = await client.subscribe(ALL_MOVES)
        await ready(client, 0.5)

        # when the office takes finances away from them through process B
        narrowed = await graphql_http(b, people.office.token, SET_SCOPE, {
            "input": {"userId": gid("User", people.client.user), "finances": False, "propertyIds": []}})
        assert narrowed["userSetScope"]["userErrors"] == []

        # then the subscription ends with ACCESS_CHANGED, the socket stays open and answers as the new scope
        ended = await client.receive()
        assert (ended["type"], ended["id"]) == ("error", operation)
        assert ended["payload"][0]["extensions"]["code"] == "ACCESS_CHANGED"
        await _still_open(client)
        await client.subscribe(ALL_MOVES)
        await client.nothing_within(0.3)


async def test_an_operation_on_a_socket_whose_session_ended_is_refused_with_4403_and_changes_nothing(
    live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with live_server() as base, GraphQLWS.open(base, people.office.token) as office:
        # given the office's open socket, whose session is then revoked without any announcement
        async with sessions() as session, session.begin():
            user_session: Any = UserSession
            session_id = (await session.execute(
                sa.select(user_session.id).where(user_session.user_id == people.office.user.id))).scalar_one()
            assert await revoke_session(session, session_id)

        # when it sends a mutation over the socket
        await office.subscribe(RENAME, {"input": {"id": gid("Customer", people.customer),
                                                  "displayName": "Renamed over a dead session"}})

        # then the socket is closed with 4403 before anything runs
        assert await office.close_code() == 4403
    async with sessions() as session:
        customer = await session.get(Customer, people.customer.id)
        assert customer is not None and customer.display_name != "Renamed over a dead session"


async def test_a_query_on_a_socket_whose_session_ended_gets_no_data(
    live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with live_server() as base, GraphQLWS.open(base, people.office.token) as office:
        # given the office reading internal notes over its socket
        first = await office.subscribe(INTERNAL_NOTES)
        assert (await office.next_data())["customers"]["nodes"]
        assert await office.receive() == {"id": first, "type": "complete"}

        async with sessions() as session, session.begin():
            await session.execute(sa.update(UserSession).values(revoked_at=sa.func.now()))

        # when the office's sessions end (without an announcement) and it asks again over the same socket
        await office.subscribe(INTERNAL_NOTES)

        # then the socket closes with 4403 and no internal note is sent
        with pytest.raises(ConnectionClosed) as closed:
            await office.receive()
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403
