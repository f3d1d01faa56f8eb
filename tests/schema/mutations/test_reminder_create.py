"""reminderCreate: a reminder about a customer for a staff user; each bad input refused; office only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Customer, User
from models.enums import Role
from tests import factories
from tests.factories_jobs import ghost, mutate, mutate_raw
from tests.factories_merge import OUTSIDERS, outsider, staff, table_state, trail
from tests.graphql import gid

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "reminder { id text dueAt doneAt notifiedAt customer { id } assignee { id username } }"


@dataclass
class World:
    customer: Customer
    office: User
    viewer: Viewer
    worker: User
    client: User
    disabled: User
    merged: Customer


@pytest.fixture
async def world(session: AsyncSession) -> World:
    await factories.company(session, time_zone="America/Chicago")
    customer = await factories.customer(session, display_name="Maple Street Dental")
    office, viewer = await staff(session, Role.OFFICE)
    worker, _ = await staff(session, Role.EMPLOYEE)
    client = await factories.user(session, Role.CUSTOMER, customer_id=customer.id)
    disabled, _ = await staff(session, Role.OFFICE, active=False)
    survivor = await factories.customer(session)
    merged = await factories.customer(session, merged_into_id=survivor.id)
    await session.commit()
    return World(customer, office, viewer, worker, client, disabled, merged)


async def _create(sessions: Sessions, viewer: Viewer, **fields: Any) -> dict[str, Any]:
    return await mutate(sessions, viewer, "reminderCreate", "ReminderCreateInput", fields, SELECTION)


async def test_the_office_creates_a_reminder_for_an_employee(sessions: Sessions, world: World) -> None:
    # when the office asks an employee to call the customer back next Monday morning, local time
    payload = await _create(sessions, world.viewer, customerId=gid("Customer", world.customer),
                            text="  Call back about the quote  ", dueAt="2030-01-07T09:00:00",
                            assigneeId=gid("User", world.worker))

    # then the reminder is open, armed, due at 09:00 in the company's zone (Chicago, UTC-6), for the employee
    reminder = payload["reminder"]
    assert payload["userErrors"] == []
    assert (reminder["text"], reminder["dueAt"], reminder["doneAt"], reminder["notifiedAt"]) == (
        "Call back about the quote", "2030-01-07T15:00:00+00:00", None, None)
    assert reminder["customer"]["id"] == gid("Customer", world.customer)
    assert reminder["assignee"]["username"] == world.worker.username
    # and the trail records who created it
    assert [(verb, subject) for verb, subject, _, _ in await trail(sessions, world.customer.id)] == [
        ("reminder.created", "Reminder")]


async def test_without_an_assignee_the_reminder_is_for_whoever_wrote_it(sessions: Sessions, world: World) -> None:
    # when the office creates a reminder without naming anyone
    payload = await _create(sessions, world.viewer, customerId=gid("Customer", world.customer), text="Send quote",
                            dueAt="2030-01-07T09:00:00Z")

    # then it is the office user's
    assert payload["reminder"]["assignee"]["username"] == world.office.username


BAD_INPUTS: list[tuple[str, Callable[[World], dict[str, Any]], list[str], str]] = [
    ("blank text", lambda w: {"text": "   "}, ["input", "text"], "REQUIRED"),
    ("text too long", lambda w: {"text": "x" * 2001}, ["input", "text"], "INVALID"),
    ("unknown customer", lambda w: {"customerId": ghost("Customer")}, ["input", "customerId"], "NOT_FOUND"),
    ("another type's id", lambda w: {"customerId": gid("User", w.office)}, ["input", "customerId"], "NOT_FOUND"),
    ("merged customer", lambda w: {"customerId": gid("Customer", w.merged)}, ["input", "customerId"], "CONFLICT"),
    ("unknown assignee", lambda w: {"assigneeId": ghost("User")}, ["input", "assigneeId"], "NOT_FOUND"),
    ("a client as assignee", lambda w: {"assigneeId": gid("User", w.client)}, ["input", "assigneeId"], "INVALID"),
    ("a disabled assignee", lambda w: {"assigneeId": gid("User", w.disabled)}, ["input", "assigneeId"], "INVALID"),
]


@pytest.mark.parametrize(("case", "change", "field", "code"), BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
async def test_each_bad_input_is_refused_and_changes_nothing(
    sessions: Sessions, world: World, case: str, change: Callable[[World], dict[str, Any]], field: list[str],
    code: str,
) -> None:
    # given a valid input with one thing wrong
    fields = {"customerId": gid("Customer", world.customer), "text": "Call back", "dueAt": "2030-01-07T09:00:00Z",
              "assigneeId": gid("User", world.worker)} | change(world)
    before = await table_state(sessions)

    # when it is sent
    payload = await _create(sessions, world.viewer, **fields)

    # then one userError says what to fix, and nothing was written
    assert payload["reminder"] is None
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [(field, code)], payload
    assert await table_state(sessions) == before


@pytest.mark.parametrize("who", OUTSIDERS)
async def test_nobody_but_the_office_may_create_reminders(sessions: Sessions, world: World, who: str) -> None:
    # given a viewer who is not office staff
    viewer = outsider(who, world.customer, Viewer(user_id=world.worker.id, role=Role.EMPLOYEE,
                                                  employee_id=world.worker.employee_id))
    before = await table_state(sessions)

    # when they try to create a reminder
    result = await mutate_raw(sessions, viewer, "reminderCreate", "ReminderCreateInput",
                              {"customerId": gid("Customer", world.customer), "text": "x",
                               "dueAt": "2030-01-07T09:00:00Z"}, SELECTION)

    # then access is denied and nothing is written
    assert [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"]
    assert await table_state(sessions) == before
