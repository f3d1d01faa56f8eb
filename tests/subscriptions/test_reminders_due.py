"""Reminders coming due with two server processes sweeping the same database: each assignee is told once."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.database import libpq_url
from models import Notification, Reminder
from models.base import utc_now
from models.enums import NotificationKind
from tests.subscriptions.conftest import GraphQLWS, People, ready, server_process

pytestmark = [pytest.mark.timeout(240), pytest.mark.committed]  # committed: two server processes read the rows

RECEIVED = "subscription { notificationReceived { id kind title body } }"
REMINDERS = 30


async def test_two_processes_tell_the_assignee_of_each_due_reminder_exactly_once(
    people: People, migrated_database_url: str, sessions: async_sessionmaker[AsyncSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given two server processes that both sweep for due reminders many times a second
    monkeypatch.setenv("REMINDER_SWEEP_SECONDS", "0.05")
    broadcast = libpq_url(migrated_database_url)
    async with server_process(migrated_database_url, broadcast) as a, \
            server_process(migrated_database_url, broadcast) as b, \
            GraphQLWS.open(a, people.office.token) as on_a, GraphQLWS.open(b, people.office.token) as on_b:
        # and the office user listening for notifications on each of them
        await on_a.subscribe(RECEIVED)
        await on_b.subscribe(RECEIVED)
        await ready(on_b, 0.5)

        # when thirty reminders for them come due at once
        async with sessions() as session, session.begin():
            session.add_all(Reminder(customer_id=people.customer.id, text=f"Call back #{n}",  # type: ignore[arg-type]
                                     due_at=utc_now() - timedelta(seconds=1), assigned_user_id=people.office.user.id)
                            for n in range(REMINDERS))

        # then each socket hears of each reminder once, and of nothing more while both keep sweeping
        for listener in (on_a, on_b):
            heard = [(await listener.next_data(within=30))["notificationReceived"] for _ in range(REMINDERS)]
            assert sorted(note["body"] for note in heard) == sorted(f"Call back #{n}" for n in range(REMINDERS))
            assert {note["kind"] for note in heard} == {"REMINDER_DUE"}
        await on_a.nothing_within(1.0)
        await on_b.nothing_within(0.2)

    # and the database holds exactly one notification per reminder
    async with sessions() as session:
        rows = (await session.execute(
            sa.select(Notification.subject_id, sa.func.count())  # type: ignore[call-overload]
            .where(Notification.kind == NotificationKind.REMINDER_DUE).group_by(Notification.subject_id))).all()
        armed = (await session.execute(sa.select(sa.func.count()).select_from(Reminder)
                                       .where(Reminder.notified_at.is_(None)))).scalar_one()  # type: ignore[union-attr]
    assert len(rows) == REMINDERS and {count for _, count in rows} == {1}
    assert armed == 0
