"""The usual GraphQL scanners' attacks against the REAL app in its production configuration.

`tests/app/test_graphql_http.py` tests the endpoint's pieces on a toy schema; here the same attacks (and a
few more) hit `app.asgi.create_app(Settings(app_env="production"))` with the real schema, anonymously, as a
signed-in client and as signed-in staff (a session token as `Authorization: Bearer`, or the cookie), and
every one of them fails: alias overloading, batches, field duplication, directive overloading (many
directives, and graphql-cop's one directive repeated), circular introspection, introspection for non-staff,
GET queries and mutations, form and multipart POSTs (CSRF), the IDE page, tracing output, unhandled errors
that show internals, field suggestions, and two sign-ins in one request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from graphql import get_introspection_query
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette

import schema.query
from auth.sessions import SESSION_COOKIE, start_session
from models import LoginCode, OutboxMail, UserSession
from models.enums import Role
from tests.app.apps import client_of, real_app
from tests.auth.helpers import portal_user, staff_user

Sessions = async_sessionmaker[AsyncSession]
WHO = ["anonymous", "client", "staff"]


@pytest.fixture(scope="module")
async def app(migrated_database_url: str) -> AsyncIterator[Starlette]:
    """The real app, production settings (its lifespan is not needed for requests over ASGI)."""
    async with real_app(migrated_database_url, "production") as application:
        yield application


@pytest.fixture
async def http(app: Starlette, sessions: Sessions) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the module's app, whose GraphQL endpoint works through this test's `sessions`."""
    runtime = app.state.runtime
    own, runtime.sessions = runtime.sessions, sessions
    try:
        async with client_of(app, ("198.51.100.20", 41000)) as client:
            yield client
    finally:
        runtime.sessions = own


@pytest.fixture
async def tokens(session: AsyncSession) -> dict[str, str | None]:
    """A session token per kind of caller (None: anonymous)."""
    client = await portal_user(session, username="attacker-client")
    staff = await staff_user(session, Role.OFFICE, username="attacker-office")
    found: dict[str, str | None] = {"anonymous": None}
    for name, user in (("client", client), ("staff", staff)):
        assert user.id is not None
        _row, token = await start_session(session, user.id)
        found[name] = token
    await session.commit()
    return found


