"""tagRename: a new name everywhere, another tag's name is a CONFLICT (never a silent merge), office only."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from models import Tag
from tests import factories
from tests.factories_crm import CRM_TABLES, Scene, Sessions, assert_refused_to_outsiders, rows, scene, tag
from tests.factories_customers import activities
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import execute, gid

TAG = "tag { id name color }"



async def rename(sessions: Sessions, s: Scene, row: Tag, **fields: Any) -> dict[str, Any]:
    return await mutate(sessions, s.office, "tagRename", "TagRenameInput", {"tagId": gid("Tag", row)} | fields, TAG)


async def test_a_rename_shows_on_every_carrier_and_in_each_ones_trail(sessions: Sessions,
                                                                      session: AsyncSession) -> None:
    # given "Slow payer" on Ada and Grace
    s = await scene(session)
    row = await tag(session, "Slow payer", s.ada, s.grace, color="#dc2626")

    # when it is renamed (and its colour kept, as it is left out)
    payload = await rename(sessions, s, row, name="  Pays  late ")

    # then it has the new name, and both customers' trails say so
    assert payload["userErrors"] == []
    assert payload["tag"] == {"id": gid("Tag", row), "name": "Pays late", "color": "#dc2626"}
    assert await rows(sessions, "SELECT customer_id, verb, details FROM activity ORDER BY customer_id") == [
        (s.ada.id, "tag.renamed", {"from": "Slow payer", "to": "Pays late"}),
        (s.grace.id, "tag.renamed", {"from": "Slow payer", "to": "Pays late"})]


async def test_a_change_of_case_or_colour_is_allowed_and_a_repeat_writes_nothing(sessions: Sessions,
                                                                                 session: AsyncSession) -> None:
    s = await scene(session)
    row = await tag(session, "vip")
    payload = await rename(sessions, s, row, name="VIP", color="#CA8A04")
    assert payload["tag"]["name"] == "VIP" and payload["tag"]["color"] == "#ca8a04"
    # an unused tag's rename still leaves one trail entry, without a customer
    assert await activities(sessions) == [("tag.renamed", row.id, {"from": "vip", "to": "VIP", "color": "#ca8a04"})]
    before = await database_state(sessions, CRM_TABLES)
    assert (await rename(sessions, s, row, name="VIP"))["userErrors"] == []
    assert await database_state(sessions, CRM_TABLES) == before
    cleared = await rename(sessions, s, row, name="VIP", color=None)
    assert cleared["tag"]["color"] is None


async def test_renaming_onto_another_tags_name_is_a_conflict(sessions: Sessions, session: AsyncSession) -> None:
    # given two tags
    s = await scene(session)
    row = await tag(session, "Slow payer", s.ada)
    await tag(session, "Late", s.grace)
    before = await database_state(sessions, CRM_TABLES)

    # when one is renamed to the other's name, differently cased
    payload = await rename(sessions, s, row, name="LATE")

    # then a clear CONFLICT, and nothing merged or renamed
    assert only_error(payload) == (["input", "name"], "CONFLICT")
    assert "already a tag “Late”" in payload["userErrors"][0]["message"]
    assert await database_state(sessions, CRM_TABLES) == before


async def test_bad_input_is_refused(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await tag(session, "VIP")
    before = await database_state(sessions, CRM_TABLES)
    assert only_error(await rename(sessions, s, row, name=" ")) == (["input", "name"], "REQUIRED")
    assert only_error(await rename(sessions, s, row, name="x" * 51)) == (["input", "name"], "INVALID")
    assert only_error(await rename(sessions, s, row, name="VIP", color="red")) == (["input", "color"], "INVALID")
    for tag_id in (ghost("Tag"), gid("Customer", row)):
        payload = await mutate(sessions, s.office, "tagRename", "TagRenameInput", {"tagId": tag_id, "name": "X"}, TAG)
        assert only_error(payload) == (["input", "tagId"], "NOT_FOUND")
    assert await database_state(sessions, CRM_TABLES) == before


async def test_only_the_office_may_rename_tags(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await tag(session, "VIP", s.ada)
    await assert_refused_to_outsiders(sessions, s, "tagRename", "TagRenameInput",
                                      {"tagId": gid("Tag", row), "name": "Cheapskate"}, TAG)


async def test_the_office_lists_every_tag_with_its_customer_count(sessions: Sessions, session: AsyncSession) -> None:
    # given three tags, on two, one and no customers
    s = await scene(session)
    await tag(session, "vip", s.ada, s.grace)
    await tag(session, "Pool", s.ada)
    await tag(session, "Autopay")
    query = "{ tags { name customerCount } }"

    # when the office lists them (to rename one, say); then by name however cased, with their counts
    assert (await execute(sessions, s.office, query))["tags"] == [
        {"name": "Autopay", "customerCount": 0}, {"name": "Pool", "customerCount": 1},
        {"name": "vip", "customerCount": 2}]
    # and a client gets none
    assert (await execute(sessions, factories.client_of(s.ada), query))["tags"] == []
