"""Job events: announcing a committed status move (and the notifications it creates), and reading the
append-only log of moves (`JobStatusChange` rows, in id order) for catch-up and live delivery.

The log's order is the order moves happened to each job: `set_job_status` locks the job row before it
inserts the history row, so a later move of one job always has a larger id.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from auth.scope import readable, readable_condition
from auth.viewer import Viewer
from models import Company, Job, JobStatusChange, Notification, Property, User, UserProperty
from models.enums import JobStatus, NotificationKind, Role
from resolvers.pagination import decode_cursor, encode_cursor
from subscriptions.events import publish_job_status_after_commit, publish_notification_after_commit

EVENT_CURSOR_PREFIX = "jobEvent:"
MAX_CATCH_UP = 100
"""At most this many moves of one job are delivered at once to fill a gap in a live subscription."""


# ---------------------------------------------------------------------------------------------------------
# Writing: announce a move once it commits; a finished job notifies the client's portal users.


async def announce_status_change(session: AsyncSession, job: Job, change: JobStatusChange) -> list[Notification]:
    """Called by `set_job_status` in its transaction, after the history row is flushed.

    Publishes the move after commit and, for a move to FINISHED when the company lets clients know,
    creates a JOB_COMPLETED notification for each portal user of the customer who may see the job's
    property (in the same transaction), each published after commit. Returns the notifications made.
    """
    publish_job_status_after_commit(session, change)
    if change.to_status is not JobStatus.FINISHED or change.from_status is JobStatus.FINISHED:
        return []
    return await notify_job_completed(session, job)


async def notify_job_completed(session: AsyncSession, job: Job) -> list[Notification]:
    company = (await session.execute(sa.select(Company).order_by(col(Company.id)).limit(1))).scalar()
    if company is not None and not company.notify_clients_job_completed:
        return []
    limited = sa.exists().where(col(UserProperty.user_id) == col(User.id))
    allowed = sa.exists().where(col(UserProperty.user_id) == col(User.id),
                                col(UserProperty.property_id) == job.property_id)
    recipients = [user_id for user_id in (await session.execute(
        sa.select(col(User.id)).where(
            col(User.role) == Role.CUSTOMER, col(User.customer_id) == job.customer_id,
            col(User.active).is_(True), sa.or_(~limited, allowed),
        ).order_by(col(User.id))
    )).scalars() if user_id is not None]
    if not recipients:
        return []
    place = (await session.execute(sa.select(col(Property.name)).where(col(Property.id) == job.property_id))
             ).scalar()
    notifications = [
        Notification(user_id=user_id, kind=NotificationKind.JOB_COMPLETED, title="Your job is done",
                     body=place, subject_type="Job", subject_id=job.id)
        for user_id in recipients
    ]
    session.add_all(notifications)
    await session.flush()
    for notification in notifications:
        publish_notification_after_commit(session, notification)
    return notifications


# ---------------------------------------------------------------------------------------------------------
# Reading the log.


def encode_event_cursor(change_id: int) -> str:
    return encode_cursor(change_id, EVENT_CURSOR_PREFIX)


def decode_event_cursor(cursor: str) -> int:
    """The change id behind a `jobEvents` cursor; InvalidCursor for anything we did not hand out."""
    return decode_cursor(cursor, EVENT_CURSOR_PREFIX, "jobEvents or an event")


@dataclass(frozen=True, slots=True)
class EventPage:
    changes: list[JobStatusChange]
    has_next_page: bool
    total_count: int
    """How many readable moves follow the `after` cursor (this page included)."""


async def job_events_page(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, *, after_id: int | None,
                          limit: int) -> EventPage:
    """The viewer's readable moves with id > `after_id`, oldest first: one page and how many follow."""
    statement = readable(viewer, JobStatusChange)
    if after_id is not None:
        statement = statement.where(col(JobStatusChange.id) > after_id)
    counted = statement.add_columns(sa.func.count().over().label("total")).order_by(
        col(JobStatusChange.id)).limit(limit + 1)
    async with sessions() as session:
        rows = (await session.execute(counted)).all()
    changes = [row[0] for row in rows]
    return EventPage(changes=changes[:limit], has_next_page=len(changes) > limit,
                     total_count=rows[0].total if rows else 0)


