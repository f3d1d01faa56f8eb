"""Sign-in by e-mailed code: ask for a code with a username, sign in with the username and the code.

The rules (each has a test):
* a code is 6 digits from `secrets`, stored as HMAC-SHA256 keyed by the deployment's signing key and bound to
  the user id (a plain hash of 6 digits would fall to an offline brute force), compared in constant time;
* it expires after `CODE_TTL` (10 minutes), works once, and only the newest one works (asking for a new code
  supersedes the older ones); `MAX_CODE_ATTEMPTS` (5) wrong tries kill it;
* every wrong code counts in the user's `failed_sign_ins`; at `LOCK_AFTER_FAILED_SIGN_INS` (100) the account
  locks until the office unlocks it (`auth.users.user_unlock`); a right code resets the count;
* asking for a code answers the same whether the username exists, is disabled, locked or has no portal
  access, and does the same hashing work either way; only eligible users are mailed a code (a locked user
  is mailed a notice that the account is locked instead);
* codes are rate limited per username and per client address (`auth.rate_limits`), refused with a
  NOT_ALLOWED user error that says how long to wait: the limit counts unknown usernames the same way, so the
  refusal tells nothing about who exists. A PostgreSQL cap (`CODES_PER_USER`) backs the per-username limit
  silently, whatever storage the limiter has.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from adapters.mail import company_name, enqueue_mail, render_mail
from auth.rate_limits import (
    CODES_PER_ADDRESS,
    CODES_PER_USERNAME,
    SIGN_INS_PER_ADDRESS,
    Check,
    rate_limits,
    retry_minutes,
)
from auth.sessions import start_session
from models import Customer, LoginCode, User, UserSession
from models.base import utc_now
from models.deployment import deployment_of
from models.enums import Role
from models.problems import Problem, ProblemCode, UserInputError

__all__ = [
    "BAD_CODE_MESSAGE",
    "CODES_PER_USER",
    "CODE_TTL",
    "LOCK_AFTER_FAILED_SIGN_INS",
    "MAX_CODE_ATTEMPTS",
    "REQUESTED_MESSAGE",
    "SignInOutcome",
    "generate_code",
    "hash_code",
    "may_sign_in",
    "request_login_code",
    "revoke_pending_codes",
    "sign_in",
]

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=10)
MAX_CODE_ATTEMPTS = 5
LOCK_AFTER_FAILED_SIGN_INS = 100
CODES_PER_USER = (5, timedelta(minutes=15))
"""At most this many codes per user per window, counted in `login_code` (holds across processes)."""

REQUESTED_MESSAGE = (
    "If this username may sign in, a 6-digit code is on its way to its e-mail address. "
    f"It is valid for {int(CODE_TTL.total_seconds() // 60)} minutes, and only the newest code works."
)
"""The one answer to every accepted code request, whoever the username belongs to (or not)."""
BAD_CODE_MESSAGE = (
    "This code does not work: it may be mistyped, already used, replaced by a newer one or expired. "
    "Check the newest e-mail, or ask for a new code."
)
"""The one answer to every failed sign-in (unknown, disabled or locked users included)."""
CODE_FORMAT_MESSAGE = "Enter the 6 digits from the e-mail."

_SEPARATORS = re.compile(r"[\s-]+")


def generate_code() -> str:
    """Six random digits (leading zeros kept)."""
    return f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"


def hash_code(user_id: int, code: str, *, key: str) -> str:
    """HMAC-SHA256 of the code, keyed by the deployment's signing key and bound to the user (hex)."""
    return hmac.new(key.encode(), f"login-code:{user_id}:{code}".encode(), hashlib.sha256).hexdigest()


def _key(session: AsyncSession) -> str:
    return deployment_of(session).signing_key


def may_sign_in(user: User, portal_access: bool | None) -> bool:
    """Active, not locked, and for CUSTOMER users a customer with portal access."""
    if not user.active or user.locked_at is not None:
        return False
    return user.role is not Role.CUSTOMER or bool(portal_access)


def may_sign_in_condition() -> ColumnElement[bool]:
    """`may_sign_in` as SQL over `user` outer-joined to its `customer` (for statements that decide in the
    database, such as the session lookup's sliding expiry)."""
    return sa.and_(col(User.active).is_(True), col(User.locked_at).is_(None),
                   sa.or_(col(User.role) != Role.CUSTOMER, col(Customer.portal_access).is_(True)))


