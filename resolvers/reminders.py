"""Reminders: the office's to-dos about a customer, each for one staff user, and telling them when one comes due.

Writing (office only): `create_reminder`, `update_reminder`, `complete_reminder`, each one transaction with an
activity entry. Reading: `reminders_statement` answers the office's day, in the company's time zone: OVERDUE is
due before today began, TODAY due today, UPCOMING due after today.

Coming due: `notify_due_reminders` is the sweep every server process runs in the background
(`app.background.ReminderSweeper`). One statement claims the due reminders (`UPDATE … SET notified_at = now()
WHERE … notified_at IS NULL … RETURNING`, over rows picked `FOR UPDATE SKIP LOCKED`), and the notifications are
written in that same transaction, so a reminder is claimed and announced together or not at all: however many
processes sweep at once, each assignee is told once. Live delivery (`notificationReceived`) happens after the
commit. Changing a reminder's due time or assignee re-arms it (`notified_at` back to NULL).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable, readable_condition
from auth.viewer import Viewer
from models import Company, Customer, Notification, Reminder, User
from models.base import row_id, utc_now
from models.enums import NotificationKind, Role
from models.problems import Forbidden, Problem, ProblemCode, UserInputError, not_found
from resolvers.crm import customer_for_records, record_activity
from resolvers.values import KEEP, Keep
from subscriptions import events

__all__ = [
    "MAX_TEXT_LENGTH",
    "Due",
    "ReminderChanges",
    "company_day",
    "complete_reminder",
    "create_reminder",
    "notify_due_reminders",
    "reminders_statement",
    "update_reminder",
]

MAX_TEXT_LENGTH = 2_000
SWEEP_BATCH = 200
"""At most this many reminders are claimed by one sweep transaction (the next sweep takes the rest)."""
STAFF_ROLES = (Role.OWNER, Role.OFFICE, Role.EMPLOYEE)
DEFAULT_TIME_ZONE = "America/New_York"


class Due(StrEnum):
    """Where a reminder's due time falls relative to the company's today."""

    OVERDUE = "OVERDUE"
    """Due before today began (and not done)."""
    TODAY = "TODAY"
    """Due today, in the company's time zone."""
    UPCOMING = "UPCOMING"
    """Due after today."""


@dataclass(frozen=True, slots=True)
class ReminderChanges:
    """`reminderUpdate`'s input: `KEEP` for every field not given."""

    text: str | Keep | None = KEEP
    due_at: datetime | Keep | None = KEEP
    assignee_id: int | Keep | None = KEEP


def _require_office(viewer: Viewer) -> None:
    if not viewer.is_office:
        raise Forbidden("Only the office (owner or office staff) may work with reminders.")


async def _time_zone(session: AsyncSession) -> ZoneInfo:
    zone = (await session.execute(sa.select(col(Company.time_zone)).order_by(col(Company.id)).limit(1))).scalar()
    return ZoneInfo(zone or DEFAULT_TIME_ZONE)


