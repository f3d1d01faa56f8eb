"""Publish-after-commit: announce a committed job status move, proof change or notification to every process.

Writers call these inside their transaction; nothing is sent until it commits (`after_commit`), and a
rolled-back transaction announces nothing. The broadcaster travels with the session: the app binds it to its
session factory at start-up (`bind_broadcast`), so business rules need no global and a session without one
(a script, a unit test) simply publishes nothing.

Delivery is at most once (see `subscriptions.broadcast`); a lost announcement is repaired by the reader,
who re-reads current state on (re)connect or catches up through `jobEvents`. A failed publish is logged and
never fails the write, which has already committed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from models import JobStatusChange, Notification
from models.after_commit import after_commit
from subscriptions.broadcast import Broadcaster
from subscriptions.channels import (
    JOB_CHANGES,
    JobChangeMessage,
    JobProofMessage,
    JobStatusMessage,
    NotificationMessage,
    ProofChange,
)

__all__ = [
    "BROADCAST_KEY",
    "JOB_CHANGES",
    "bind_broadcast",
    "broadcast_of",
    "publish_job_changed_after_commit",
    "publish_job_proof_after_commit",
    "publish_job_status_after_commit",
    "publish_notification_after_commit",
]

log = logging.getLogger(__name__)

BROADCAST_KEY = "dop.broadcast"
"""Where a session's `info` holds the broadcaster its writes announce through."""


def bind_broadcast(sessions: async_sessionmaker[AsyncSession], broadcast: Broadcaster | None) -> None:
    """Every session `sessions` opens from now on announces its commits through `broadcast`."""
    info = dict(sessions.kw.get("info") or {})
    if broadcast is None:
        info.pop(BROADCAST_KEY, None)
    else:
        info[BROADCAST_KEY] = broadcast
    sessions.configure(info=info)


def broadcast_of(session: AsyncSession | Session) -> Broadcaster | None:
    broadcast = session.info.get(BROADCAST_KEY)
    return broadcast if isinstance(broadcast, Broadcaster) else None


async def _publish(broadcast: Broadcaster, channels: tuple[str, ...], message: str) -> None:
    try:
        await broadcast.publish_many(channels, message)
    except Exception:
        log.exception("broadcast: could not announce %s on %r", message, channels)


def _after_commit(session: AsyncSession, channels: tuple[str, ...], message: str) -> None:
    broadcast = broadcast_of(session)
    if broadcast is None:
        return

    async def send() -> Any:
        await _publish(broadcast, channels, message)

    after_commit(session, send)


def publish_job_status_after_commit(session: AsyncSession, change: JobStatusChange) -> None:
    """Announce `change` (flushed, so it has an id) once `session` commits."""
    if change.id is None:
        raise ValueError("flush the JobStatusChange before announcing it")
    message = JobStatusMessage(change_id=change.id, job_id=change.job_id, customer_id=change.customer_id,
                               property_id=change.property_id)
    _after_commit(session, message.channels(), message.to_json())


def publish_job_changed_after_commit(session: AsyncSession, *, job_id: int, customer_id: int, property_id: int,
                                     fields: Iterable[str], removed_employee_ids: Iterable[int] = ()) -> None:
    """Announce that a job's crew or time changed (`fields`: its changed column names) once `session` commits, so
    another office user's day board and week view follow a reassignment without a reload (`jobChanged`).

    Ids only, like every message here: the subscriber re-reads the job through the viewer's scope. That re-read
    no longer finds the job for an employee the change took off it, so the writer names them
    (`removed_employee_ids`, read in its transaction before the change) and they hear of it all the same.
    Published on `jobs.changed` (staff listen) and `jobs.changed.<customer id>` (that customer's clients)."""
    message = JobChangeMessage(job_id=job_id, customer_id=customer_id, property_id=property_id,
                               fields=tuple(fields), removed_employee_ids=frozenset(removed_employee_ids))
    _after_commit(session, message.channels(), message.to_json())


def publish_notification_after_commit(session: AsyncSession, notification: Notification) -> None:
    """Deliver `notification` (flushed) to its user's live `notificationReceived` once `session` commits."""
    if notification.id is None:
        raise ValueError("flush the Notification before announcing it")
    message = NotificationMessage(notification_id=notification.id, user_id=notification.user_id)
    _after_commit(session, message.channels(), message.to_json())


def publish_job_proof_after_commit(session: AsyncSession, *, job_id: int, customer_id: int, property_id: int,
                                   change: ProofChange, staff_only: bool = False) -> None:
    """Tell whoever watches the job (`jobProofChanged`) that its proof changed, once `session` commits.
    `staff_only` when the client cannot see the change (a file hidden from them)."""
    message = JobProofMessage(job_id=job_id, customer_id=customer_id, property_id=property_id,
                              change=change, staff_only=staff_only)
    _after_commit(session, message.channels(), message.to_json())
