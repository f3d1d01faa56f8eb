"""requestLoginCode: a code by e-mail, the same answer for everyone, limited per username and address."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.codes import REQUESTED_MESSAGE
from models.base import utc_now
from tests import factories
from tests.auth.helpers import fresh_rate_limits, portal_user, request_code, snapshot, staff_user
from tests.smtp import SMTPServer, smtp_server_fixture

__all__ = ["fresh_rate_limits", "smtp_server_fixture"]

Sessions = async_sessionmaker[AsyncSession]


async def test_mails_a_six_digit_code_to_the_users_address(sessions: Sessions, session: AsyncSession,
                                                           smtp_server: SMTPServer) -> None:
    # given a portal user
    user = await portal_user(session)
    # when they ask for a code
    payload = await request_code(sessions, user.username)
    # then the neutral answer comes back and the real SMTP server receives one mail with a 6-digit code
    assert payload == {"message": REQUESTED_MESSAGE, "userErrors": []}
    await smtp_server.deliver(sessions)
    [mail] = smtp_server.to(user.email)
    assert mail["Subject"].startswith("Your sign-in code")
    assert len(smtp_server.code_for(user.email)) == 6


async def test_answers_identically_for_unknown_disabled_and_locked_usernames(
        sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given a real user, a disabled one, a locked one and a staff user
    real = await portal_user(session)
    disabled = await staff_user(session, active=False)
    locked = await portal_user(session, locked_at=utc_now())
    no_portal = await portal_user(session, await factories.customer(session, portal_access=False))
    # when each, and an unknown username, ask for a code
    payloads = [await request_code(sessions, name) for name in
                (real.username, "no-such-user", disabled.username, locked.username, no_portal.username)]
    # then the payloads are identical
    assert all(payload == payloads[0] for payload in payloads)
    # and only the real user was sent a code
    await smtp_server.deliver(sessions)
    assert len(smtp_server.to(real.email)) == 1
    assert smtp_server.to(disabled.email) == [] and smtp_server.to(no_portal.email) == []


async def test_a_blank_username_is_refused_and_nothing_is_written(sessions: Sessions) -> None:
    # given the tables as they are
    before = await snapshot(sessions)
    # when the username is blank
    payload = await request_code(sessions, "  ")
    # then REQUIRED on username, and nothing changed
    assert payload["message"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(["input", "username"], "REQUIRED")]
    assert await snapshot(sessions) == before


async def test_the_sixth_code_in_15_minutes_for_a_username_is_refused(sessions: Sessions, session: AsyncSession,
                                                                      smtp_server: SMTPServer) -> None:
    # given 5 codes sent to one username
    user = await portal_user(session)
    for n in range(5):
        await request_code(sessions, user.username, address=f"192.0.2.{n}")
    before = await snapshot(sessions)
    # when a sixth is asked for
    payload = await request_code(sessions, user.username, address="192.0.2.200")
    # then NOT_ALLOWED says how long to wait, and nothing was written
    [error] = payload["userErrors"]
    assert error["code"] == "NOT_ALLOWED" and error["field"] is None
    assert error["message"].startswith("Too many codes requested; try again in ")
    assert await snapshot(sessions) == before


async def test_the_21st_code_in_an_hour_from_one_address_is_refused(sessions: Sessions) -> None:
    # given 20 requests from one address
    for n in range(20):
        await request_code(sessions, f"name{n}", address="192.0.2.9")
    # when it asks again
    payload = await request_code(sessions, "name-x", address="192.0.2.9")
    # then it is refused
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(None, "NOT_ALLOWED")]