def company_day(zone: ZoneInfo, now: datetime | None = None) -> tuple[datetime, datetime]:
    """When today begins and ends where the company is (UTC instants; a DST day may be 23 or 25 hours)."""
    today = (now or datetime.now(UTC)).astimezone(zone).date()
    start = datetime.combine(today, time(), tzinfo=zone)
    end = datetime.combine(today + timedelta(days=1), time(), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def _text(value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        raise UserInputError.one(("input", "text"), ProblemCode.REQUIRED, "Say what is to be done: the text is blank.")
    if len(text) > MAX_TEXT_LENGTH:
        raise UserInputError.one(("input", "text"), ProblemCode.INVALID,
                                 f"The reminder is {len(text)} characters long; shorten it to {MAX_TEXT_LENGTH}.")
    return text


def _due_at(value: datetime | None, zone: ZoneInfo) -> datetime:
    """A due time; one given without a zone is the company's local time. Past times are allowed (catch-up)."""
    if value is None:
        raise UserInputError.one(("input", "dueAt"), ProblemCode.REQUIRED, "Say when the reminder is due.")
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


async def _assignee(session: AsyncSession, viewer: Viewer, user_id: int) -> User:
    """An active staff user (owner, office or field employee): the only people a reminder can be for."""
    statement = sa.select(User).where(readable_condition(viewer, User), col(User.id) == user_id)
    user: User | None = (await session.execute(statement)).scalar()
    if user is None:
        raise not_found(("input", "assigneeId"), "user")
    if user.role not in STAFF_ROLES or not user.active:
        raise UserInputError.one(("input", "assigneeId"), ProblemCode.INVALID,
                                 "A reminder is for an active staff user (owner, office or field employee), "
                                 "not a client or a disabled account.")
    return user


async def _locked_reminder(session: AsyncSession, viewer: Viewer, reminder_id: int) -> Reminder:
    statement = (sa.select(Reminder).where(readable_condition(viewer, Reminder), col(Reminder.id) == reminder_id)
                 .with_for_update().execution_options(populate_existing=True))
    reminder: Reminder | None = (await session.execute(statement)).scalar()
    if reminder is None:
        raise not_found(("input", "reminderId"), "reminder")
    return reminder


async def create_reminder(session: AsyncSession, viewer: Viewer, *, customer_id: int, text: str | None,
                          due_at: datetime | None, assignee_id: int | None) -> Reminder:
    """A new open reminder about a customer, for `assignee_id` (the viewer when not given)."""
    _require_office(viewer)
    problems: list[Problem] = []
    zone = await _time_zone(session)
    cleaned: dict[str, Any] = {}
    for name, check in (("text", lambda: _text(text)), ("due_at", lambda: _due_at(due_at, zone))):
        try:
            cleaned[name] = check()
        except UserInputError as error:
            problems += error.problems
    if problems:
        raise UserInputError(problems)
    # Locked FOR SHARE and checked not merged: a concurrent merge waits for this reminder and then moves it.
    customer = await customer_for_records(session, viewer, customer_id, ("input", "customerId"))
    who = assignee_id if assignee_id is not None else viewer.user_id
    assignee = None if who is None else await _assignee(session, viewer, who)
    reminder = Reminder(customer_id=row_id(customer), text=cleaned["text"], due_at=cleaned["due_at"],
                        assigned_user_id=None if assignee is None else row_id(assignee))
    session.add(reminder)
    await session.flush()
    record_activity(session, viewer, subject=reminder, verb="reminder.created", customer_id=reminder.customer_id,
                    due_at=reminder.due_at.isoformat() if reminder.due_at else None,
                    assignee_user_id=reminder.assigned_user_id)
    await session.flush()
    return reminder


async def update_reminder(session: AsyncSession, viewer: Viewer, reminder_id: int,
                          changes: ReminderChanges) -> Reminder:
    """Change the text, due time or assignee of an open reminder; a new due time or assignee re-arms it."""
    _require_office(viewer)
    reminder = await _locked_reminder(session, viewer, reminder_id)
    if reminder.done_at is not None:
        raise UserInputError.one(("input", "reminderId"), ProblemCode.NOT_ALLOWED,
                                 "This reminder is done and can no longer change. Create a new one.")
    values: dict[str, Any] = {}
    if changes.text is not KEEP:
        values["text"] = _text(changes.text)
    if changes.due_at is not KEEP:
        values["due_at"] = _due_at(changes.due_at, await _time_zone(session))
    if changes.assignee_id is not KEEP:
        if changes.assignee_id is None:
            values["assigned_user_id"] = None
        else:
            values["assigned_user_id"] = row_id(await _assignee(session, viewer, changes.assignee_id))
    changed = {name: value for name, value in values.items() if getattr(reminder, name) != value}
    if not changed:
        return reminder
    for name, value in changed.items():
        setattr(reminder, name, value)
    rearmed = "due_at" in changed or "assigned_user_id" in changed
    if rearmed:
        reminder.notified_at = None
    session.add(reminder)
    names = {"text": "text", "due_at": "dueAt", "assigned_user_id": "assigneeId"}
    record_activity(session, viewer, subject=reminder, verb="reminder.updated", customer_id=reminder.customer_id,
                    fields=[names[name] for name in changed], rearmed=rearmed)
    await session.flush()
    return reminder


async def complete_reminder(session: AsyncSession, viewer: Viewer, reminder_id: int) -> Reminder:
    """Mark a reminder done. Done already: the same reminder back, nothing written (a retry has one effect)."""
    _require_office(viewer)
    reminder = await _locked_reminder(session, viewer, reminder_id)
    if reminder.done_at is not None:
        return reminder
    reminder.done_at = utc_now()
    session.add(reminder)
    record_activity(session, viewer, subject=reminder, verb="reminder.completed", customer_id=reminder.customer_id)
    await session.flush()
    return reminder


# ------------------------------------------------------------------------------------------------ reading


async def reminders_statement(session: AsyncSession, viewer: Viewer, *, due: Due | None = None,
                              assignee_id: int | None = None, now: datetime | None = None) -> sa.Select[Any]:
    """Open reminders for the office's day, soonest first; `due` buckets by the company's today."""
    _require_office(viewer)
    statement = readable(viewer, Reminder).where(col(Reminder.done_at).is_(None))
    if assignee_id is not None:
        statement = statement.where(col(Reminder.assigned_user_id) == assignee_id)
    if due is not None:
        start, end = company_day(await _time_zone(session), now)
        if due is Due.OVERDUE:
            statement = statement.where(col(Reminder.due_at) < start)
        elif due is Due.TODAY:
            statement = statement.where(col(Reminder.due_at) >= start, col(Reminder.due_at) < end)
        else:
            statement = statement.where(col(Reminder.due_at) >= end)
    return statement.order_by(col(Reminder.due_at).nulls_last(), col(Reminder.id))


# ------------------------------------------------------------------------------------------ coming due


@dataclass(frozen=True, slots=True)
class Claimed:
    reminder_id: int
    customer_id: int
    user_id: int
    text: str
    due_at: datetime


async def claim_due_reminders(session: AsyncSession, *, now: datetime | None = None,
                              limit: int = SWEEP_BATCH) -> list[Claimed]:
    """Mark due, open, unannounced reminders announced, and return them: a reminder is claimed by one
    transaction only (rows another sweep holds are skipped; one it already claimed no longer matches)."""
    moment = now or utc_now()
    due = (sa.select(col(Reminder.id))
           .where(col(Reminder.due_at) <= moment, col(Reminder.notified_at).is_(None),
                  col(Reminder.done_at).is_(None), col(Reminder.assigned_user_id).is_not(None))
           .order_by(col(Reminder.due_at), col(Reminder.id)).limit(limit)
           .with_for_update(skip_locked=True))
    claim = (sa.update(Reminder)
             .where(col(Reminder.id).in_(due.scalar_subquery()), col(Reminder.notified_at).is_(None))
             .values(notified_at=moment)
             .returning(col(Reminder.id), col(Reminder.customer_id), col(Reminder.assigned_user_id),
                        col(Reminder.text), col(Reminder.due_at))
             .execution_options(synchronize_session=False))
    rows: list[Any] = list((await session.execute(claim)).all())
    return sorted((Claimed(reminder_id=int(row[0]), customer_id=int(row[1]), user_id=int(row[2]), text=row[3],
                           due_at=row[4]) for row in rows), key=lambda claimed: (claimed.due_at, claimed.reminder_id))


async def notify_due_reminders(session: AsyncSession, *, now: datetime | None = None,
                               limit: int = SWEEP_BATCH) -> list[Notification]:
    """Claim the due reminders and write each active assignee's notification, in the caller's transaction;
    live delivery once it commits. Returns the notifications written."""
    claimed = await claim_due_reminders(session, now=now, limit=limit)
    if not claimed:
        return []
    user_ids = sorted({one.user_id for one in claimed})
    active = set((await session.execute(
        sa.select(col(User.id)).where(col(User.id).in_(user_ids), col(User.active).is_(True),
                                      col(User.role).in_(STAFF_ROLES)))).scalars())
    customer_ids = sorted({one.customer_id for one in claimed})
    found: list[Any] = list((await session.execute(
        sa.select(col(Customer.id), col(Customer.display_name)).where(col(Customer.id).in_(customer_ids)))).all())
    names: dict[int, str] = {row[0]: row[1] for row in found}
    created = []
    for one in claimed:
        if one.user_id not in active:
            continue  # disabled since it was assigned: claimed all the same, so it is not retried forever
        notification = Notification(user_id=one.user_id, kind=NotificationKind.REMINDER_DUE,
                                    title=f"Reminder: {names.get(one.customer_id, 'a customer')}",
                                    body=one.text[:500], subject_type="Reminder", subject_id=one.reminder_id)
        session.add(notification)
        created.append(notification)
    await session.flush()
    for notification in created:
        events.publish_notification_after_commit(session, notification)
    return created
