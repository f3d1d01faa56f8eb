"""Reminders coming due (the sweep every process runs) and the office's day (the `reminders` root field)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Notification
from models.base import utc_now
from models.enums import NotificationKind, Role
from resolvers.reminders import ReminderChanges, company_day, notify_due_reminders, update_reminder
from tests import factories
from tests.factories_merge import reminder, staff
from tests.graphql import execute, execute_raw, gid

Sessions = async_sessionmaker[AsyncSession]
DAY = """query($filter: ReminderFilter) { reminders(filter: $filter) { totalCount nodes { text } } }"""


async def _notifications(session: AsyncSession) -> list[tuple[int, str, str, int | None]]:
    rows = await session.execute(sa.select(Notification.user_id, Notification.kind, Notification.title,  # type: ignore[call-overload]
                                           Notification.subject_id).order_by(Notification.id))
    return [tuple(row) for row in rows]


async def test_a_due_reminder_tells_its_assignee_once(session: AsyncSession) -> None:
    # given a reminder due an hour ago, one due tomorrow, a done one and an unassigned one
    customer = await factories.customer(session, display_name="Maple Street Dental")
    office, viewer = await staff(session, Role.OFFICE)
    due = await reminder(session, customer, assignee=office, text="Call back", due_at=utc_now() - timedelta(hours=1))
    await reminder(session, customer, assignee=office, due_at=utc_now() + timedelta(days=1))
    await reminder(session, customer, assignee=office, due_at=utc_now() - timedelta(hours=1), done_at=utc_now())
    await reminder(session, customer, assignee=None, due_at=utc_now() - timedelta(hours=1))

    # when the sweep runs, and runs again
    first = await notify_due_reminders(session)
    second = await notify_due_reminders(session)

    # then the assignee of the due one is told once, about it
    assert (len(first), second) == (1, [])
    assert await _notifications(session) == [
        (office.id, NotificationKind.REMINDER_DUE, "Reminder: Maple Street Dental", due.id)]
    assert first[0].body == "Call back"

    # and once rescheduled and due again, they are told again (once)
    await update_reminder(session, viewer, due.id, ReminderChanges(due_at=utc_now() - timedelta(minutes=1)))  # type: ignore[arg-type]
    assert len(await notify_due_reminders(session)) == 1
    assert await notify_due_reminders(session) == []
    assert len(await _notifications(session)) == 2


async def test_a_reminder_of_a_disabled_user_is_claimed_without_a_notification(session: AsyncSession) -> None:
    # given a due reminder whose assignee has been disabled since
    customer = await factories.customer(session)
    gone, _ = await staff(session, Role.OFFICE, active=False)
    due = await reminder(session, customer, assignee=gone, due_at=utc_now() - timedelta(hours=1))

    # when the sweep runs
    assert await notify_due_reminders(session) == []

    # then nobody is told, and the reminder is not tried again
    await session.refresh(due)
    assert due.notified_at is not None and await _notifications(session) == []


def test_the_company_day_follows_its_time_zone() -> None:
    # given 03:30 UTC on 8 March 2026, which is still the 7th in Chicago (UTC-6)
    start, end = company_day(ZoneInfo("America/Chicago"), datetime(2026, 3, 8, 3, 30, tzinfo=UTC))

    # then "today" is Chicago's 7th; the 8th is the DST change there, so the next day is 23 hours long
    assert (start, end) == (datetime(2026, 3, 7, 6, tzinfo=UTC), datetime(2026, 3, 8, 6, tzinfo=UTC))
    after_change = company_day(ZoneInfo("America/Chicago"), datetime(2026, 3, 8, 12, tzinfo=UTC))
    assert after_change[1] - after_change[0] == timedelta(hours=23)


async def test_the_office_day_buckets_reminders_in_the_company_time_zone(sessions: Sessions,
                                                                        session: AsyncSession) -> None:
    # given a company far from UTC and reminders yesterday, today and tomorrow there
    zone = ZoneInfo("Pacific/Kiritimati")  # UTC+14: its today is rarely UTC's today
    await factories.company(session, time_zone=str(zone))
    customer = await factories.customer(session)
    office, viewer = await staff(session, Role.OFFICE)
    other, _ = await staff(session, Role.OFFICE)
    start, end = company_day(zone)
    await reminder(session, customer, assignee=office, text="yesterday", due_at=start - timedelta(minutes=1))
    await reminder(session, customer, assignee=office, text="today early", due_at=start)
    await reminder(session, customer, assignee=other, text="today late", due_at=end - timedelta(minutes=1))
    await reminder(session, customer, assignee=office, text="tomorrow", due_at=end)
    await reminder(session, customer, assignee=office, text="done", due_at=start, done_at=utc_now())
    await session.commit()

    async def day(**filter: object) -> list[str]:
        data = await execute(sessions, viewer, DAY, {"filter": filter})
        return [node["text"] for node in data["reminders"]["nodes"]]

    # then each bucket holds its reminders, soonest first, never the done one
    assert await day(due="OVERDUE") == ["yesterday"]
    assert await day(due="TODAY") == ["today early", "today late"]
    assert await day(due="UPCOMING") == ["tomorrow"]
    assert await day() == ["yesterday", "today early", "today late", "tomorrow"]
    # and one person's day is theirs only
    assert await day(due="TODAY", assigneeId=gid("User", office)) == ["today early"]


@pytest.mark.parametrize("who", ["employee", "client", "no-finance client", "integration"])
async def test_only_the_office_reads_the_reminders(sessions: Sessions, session: AsyncSession, who: str) -> None:
    # given a reminder and a viewer who is not office staff
    customer = await factories.customer(session)
    office, _ = await staff(session, Role.OFFICE)
    await reminder(session, customer, assignee=office)
    _, employee = await staff(session, Role.EMPLOYEE)
    await session.commit()
    viewer = {"employee": employee, "client": factories.client_of(customer),
              "no-finance client": factories.client_of(customer, finances=False),
              "integration": Viewer(role=Role.CUSTOMER, customer_id=customer.id, api_token_id=1)}[who]

    # when they ask for reminders
    result = await execute_raw(sessions, viewer, DAY)

    # then they are refused
    assert result.data is None and [e.extensions["code"] for e in result.errors] == ["FORBIDDEN"]