def _normalize_username(username: str) -> str:
    return username.strip()


def _normalize_code(code: str) -> str | None:
    digits = _SEPARATORS.sub("", code or "")
    return digits if len(digits) == CODE_DIGITS and digits.isascii() and digits.isdigit() else None


async def _find_user(session: AsyncSession, username: str, *, lock: bool) -> tuple[User, bool | None] | None:
    """The user by username (case-insensitive) and their customer's portal access, optionally locked."""
    statement = (
        sa.select(User, col(Customer.portal_access))
        .outerjoin(Customer, col(Customer.id) == col(User.customer_id))
        .where(col(User.username) == username)
    )
    if lock:
        statement = statement.with_for_update(of=User)
    row = (await session.execute(statement)).first()
    return None if row is None else (row[0], row[1])


async def revoke_pending_codes(session: AsyncSession, user_ids: int | sa.Select[Any], *,
                               now: datetime | None = None) -> int:
    """Kill every unused code of a user (or of the users a subquery selects); returns how many."""
    target = (col(LoginCode.user_id) == user_ids if isinstance(user_ids, int)
              else col(LoginCode.user_id).in_(user_ids))
    result = await session.execute(
        sa.update(LoginCode)
        .where(target, col(LoginCode.used_at).is_(None), col(LoginCode.superseded_at).is_(None))
        .values(superseded_at=now or utc_now())
    )
    return int(getattr(result, "rowcount", 0))


async def _recent_code_count(session: AsyncSession, user_id: int, now: datetime) -> int:
    limit_window = CODES_PER_USER[1]
    statement = sa.select(sa.func.count()).where(
        col(LoginCode.user_id) == user_id, col(LoginCode.created_at) > now - limit_window)
    return int((await session.execute(statement)).scalar_one())


async def _issue_code(session: AsyncSession, user: User, now: datetime) -> str:
    """Supersede the user's older codes and store a new one (hashed); returns the plain code."""
    assert user.id is not None
    await revoke_pending_codes(session, user.id, now=now)
    code = generate_code()
    session.add(LoginCode(user_id=user.id, code_hash=hash_code(user.id, code, key=_key(session)),
                          expires_at=now + CODE_TTL, created_at=now))
    await session.flush()
    return code