def headers(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


async def post(http: httpx.AsyncClient, token: str | None, query: str, **extra: Any) -> dict[str, Any]:
    response = await http.post("/graphql", json={"query": query, **extra}, headers=headers(token))
    assert response.status_code == 200, response.text
    body = response.json()
    assert isinstance(body, dict)
    return body


def refused(body: dict[str, Any], code: str) -> None:
    """Refused before execution: no data, and the expected error code."""
    assert body.get("data") is None, body
    codes = [(error.get("extensions") or {}).get("code") for error in body.get("errors", [])]
    assert code in codes, body


def assert_no_internals(text: str) -> None:
    for leak in ("Traceback", "File \"/", ".py\"", "sqlalchemy", "psycopg", "SELECT ", "RuntimeError",
                 "secret SQL", "stacktrace", "exception"):
        assert leak not in text, f"{leak!r} in {text[:500]}"


# ------------------------------------------------------------------------------------ document attacks


@pytest.mark.parametrize("who", WHO)
async def test_alias_overloading_is_refused(who: str, http: httpx.AsyncClient, tokens: dict[str, str | None]
                                            ) -> None:
    # given 120 aliases of one field
    query = "{ " + " ".join(f"a{i}: viewer {{ authenticated }}" for i in range(120)) + " }"
    # when it is sent; then it is refused before execution
    refused(await post(http, tokens[who], query), "TOO_MANY_ALIASES")


@pytest.mark.parametrize("who", WHO)
async def test_a_json_array_batch_of_ten_operations_is_refused(who: str, http: httpx.AsyncClient,
                                                               tokens: dict[str, str | None]) -> None:
    # given ten operations in one JSON array
    batch = [{"query": "{ viewer { authenticated } }"} for _ in range(10)]
    # when it is posted; then the whole request is refused
    response = await http.post("/graphql", json=batch, headers=headers(tokens[who]))
    assert response.status_code == 400 and "Batching is not enabled" in response.text


@pytest.mark.parametrize("who", WHO)
async def test_ten_operations_in_one_document_are_refused(who: str, http: httpx.AsyncClient,
                                                          tokens: dict[str, str | None]) -> None:
    query = " ".join(f"query Q{i} {{ viewer {{ authenticated }} }}" for i in range(10))
    refused(await post(http, tokens[who], query, operationName="Q0"), "TOO_MANY_OPERATIONS")


@pytest.mark.parametrize("who", WHO)
async def test_the_same_field_500_times_is_refused(who: str, http: httpx.AsyncClient,
                                                   tokens: dict[str, str | None]) -> None:
    query = "{ viewer { " + " ".join(["authenticated"] * 500) + " } }"
    refused(await post(http, tokens[who], query), "TOO_MANY_REPEATED_FIELDS")


@pytest.mark.parametrize("who", WHO)
async def test_one_directive_repeated_many_times_is_refused(who: str, http: httpx.AsyncClient,
                                                            tokens: dict[str, str | None]) -> None:
    query = "{ viewer { authenticated " + " ".join(["@include(if: true)"] * 100) + " } }"
    refused(await post(http, tokens[who], query), "TOO_MANY_DIRECTIVES")


@pytest.mark.parametrize("who", WHO)
async def test_directive_overloading_is_not_found_by_graphql_cop(who: str, http: httpx.AsyncClient,
                                                                 tokens: dict[str, str | None]) -> None:
    # given graphql-cop's "Directive Overloading" request: one unknown directive ten times on one field
    query = "query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }"
    body = await post(http, tokens[who], query, operationName="cop")
    # then it is refused with one error for the location, so graphql-cop's verdict (a finding when the
    # response carries exactly ten errors, one per directive) is negative
    assert len(body["errors"]) != 10, body  # graphql-cop's rule
    refused(body, "REPEATED_DIRECTIVE")
    assert len(body["errors"]) == 1, body


CIRCULAR = ("{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields "
            "{ name } } } } } } } } } } } }")


@pytest.mark.parametrize("who", WHO)
async def test_circular_introspection_is_refused(who: str, http: httpx.AsyncClient,
                                                 tokens: dict[str, str | None]) -> None:
    # given introspection that loops types → fields → type → fields …
    body = await post(http, tokens[who], CIRCULAR)
    # then it is refused before execution: for staff too (who may otherwise introspect), by its depth
    assert body.get("data") is None and body.get("errors"), body
    if who == "staff":
        assert {error["message"] for error in body["errors"]} == {"Maximum introspection depth exceeded"}
    else:
        refused(body, "INTROSPECTION_DISABLED")


async def test_introspection_is_for_staff_only(http: httpx.AsyncClient, tokens: dict[str, str | None]) -> None:
    # given the full introspection query a scanner sends
    query = get_introspection_query()
    # then anonymous callers and clients are refused, staff are answered
    for who in ("anonymous", "client"):
        refused(await post(http, tokens[who], query), "INTROSPECTION_DISABLED")
        refused(await post(http, tokens[who], "{ __type(name: \"Customer\") { name } }"), "INTROSPECTION_DISABLED")
    allowed = await post(http, tokens["staff"], query)
    assert "errors" not in allowed and allowed["data"]["__schema"]["queryType"]["name"] == "Query"


@pytest.mark.parametrize("who", WHO)
async def test_two_sign_in_aliases_are_refused(who: str, http: httpx.AsyncClient, tokens: dict[str, str | None],
                                               sessions: Sessions) -> None:
    # given a user, and a request guessing two codes at once
    query = ('mutation { a: signIn(input: {username: "attacker-client", code: "000000"}) { token } '
             'b: signIn(input: {username: "attacker-client", code: "111111"}) { token } }')
    # then it is refused before either runs
    refused(await post(http, tokens[who], query), "TOO_MANY_SIGN_IN_ATTEMPTS")
    mixed = ('mutation { a: requestLoginCode(input: {username: "attacker-client"}) { message } '
             'b: signIn(input: {username: "attacker-client", code: "111111"}) { token } }')
    refused(await post(http, tokens[who], mixed), "TOO_MANY_SIGN_IN_ATTEMPTS")
    async with sessions() as s:
        assert (await s.execute(sa.select(sa.func.count()).select_from(LoginCode))).scalar_one() == 0


@pytest.mark.parametrize("who", WHO)
async def test_no_field_suggestions(who: str, http: httpx.AsyncClient, tokens: dict[str, str | None]) -> None:
    # given misspelt fields and arguments
    for query, real_name in (("{ custmers { totalCount } }", "'customers'"),
                             ("{ customers(frist: 1) { totalCount } }", "'first'"),
                             ("{ viewer { authenticate } }", "'authenticated'")):
        body = await post(http, tokens[who], query)
        # then the error does not suggest the real name
        assert body.get("errors"), body
        assert "Did you mean" not in str(body) and real_name not in str(body), body


# -------------------------------------------------------------------------------------- HTTP attacks


@pytest.mark.parametrize("who", WHO)
async def test_get_queries_and_mutations_are_refused(who: str, http: httpx.AsyncClient,
                                                     tokens: dict[str, str | None], sessions: Sessions) -> None:
    # given a query and a mutation (which would send mail) sent over GET
    for query in ("{ viewer { authenticated } }",
                  'mutation { requestLoginCode(input: {username: "attacker-client"}) { message } }'):
        response = await http.get("/graphql", params={"query": query}, headers=headers(tokens[who]))
        # then both are refused, and nothing ran
        assert response.status_code == 405 and response.headers["allow"] == "POST"
    async with sessions() as s:
        for model in (LoginCode, OutboxMail):
            assert (await s.execute(sa.select(sa.func.count()).select_from(model))).scalar_one() == 0


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "text/plain",
                                          "multipart/form-data; boundary=x"])
