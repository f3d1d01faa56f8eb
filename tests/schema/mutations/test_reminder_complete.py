"""reminderComplete: done once however often it is sent; unknown ids; office only."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Reminder
from models.base import row_id
from models.enums import Role
from tests import factories
from tests.factories_billing import reread
from tests.factories_jobs import ghost, mutate, mutate_raw
from tests.factories_merge import OUTSIDERS, outsider, reminder, staff, table_state, trail
from tests.graphql import gid

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "reminder { id doneAt }"


async def _complete(sessions: Sessions, viewer: Viewer, reminder_id: str) -> dict[str, Any]:
    return await mutate(sessions, viewer, "reminderComplete", "ReminderCompleteInput", {"reminderId": reminder_id},
                        SELECTION)


async def test_completing_twice_completes_once(sessions: Sessions, session: AsyncSession) -> None:
    # given an open reminder
    customer = await factories.customer(session)
    office, viewer = await staff(session, Role.OWNER)
    open_one = await reminder(session, customer, assignee=office)
    await session.commit()

    # when the owner marks it done, and the request is sent again
    first = await _complete(sessions, viewer, gid("Reminder", open_one))
    again = await _complete(sessions, viewer, gid("Reminder", open_one))

    # then it is done at the first time, and the trail has one entry
    assert first["userErrors"] == [] and first["reminder"]["doneAt"] is not None
    assert again["reminder"]["doneAt"] == first["reminder"]["doneAt"]
    assert [verb for verb, _, _, _ in await trail(sessions)] == ["reminder.completed"]


async def test_an_unknown_reminder_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    _, viewer = await staff(session, Role.OFFICE)
    await session.commit()
    before = await table_state(sessions)

    # when a reminder that does not exist (or another type's id) is completed
    missing = await _complete(sessions, viewer, ghost("Reminder"))
    wrong_type = await _complete(sessions, viewer, ghost("Customer"))

    # then not found, at the argument
    for payload in (missing, wrong_type):
        assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(["input", "reminderId"], "NOT_FOUND")]
    assert await table_state(sessions) == before


@pytest.mark.parametrize("who", OUTSIDERS)
async def test_nobody_but_the_office_may_complete_reminders(sessions: Sessions, session: AsyncSession,
                                                           who: str) -> None:
    customer = await factories.customer(session)
    worker, worker_viewer = await staff(session, Role.EMPLOYEE)
    open_one = await reminder(session, customer, assignee=worker)
    await session.commit()
    viewer = outsider(who, customer, worker_viewer)

    # when a non-office viewer (even the assignee, a field employee) completes it
    result = await mutate_raw(sessions, viewer, "reminderComplete", "ReminderCompleteInput",
                              {"reminderId": gid("Reminder", open_one)}, SELECTION)

    # then access is denied and it stays open
    assert [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"]
    assert (await reread(sessions, Reminder, row_id(open_one))).done_at is None
