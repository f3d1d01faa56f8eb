"""Notifications per user and the outbox of mail to send (retried until delivered)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field

from models.base import Base, enum_type, foreign_key, timestamp
from models.enums import NotificationKind


class Notification(Base, table=True):
    __tablename__ = "notification"

    user_id: int = foreign_key("app_user.id", ondelete="CASCADE")
    kind: NotificationKind = Field(sa_type=enum_type(NotificationKind))
    title: str
    body: str | None = None
    subject_type: str | None = None
    subject_id: int | None = Field(default=None, sa_type=sa.BigInteger)
    read_at: datetime | None = timestamp()


class OutboxMail(Base, table=True):
    """A message to deliver. Written in the same transaction as its cause, so none is lost."""

    __tablename__ = "outbox_mail"
    __table_args__ = (
        sa.Index("ix_outbox_mail_pending", "next_attempt_at", postgresql_where=sa.text("sent_at IS NULL")),
    )

    to_address: str
    subject: str
    body_text: str
    body_html: str | None = None
    attempts: int = 0
    next_attempt_at: datetime | None = timestamp()
    sent_at: datetime | None = timestamp()
    last_error: str | None = None