async def test_form_posts_cannot_forge_a_mutation(content_type: str, http: httpx.AsyncClient,
                                                  tokens: dict[str, str | None], sessions: Sessions) -> None:
    # given a signed-in browser (the cookie) and another site's form that posts `signOut` with it
    cookie = {"Cookie": f"{SESSION_COOKIE}={tokens['client']}", "Content-Type": content_type,
              "Origin": "https://evil.example"}
    body = "query=" + "mutation { signOut(input: {everywhere: true}) { signedOut } }"
    if content_type.startswith("multipart"):
        body = ('--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n'
                '{"query": "mutation { signOut(input: {everywhere: true}) { signedOut } }"}\r\n'
                '--x\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--x--\r\n')
    # when it is posted
    response = await http.post("/graphql", content=body, headers=cookie)
    # then it is refused, and the session is still alive
    assert response.status_code in (400, 415), response.text
    async with sessions() as s:
        live = (await s.execute(sa.select(sa.func.count()).select_from(UserSession)
                                .where(UserSession.revoked_at.is_(None)))).scalar_one()  # type: ignore[union-attr]
    assert live == 2
    still = await http.post("/graphql", json={"query": "{ viewer { authenticated } }"},
                            headers={"Cookie": f"{SESSION_COOKIE}={tokens['client']}"})
    assert still.json()["data"] == {"viewer": {"authenticated": True}}


@pytest.mark.parametrize("who", WHO)
async def test_there_is_no_ide_page(who: str, http: httpx.AsyncClient, tokens: dict[str, str | None]) -> None:
    for path in ("/graphql", "/graphql/", "/graphiql", "/playground"):
        page = await http.get(path, headers={"Accept": "text/html", **headers(tokens[who])}, follow_redirects=True)
        assert page.status_code in (404, 405), (path, page.status_code)
        assert "graphiql" not in page.text.lower() and "playground" not in page.text.lower()


@pytest.mark.parametrize("who", WHO)
async def test_no_tracing_in_extensions(who: str, http: httpx.AsyncClient, tokens: dict[str, str | None]) -> None:
    # given an ordinary query (and one asking for tracing the Apollo way)
    for extra in ({}, {"extensions": {"tracing": True}}):
        body = await post(http, tokens[who], "{ viewer { authenticated } services { name } }", **extra)
        # then the only extension is the cost report
        assert set(body.get("extensions", {})) <= {"cost"}, body
        assert "tracing" not in str(body) and "startTime" not in str(body)


@pytest.mark.parametrize("who", WHO)
async def test_unhandled_errors_are_masked(who: str, http: httpx.AsyncClient, tokens: dict[str, str | None],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # given a resolver that fails with internals in its message
    def explode(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("secret SQL here: SELECT token_hash FROM user_session")

    monkeypatch.setattr(schema.query, "readable", explode)
    # when it is asked for
    response = await http.post("/graphql", json={"query": "{ services { name } }"}, headers=headers(tokens[who]))
    # then the client learns only that something went wrong
    assert response.status_code == 200
    body = response.json()
    assert [error["message"] for error in body["errors"]] == ["Unexpected error."]
    assert_no_internals(response.text)


@pytest.mark.parametrize("who", WHO)
async def test_limit_errors_show_no_internals(who: str, http: httpx.AsyncClient,
                                              tokens: dict[str, str | None]) -> None:
    # given a request over the cost budget and one too deep
    costly = ("{ customers(first: 100) { nodes { properties(first: 100) { nodes { jobs(first: 100) "
              "{ totalCount } } } } } }")
    deep = ("{ customers(first: 1) { nodes { " + "properties(first: 1) { nodes { customer { " * 6 + "id"
            + " } } }" * 6 + " } } }")
    for query, code in ((costly, "QUERY_TOO_COSTLY"), (deep, "QUERY_TOO_DEEP")):
        response = await http.post("/graphql", json={"query": query}, headers=headers(tokens[who]))
        # then each is refused with a plain message and nothing else
        refused(response.json(), code)
        assert_no_internals(response.text)
