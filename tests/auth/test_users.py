"""The user rules as plain functions: creation checks, revocation at once, who manages whom, listing."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth import users as auth_users
from auth.authenticate import viewer_for_request
from auth.codes import request_login_code
from auth.sessions import start_session
from auth.viewer import ANONYMOUS
from models import Activity, LoginCode, User, UserSession
from models.enums import Role
from models.problems import Forbidden, UserInputError
from resolvers import users
from resolvers.loaders import Loaders
from resolvers.users import create_user
from tests import factories
from tests.auth.helpers import portal_user, reload, snapshot, staff_user, viewer_of

Sessions = async_sessionmaker[AsyncSession]


async def _problem(sessions: Sessions, **fields: object) -> tuple[tuple[str, ...] | None, str, str]:
    before = await snapshot(sessions)
    with pytest.raises(UserInputError) as raised:
        async with sessions() as session, session.begin():
            await create_user(session, **fields)  # type: ignore[arg-type]
    assert await snapshot(sessions) == before
    [problem] = raised.value.problems
    return problem.field, problem.code, problem.message


async def test_create_user_makes_a_staff_user_with_a_lower_case_email_and_records_it(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        user = await create_user(session, role=Role.OWNER, username=" Boss.Lady ", email="Boss@Example.COM")
    stored = await reload(sessions, User, user.id)
    assert (stored.username, stored.email, stored.role, stored.active) == ("Boss.Lady", "boss@example.com",
                                                                           Role.OWNER, True)
    async with sessions() as session:
        [activity] = (await session.execute(sa.select(Activity))).scalars().all()
    assert (activity.verb, activity.subject_type, activity.subject_id) == ("user.created", "User", user.id)


@pytest.mark.parametrize(("username", "code"), [("ab", "INVALID"), ("a" * 41, "INVALID"), ("has space", "INVALID"),
                                                ("émile", "INVALID"), ("", "REQUIRED"), ("a@b", "INVALID")])
async def test_usernames_are_3_to_40_plain_characters(sessions: Sessions, username: str, code: str) -> None:
    field, got, _message = await _problem(sessions, role=Role.OFFICE, username=username, email="a@example.com")
    assert (field, got) == (("username",), code)


async def test_usernames_are_unique_ignoring_case(sessions: Sessions, session: AsyncSession) -> None:
    await staff_user(session, username="Alice")
    field, code, message = await _problem(sessions, role=Role.OFFICE, username="aLICE", email="a@example.com")
    assert (field, code) == (("username",), "CONFLICT") and "taken" in message


async def test_emails_are_validated(sessions: Sessions) -> None:
    field, code, _ = await _problem(sessions, role=Role.OFFICE, username="alice", email="not an address")
    assert (field, code) == (("email",), "INVALID")


async def test_customer_users_need_an_existing_customer(sessions: Sessions) -> None:
    assert (await _problem(sessions, role=Role.CUSTOMER, username="pm1", email="a@example.com"))[:2] == (
        ("customerId",), "REQUIRED")
    assert (await _problem(sessions, role=Role.CUSTOMER, username="pm1", email="a@example.com",
                           customer_id=999))[:2] == (("customerId",), "NOT_FOUND")


async def test_employee_users_need_one_employee_not_already_linked(sessions: Sessions,
                                                                   session: AsyncSession) -> None:
    assert (await _problem(sessions, role=Role.EMPLOYEE, username="field9", email="a@example.com"))[:2] == (
        ("employeeId",), "REQUIRED")
    worker = await staff_user(session, Role.EMPLOYEE)
    assert (await _problem(sessions, role=Role.EMPLOYEE, username="field9", email="a@example.com",
                           employee_id=worker.employee_id))[:2] == (("employeeId",), "CONFLICT")


async def test_staff_users_have_no_customer(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    await session.commit()
    assert (await _problem(sessions, role=Role.OFFICE, username="office9", email="a@example.com",
                           customer_id=customer.id))[:2] == (("customerId",), "INVALID")


async def _signed_in_with_pending_code(sessions: Sessions, user: User) -> int:
    async with sessions() as session, session.begin():
        row, _ = await start_session(session, user.id)  # type: ignore[arg-type]
        await request_login_code(session, user.username, client_address="192.0.2.1")
    assert row.id is not None
    return row.id


async def _pending_codes(sessions: Sessions, user: User) -> int:
    async with sessions() as session:
        return int((await session.execute(sa.select(sa.func.count()).where(
            LoginCode.user_id == user.id, LoginCode.used_at.is_(None), LoginCode.superseded_at.is_(None),  # type: ignore[arg-type,union-attr]
        ))).scalar_one())


async def test_disabling_a_user_revokes_sessions_and_codes_at_once(sessions: Sessions,
                                                                   session: AsyncSession) -> None:
    user = await portal_user(session)
    session_id = await _signed_in_with_pending_code(sessions, user)
    assert await _pending_codes(sessions, user) == 1
    async with sessions() as s, s.begin():
        await users.user_set_active(s, factories.office(), user.id, False)  # type: ignore[arg-type]
    assert (await reload(sessions, UserSession, session_id)).revoked_at is not None
    assert await _pending_codes(sessions, user) == 0


async def test_changing_the_email_revokes_sessions_and_codes(sessions: Sessions, session: AsyncSession) -> None:
    user = await portal_user(session)
    session_id = await _signed_in_with_pending_code(sessions, user)
    async with sessions() as s, s.begin():
        await users.user_update(s, factories.office(), user.id, email="new@example.com")  # type: ignore[arg-type]
    assert (await reload(sessions, UserSession, session_id)).revoked_at is not None
    assert await _pending_codes(sessions, user) == 0


async def test_same_email_in_another_case_or_a_name_change_keeps_sessions(sessions: Sessions,
                                                                         session: AsyncSession) -> None:
    user = await portal_user(session)
    session_id = await _signed_in_with_pending_code(sessions, user)
    async with sessions() as s, s.begin():
        await users.user_update(s, factories.office(), user.id, email=user.email.upper(), name="Pat")  # type: ignore[arg-type]
    assert (await reload(sessions, UserSession, session_id)).revoked_at is None
    assert (await reload(sessions, User, user.id)).name == "Pat"


async def test_removing_portal_access_revokes_every_user_of_the_customer(sessions: Sessions,
                                                                        session: AsyncSession) -> None:
    customer = await factories.customer(session)
    first, second = await portal_user(session, customer), await portal_user(session, customer)
    other = await portal_user(session)
    ids = [await _signed_in_with_pending_code(sessions, user) for user in (first, second, other)]
    async with sessions() as s, s.begin():
        await auth_users.revoke_customer_access(s, customer.id)  # type: ignore[arg-type]
    revoked = [(await reload(sessions, UserSession, session_id)).revoked_at is not None for session_id in ids]
    assert revoked == [True, True, False]
    assert [await _pending_codes(sessions, user) for user in (first, second, other)] == [0, 0, 1]


async def test_office_manages_customer_users_only_the_owner_manages_staff(sessions: Sessions,
                                                                         session: AsyncSession) -> None:
    office_user = await staff_user(session, Role.OFFICE)
    client = await portal_user(session)
    async with sessions() as s, s.begin():
        await users.user_unlock(s, factories.office(), client.id)  # type: ignore[arg-type]
    with pytest.raises(Forbidden):
        async with sessions() as s, s.begin():
            await users.user_set_active(s, factories.office(), office_user.id, False)  # type: ignore[arg-type]
    async with sessions() as s, s.begin():
        await users.user_set_active(s, factories.owner(), office_user.id, False)  # type: ignore[arg-type]
    assert (await reload(sessions, User, office_user.id)).active is False


async def test_nobody_disables_themself_or_the_last_owner(sessions: Sessions, session: AsyncSession) -> None:
    boss = await staff_user(session, Role.OWNER)
    with pytest.raises(UserInputError) as raised:
        async with sessions() as s, s.begin():
            await users.user_set_active(s, viewer_of(boss), boss.id, False)  # type: ignore[arg-type]
    assert raised.value.problems[0].code == "NOT_ALLOWED"
    with pytest.raises(UserInputError) as raised:
        async with sessions() as s, s.begin():
            await users.user_set_active(s, factories.owner(), boss.id, False)  # type: ignore[arg-type]
    assert "last active owner" in raised.value.problems[0].message
    second = await staff_user(session, Role.OWNER)
    async with sessions() as s, s.begin():
        await users.user_set_active(s, viewer_of(second), boss.id, False)  # type: ignore[arg-type]
    assert (await reload(sessions, User, boss.id)).active is False


async def test_users_of_customer_lists_them_by_username_in_one_batch(sessions: Sessions,
                                                                     session: AsyncSession) -> None:
    first, second = await factories.customer(session), await factories.customer(session)
    await portal_user(session, first, username="zed")
    await portal_user(session, first, username="amy")
    await portal_user(session, second, username="bob")
    loaders = Loaders(viewer=factories.office(), sessions=sessions)
    listed = await asyncio.gather(auth_users.users_of_customer(loaders, factories.office(), first.id),  # type: ignore[arg-type]
                                  auth_users.users_of_customer(loaders, factories.office(), second.id))  # type: ignore[arg-type]
    assert [[user.username for user in group or []] for group in listed] == [["amy", "zed"], ["bob"]]
    assert await auth_users.users_of_customer(loaders, factories.client_of(first), first.id) is None  # type: ignore[arg-type]


async def test_the_viewer_of_a_re_enabled_user_works_again_after_a_new_sign_in(sessions: Sessions,
                                                                             session: AsyncSession) -> None:
    user = await portal_user(session)
    async with sessions() as s, s.begin():
        _, token = await start_session(s, user.id)  # type: ignore[arg-type]
        await users.user_set_active(s, factories.office(), user.id, False)  # type: ignore[arg-type]
        await users.user_set_active(s, factories.office(), user.id, True)  # type: ignore[arg-type]
    async with sessions() as s, s.begin():
        assert await viewer_for_request(s, session_token=token, bearer_token=None) is ANONYMOUS
        _, fresh = await start_session(s, user.id)  # type: ignore[arg-type]
    async with sessions() as s, s.begin():
        assert (await viewer_for_request(s, session_token=fresh, bearer_token=None)).user_id == user.id
