"""noticeCreate: a banner on the customer the office sees, one per text while active; office only."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests import factories
from tests.factories_crm import CRM_TABLES, Scene, Sessions, assert_refused_to_outsiders, db_id, scene
from tests.factories_customers import activities
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import execute, gid

NOTICE = "notice { id text active }"
NOTICES = "query ($id: ID!) { node(id: $id) { ... on Customer { notices { text } } } }"


async def create(sessions: Sessions, s: Scene, customer: Any = None, **fields: Any) -> dict[str, Any]:
    return await mutate(sessions, s.office, "noticeCreate", "NoticeCreateInput",
                        {"customerId": gid("Customer", customer or s.ada)} | fields, NOTICE)


async def test_a_notice_shows_on_the_customer_for_the_office(sessions: Sessions, session: AsyncSession) -> None:
    # given Ada
    s = await scene(session)

    # when the office puts up a notice
    payload = await create(sessions, s, text="  Gate code changed to 4411. ")

    # then it is active, listed on the customer, and in the trail
    assert payload["userErrors"] == []
    assert payload["notice"] | {"id": None} == {"id": None, "text": "Gate code changed to 4411.", "active": True}
    data = await execute(sessions, s.office, NOTICES, {"id": gid("Customer", s.ada)})
    assert data["node"]["notices"] == [{"text": "Gate code changed to 4411."}]
    assert await activities(sessions) == [("notice.created", db_id(payload["notice"]["id"]),
                                           {"text": "Gate code changed to 4411."})]


async def test_the_same_notice_again_is_the_same_notice(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    first = await create(sessions, s, text="Dog in the yard")
    before = await database_state(sessions, CRM_TABLES)
    again = await create(sessions, s, text="Dog in the yard ")
    assert again["notice"]["id"] == first["notice"]["id"]
    assert await database_state(sessions, CRM_TABLES) == before


async def test_bad_input_is_refused(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    merged = await factories.customer(session, merged_into_id=s.ada.id)
    await session.commit()
    before = await database_state(sessions, CRM_TABLES)
    assert only_error(await create(sessions, s, text="  ")) == (["input", "text"], "REQUIRED")
    assert only_error(await create(sessions, s, text="x" * 501)) == (["input", "text"], "INVALID")
    assert only_error(await create(sessions, s, merged, text="Hi")) == (["input", "customerId"], "CONFLICT")
    for customer_id in (ghost("Customer"), gid("Notice", s.ada)):
        payload = await mutate(sessions, s.office, "noticeCreate", "NoticeCreateInput",
                               {"customerId": customer_id, "text": "Hi"}, NOTICE)
        assert only_error(payload) == (["input", "customerId"], "NOT_FOUND")
    assert await database_state(sessions, CRM_TABLES) == before


async def test_only_the_office_may_put_up_notices(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    await assert_refused_to_outsiders(sessions, s, "noticeCreate", "NoticeCreateInput",
                                      {"customerId": gid("Customer", s.ada), "text": "Hi"}, NOTICE)
