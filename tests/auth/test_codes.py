"""Every sign-in rule, each with the code read from the mail the real SMTP server received."""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth import codes
from auth.codes import (
    BAD_CODE_MESSAGE,
    LOCK_AFTER_FAILED_SIGN_INS,
    MAX_CODE_ATTEMPTS,
    REQUESTED_MESSAGE,
    generate_code,
    hash_code,
)
from auth.rate_limits import configure_rate_limits
from models import LoginCode, OutboxMail, User, UserSession
from models.base import utc_now
from models.enums import Role
from tests import factories
from tests.auth.helpers import emailed_code, portal_user, reload, request_code, sign_in, staff_user, wrong
from tests.factories import DEPLOYMENT
from tests.smtp import SMTPServer

Sessions = async_sessionmaker[AsyncSession]


async def _codes_of(sessions: Sessions, user: User) -> list[LoginCode]:
    async with sessions() as session:
        rows = (await session.execute(
            sa.select(LoginCode).where(LoginCode.user_id == user.id).order_by(LoginCode.id)  # type: ignore[arg-type]
        )).scalars().all()
    return list(rows)


async def _outbox_count(sessions: Sessions) -> int:
    async with sessions() as session:
        return int((await session.execute(sa.select(sa.func.count()).select_from(OutboxMail))).scalar_one())


def test_codes_are_six_random_digits_with_leading_zeros_kept() -> None:
    # given / when many codes
    drawn = {generate_code() for _ in range(300)}
    # then all are 6 digits and they vary
    assert all(len(code) == 6 and code.isdigit() for code in drawn)
    assert len(drawn) > 250


def test_a_code_is_hashed_with_the_signing_key_and_bound_to_the_user() -> None:
    # given the same code for two users
    # then the stored hashes differ, and each is HMAC-SHA256 keyed by the signing key (not a plain hash)
    assert hash_code(1, "123456", key="k") != hash_code(2, "123456", key="k")
    assert hash_code(1, "123456", key="k") != hash_code(1, "123456", key="other")
    assert hash_code(1, "123456", key="k") == hmac.new(b"k", b"login-code:1:123456", hashlib.sha256).hexdigest()
    assert hash_code(1, "123456", key="k") != hashlib.sha256(b"123456").hexdigest()


async def test_the_emailed_code_signs_in_and_is_stored_only_hashed(sessions: Sessions, session: AsyncSession,
                                                                   smtp_server: SMTPServer) -> None:
    # given a portal user
    user = await portal_user(session)
    # when they ask for a code (read from the real mail) and sign in with it, username in another case
    code = await emailed_code(sessions, smtp_server, user)
    payload = await sign_in(sessions, user.username.upper(), code)
    # then they are signed in, and the table never held the code in clear
    assert payload["userErrors"] == []
    assert payload["token"] and payload["user"]["username"] == user.username
    [row] = await _codes_of(sessions, user)
    assert code not in row.code_hash and row.code_hash == hash_code(user.id, code, key=DEPLOYMENT.signing_key)  # type: ignore[arg-type]
    assert row.used_at is not None
    assert row.expires_at - row.created_at == timedelta(minutes=10)
    mail = smtp_server.last_to(user.email)
    assert mail["From"].addresses[0].addr_spec == "office@sparkle.example.com"
    assert code in (smtp_server.html_of(mail) or "")


async def test_spaces_and_dashes_in_a_typed_code_are_ignored(sessions: Sessions, session: AsyncSession,
                                                             smtp_server: SMTPServer) -> None:
    user = await portal_user(session)
    code = await emailed_code(sessions, smtp_server, user)
    payload = await sign_in(sessions, user.username, f" {code[:3]} - {code[3:]} ")
    assert payload["userErrors"] == [] and payload["token"]


async def test_an_expired_code_does_not_sign_in(sessions: Sessions, session: AsyncSession,
                                                smtp_server: SMTPServer) -> None:
    # given a code whose expiry has passed
    user = await portal_user(session)
    code = await emailed_code(sessions, smtp_server, user)
    async with sessions() as s, s.begin():
        await s.execute(sa.update(LoginCode).values(expires_at=utc_now() - timedelta(seconds=1)))
    # when they sign in with it
    payload = await sign_in(sessions, user.username, code)
    # then it is refused with the one neutral message, and no session exists
    assert payload["token"] is None
    assert payload["userErrors"] == [{"field": ["input", "code"], "code": "INVALID", "message": BAD_CODE_MESSAGE}]
    async with sessions() as s:
        assert (await s.execute(sa.select(sa.func.count()).select_from(UserSession))).scalar_one() == 0


