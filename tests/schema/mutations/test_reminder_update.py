"""reminderUpdate: partial changes; a new due time or assignee re-arms the reminder; bad input; office only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Customer, Reminder, User
from models.base import row_id, utc_now
from models.enums import Role
from tests import factories
from tests.factories_billing import reread
from tests.factories_jobs import ghost, mutate, mutate_raw
from tests.factories_merge import OUTSIDERS, outsider, reminder, staff, table_state, trail
from tests.graphql import gid

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "reminder { id text dueAt notifiedAt assignee { username } }"


@dataclass
class World:
    customer: Customer
    office: User
    viewer: Viewer
    worker: User
    client: User
    told: Reminder
    done: Reminder


@pytest.fixture
async def world(session: AsyncSession) -> World:
    await factories.company(session, time_zone="UTC")
    customer = await factories.customer(session)
    office, viewer = await staff(session, Role.OFFICE)
    worker, _ = await staff(session, Role.EMPLOYEE)
    client = await factories.user(session, Role.CUSTOMER, customer_id=customer.id)
    told = await reminder(session, customer, assignee=office, text="Call back",
                          due_at=utc_now() - timedelta(hours=1), notified_at=utc_now())
    done = await reminder(session, customer, assignee=office, done_at=utc_now())
    await session.commit()
    return World(customer, office, viewer, worker, client, told, done)


async def _update(sessions: Sessions, viewer: Viewer, **fields: Any) -> dict[str, Any]:
    return await mutate(sessions, viewer, "reminderUpdate", "ReminderUpdateInput", fields, SELECTION)


async def test_rescheduling_a_notified_reminder_re_arms_it(sessions: Sessions, world: World) -> None:
    # given a reminder whose assignee was already told it came due
    # when the office moves it to next week
    payload = await _update(sessions, world.viewer, reminderId=gid("Reminder", world.told),
                            dueAt="2030-01-07T09:00:00Z")

    # then it is due then and armed again (its assignee will be told once more)
    assert payload["userErrors"] == []
    assert (payload["reminder"]["dueAt"], payload["reminder"]["notifiedAt"]) == ("2030-01-07T09:00:00+00:00", None)
    assert [(verb, details) for verb, _, _, details in await trail(sessions)] == [
        ("reminder.updated", {"fields": ["dueAt"], "rearmed": True})]


async def test_a_new_text_alone_does_not_re_arm(sessions: Sessions, world: World) -> None:
    # when only the text changes
    payload = await _update(sessions, world.viewer, reminderId=gid("Reminder", world.told), text="Call back today")

    # then the reminder keeps its notified time (nobody is told twice)
    assert payload["reminder"]["text"] == "Call back today"
    assert payload["reminder"]["notifiedAt"] is not None


async def test_a_new_assignee_is_told_when_it_comes_due(sessions: Sessions, world: World) -> None:
    # when the reminder is handed to the employee
    payload = await _update(sessions, world.viewer, reminderId=gid("Reminder", world.told),
                            assigneeId=gid("User", world.worker))

    # then it is theirs, and armed so they are told
    assert payload["reminder"]["assignee"]["username"] == world.worker.username
    assert payload["reminder"]["notifiedAt"] is None


async def test_the_same_values_again_change_nothing(sessions: Sessions, world: World) -> None:
    # when the reminder is saved with the text it has
    before = await table_state(sessions)
    payload = await _update(sessions, world.viewer, reminderId=gid("Reminder", world.told), text=" Call back ")

    # then nothing is written, not even the trail
    assert payload["userErrors"] == [] and payload["reminder"]["text"] == "Call back"
    assert await table_state(sessions) == before


BAD_INPUTS: list[tuple[str, Any, list[str], str]] = [
    ("blank text", lambda w: {"text": " "}, ["input", "text"], "REQUIRED"),
    ("null text", lambda w: {"text": None}, ["input", "text"], "REQUIRED"),
    ("null due time", lambda w: {"dueAt": None}, ["input", "dueAt"], "REQUIRED"),
    ("unknown reminder", lambda w: {"reminderId": ghost("Reminder")}, ["input", "reminderId"], "NOT_FOUND"),
    ("a done reminder", lambda w: {"reminderId": gid("Reminder", w.done)}, ["input", "reminderId"], "NOT_ALLOWED"),
    ("unknown assignee", lambda w: {"assigneeId": ghost("User")}, ["input", "assigneeId"], "NOT_FOUND"),
    ("a client as assignee", lambda w: {"assigneeId": gid("User", w.client)}, ["input", "assigneeId"], "INVALID"),
]


@pytest.mark.parametrize(("case", "change", "field", "code"), BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
async def test_each_bad_input_is_refused_and_changes_nothing(sessions: Sessions, world: World, case: str,
                                                            change: Any, field: list[str], code: str) -> None:
    # given a change with one thing wrong
    fields = {"reminderId": gid("Reminder", world.told)} | change(world)
    before = await table_state(sessions)

    # when it is sent
    payload = await _update(sessions, world.viewer, **fields)

    # then one userError, nothing written
    assert payload["reminder"] is None
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [(field, code)], payload
    assert await table_state(sessions) == before


@pytest.mark.parametrize("who", OUTSIDERS)
async def test_nobody_but_the_office_may_change_reminders(sessions: Sessions, world: World, who: str) -> None:
    viewer = outsider(who, world.customer, Viewer(user_id=world.worker.id, role=Role.EMPLOYEE,
                                                  employee_id=world.worker.employee_id))

    # when a non-office viewer tries to change a reminder
    result = await mutate_raw(sessions, viewer, "reminderUpdate", "ReminderUpdateInput",
                              {"reminderId": gid("Reminder", world.told), "text": "Mine now"}, SELECTION)

    # then access is denied and the reminder is as it was
    assert [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"]
    assert (await reread(sessions, Reminder, row_id(world.told))).text == "Call back"