async def request_login_code(session: AsyncSession, username: str, *, client_address: str | None = None,
                             now: datetime | None = None) -> str:
    """Mail a sign-in code to `username`'s address if that user may sign in; returns `REQUESTED_MESSAGE`.

    The same message (and the same work: a code hashed, the same statements) whoever `username` is.
    Raises `UserInputError`: REQUIRED for a blank username, NOT_ALLOWED when over a rate limit. The mail is
    enqueued in `session`'s transaction: commit it.
    """
    now = now or utc_now()
    username = _normalize_username(username)
    if not username:
        raise UserInputError.one("username", ProblemCode.REQUIRED, "Enter your username.")
    wait = await rate_limits().hit(
        Check(CODES_PER_ADDRESS, "code-address", client_address or "unknown"),
        Check(CODES_PER_USERNAME, "code-username", username.casefold()),
    )
    if wait is not None:
        raise UserInputError.one(
            None, ProblemCode.NOT_ALLOWED,
            f"Too many codes requested; try again in {retry_minutes(wait)} minutes.")

    found = await _find_user(session, username, lock=True)
    if found is None or not may_sign_in(*found):
        # The same hashing, templates and reads as a real request, then nothing (the timing tells little).
        await _recent_code_count(session, 0, now)
        await revoke_pending_codes(session, 0, now=now)
        render_mail("login_code", "", code=generate_code(), valid_minutes=0, company_name=await company_name(session))
        hash_code(0, generate_code(), key=_key(session))
        if found is not None and found[0].active and found[0].locked_at is not None:
            await _mail_locked_notice(session, found[0])
        return REQUESTED_MESSAGE

    user = found[0]
    assert user.id is not None
    if await _recent_code_count(session, user.id, now) >= CODES_PER_USER[0]:
        hash_code(0, generate_code(), key=_key(session))
        return REQUESTED_MESSAGE  # over the cap that holds across processes: quietly nothing
    code = await _issue_code(session, user, now)
    mail = render_mail("login_code", f"Your sign-in code: {code}", code=code,
                       valid_minutes=int(CODE_TTL.total_seconds() // 60),
                       company_name=await company_name(session))
    enqueue_mail(session, user.email, mail.subject, mail.text, mail.html)
    return REQUESTED_MESSAGE


async def _mail_locked_notice(session: AsyncSession, user: User) -> None:
    name = await company_name(session)
    mail = render_mail("account_locked", f"Your {name} account is locked", username=user.username,
                       company_name=name)
    enqueue_mail(session, user.email, mail.subject, mail.text, mail.html)


async def _live_code(session: AsyncSession, user_id: int) -> LoginCode | None:
    """The user's newest code that is neither used nor superseded (expired or not), locked."""
    statement = (
        sa.select(LoginCode)
        .where(col(LoginCode.user_id) == user_id, col(LoginCode.used_at).is_(None),
               col(LoginCode.superseded_at).is_(None))
        .order_by(col(LoginCode.id).desc())
        .limit(1)
        .with_for_update()
    )
    return (await session.execute(statement)).scalar_one_or_none()


@dataclass(frozen=True, slots=True)
class SignInOutcome:
    """What `sign_in` did: a user, its new session and the session's token, or the problem to show.

    A failed outcome may still have written (attempt counters, a lock): commit either way.
    """

    user: User | None = None
    user_session: UserSession | None = None
    token: str | None = None
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _failed(field: str | None, code: ProblemCode, message: str) -> SignInOutcome:
    return SignInOutcome(problem=Problem(field=(field,) if field else None, code=code, message=message))


async def sign_in(session: AsyncSession, username: str, code: str, *, client_address: str | None = None,
                  user_agent: str | None = None, now: datetime | None = None) -> SignInOutcome:
    """Check `code` for `username` and start a session.

    Never raises for a wrong code: the outcome carries the problem, and the caller commits anyway so the
    counters stick (the wrong try on the code, the user's failed sign-ins, the lock at 100).
    """
    now = now or utc_now()
    username = _normalize_username(username)
    if not username:
        return _failed("username", ProblemCode.REQUIRED, "Enter your username.")
    typed = _normalize_code(code)
    if typed is None:
        return _failed("code", ProblemCode.INVALID, CODE_FORMAT_MESSAGE)
    wait = await rate_limits().hit(Check(SIGN_INS_PER_ADDRESS, "sign-in-address", client_address or "unknown"))
    if wait is not None:
        return _failed(None, ProblemCode.NOT_ALLOWED,
                       f"Too many sign-in attempts; try again in {retry_minutes(wait)} minutes.")

    found = await _find_user(session, username, lock=True)
    if found is None or not may_sign_in(*found):
        await _live_code(session, 0)  # the same reads and hashing as a real attempt, then the same answer
        hmac.compare_digest(hash_code(0, typed, key=_key(session)), hash_code(0, generate_code(), key=_key(session)))
        return _failed("code", ProblemCode.INVALID, BAD_CODE_MESSAGE)
    user = found[0]
    assert user.id is not None

    live = await _live_code(session, user.id)
    usable = live is not None and live.expires_at > now and live.attempts < MAX_CODE_ATTEMPTS
    expected = live.code_hash if live is not None else hash_code(0, generate_code(), key=_key(session))
    matches = hmac.compare_digest(expected, hash_code(user.id, typed, key=_key(session)))

    if usable and matches:
        assert live is not None
        live.used_at = now
        user.failed_sign_ins = 0
        user.last_sign_in_at = now
        row, token = await start_session(session, user.id, client_address=client_address,
                                         user_agent=user_agent, now=now)
        return SignInOutcome(user=user, user_session=row, token=token)

    if usable:
        assert live is not None
        live.attempts += 1
    user.failed_sign_ins += 1
    if user.failed_sign_ins >= LOCK_AFTER_FAILED_SIGN_INS and user.locked_at is None:
        user.locked_at = now
        await revoke_pending_codes(session, user.id, now=now)
    await session.flush()
    return _failed("code", ProblemCode.INVALID, BAD_CODE_MESSAGE)