async def test_a_code_expires_ten_minutes_after_it_was_sent(sessions: Sessions, session: AsyncSession,
                                                            smtp_server: SMTPServer) -> None:
    # given a code, and a clock 10 minutes and 1 second later
    user = await portal_user(session)
    code = await emailed_code(sessions, smtp_server, user)
    later = utc_now() + timedelta(minutes=10, seconds=1)
    # when signing in at that time
    async with sessions() as s, s.begin():
        outcome = await codes.sign_in(s, user.username, code, now=later)
    # then it is refused
    assert not outcome.ok and outcome.token is None


async def test_a_code_works_only_once(sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer) -> None:
    user = await portal_user(session)
    code = await emailed_code(sessions, smtp_server, user)
    assert (await sign_in(sessions, user.username, code))["token"]
    # when the same code is used again
    again = await sign_in(sessions, user.username, code)
    # then it is refused
    assert again["token"] is None and again["userErrors"][0]["code"] == "INVALID"


async def test_only_the_newest_code_works(sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given two codes asked for in a row
    user = await portal_user(session)
    first = await emailed_code(sessions, smtp_server, user)
    second = await emailed_code(sessions, smtp_server, user)
    # then the first no longer works (superseded), the second does
    older, newer = await _codes_of(sessions, user)
    assert older.superseded_at is not None and newer.superseded_at is None
    if first != second:
        assert (await sign_in(sessions, user.username, first))["token"] is None
    assert (await sign_in(sessions, user.username, second))["token"]


async def test_five_wrong_tries_kill_the_code(sessions: Sessions, session: AsyncSession,
                                              smtp_server: SMTPServer) -> None:
    # given a code
    user = await portal_user(session)
    code = await emailed_code(sessions, smtp_server, user)
    # when it is mistyped 5 times
    for _ in range(MAX_CODE_ATTEMPTS):
        assert (await sign_in(sessions, user.username, wrong(code)))["token"] is None
    # then even the right code no longer works
    assert (await sign_in(sessions, user.username, code))["token"] is None
    [row] = await _codes_of(sessions, user)
    assert row.attempts == MAX_CODE_ATTEMPTS and row.used_at is None
    # and a new code works again
    fresh = await emailed_code(sessions, smtp_server, user)
    assert (await sign_in(sessions, user.username, fresh))["token"]


async def test_four_wrong_tries_leave_the_code_usable_and_a_right_code_resets_the_count(
        sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer) -> None:
    user = await portal_user(session)
    code = await emailed_code(sessions, smtp_server, user)
    for _ in range(MAX_CODE_ATTEMPTS - 1):
        await sign_in(sessions, user.username, wrong(code))
    assert (await reload(sessions, User, user.id)).failed_sign_ins == MAX_CODE_ATTEMPTS - 1
    assert (await sign_in(sessions, user.username, code))["token"]
    after = await reload(sessions, User, user.id)
    assert after.failed_sign_ins == 0 and after.last_sign_in_at is not None


async def test_wrong_codes_count_and_the_hundredth_locks_the_account(sessions: Sessions, session: AsyncSession,
                                                                    smtp_server: SMTPServer) -> None:
    # given a user one failure short of the lock, with a live code
    user = await portal_user(session, failed_sign_ins=LOCK_AFTER_FAILED_SIGN_INS - 1)
    code = await emailed_code(sessions, smtp_server, user)
    # when one more wrong code is tried
    await sign_in(sessions, user.username, wrong(code))
    # then the account is locked and the pending code is dead: the right code no longer works
    locked = await reload(sessions, User, user.id)
    assert locked.failed_sign_ins == LOCK_AFTER_FAILED_SIGN_INS and locked.locked_at is not None
    assert (await sign_in(sessions, user.username, code))["token"] is None
    # and asking for a code mails a "locked" notice, never a code
    payload = await request_code(sessions, user.username)
    assert payload == {"message": REQUESTED_MESSAGE, "userErrors": []}
    await smtp_server.deliver(sessions)
    notice = smtp_server.text_of(smtp_server.last_to(user.email))
    assert "locked" in notice and not any(word.isdigit() and len(word) == 6 for word in notice.split())


async def test_failures_accumulate_across_codes_up_to_the_lock(sessions: Sessions, session: AsyncSession,
                                                               smtp_server: SMTPServer) -> None:
    # given a user (counted over many codes, as an attacker would: 5 wrong tries per code)
    user = await portal_user(session)
    now = utc_now()
    for round_ in range(LOCK_AFTER_FAILED_SIGN_INS // MAX_CODE_ATTEMPTS):
        at = now + timedelta(minutes=15 * round_)  # past the per-user code cap each round
        configure_rate_limits("memory://")  # and past the limiter's window
        async with sessions() as s, s.begin():
            await codes.request_login_code(s, user.username, client_address=f"198.51.100.{round_}", now=at)
        async with sessions() as s, s.begin():
            for _ in range(MAX_CODE_ATTEMPTS):
                outcome = await codes.sign_in(s, user.username, "000000", client_address=f"198.51.100.{round_}",
                                              now=at)
                assert not outcome.ok
    # then the hundredth failure locked the account
    locked = await reload(sessions, User, user.id)
    assert locked.failed_sign_ins == LOCK_AFTER_FAILED_SIGN_INS and locked.locked_at is not None


async def test_a_malformed_code_is_refused_without_counting(sessions: Sessions, session: AsyncSession,
                                                            smtp_server: SMTPServer) -> None:
    user = await portal_user(session)
    await emailed_code(sessions, smtp_server, user)
    payload = await sign_in(sessions, user.username, "12a45")
    assert payload["userErrors"] == [{"field": ["input", "code"], "code": "INVALID",
                                      "message": "Enter the 6 digits from the e-mail."}]
    assert (await reload(sessions, User, user.id)).failed_sign_ins == 0
    assert (await _codes_of(sessions, user))[0].attempts == 0


async def test_unknown_disabled_locked_and_portal_less_users_get_the_same_answer(
        sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given a real user and users who may not sign in
    real = await portal_user(session)
    disabled = await portal_user(session, active=False)
    locked = await portal_user(session, locked_at=utc_now())
    no_portal = await portal_user(session, await factories.customer(session, portal_access=False))
    # when each (and an unknown username) asks for a code
    answers = {name: await request_code(sessions, username) for name, username in [
        ("real", real.username), ("unknown", "nobody-here"), ("disabled", disabled.username),
        ("locked", locked.username), ("no_portal", no_portal.username)]}
    # then every answer is the same
    assert all(answer == {"message": REQUESTED_MESSAGE, "userErrors": []} for answer in answers.values())
    # and only the real user got a code (the locked one a notice without a code)
    await smtp_server.deliver(sessions)
    assert len(smtp_server.to(real.email)) == 1 and smtp_server.code_for(real.email)
    assert smtp_server.to(disabled.email) == [] and smtp_server.to(no_portal.email) == []
    assert "locked" in smtp_server.text_of(smtp_server.last_to(locked.email))
    assert len(await _codes_of(sessions, disabled)) == len(await _codes_of(sessions, locked)) == 0


async def test_sign_in_fails_the_same_way_for_unknown_disabled_and_locked_users(
        sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given a disabled user who had a code before being disabled, a locked user, and a wrong code for a real one
    disabled = await portal_user(session)
    code = await emailed_code(sessions, smtp_server, disabled)
    async with sessions() as s, s.begin():
        await s.execute(sa.update(User).where(User.id == disabled.id).values(active=False))  # type: ignore[arg-type]
    locked = await portal_user(session, locked_at=utc_now())
    real = await portal_user(session)
    real_code = await emailed_code(sessions, smtp_server, real)
    # when each signs in
    answers = [await sign_in(sessions, disabled.username, code),
               await sign_in(sessions, locked.username, "123456"),
               await sign_in(sessions, "nobody-here", "123456"),
               await sign_in(sessions, real.username, wrong(real_code))]
    # then the payloads are identical
    assert all(answer == answers[0] for answer in answers)
    assert answers[0]["userErrors"] == [{"field": ["input", "code"], "code": "INVALID", "message": BAD_CODE_MESSAGE}]


async def test_codes_per_username_are_rate_limited_known_or_not(sessions: Sessions, session: AsyncSession,
                                                                smtp_server: SMTPServer) -> None:
    # given a user who asked for 5 codes (from different addresses)
    user = await portal_user(session)
    for n in range(5):
        assert (await request_code(sessions, user.username, address=f"192.0.2.{n}"))["userErrors"] == []
    # when asking a sixth time, from yet another address
    refused = await request_code(sessions, user.username.upper(), address="192.0.2.99")
    # then it is refused with a wait time, and only 5 mails went out
    assert refused["message"] is None
    [error] = refused["userErrors"]
    assert error["code"] == "NOT_ALLOWED" and error["field"] is None
    assert error["message"].startswith("Too many codes requested; try again in ")
    assert error["message"].endswith(" minutes.")
    await smtp_server.deliver(sessions)
    assert len(smtp_server.to(user.email)) == 5
    # and an unknown username is limited exactly the same way (the refusal reveals nothing)
    for n in range(5):
        await request_code(sessions, "ghost", address=f"192.0.2.{n}")
    ghost = await request_code(sessions, "ghost", address="192.0.2.99")
    assert ghost["userErrors"][0]["code"] == "NOT_ALLOWED"
    assert ghost["userErrors"][0]["message"] == error["message"]


async def test_codes_per_client_address_are_rate_limited(sessions: Sessions, session: AsyncSession) -> None:
    # given one address that asked for 20 codes for different usernames
    for n in range(20):
        assert (await request_code(sessions, f"someone{n}", address="192.0.2.50"))["userErrors"] == []
    # when it asks once more
    refused = await request_code(sessions, "someone-else", address="192.0.2.50")
    # then it is refused, while another address may still ask
    assert refused["userErrors"][0]["code"] == "NOT_ALLOWED"
    assert "try again in 60 minutes" in refused["userErrors"][0]["message"]
    assert (await request_code(sessions, "someone-else", address="192.0.2.51"))["userErrors"] == []


async def test_the_database_caps_codes_per_user_whatever_the_limiter(sessions: Sessions, session: AsyncSession,
                                                                    smtp_server: SMTPServer) -> None:
    # given a limiter that forgets (as separate processes with memory storage would)
    user = await portal_user(session)
    for n in range(codes.CODES_PER_USER[0] + 2):
        configure_rate_limits("memory://")
        assert (await request_code(sessions, user.username, address=f"192.0.2.{n}"))["message"] == REQUESTED_MESSAGE
    # then only 5 codes were issued and mailed
    assert len(await _codes_of(sessions, user)) == codes.CODES_PER_USER[0]
    await smtp_server.deliver(sessions)
    assert len(smtp_server.to(user.email)) == codes.CODES_PER_USER[0]


async def test_sign_in_attempts_per_address_are_rate_limited(sessions: Sessions, session: AsyncSession) -> None:
    for _ in range(60):
        await sign_in(sessions, "nobody", "123456", address="192.0.2.77")
    refused = await sign_in(sessions, "nobody", "123456", address="192.0.2.77")
    assert refused["userErrors"][0]["code"] == "NOT_ALLOWED"
    assert refused["userErrors"][0]["message"].startswith("Too many sign-in attempts; try again in ")


async def test_a_blank_username_is_required(sessions: Sessions) -> None:
    payload = await request_code(sessions, "   ")
    assert payload == {"message": None, "userErrors": [
        {"field": ["input", "username"], "code": "REQUIRED", "message": "Enter your username."}]}
    assert await _outbox_count(sessions) == 0


async def test_staff_sign_in_with_a_code_too(sessions: Sessions, session: AsyncSession,
                                             smtp_server: SMTPServer) -> None:
    worker = await staff_user(session, Role.EMPLOYEE)
    code = await emailed_code(sessions, smtp_server, worker)
    payload = await sign_in(sessions, worker.username, code)
    assert payload["user"]["role"] == "EMPLOYEE" and payload["user"]["email"] == worker.email


async def test_a_rolled_back_request_sends_nothing(sessions: Sessions, session: AsyncSession,
                                                   smtp_server: SMTPServer) -> None:
    # given a code request whose transaction is rolled back
    user = await portal_user(session)
    async with sessions() as s:
        await codes.request_login_code(s, user.username)
        await s.rollback()
    # then no code exists and no mail goes out
    assert await _codes_of(sessions, user) == []
    assert await smtp_server.deliver(sessions) == 0
