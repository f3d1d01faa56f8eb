"""Over HTTP, a compiled read's JSON is spliced into the response as PostgreSQL wrote it, and the client reads the
same answer as from the executor (`COMPILED_READS=false`)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette

import app.compiled
from auth.sessions import start_session
from models.enums import Role
from tests import factories
from tests.app.apps import client_of, real_app
from tests.auth.helpers import staff_user
from tests.graphql import gid

QUERY = """query Page($id: ID!) { node(id: $id) { __typename id ... on Customer { displayName
  properties(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { name address { city } } } } } }"""


@pytest.fixture(scope="module")
async def apps(migrated_database_url: str) -> AsyncIterator[dict[bool, Starlette]]:
    async with (real_app(migrated_database_url, "production") as compiled,
                real_app(migrated_database_url, "production", compiled_reads=False) as executed):
        yield {True: compiled, False: executed}


async def post(application: Starlette, sessions: async_sessionmaker[AsyncSession], token: str,
               variables: dict[str, str]) -> httpx.Response:
    runtime = application.state.runtime
    own, runtime.sessions = runtime.sessions, sessions
    try:
        async with client_of(application, ("198.51.100.30", 41000)) as client:
            return await client.post("/graphql", json={"query": QUERY, "variables": variables},
                                     headers={"Authorization": f"Bearer {token}"})
    finally:
        runtime.sessions = own


async def test_a_compiled_read_answers_over_http_as_the_executor_does(
    apps: dict[bool, Starlette], sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
) -> None:
    # given an office user and a customer with three properties
    office = await staff_user(session, Role.OFFICE, username="compiled-office")
    assert office.id is not None
    _row, token = await start_session(session, office.id)
    owner = await factories.customer(session, display_name="Émile & Co \"quoted\"")
    for name in ("B", "A", "C"):
        await factories.property_(session, owner, name=name)
    await session.commit()
    variables = {"id": gid("Customer", owner)}

    # when the same page is asked of the app with and without compiled reads
    before = app.compiled.ANSWERED[0]
    compiled = await post(apps[True], sessions, token, variables)
    again = await post(apps[True], sessions, token, variables)  # the statement compiled once, kept
    answered = app.compiled.ANSWERED[0] - before
    executed = await post(apps[False], sessions, token, variables)

    # then the first was answered by one statement, spliced, and both read the same
    assert answered == 2
    assert again.content == compiled.content
    assert compiled.status_code == executed.status_code == 200
    assert compiled.headers["content-type"] == executed.headers["content-type"]
    assert compiled.json() == executed.json()
    assert list(compiled.json()["data"]["node"]) == ["__typename", "id", "displayName", "properties"]
    assert compiled.json()["data"]["node"]["properties"]["totalCount"] == 3
