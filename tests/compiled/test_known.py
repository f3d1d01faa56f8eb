"""Known answers (`app.compiled.known`): a POST the full path answered with a compiled statement is answered again,
for the same credential and bytes, without strawberry and with the viewer read in the same round trip — with the
same bytes and headers as the full path, and the viewer decided again on every request."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.applications import Starlette

from auth.sessions import revoke_session
from auth.tokens import create_api_token
from models import ApiTokenProperty
from models.enums import Role
from tests import factories
from tests.app.apps import client_of, real_app
from tests.auth.helpers import staff_user, viewer_of
from tests.compiled.conftest import OfficePage

pytestmark = pytest.mark.committed  # the app's own engines (the autocommit one included) read the arranged rows

NOT_COMPILED = """query Me { viewer { __typename } }"""


@pytest.fixture
async def app(migrated_database_url: str) -> AsyncIterator[Starlette]:
    async with real_app(migrated_database_url, "production") as application:
        try:
            yield application
        finally:
            await application.state.runtime.autocommit.dispose()


def hits(application: Starlette) -> int:
    return int(application.state.graphql.known_answers.hits)


async def post(application: Starlette, body: bytes | dict[str, Any], *, token: str | None = None,
               content_type: str = "application/json") -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"Content-Type": content_type, "X-Request-ID": "known-test"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    async with client_of(application, ("198.51.100.31", 41000)) as client:
        return await client.post("/graphql", content=content, headers=headers)


def headers_that_matter(response: httpx.Response) -> dict[str, str]:
    return {name: value for name, value in response.headers.items() if name != "date"}


async def test_a_request_answered_by_a_compiled_statement_is_answered_again_with_the_same_bytes_and_headers(
    app: Starlette, office_page: OfficePage,
) -> None:
    # given an office session and a page that compiles
    token, body = office_page.token, office_page.body

    # when the same request is sent three times
    first = await post(app, body, token=token)
    before = hits(app)
    second = await post(app, body, token=token)
    third = await post(app, body, token=token)

    # then the first went the full way, the next two were known answers, byte for byte the same, same headers
    assert before == 0
    assert hits(app) == 2
    assert first.status_code == second.status_code == third.status_code == 200
    assert second.content == first.content == third.content
    assert headers_that_matter(second) == headers_that_matter(first)
    assert set(headers_that_matter(first)) == {"content-type", "content-length", "x-request-id"}
    assert first.json()["data"]["node"]["properties"]["totalCount"] == 3
    assert "cost" in first.json()["extensions"]


async def test_a_revoked_session_is_refused_on_the_very_next_request(
    app: Starlette, session: AsyncSession, office_page: OfficePage,
) -> None:
    # given a page the app answers as a known answer for an office session
    session_id, token, body = office_page.session_id, office_page.token, office_page.body
    await post(app, body, token=token)
    known = await post(app, body, token=token)
    assert hits(app) == 1 and known.json()["data"]["node"] is not None

    # when the session is revoked and the same request comes again
    assert await revoke_session(session, session_id)
    await session.commit()
    after = await post(app, body, token=token)
    anonymous = await post(app, body)

    # then it is answered as the anonymous request is (the full way), not from what was remembered
    assert hits(app) == 1
    assert after.status_code == anonymous.status_code
    assert after.json()["data"] == anonymous.json()["data"]
    assert after.json()["data"] != known.json()["data"]


async def test_requests_that_do_not_qualify_go_the_full_way(app: Starlette, office_page: OfficePage) -> None:
    # given an office session and a page that compiles, answered once
    token, body = office_page.token, office_page.body
    first = await post(app, body, token=token)

    # when requests that are not the same bytes, not compiled, or not plain JSON come, twice each
    spaced = json.dumps(body, indent=1).encode()
    padded = json.dumps(body).encode() + b" " * 20_000  # too long to be remembered
    other_type = "application/json; charset=utf-8"
    for _ in range(2):
        executed = await post(app, {"query": NOT_COMPILED}, token=token)
        invalid = await post(app, {"query": "query { nope }"}, token=token)
        long = await post(app, padded, token=token)
        assert long.content == first.content
    spaced_once = await post(app, spaced, token=token)
    typed_once = await post(app, body, token=token, content_type=other_type)
    before = hits(app)
    spaced_again = await post(app, spaced, token=token)
    typed_again = await post(app, body, token=token, content_type=other_type)

    # then what the executor answered, and errors, were never remembered; other bytes or headers are new requests
    # (answered the full way first, then known), with the same answer
    assert before == 0
    assert hits(app) == 2
    assert executed.status_code == 200 and executed.json()["data"] == {"viewer": {"__typename": "Viewer"}}
    assert invalid.json()["errors"]
    for response in (spaced_once, typed_once, spaced_again, typed_again):
        assert response.content == first.content


async def test_a_token_narrowed_to_fewer_properties_is_answered_for_its_new_scope(
    app: Starlette, session: AsyncSession,
) -> None:
    # given an API token of a customer with three properties, and its properties page answered as a known answer
    office = await staff_user(session, Role.OFFICE, username="known-office-token")
    owner = await factories.customer(session, display_name="Narrowed Ltd")
    places = [await factories.property_(session, owner, name=name) for name in ("A", "B", "C")]
    assert owner.id is not None
    row, token = await create_api_token(session, viewer_of(office), customer_id=owner.id, name="PM software")
    await session.commit()
    body = {"query": "query Mine { properties(first: 10) { totalCount nodes { name } } }"}
    await post(app, body, token=token)
    wide = await post(app, body, token=token)
    assert hits(app) == 1 and wide.json()["data"]["properties"]["totalCount"] == 3

    # when the token is narrowed to one property (no revocation) and the same request comes again
    assert row.id is not None and places[1].id is not None
    session.add(ApiTokenProperty(api_token_id=row.id, property_id=places[1].id))
    await session.commit()
    narrowed = await post(app, body, token=token)

    # then the remembered answer (compiled for the wider viewer) is not used: the full path answers for the new scope
    assert hits(app) == 1
    assert narrowed.json()["data"]["properties"] == {"totalCount": 1, "nodes": [{"name": "B"}]}
