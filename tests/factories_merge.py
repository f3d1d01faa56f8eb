"""Factories and checks for the reminder, merge and delete tests (see tests/factories.py for the basics)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Customer, Reminder, User
from models.base import utc_now
from models.enums import Role
from tests import factories

# Every table a reminder, merge or delete may write: "nothing changed" compares all of their rows.
CRM_TABLES = ("customer", "reminder", "activity", "notification", "property", "job", "invoice", "batch",
              "payment_transaction", "contact", "note", "notice", "customer_tag", "app_user", "api_token",
              "stored_file", "correction_request", "job_status_change")


async def table_state(sessions: async_sessionmaker[AsyncSession],
                      tables: tuple[str, ...] = CRM_TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of `tables`, in id order: compare before and after a refused write."""
    state: dict[str, list[tuple[Any, ...]]] = {}
    async with sessions() as session:
        for table in tables:
            rows = await session.execute(sa.text(f'SELECT * FROM "{table}" ORDER BY id'))
            state[table] = [tuple(row) for row in rows]
    return state


async def staff(session: AsyncSession, role: Role = Role.OFFICE, **fields: Any) -> tuple[User, Viewer]:
    """A staff user row and its viewer (an employee user gets an employee)."""
    if role is Role.EMPLOYEE and "employee_id" not in fields:
        fields["employee_id"] = (await factories.employee(session)).id
    user = await factories.user(session, role, **fields)
    return user, Viewer(user_id=user.id, role=role, employee_id=user.employee_id)


async def reminder(session: AsyncSession, about: Customer, *, assignee: User | None, text: str = "Call back",
                   due_at: datetime | None = None, **fields: Any) -> Reminder:
    row = Reminder(customer_id=about.id, text=text,  # type: ignore[arg-type]
                   due_at=due_at or utc_now() + timedelta(days=2),
                   assigned_user_id=None if assignee is None else assignee.id, **fields)
    session.add(row)
    await session.flush()
    return row


async def trail(sessions: async_sessionmaker[AsyncSession], customer_id: int | None = None,
                ) -> list[tuple[str, str, int, dict[str, Any]]]:
    """(verb, subject type, subject id, details) of the activity, oldest first (of one customer if given)."""
    statement = "SELECT verb, subject_type, subject_id, details, customer_id FROM activity ORDER BY id"
    async with sessions() as session:
        rows = (await session.execute(sa.text(statement))).all()
    return [(row[0], row[1], row[2], row[3]) for row in rows if customer_id is None or row[4] == customer_id]
