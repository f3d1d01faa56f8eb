"""employeeCreate: the owner adds an employee, optionally with a sign-in user (a new EMPLOYEE user through the
staff user rules, or an existing staff user linked); bad input changes nothing; nobody else may."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Activity, User
from models.enums import Role
from tests import factories
from tests.auth.helpers import fresh_rate_limits
from tests.factories_jobs import ghost, mutate
from tests.factories_setup import assert_forbidden_to_all_but_the_owner, setup_state
from tests.graphql import gid
from tests.smtp import SMTPServer, smtp_server_fixture

__all__ = ["fresh_rate_limits", "smtp_server_fixture"]

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "employee { name email phone active user { username role email } }"
CREATE = f"""mutation ($input: EmployeeCreateInput!) {{
  employeeCreate(input: $input) {{ {SELECTION} userErrors {{ field code message }} }} }}"""


async def create(sessions: Sessions, fields: dict[str, Any]) -> dict[str, Any]:
    return await mutate(sessions, factories.owner(), "employeeCreate", "EmployeeCreateInput", fields, SELECTION)


def errors(payload: dict[str, Any]) -> list[tuple[Any, str]]:
    return [(error["field"], error["code"]) for error in payload["userErrors"]]


async def test_the_owner_adds_an_employee_who_can_sign_in(sessions: Sessions, smtp_server: SMTPServer) -> None:
    # when the owner adds Rosa with a new sign-in user, sending her the welcome
    payload = await create(sessions, {"name": " Rosa  Diaz ", "email": "Rosa@Sparkle.example.com",
                                      "phone": "(555) 010-2030",
                                      "newUser": {"username": "rosa", "sendCredentials": True}})

    # then she is an active employee whose EMPLOYEE user has her e-mail, and the welcome went out
    assert payload == {"userErrors": [], "employee": {
        "name": "Rosa Diaz", "email": "rosa@sparkle.example.com", "phone": "+15550102030", "active": True,
        "user": {"username": "rosa", "role": "EMPLOYEE", "email": "rosa@sparkle.example.com"}}}
    await smtp_server.deliver(sessions)
    assert "rosa" in smtp_server.text_of(smtp_server.last_to("rosa@sparkle.example.com"))
    async with sessions() as check:
        verbs = [a.verb for a in (await check.execute(sa.select(Activity).order_by(Activity.id))).scalars()]  # type: ignore[arg-type]
    assert verbs == ["employee.created", "user.created"]


async def test_an_employee_without_a_sign_in_user(sessions: Sessions) -> None:
    payload = await create(sessions, {"name": "Sam"})
    assert payload == {"userErrors": [], "employee": {"name": "Sam", "email": None, "phone": None, "active": True,
                                                      "user": None}}


async def test_an_existing_office_user_is_linked_to_sign_in_as_the_employee(
        sessions: Sessions, session: AsyncSession) -> None:
    # given an office user who also cleans on Saturdays
    desk = await factories.user(session, Role.OFFICE, username="front.desk")
    await session.commit()
    # when the owner adds her as an employee linked to that user
    payload = await create(sessions, {"name": "Dee", "userId": gid("User", desk)})
    # then the user signs in as the employee too
    assert payload["employee"]["user"]["username"] == "front.desk"
    async with sessions() as check:
        assert (await check.get(User, desk.id)).employee_id is not None  # type: ignore[union-attr]


@pytest.mark.parametrize(("fields", "expected"), [
    ({"name": " "}, [(["input", "name"], "REQUIRED")]),
    ({"email": "nope"}, [(["input", "email"], "INVALID")]),
    ({"phone": "12"}, [(["input", "phone"], "INVALID")]),
    ({"userId": "client", "newUser": {"username": "both"}}, [(["input", "userId"], "INVALID")]),
    ({"userId": "client"}, [(["input", "userId"], "INVALID")]),
    ({"userId": "linked"}, [(["input", "userId"], "CONFLICT")]),
    ({"userId": ghost("User")}, [(["input", "userId"], "NOT_FOUND")]),
    ({"userId": ghost("Customer")}, [(["input", "userId"], "NOT_FOUND")]),
    ({"newUser": {"username": "x"}}, [(["input", "newUser", "username"], "INVALID")]),
    ({"newUser": {"username": "TAKEN", "email": "t@example.com"}}, [(["input", "newUser", "username"], "CONFLICT")]),
    ({"newUser": {"username": "fresh"}}, [(["input", "newUser", "email"], "REQUIRED")]),
    ({"newUser": {"username": "fresh", "email": "bad@"}}, [(["input", "newUser", "email"], "INVALID")]),
])
async def test_bad_input_is_refused_and_nothing_changes(sessions: Sessions, session: AsyncSession,
                                                        fields: dict[str, Any], expected: list[Any]) -> None:
    # given a client's user, and an employee user called "taken"
    customer = await factories.customer(session)
    client = await factories.user(session, Role.CUSTOMER, customer_id=customer.id)
    crew = await factories.employee(session)
    await factories.user(session, Role.EMPLOYEE, username="taken", employee_id=crew.id)
    linked = await factories.user(session, Role.OFFICE, employee_id=crew.id)
    await session.commit()
    ids = {"client": gid("User", client), "linked": gid("User", linked)}
    if fields.get("userId") in ids:
        fields = {**fields, "userId": ids[fields["userId"]]}
    before = await setup_state(sessions)
    payload = await create(sessions, {"name": "New hire", **fields})
    assert payload["employee"] is None and errors(payload) == expected
    assert await setup_state(sessions) == before


async def test_nobody_but_the_owner_may_add_an_employee(sessions: Sessions, session: AsyncSession) -> None:
    await assert_forbidden_to_all_but_the_owner(sessions, session, CREATE, {"input": {"name": "Sneaky"}})
