"""teamUpdate: the owner renames a team or replaces its members; a retired member may stay but not join;
nobody else may."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Activity, TeamMember
from tests import factories
from tests.factories_jobs import ghost, mutate, team
from tests.factories_setup import assert_forbidden_to_all_but_the_owner, setup_state
from tests.graphql import gid

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "team { name members { name } }"
UPDATE = f"""mutation ($input: TeamUpdateInput!) {{
  teamUpdate(input: $input) {{ {SELECTION} userErrors {{ field code message }} }} }}"""


async def update(sessions: Sessions, fields: dict[str, Any]) -> dict[str, Any]:
    return await mutate(sessions, factories.owner(), "teamUpdate", "TeamUpdateInput", fields, SELECTION)


async def test_the_owner_renames_a_team_and_replaces_its_members(sessions: Sessions, session: AsyncSession) -> None:
    # given the Blue team of Ann and a retired Bob
    blue = await team(session, "Blue team")
    ann = await factories.employee(session, name="Ann")
    bob = await factories.employee(session, name="Bob", active=False)
    cat = await factories.employee(session, name="Cat")
    session.add_all([TeamMember(team_id=blue.id, employee_id=ann.id),  # type: ignore[arg-type]
                     TeamMember(team_id=blue.id, employee_id=bob.id)])  # type: ignore[arg-type]
    await session.commit()

    # when the owner renames it and replaces Ann by Cat (retired Bob stays)
    payload = await update(sessions, {"id": gid("Team", blue), "name": "Night crew",
                                      "memberIds": [gid("Employee", bob), gid("Employee", cat)]})

    # then the team is renamed with its new members, and the trail records what changed
    assert payload == {"userErrors": [], "team": {"name": "Night crew", "members": [{"name": "Bob"}, {"name": "Cat"}]}}
    async with sessions() as check:
        [entry] = (await check.execute(sa.select(Activity))).scalars().all()
    assert (entry.verb, entry.details["fields"]) == ("team.updated", ["name", "member_ids"])
    # and leaving everything out changes nothing
    assert (await update(sessions, {"id": gid("Team", blue)}))["team"]["name"] == "Night crew"


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"name": None}, ["input", "name"], "REQUIRED"),
    ({"name": "red TEAM"}, ["input", "name"], "CONFLICT"),
    ({"memberIds": None}, ["input", "memberIds"], "REQUIRED"),
    ({"memberIds": [ghost("Employee")]}, ["input", "memberIds", "0"], "NOT_FOUND"),
    ({"memberIds": "retired"}, ["input", "memberIds", "0"], "INVALID"),
    ({"id": ghost("Team")}, ["input", "id"], "NOT_FOUND"),
])
async def test_bad_input_is_refused_and_nothing_changes(sessions: Sessions, session: AsyncSession,
                                                        fields: dict[str, Any], field: list[str], code: str) -> None:
    await team(session, "Red team")
    blue = await team(session, "Blue team")
    retired = await factories.employee(session, active=False)
    await session.commit()
    if fields.get("memberIds") == "retired":
        fields = {"memberIds": [gid("Employee", retired)]}
    before = await setup_state(sessions)
    payload = await update(sessions, {"id": gid("Team", blue), **fields})
    assert payload["team"] is None
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [(field, code)]
    assert await setup_state(sessions) == before


async def test_nobody_but_the_owner_may_change_a_team(sessions: Sessions, session: AsyncSession) -> None:
    blue = await team(session, "Blue team")
    await assert_forbidden_to_all_but_the_owner(sessions, session, UPDATE, {"input": {"id": gid("Team", blue),
                                                                                      "name": "Sneaky"}})
