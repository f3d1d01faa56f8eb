"""userSetActive: disabling a user stops sign-ins and ends their sessions and codes at once."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.authenticate import viewer_for_request
from auth.sessions import start_session
from auth.viewer import ANONYMOUS
from models import LoginCode, User
from models.enums import Role
from tests import factories
from tests.auth.helpers import (
    data,
    emailed_code,
    fresh_rate_limits,
    portal_user,
    reload,
    run,
    sign_in,
    snapshot,
    staff_user,
    viewer_of,
)
from tests.graphql import gid
from tests.smtp import SMTPServer, smtp_server_fixture

__all__ = ["fresh_rate_limits", "smtp_server_fixture"]

Sessions = async_sessionmaker[AsyncSession]
SET_ACTIVE = """
mutation ($id: ID!, $active: Boolean!) {
  userSetActive(input: {userId: $id, active: $active}) {
    user { username active }
    userErrors { field code message }
  }
}"""


async def test_disabling_ends_sessions_and_codes_and_stops_sign_in(sessions: Sessions, session: AsyncSession,
                                                                  smtp_server: SMTPServer) -> None:
    # given a signed-in portal user who also has a pending code (read from the real mail)
    user = await portal_user(session)
    async with sessions() as s, s.begin():
        _, token = await start_session(s, user.id)  # type: ignore[arg-type]
    code = await emailed_code(sessions, smtp_server, user)
    # when the office disables them
    result = await data(sessions, SET_ACTIVE, {"id": gid("User", user), "active": False}, viewer=factories.office())
    # then they are inactive, their session no longer works and the pending code is dead
    assert result["userSetActive"] == {"user": {"username": user.username, "active": False}, "userErrors": []}
    async with sessions() as s, s.begin():
        assert await viewer_for_request(s, session_token=token, bearer_token=None) is ANONYMOUS
        assert (await s.execute(sa.select(LoginCode.superseded_at))).scalar_one() is not None  # type: ignore[call-overload]
    assert (await sign_in(sessions, user.username, code))["token"] is None
    # and enabling them again lets them sign in with a new code
    await data(sessions, SET_ACTIVE, {"id": gid("User", user), "active": True}, viewer=factories.office())
    fresh = await emailed_code(sessions, smtp_server, user)
    assert (await sign_in(sessions, user.username, fresh))["token"]


async def test_nobody_disables_themself(sessions: Sessions, session: AsyncSession) -> None:
    boss, _other = await staff_user(session, Role.OWNER), await staff_user(session, Role.OWNER)
    before = await snapshot(sessions)
    result = await data(sessions, SET_ACTIVE, {"id": gid("User", boss), "active": False}, viewer=viewer_of(boss))
    assert [(e["field"], e["code"]) for e in result["userSetActive"]["userErrors"]] == [
        (["input", "active"], "NOT_ALLOWED")]
    assert await snapshot(sessions) == before


async def test_an_unknown_user_is_not_found(sessions: Sessions) -> None:
    result = await data(sessions, SET_ACTIVE, {"id": "VXNlcjo5OTk=", "active": False}, viewer=factories.office())
    assert [(e["field"], e["code"]) for e in result["userSetActive"]["userErrors"]] == [
        (["input", "userId"], "NOT_FOUND")]


async def test_the_office_may_not_disable_staff_only_the_owner_may(sessions: Sessions,
                                                                   session: AsyncSession) -> None:
    colleague = await staff_user(session, Role.OFFICE)
    result = await run(sessions, SET_ACTIVE, {"id": gid("User", colleague), "active": False},
                       viewer=factories.office())
    assert result.errors and result.errors[0].extensions == {"code": "FORBIDDEN"}
    assert (await reload(sessions, User, colleague.id)).active is True
    await data(sessions, SET_ACTIVE, {"id": gid("User", colleague), "active": False}, viewer=factories.owner())
    assert (await reload(sessions, User, colleague.id)).active is False


async def test_clients_may_not_manage_users(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    user = await portal_user(session, customer)
    result = await run(sessions, SET_ACTIVE, {"id": gid("User", user), "active": False},
                       viewer=factories.client_of(customer))
    assert result.errors and result.errors[0].extensions == {"code": "FORBIDDEN"}
