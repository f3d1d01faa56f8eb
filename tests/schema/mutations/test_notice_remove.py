"""noticeRemove: the banner comes down, the row stays inactive; a repeat changes nothing; office only."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from models import Notice
from tests.factories_crm import CRM_TABLES, Sessions, assert_refused_to_outsiders, scene
from tests.factories_customers import activities
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import execute, gid

NOTICE = "notice { id text active }"
NOTICES = "query ($id: ID!) { node(id: $id) { ... on Customer { notices { text } } } }"


async def test_a_removed_notice_leaves_the_customer_and_stays_in_the_trail(sessions: Sessions,
                                                                           session: AsyncSession) -> None:
    # given Ada's notice
    s = await scene(session)
    notice = Notice(customer_id=s.ada.id, text="Gate code changed")  # type: ignore[arg-type]
    session.add(notice)
    await session.commit()

    # when the office takes it down
    payload = await mutate(sessions, s.office, "noticeRemove", "NoticeRemoveInput",
                           {"noticeId": gid("Notice", notice)}, NOTICE)

    # then it is inactive, no longer on the customer, and the trail says so
    assert payload["notice"] == {"id": gid("Notice", notice), "text": "Gate code changed", "active": False}
    data = await execute(sessions, s.office, NOTICES, {"id": gid("Customer", s.ada)})
    assert data["node"]["notices"] == []
    assert await activities(sessions) == [("notice.removed", notice.id, {"text": "Gate code changed"})]

    # and removing it again changes nothing
    before = await database_state(sessions, CRM_TABLES)
    again = await mutate(sessions, s.office, "noticeRemove", "NoticeRemoveInput",
                         {"noticeId": gid("Notice", notice)}, NOTICE)
    assert again["userErrors"] == [] and again["notice"]["active"] is False
    assert await database_state(sessions, CRM_TABLES) == before


async def test_a_wrong_id_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    for notice_id in (ghost("Notice"), gid("Customer", s.ada)):
        payload = await mutate(sessions, s.office, "noticeRemove", "NoticeRemoveInput", {"noticeId": notice_id},
                               NOTICE)
        assert only_error(payload) == (["input", "noticeId"], "NOT_FOUND")


async def test_only_the_office_may_take_notices_down(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    notice = Notice(customer_id=s.ada.id, text="Gate code changed")  # type: ignore[arg-type]
    session.add(notice)
    await session.commit()
    await assert_refused_to_outsiders(sessions, s, "noticeRemove", "NoticeRemoveInput",
                                      {"noticeId": gid("Notice", notice)}, NOTICE)
