"""employeeUpdate: the owner changes an employee, retires them (their sign-in user is disabled and their sessions
end), or gives them a sign-in user; nobody else may."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.sessions import start_session
from models import User, UserSession
from models.enums import Role
from tests import factories
from tests.factories_jobs import ghost, mutate, team
from tests.factories_setup import assert_forbidden_to_all_but_the_owner, setup_state
from tests.graphql import gid

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "employee { name email phone active user { username active } }"
UPDATE = f"""mutation ($input: EmployeeUpdateInput!) {{
  employeeUpdate(input: $input) {{ {SELECTION} userErrors {{ field code message }} }} }}"""


async def update(sessions: Sessions, fields: dict[str, Any]) -> dict[str, Any]:
    return await mutate(sessions, factories.owner(), "employeeUpdate", "EmployeeUpdateInput", fields, SELECTION)


async def test_the_owner_changes_only_the_fields_given(sessions: Sessions, session: AsyncSession) -> None:
    worker = await factories.employee(session, name="Rosa", email="rosa@example.com", phone="+15550100000")
    await session.commit()
    payload = await update(sessions, {"id": gid("Employee", worker), "phone": "555 010 2030", "email": None})
    assert payload == {"userErrors": [], "employee": {"name": "Rosa", "email": None, "phone": "+15550102030",
                                                      "active": True, "user": None}}


async def test_retiring_an_employee_disables_their_sign_in_and_ends_their_sessions(
        sessions: Sessions, session: AsyncSession) -> None:
    # given Rosa, signed in on her phone, on the Blue team
    worker = await factories.employee(session, name="Rosa")
    user = await factories.user(session, Role.EMPLOYEE, username="rosa", employee_id=worker.id)
    await start_session(session, user.id)  # type: ignore[arg-type]
    await team(session, "Blue team")
    await session.commit()

    # when the owner retires her
    payload = await update(sessions, {"id": gid("Employee", worker), "active": False})

    # then she is inactive, her user disabled, and her sessions are revoked
    assert payload["employee"]["active"] is False
    assert payload["employee"]["user"] == {"username": "rosa", "active": False}
    async with sessions() as check:
        sessions_left = (await check.execute(sa.select(sa.func.count()).select_from(UserSession)
                                             .where(UserSession.user_id == user.id,  # type: ignore[arg-type]
                                                    UserSession.revoked_at.is_(None)))).scalar_one()  # type: ignore[union-attr]
    assert sessions_left == 0
    # and she can't be put on a team any more
    refused = await mutate(sessions, factories.owner(), "teamCreate", "TeamCreateInput",
                           {"name": "Night", "memberIds": [gid("Employee", worker)]}, "team { id }")
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [(["input", "memberIds", "0"], "INVALID")]


async def test_an_employee_gets_a_new_sign_in_user_later(sessions: Sessions, session: AsyncSession) -> None:
    worker = await factories.employee(session, name="Sam", email="sam@example.com")
    await session.commit()
    payload = await update(sessions, {"id": gid("Employee", worker), "newUser": {"username": "sam"}})
    assert payload["employee"]["user"] == {"username": "sam", "active": True}
    async with sessions() as check:
        user = (await check.execute(sa.select(User).where(User.username == "sam"))).scalar_one()  # type: ignore[arg-type]
    assert (user.role, user.email, user.employee_id) == (Role.EMPLOYEE, "sam@example.com", worker.id)


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"name": None}, ["input", "name"], "REQUIRED"),
    ({"active": None}, ["input", "active"], "REQUIRED"),
    ({"email": "@"}, ["input", "email"], "INVALID"),
    ({"phone": "call me"}, ["input", "phone"], "INVALID"),
    ({"newUser": {"username": "again"}}, ["input", "newUser"], "CONFLICT"),
    ({"userId": "office"}, ["input", "userId"], "CONFLICT"),
    ({"id": ghost("Employee")}, ["input", "id"], "NOT_FOUND"),
])
async def test_bad_input_is_refused_and_nothing_changes(sessions: Sessions, session: AsyncSession,
                                                        fields: dict[str, Any], field: list[str], code: str) -> None:
    # given an employee who already signs in as "rosa", and an office user
    worker = await factories.employee(session, name="Rosa")
    await factories.user(session, Role.EMPLOYEE, username="rosa", employee_id=worker.id)
    office = await factories.user(session, Role.OFFICE)
    await session.commit()
    if fields.get("userId") == "office":
        fields = {"userId": gid("User", office)}
    before = await setup_state(sessions)
    payload = await update(sessions, {"id": gid("Employee", worker), **fields})
    assert payload["employee"] is None
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [(field, code)]
    assert await setup_state(sessions) == before


async def test_nobody_but_the_owner_may_change_an_employee(sessions: Sessions, session: AsyncSession) -> None:
    worker = await factories.employee(session, name="Rosa")
    await assert_forbidden_to_all_but_the_owner(sessions, session, UPDATE, {"input": {
        "id": gid("Employee", worker), "active": False}})
