"""teamCreate: the owner makes a crew of active employees; names are unique ignoring case; nobody else may."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests import factories
from tests.factories_jobs import ghost, mutate, team
from tests.factories_setup import assert_forbidden_to_all_but_the_owner, setup_state
from tests.graphql import gid

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "team { name members { name } }"
CREATE = f"""mutation ($input: TeamCreateInput!) {{
  teamCreate(input: $input) {{ {SELECTION} userErrors {{ field code message }} }} }}"""


async def create(sessions: Sessions, fields: dict[str, Any]) -> dict[str, Any]:
    return await mutate(sessions, factories.owner(), "teamCreate", "TeamCreateInput", fields, SELECTION)


async def test_the_owner_makes_a_team_of_employees(sessions: Sessions, session: AsyncSession) -> None:
    ann = await factories.employee(session, name="Ann")
    bob = await factories.employee(session, name="Bob")
    await session.commit()
    payload = await create(sessions, {"name": " Blue  team ", "memberIds": [gid("Employee", bob), gid("Employee", ann),
                                                                            gid("Employee", bob)]})
    assert payload == {"userErrors": [], "team": {"name": "Blue team", "members": [{"name": "Ann"}, {"name": "Bob"}]}}


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"name": ""}, ["input", "name"], "REQUIRED"),
    ({"name": "RED TEAM"}, ["input", "name"], "CONFLICT"),
    ({"memberIds": [ghost("Employee")]}, ["input", "memberIds", "0"], "NOT_FOUND"),
    ({"memberIds": [ghost("Service")]}, ["input", "memberIds", "0"], "NOT_FOUND"),
    ({"memberIds": "retired"}, ["input", "memberIds", "0"], "INVALID"),
])
async def test_bad_input_is_refused_and_nothing_changes(sessions: Sessions, session: AsyncSession,
                                                        fields: dict[str, Any], field: list[str], code: str) -> None:
    await team(session, "Red team")
    retired = await factories.employee(session, active=False)
    await session.commit()
    if fields.get("memberIds") == "retired":
        fields = {"memberIds": [gid("Employee", retired)]}
    before = await setup_state(sessions)
    payload = await create(sessions, {"name": "Green team", **fields})
    assert payload["team"] is None
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [(field, code)]
    assert await setup_state(sessions) == before


async def test_nobody_but_the_owner_may_make_a_team(sessions: Sessions, session: AsyncSession) -> None:
    await assert_forbidden_to_all_but_the_owner(sessions, session, CREATE, {"input": {"name": "Sneaky"}})
