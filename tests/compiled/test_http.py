"""Over HTTP, a compiled read's JSON is spliced into the response as PostgreSQL wrote it, and the client reads the
same answer as from the executor (`COMPILED_READS=false`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette

import app.compiled
from tests.app.apps import client_of, real_app
from tests.compiled.conftest import OfficePage


@pytest.fixture(scope="module")
async def apps(migrated_database_url: str) -> AsyncIterator[dict[bool, Starlette]]:
    async with (real_app(migrated_database_url, "production") as compiled,
                real_app(migrated_database_url, "production", compiled_reads=False) as executed):
        yield {True: compiled, False: executed}


async def post(application: Starlette, sessions: async_sessionmaker[AsyncSession], token: str,
               body: dict[str, Any]) -> httpx.Response:
    runtime = application.state.runtime
    own, runtime.sessions = runtime.sessions, sessions
    try:
        async with client_of(application, ("198.51.100.30", 41000)) as client:
            return await client.post("/graphql", json=body, headers={"Authorization": f"Bearer {token}"})
    finally:
        runtime.sessions = own


async def test_a_compiled_read_answers_over_http_as_the_executor_does(
    apps: dict[bool, Starlette], sessions: async_sessionmaker[AsyncSession], office_page: OfficePage,
) -> None:
    # given an office user and a customer with three properties (`office_page`)
    token, body = office_page.token, office_page.body

    # when the same page is asked of the app with and without compiled reads
    before = app.compiled.ANSWERED[0]
    compiled = await post(apps[True], sessions, token, body)
    again = await post(apps[True], sessions, token, body)  # the statement compiled once, kept
    answered = app.compiled.ANSWERED[0] - before
    executed = await post(apps[False], sessions, token, body)

    # then the first was answered by one statement, spliced, and both read the same
    assert answered == 2
    assert again.content == compiled.content
    assert compiled.status_code == executed.status_code == 200
    assert compiled.headers["content-type"] == executed.headers["content-type"]
    assert compiled.json() == executed.json()
    assert list(compiled.json()["data"]["node"]) == ["__typename", "id", "displayName", "properties"]
    assert compiled.json()["data"]["node"]["properties"]["totalCount"] == 3
