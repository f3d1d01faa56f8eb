"""userUnlock: after 100 wrong codes an account stays locked until the office unlocks it."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.codes import LOCK_AFTER_FAILED_SIGN_INS
from models import User
from models.base import utc_now
from models.enums import Role
from tests import factories
from tests.auth.helpers import (
    data,
    emailed_code,
    fresh_rate_limits,
    portal_user,
    reload,
    request_code,
    run,
    sign_in,
    staff_user,
    wrong,
)
from tests.graphql import gid
from tests.smtp import SMTPServer, smtp_server_fixture

__all__ = ["fresh_rate_limits", "smtp_server_fixture"]

Sessions = async_sessionmaker[AsyncSession]
UNLOCK = """
mutation ($id: ID!) {
  userUnlock(input: {userId: $id}) { user { locked failedSignIns lockedAt } userErrors { field code } }
}"""


async def test_a_locked_account_signs_in_again_after_the_office_unlocks_it(
        sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given a user whose hundredth wrong code locked the account
    user = await portal_user(session, failed_sign_ins=LOCK_AFTER_FAILED_SIGN_INS - 1)
    code = await emailed_code(sessions, smtp_server, user)
    await sign_in(sessions, user.username, wrong(code))
    assert (await reload(sessions, User, user.id)).locked_at is not None
    # and no code is sent while it is locked
    await request_code(sessions, user.username)
    await smtp_server.deliver(sessions)
    assert "locked" in smtp_server.text_of(smtp_server.last_to(user.email))
    # when the office unlocks it
    result = await data(sessions, UNLOCK, {"id": gid("User", user)}, viewer=factories.office())
    # then the lock and the count are gone, and a new code signs in
    assert result["userUnlock"] == {"user": {"locked": False, "failedSignIns": 0, "lockedAt": None},
                                    "userErrors": []}
    fresh = await emailed_code(sessions, smtp_server, user)
    assert (await sign_in(sessions, user.username, fresh))["token"]


async def test_unlocking_staff_is_for_the_owner(sessions: Sessions, session: AsyncSession) -> None:
    colleague = await staff_user(session, Role.OFFICE, locked_at=utc_now())
    denied = await run(sessions, UNLOCK, {"id": gid("User", colleague)}, viewer=factories.office())
    assert denied.errors and denied.errors[0].extensions == {"code": "FORBIDDEN"}
    result = await data(sessions, UNLOCK, {"id": gid("User", colleague)}, viewer=factories.owner())
    assert result["userUnlock"]["user"]["locked"] is False


async def test_an_id_of_another_type_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    await session.commit()
    result = await data(sessions, UNLOCK, {"id": gid("Customer", customer)}, viewer=factories.office())
    assert result["userUnlock"]["userErrors"] == [{"field": ["input", "userId"], "code": "NOT_FOUND"}]
