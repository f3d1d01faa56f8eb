"""customerTagsSet: tags created on first use, matched however cased, repeats collapse; the tag filter; office only."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests import factories
from tests.factories_crm import CRM_TABLES, Scene, Sessions, assert_refused_to_outsiders, rows, scene, tag
from tests.factories_customers import activities
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import execute, gid

CUSTOMER = "customer { id tags { name } }"


async def set_tags(sessions: Sessions, s: Scene, tags: list[str], customer: Any = None) -> dict[str, Any]:
    return await mutate(sessions, s.office, "customerTagsSet", "CustomerTagsSetInput",
                        {"customerId": gid("Customer", customer or s.ada), "tags": tags}, CUSTOMER)



async def test_new_names_become_tags_and_known_ones_are_matched_however_cased(sessions: Sessions,
                                                                                session: AsyncSession) -> None:
    # given an existing tag "VIP"
    s = await scene(session)
    await tag(session, "VIP")

    # when Ada is tagged with "vip", a new "  Net   30 " and "net 30" again
    payload = await set_tags(sessions, s, ["vip", "  Net   30 ", "net 30"])

    # then she carries the existing VIP and one new tag "Net 30"; no second VIP was made
    assert payload["userErrors"] == []
    assert payload["customer"]["tags"] == [{"name": "Net 30"}, {"name": "VIP"}]
    assert await rows(sessions, "SELECT name FROM tag ORDER BY id") == [("VIP",), ("Net 30",)]
    assert await activities(sessions) == [("customer.tags_set", s.ada.id, {"added": ["Net 30", "VIP"],
                                                                           "removed": [], "created": ["Net 30"]})]


async def test_the_list_replaces_the_old_one_and_a_repeat_changes_nothing(sessions: Sessions,
                                                                          session: AsyncSession) -> None:
    # given Ada tagged VIP and Pool
    s = await scene(session)
    await tag(session, "VIP", s.ada)
    await tag(session, "Pool", s.ada)

    # when her tags are set to Pool and Autopay
    payload = await set_tags(sessions, s, ["pool", "Autopay"])

    # then VIP is off, Autopay on, and the trail says so
    assert payload["customer"]["tags"] == [{"name": "Autopay"}, {"name": "Pool"}]
    assert (await activities(sessions))[-1][2] == {"added": ["Autopay"], "removed": ["VIP"], "created": ["Autopay"]}

    # and the same request again (a retry) writes nothing
    before = await database_state(sessions, CRM_TABLES)
    again = await set_tags(sessions, s, ["Autopay", "POOL"])
    assert again["customer"]["tags"] == [{"name": "Autopay"}, {"name": "Pool"}]
    assert await database_state(sessions, CRM_TABLES) == before

    # and [] removes them all
    emptied = await set_tags(sessions, s, [])
    assert emptied["customer"]["tags"] == []


async def test_bad_names_are_refused_by_position(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    before = await database_state(sessions, CRM_TABLES)
    payload = await set_tags(sessions, s, ["VIP", "  ", "x" * 51])
    assert payload["customer"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [
        (["input", "tags", "1"], "REQUIRED"), (["input", "tags", "2"], "INVALID")]
    too_many = await set_tags(sessions, s, [f"tag {n}" for n in range(51)])
    assert only_error(too_many) == (["input", "tags"], "INVALID")
    assert await database_state(sessions, CRM_TABLES) == before


async def test_an_unknown_or_merged_customer_is_refused(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    merged = await factories.customer(session, merged_into_id=s.ada.id)
    await session.commit()
    before = await database_state(sessions, CRM_TABLES)
    for customer_id, expected in ((ghost("Customer"), "NOT_FOUND"), (gid("Tag", s.ada), "NOT_FOUND"),
                                  (gid("Customer", merged), "CONFLICT")):
        payload = await mutate(sessions, s.office, "customerTagsSet", "CustomerTagsSetInput",
                               {"customerId": customer_id, "tags": ["VIP"]}, CUSTOMER)
        assert only_error(payload) == (["input", "customerId"], expected)
    assert await database_state(sessions, CRM_TABLES) == before


async def test_only_the_office_may_tag_customers(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    await assert_refused_to_outsiders(sessions, s, "customerTagsSet", "CustomerTagsSetInput",
                                      {"customerId": gid("Customer", s.ada), "tags": ["VIP"]}, CUSTOMER)


FILTERED = "query ($tags: [String!]) { customers(filter: {tags: $tags}) { totalCount nodes { displayName } } }"


async def test_the_customer_list_keeps_those_carrying_all_the_tags_given(sessions: Sessions,
                                                                          session: AsyncSession) -> None:
    # given Ada tagged VIP and Pool, Grace tagged VIP only
    s = await scene(session)
    await tag(session, "VIP", s.ada, s.grace)
    await tag(session, "Pool", s.ada)

    async def names(viewer: Any, tags: list[str]) -> list[str]:
        data = await execute(sessions, viewer, FILTERED, {"tags": tags})
        return [node["displayName"] for node in data["customers"]["nodes"]]

    # when the office filters by tags, however typed; then each tag narrows the list ("has all")
    assert await names(s.office, ["vip"]) == ["Ada Lovelace", "Grace Hopper"]
    assert await names(s.office, [" VIP", "pool"]) == ["Ada Lovelace"]
    assert await names(s.office, ["VIP", "Unknown"]) == []
    assert await names(s.office, []) == ["Ada Lovelace", "Grace Hopper"]
    # and a client cannot learn its own tags by filtering: a tag filter matches nothing for them
    assert await names(factories.client_of(s.ada), ["VIP"]) == []
    assert await names(factories.client_of(s.ada), []) == ["Ada Lovelace"]
