"""The whole sign-in over HTTP, wired as the app wires it: the code from the real mail, the cookie the response
sets (HttpOnly, SameSite=Lax), the cookie or Bearer token on later requests, and sign-out clearing it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from strawberry.asgi import GraphQL

from auth.authenticate import viewer_for_request
from auth.sessions import SESSION_COOKIE, set_session_cookie
from auth.viewer import ANONYMOUS
from schema.context import Context, build_context
from tests.auth.helpers import SCHEMA, portal_user
from tests.factories import DEPLOYMENT
from tests.smtp import SMTPServer

Sessions = async_sessionmaker[AsyncSession]


def _bearer(request: Request) -> str | None:
    scheme, _, token = (request.headers.get("authorization") or "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def _app(sessions: Sessions) -> Starlette:
    class App(GraphQL[Context, None]):
        async def get_context(self, request: Any, response: Any) -> Context:
            cookie, bearer = request.cookies.get(SESSION_COOKIE), _bearer(request)
            viewer = ANONYMOUS
            if cookie or bearer:
                async with sessions() as session, session.begin():
                    viewer = await viewer_for_request(session, session_token=cookie, bearer_token=bearer)
            return build_context(viewer, sessions, deployment=DEPLOYMENT, request=request, response=response)

    return Starlette(routes=[Route("/graphql", App(SCHEMA), methods=["POST"])])


@pytest.fixture
def app(sessions: Sessions) -> Starlette:
    return _app(sessions)


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("198.51.100.9", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://portal.test") as http:
        yield http


async def _post(http: httpx.AsyncClient, query: str, variables: dict[str, Any] | None = None,
                **options: Any) -> tuple[httpx.Response, dict[str, Any]]:
    response = await http.post("/graphql", json={"query": query, "variables": variables or {}}, **options)
    body = response.json()
    assert "errors" not in body, body
    return response, body["data"]


async def test_sign_in_sets_the_cookie_that_later_requests_use_and_sign_out_clears_it(
        sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer, app: Starlette,
        client: httpx.AsyncClient) -> None:
    # given a portal user who asked for a code (read from the real mail)
    user = await portal_user(session)
    await _post(client, 'mutation($u: String!) { requestLoginCode(input: {username: $u}) { message } }',
                {"u": user.username})
    await smtp_server.deliver(sessions)
    code = smtp_server.code_for(user.email)
    # when they sign in
    response, result = await _post(
        client, 'mutation($u: String!, $c: String!) { signIn(input: {username: $u, code: $c}) { token } }',
        {"u": user.username, "c": code})
    # then the response sets an HttpOnly, SameSite=Lax session cookie holding the same token
    token = result["signIn"]["token"]
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}={token};")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie and "Max-Age=" in cookie
    assert "Secure" not in cookie  # development; production adds it (next test)
    # and the cookie alone signs the next request in
    _, me = await _post(client, "{ me { username } viewer { authenticated role } }")
    assert me == {"me": {"username": user.username}, "viewer": {"authenticated": True, "role": "CUSTOMER"}}
    # and so does the token as a Bearer header, without the cookie
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://portal.test") as api_client:
        _, me_again = await _post(api_client, "{ me { username } }", headers={"Authorization": f"Bearer {token}"})
    assert me_again == {"me": {"username": user.username}}
    # when they sign out
    response, result = await _post(client, "mutation { signOut { signedOut } }")
    # then the session ended and the cookie is deleted
    assert result == {"signOut": {"signedOut": True}}
    assert response.headers["set-cookie"].startswith(f'{SESSION_COOKIE}="";') or "Max-Age=0" in response.headers[
        "set-cookie"]
    assert SESSION_COOKIE not in client.cookies
    _, me = await _post(client, "{ me { username } }", headers={"Cookie": f"{SESSION_COOKIE}={token}"})
    assert me == {"me": None}


async def test_the_client_address_comes_from_the_request(sessions: Sessions, client: httpx.AsyncClient) -> None:
    # given 20 code requests from this client's address
    for n in range(20):
        await _post(client, 'mutation($u: String!) { requestLoginCode(input: {username: $u}) { message } }',
                    {"u": f"user-{n}"})
    # then the 21st from it is refused
    _, result = await _post(
        client, 'mutation { requestLoginCode(input: {username: "another"}) { message userErrors { code } } }')
    assert result["requestLoginCode"] == {"message": None, "userErrors": [{"code": "NOT_ALLOWED"}]}


def test_the_cookie_is_secure_in_production() -> None:
    response = Response()
    assert set_session_cookie(response, "token-value", secure=True)
    assert "Secure" in response.headers["set-cookie"]
    assert set_session_cookie(None, "token-value", secure=True) is False  # WebSocket / no response: nothing to do