async def changes_to_deliver(session: AsyncSession, viewer: Viewer, job_id: int, change_id: int,
                             delivered_up_to: int | None) -> Sequence[JobStatusChange]:
    """The moves of `job_id` a live subscriber should get on hearing of `change_id`, oldest first.

    Without `delivered_up_to`, just that move; with it, every move after it up to `change_id` (so moves whose
    announcements crossed in flight, or were lost, are delivered in order); nothing once it is past
    `change_id`. Empty when the viewer may not read the job.
    """
    if delivered_up_to is not None and change_id <= delivered_up_to:
        return []
    statement = readable(viewer, JobStatusChange).where(col(JobStatusChange.job_id) == job_id)
    if delivered_up_to is None:
        statement = statement.where(col(JobStatusChange.id) == change_id)
    else:
        statement = statement.where(col(JobStatusChange.id) > delivered_up_to,
                                    col(JobStatusChange.id) <= change_id)
    statement = statement.order_by(col(JobStatusChange.id).desc()).limit(MAX_CATCH_UP)
    return list(reversed((await session.execute(statement)).scalars().all()))


@dataclass(frozen=True, slots=True)
class JobState:
    """Where a job stands now, as a live subscriber's first message needs it: a light row, no ORM job."""

    job_id: int
    customer_id: int
    status: JobStatus
    updated_at: datetime
    latest: JobStatusChange | None
    """Its latest move (None for a job never moved)."""


async def job_state(session: AsyncSession, viewer: Viewer, job_id: int) -> JobState | None:
    """The job's status and latest move as the viewer may read them (None when it can't read the job), in one
    statement: the subscriber's snapshot, read once per (re)connection, so its cost is paid N times in a
    reconnect storm."""
    latest_id = (sa.select(col(JobStatusChange.id)).where(col(JobStatusChange.job_id) == col(Job.id))
                 .order_by(col(JobStatusChange.id).desc()).limit(1).correlate(Job).scalar_subquery())
    statement = (
        sa.select(col(Job.customer_id), col(Job.status), col(Job.updated_at), JobStatusChange)
        .select_from(Job)
        .outerjoin(JobStatusChange, col(JobStatusChange.id) == latest_id)
        .where(col(Job.id) == job_id, readable_condition(viewer, Job))
    )
    row = (await session.execute(statement)).first()
    if row is None:
        return None
    customer_id, status, updated_at, latest = row
    return JobState(job_id=job_id, customer_id=customer_id, status=status, updated_at=updated_at, latest=latest)


async def customer_of_job(session: AsyncSession, viewer: Viewer, job_id: int) -> int | None:
    """The customer owning a job the viewer may read (None otherwise): the channel to listen on."""
    statement = sa.select(col(Job.customer_id)).where(col(Job.id) == job_id, readable_condition(viewer, Job))
    customer_id: int | None = (await session.execute(statement)).scalar_one_or_none()
    return customer_id


def taken_off_job(viewer: Viewer, removed_employee_ids: Collection[int]) -> bool:
    """Whether `viewer` is a field employee a change of a job's crew took off it (`jobChanged`).

    They can no longer read the job, yet their day still shows it until they hear of the change; they are told
    the job's id and that its crew changed, which they knew, and nothing else (the job reads as null). Team
    membership grants no job (an employee reads the jobs they are assigned to), so a team change takes none.
    """
    return viewer.role is Role.EMPLOYEE and viewer.employee_id is not None \
        and viewer.employee_id in removed_employee_ids


async def customer_of_property(session: AsyncSession, viewer: Viewer, property_id: int) -> int | None:
    """The customer owning a property the viewer may read (None otherwise)."""
    statement = sa.select(col(Property.customer_id)).where(col(Property.id) == property_id,
                                                          readable_condition(viewer, Property))
    customer_id: int | None = (await session.execute(statement)).scalar_one_or_none()
    return customer_id


async def own_notification(session: AsyncSession, viewer: Viewer, notification_id: int) -> Notification | None:
    """A notification of the viewer's own (None for anyone else's)."""
    if viewer.user_id is None:
        return None
    statement = sa.select(Notification).where(col(Notification.id) == notification_id,
                                              col(Notification.user_id) == viewer.user_id)
    return (await session.execute(statement)).scalar_one_or_none()


