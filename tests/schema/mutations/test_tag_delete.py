"""tagDelete: off every customer, each carrier's trail keeps it; a second call is NOT_FOUND; office only."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories_crm import CRM_TABLES, Sessions, assert_refused_to_outsiders, rows, scene, tag
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import gid

DELETED = "deletedTagId"


async def test_a_deleted_tag_leaves_every_customer_and_their_trails_say_so(sessions: Sessions,
                                                                           session: AsyncSession) -> None:
    # given "Pool" on Ada and Grace, and "VIP" on Ada
    s = await scene(session)
    pool = await tag(session, "Pool", s.ada, s.grace)
    await tag(session, "VIP", s.ada)

    # when Pool is deleted
    payload = await mutate(sessions, s.office, "tagDelete", "TagDeleteInput", {"tagId": gid("Tag", pool)}, DELETED)

    # then it is gone from both customers (VIP stays), and both trails record it
    assert payload == {DELETED: gid("Tag", pool), "userErrors": []}
    carried = "SELECT t.name, ct.customer_id FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
    assert await rows(sessions, carried) == [("VIP", s.ada.id)]
    assert await rows(sessions, "SELECT customer_id, verb, details FROM activity ORDER BY customer_id") == [
        (s.ada.id, "tag.deleted", {"name": "Pool"}), (s.grace.id, "tag.deleted", {"name": "Pool"})]

    # and a second delete finds nothing and changes nothing
    before = await database_state(sessions, CRM_TABLES)
    again = await mutate(sessions, s.office, "tagDelete", "TagDeleteInput", {"tagId": gid("Tag", pool)}, DELETED)
    assert only_error(again) == (["input", "tagId"], "NOT_FOUND")
    assert await database_state(sessions, CRM_TABLES) == before


async def test_a_wrong_id_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    for tag_id in (ghost("Tag"), gid("Customer", s.ada)):
        payload = await mutate(sessions, s.office, "tagDelete", "TagDeleteInput", {"tagId": tag_id}, DELETED)
        assert only_error(payload) == (["input", "tagId"], "NOT_FOUND")


async def test_only_the_office_may_delete_tags(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await tag(session, "VIP")
    await assert_refused_to_outsiders(sessions, s, "tagDelete", "TagDeleteInput", {"tagId": gid("Tag", row)}, DELETED)
