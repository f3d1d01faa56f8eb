"""The office's side of a customer: reminders, notices, notes and the activity trail (staff only)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field

from models.base import Base, enum_type, foreign_key, timestamp
from models.enums import NoteVisibility


class Reminder(Base, table=True):
    """A to-do about a customer for one staff user, due at a moment; its assignee is told once when it comes due."""

    __tablename__ = "reminder"
    __table_args__ = (
        # The due-reminder sweep reads only the armed ones: open, not yet announced, with someone to tell.
        sa.Index("ix_reminder_armed_due", "due_at",
                 postgresql_where=sa.text("notified_at IS NULL AND done_at IS NULL AND assigned_user_id IS NOT NULL")),
    )

    customer_id: int = foreign_key("customer.id", ondelete="CASCADE")
    text: str
    due_at: datetime | None = timestamp()
    done_at: datetime | None = timestamp()
    assigned_user_id: int | None = foreign_key("app_user.id", nullable=True)
    notified_at: datetime | None = timestamp()
    """When the assignee was told it came due; NULL while armed (a new due time or assignee re-arms it)."""


class Notice(Base, table=True):
    """A banner the office sees whenever it opens the customer (e.g. "gate code changed")."""

    __tablename__ = "notice"

    customer_id: int = foreign_key("customer.id", ondelete="CASCADE")
    text: str
    active: bool = True


class Note(Base, table=True):
    """A note on a customer (optionally about a property or job): internal or customer-facing."""

    __tablename__ = "note"

    customer_id: int = foreign_key("customer.id", ondelete="CASCADE")
    property_id: int | None = foreign_key("property.id", nullable=True)
    job_id: int | None = foreign_key("job.id", nullable=True)
    visibility: NoteVisibility = Field(default=NoteVisibility.INTERNAL, sa_type=enum_type(NoteVisibility))
    body: str
    author_user_id: int | None = foreign_key("app_user.id", nullable=True, index=False)


class Activity(Base, table=True):
    """Append-only history of who did what to which record."""

    __tablename__ = "activity"
    __table_args__ = (sa.Index("ix_activity_subject", "subject_type", "subject_id"),)

    actor_user_id: int | None = foreign_key("app_user.id", nullable=True, index=False)
    customer_id: int | None = foreign_key("customer.id", nullable=True)
    subject_type: str
    subject_id: int = Field(sa_type=sa.BigInteger)
    verb: str
    details: dict[str, Any] = Field(default_factory=dict, sa_type=JSONB)
