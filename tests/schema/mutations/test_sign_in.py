"""signIn: the e-mailed code starts a session (cookie for browsers, token for API clients)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.responses import Response

from auth.codes import BAD_CODE_MESSAGE
from auth.sessions import SESSION_COOKIE, hash_token
from models import LoginCode, User, UserSession
from tests.auth.helpers import emailed_code, fresh_rate_limits, portal_user, reload, sign_in, snapshot, wrong
from tests.smtp import SMTPServer, smtp_server_fixture

__all__ = ["fresh_rate_limits", "smtp_server_fixture"]

Sessions = async_sessionmaker[AsyncSession]


async def test_signs_in_with_the_emailed_code_and_sets_the_cookie(sessions: Sessions, session: AsyncSession,
                                                                  smtp_server: SMTPServer) -> None:
    # given a user with a code from the real mail
    user = await portal_user(session)
    code = await emailed_code(sessions, smtp_server, user)
    response = Response()
    # when they sign in
    payload = await sign_in(sessions, user.username, code, response=response, address="192.0.2.33")
    # then the payload has the user (their own e-mail visible), a token and its expiry
    assert payload["userErrors"] == []
    assert payload["user"]["username"] == user.username and payload["user"]["email"] == user.email
    assert payload["token"] and payload["expiresAt"]
    # and the response sets the HttpOnly cookie, and the session is stored hashed with the client's details
    assert response.headers["set-cookie"].startswith(f"{SESSION_COOKIE}={payload['token']};")
    assert "httponly" in response.headers["set-cookie"].lower()
    async with sessions() as s:
        row = (await s.execute(sa.select(UserSession))).scalar_one()
    assert row.token_hash == hash_token(payload["token"])
    assert (row.client_address, row.user_agent) == ("192.0.2.33", "pytest-browser/1.0")


async def test_a_wrong_code_is_refused_but_counted(sessions: Sessions, session: AsyncSession,
                                                   smtp_server: SMTPServer) -> None:
    # given a user with a code
    user = await portal_user(session)
    code = await emailed_code(sessions, smtp_server, user)
    response = Response()
    # when they type a wrong one
    payload = await sign_in(sessions, user.username, wrong(code), response=response)
    # then INVALID on code, no session and no cookie, but the wrong try is kept
    assert payload == {"token": None, "expiresAt": None, "user": None,
                       "userErrors": [{"field": ["input", "code"], "code": "INVALID", "message": BAD_CODE_MESSAGE}]}
    assert "set-cookie" not in response.headers
    assert (await reload(sessions, User, user.id)).failed_sign_ins == 1
    async with sessions() as s:
        assert (await s.execute(sa.select(LoginCode.attempts))).scalar_one() == 1  # type: ignore[call-overload]
        assert (await s.execute(sa.select(sa.func.count()).select_from(UserSession))).scalar_one() == 0


async def test_a_code_that_is_not_six_digits_is_refused_and_nothing_changes(
        sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer) -> None:
    user = await portal_user(session)
    await emailed_code(sessions, smtp_server, user)
    before = await snapshot(sessions)
    payload = await sign_in(sessions, user.username, "1234")
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(["input", "code"], "INVALID")]
    assert await snapshot(sessions) == before


async def test_a_blank_username_is_required(sessions: Sessions) -> None:
    before = await snapshot(sessions)
    payload = await sign_in(sessions, " ", "123456")
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(["input", "username"], "REQUIRED")]
    assert await snapshot(sessions) == before
