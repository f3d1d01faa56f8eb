"""staffUserCreate: only the owner creates staff users (OWNER, OFFICE, EMPLOYEE linked to an employee)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.auth.helpers import data, fresh_rate_limits, run, snapshot
from tests.graphql import gid
from tests.smtp import SMTPServer, smtp_server_fixture

__all__ = ["fresh_rate_limits", "smtp_server_fixture"]

Sessions = async_sessionmaker[AsyncSession]
CREATE = """
mutation ($input: StaffUserCreateInput!) {
  staffUserCreate(input: $input) {
    user { username email role customer { id } employee { name } }
    userErrors { field code message }
  }
}"""


def _errors(result: dict[str, Any]) -> list[tuple[Any, str]]:
    return [(e["field"], e["code"]) for e in result["staffUserCreate"]["userErrors"]]


async def test_the_owner_creates_an_employee_user_linked_to_the_employee(
        sessions: Sessions, session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given an employee
    worker = await factories.employee(session, name="Rosa Diaz")
    await session.commit()
    # when the owner creates their user, sending credentials
    result = await data(sessions, CREATE, {"input": {
        "role": "EMPLOYEE", "username": "rosa", "email": "rosa@sparkle.example.com",
        "employeeId": gid("Employee", worker), "sendCredentials": True}}, viewer=factories.owner())
    # then the user signs in as that employee, and the welcome went out
    assert result["staffUserCreate"] == {"userErrors": [], "user": {
        "username": "rosa", "email": "rosa@sparkle.example.com", "role": "EMPLOYEE", "customer": None,
        "employee": {"name": "Rosa Diaz"}}}
    await smtp_server.deliver(sessions)
    assert "rosa" in smtp_server.text_of(smtp_server.last_to("rosa@sparkle.example.com"))


async def test_an_office_user_needs_no_employee(sessions: Sessions) -> None:
    result = await data(sessions, CREATE, {"input": {"role": "OFFICE", "username": "front.desk",
                                                     "email": "desk@sparkle.example.com"}}, viewer=factories.owner())
    assert result["staffUserCreate"]["user"]["role"] == "OFFICE"


@pytest.mark.parametrize(("fields", "expected"), [
    ({"role": "EMPLOYEE"}, [(["input", "employeeId"], "REQUIRED")]),
    ({"role": "CUSTOMER"}, [(["input", "role"], "INVALID")]),
    ({"role": "OFFICE", "username": "no"}, [(["input", "username"], "INVALID")]),
    ({"role": "OFFICE", "employeeId": "RW1wbG95ZWU6OTk5"}, [(["input", "employeeId"], "NOT_FOUND")]),
])
async def test_bad_input_is_refused_and_nothing_changes(sessions: Sessions, fields: dict[str, Any],
                                                        expected: list[tuple[Any, str]]) -> None:
    before = await snapshot(sessions)
    result = await data(sessions, CREATE, {"input": {"username": "new.staff", "email": "n@sparkle.example.com",
                                                     **fields}}, viewer=factories.owner())
    assert result["staffUserCreate"]["user"] is None and _errors(result) == expected
    assert await snapshot(sessions) == before


async def test_the_office_may_not_create_staff(sessions: Sessions) -> None:
    before = await snapshot(sessions)
    result = await run(sessions, CREATE, {"input": {"role": "OFFICE", "username": "sneaky",
                                                    "email": "s@sparkle.example.com"}}, viewer=factories.office())
    assert result.errors and result.errors[0].extensions == {"code": "FORBIDDEN"}
    assert await snapshot(sessions) == before
