"""signOut: ends the current session (or all of them) and clears the cookie."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.responses import Response

from auth.authenticate import viewer_for_request
from auth.sessions import SESSION_COOKIE, start_session
from auth.tokens import create_api_token
from auth.viewer import ANONYMOUS, Viewer
from models import ApiToken, UserSession
from tests import factories
from tests.auth.helpers import data, fresh_rate_limits, portal_user, reload

__all__ = ["fresh_rate_limits"]

Sessions = async_sessionmaker[AsyncSession]
SIGN_OUT = """
mutation ($everywhere: Boolean!) { signOut(input: {everywhere: $everywhere}) { signedOut userErrors { code } } }"""


async def _signed_in(sessions: Sessions, user_id: int) -> tuple[int, Viewer]:
    async with sessions() as session, session.begin():
        row, token = await start_session(session, user_id)
    async with sessions() as session, session.begin():
        viewer = await viewer_for_request(session, session_token=token, bearer_token=None)
    assert row.id is not None and viewer.session_id == row.id
    return row.id, viewer


async def test_ends_the_current_session_and_clears_the_cookie(sessions: Sessions, session: AsyncSession) -> None:
    # given a user signed in twice (two browsers)
    user = await portal_user(session)
    current, viewer = await _signed_in(sessions, user.id)  # type: ignore[arg-type]
    other, _ = await _signed_in(sessions, user.id)  # type: ignore[arg-type]
    response = Response()
    # when they sign out in one
    result = await data(sessions, SIGN_OUT, {"everywhere": False}, viewer=viewer, response=response)
    # then that session ended, the other did not, and the cookie is deleted
    assert result == {"signOut": {"signedOut": True, "userErrors": []}}
    assert (await reload(sessions, UserSession, current)).revoked_at is not None
    assert (await reload(sessions, UserSession, other)).revoked_at is None
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f'{SESSION_COOKIE}="";') and "Max-Age=0" in cookie


async def test_everywhere_ends_every_session_of_the_user(sessions: Sessions, session: AsyncSession) -> None:
    user = await portal_user(session)
    first, viewer = await _signed_in(sessions, user.id)  # type: ignore[arg-type]
    second, _ = await _signed_in(sessions, user.id)  # type: ignore[arg-type]
    result = await data(sessions, SIGN_OUT, {"everywhere": True}, viewer=viewer)
    assert result["signOut"]["signedOut"] is True
    assert all([(await reload(sessions, UserSession, sid)).revoked_at is not None for sid in (first, second)])


async def test_signing_out_without_a_session_is_harmless(sessions: Sessions) -> None:
    response = Response()
    result = await data(sessions, "mutation { signOut { signedOut } }", viewer=ANONYMOUS, response=response)
    assert result == {"signOut": {"signedOut": False}}
    assert "set-cookie" in response.headers  # a stale cookie is cleared anyway


async def test_an_api_token_is_not_revoked_by_sign_out(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    await session.commit()
    async with sessions() as s, s.begin():
        row, token = await create_api_token(s, factories.office(), customer_id=customer.id, name="PM")  # type: ignore[arg-type]
    async with sessions() as s, s.begin():
        viewer = await viewer_for_request(s, session_token=None, bearer_token=token)
    result = await data(sessions, SIGN_OUT, {"everywhere": True}, viewer=viewer)
    assert result["signOut"]["signedOut"] is False
    assert (await reload(sessions, ApiToken, row.id)).revoked_at is None
