"""userUpdate: a new e-mail signs the user out everywhere (whoever read the old mailbox must not stay in)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.authenticate import viewer_for_request
from auth.sessions import start_session
from auth.viewer import ANONYMOUS
from tests import factories
from tests.auth.helpers import (
    data,
    emailed_code,
    fresh_rate_limits,
    portal_user,
    sign_in,
    snapshot,
)
from tests.graphql import gid
from tests.smtp import SMTPServer, smtp_server_fixture

__all__ = ["fresh_rate_limits", "smtp_server_fixture"]

Sessions = async_sessionmaker[AsyncSession]
UPDATE = """
mutation ($input: UserUpdateInput!) {
  userUpdate(input: $input) { user { email name } userErrors { field code message } }
}"""


async def test_a_new_email_revokes_sessions_and_codes_and_codes_go_to_the_new_address(
        sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given a signed-in user with a pending code at the old address
    user = await portal_user(session, email="old@example.com")
    async with sessions() as s, s.begin():
        _, token = await start_session(s, user.id)  # type: ignore[arg-type]
    old_code = await emailed_code(sessions, smtp_server, user)
    # when the office changes the e-mail
    result = await data(sessions, UPDATE, {"input": {"userId": gid("User", user), "email": "new@example.com"}},
                        viewer=factories.office())
    # then the session is over, the old code is dead, and new codes go to the new address
    assert result["userUpdate"] == {"user": {"email": "new@example.com", "name": None}, "userErrors": []}
    async with sessions() as s, s.begin():
        assert await viewer_for_request(s, session_token=token, bearer_token=None) is ANONYMOUS
    assert (await sign_in(sessions, user.username, old_code))["token"] is None
    user.email = "new@example.com"
    fresh = await emailed_code(sessions, smtp_server, user)
    assert (await sign_in(sessions, user.username, fresh))["token"]


async def test_renaming_keeps_the_session(sessions: Sessions, session: AsyncSession) -> None:
    user = await portal_user(session)
    async with sessions() as s, s.begin():
        _, token = await start_session(s, user.id)  # type: ignore[arg-type]
    result = await data(sessions, UPDATE, {"input": {"userId": gid("User", user), "name": " Pat Lee "}},
                        viewer=factories.office())
    assert result["userUpdate"]["user"]["name"] == "Pat Lee"
    async with sessions() as s, s.begin():
        assert (await viewer_for_request(s, session_token=token, bearer_token=None)).user_id == user.id


async def test_an_invalid_email_is_refused_and_nothing_changes(sessions: Sessions, session: AsyncSession) -> None:
    user = await portal_user(session)
    before = await snapshot(sessions)
    result = await data(sessions, UPDATE, {"input": {"userId": gid("User", user), "email": "nope@"}},
                        viewer=factories.office())
    assert [(e["field"], e["code"]) for e in result["userUpdate"]["userErrors"]] == [(["input", "email"], "INVALID")]
    assert await snapshot(sessions) == before
