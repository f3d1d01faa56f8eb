"""Live updates over the WebSocket (`jobStatusChanged`, `jobChanged`, `jobProofChanged`, `notificationReceived`),
and the catch-up reads that go with them (`jobEvents`, `notifications`).

How a live subscription works: it listens on one broadcast channel (see `subscriptions.channels`), drops in
memory every announcement its arguments or the viewer's customer rule out, and for each remaining one opens
a short session to re-read the move through the viewer's scope (no session stays open between events) and
gives the connection fresh loaders, so the yielded `job` is read now, with every field rule applied. A move
the viewer may not read yields nothing.

When the broadcast server goes away (Redis down), events published meanwhile are lost: every live subscription
is ended by closing its WebSocket with 1013 ("try again later"), and new ones are refused the same way until
it is back, so clients reconnect with backoff and catch up as below instead of waiting for events that were
lost.

Reconnecting, never wrong:
  * `jobStatusChanged(jobId: …)` first yields the job's current state (`snapshot: true`,
    `previousStatus` = `status`), then every later move.
  * Without `jobId`, a portal reloads its list on (re)connect (`jobs(filter: …)`); an integration that
    stores each event's `cursor` calls `jobEvents(after: <last cursor>)` to get every move it missed.
  * `jobProofChanged(jobId: …)` first yields the job as it is now (`snapshot: true`), then the job again after
    each change to its checklist or files: a reconnect's snapshot is all a page needs.
  * `jobChanged` (a job's crew or time changed by `jobUpdate` or its plan) carries no history: a board reloads
    its day on (re)connect, and every event is the job as it is now.
  * `notificationReceived`: the portal reads `notifications(unreadOnly: true)` on (re)connect.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import AsyncGenerator
from contextlib import aclosing
from datetime import datetime
from typing import Annotated, Any

import sqlalchemy as sa
import strawberry
from strawberry import relay
from strawberry.relay import GlobalID

import models
from auth.permissions import STAFF_ONLY, staff_only
from auth.viewer import Viewer
from resolvers import job_events
from resolvers.loaders import Loaders, root_page
from resolvers.notifications import notifications_statement
from resolvers.pagination import InvalidCursor
from schema.context import Context, Info
from schema.enums import JobStatus, NotificationKind
from schema.errors import NotAuthenticated, PublicError
from schema.jobs import Job, JobStatusChange
from schema.query import NODE_MODELS
from schema.relay import Connection, Edge, PageInfo, WrongId, connection, decode_global_id, window
from subscriptions.broadcast import (
    INTERRUPTED_CLOSE_CODE,
    SLOW_CONSUMER_CLOSE_CODE,
    BoundedSubscriber,
    BroadcastInterrupted,
    BroadcastUnavailable,
    SubscriberTooSlow,
)
from subscriptions.channels import (
    ALL_JOBS,
    JOB_CHANGES,
    BadMessage,
    JobChangeMessage,
    JobProofMessage,
    JobStatusMessage,
    NotificationMessage,
    ProofChange,
    customer_job_changes,
    customer_jobs,
    job_proof,
    user_notifications,
)
from subscriptions.reads import live_read

log = logging.getLogger(__name__)

SUBJECT_MODELS: dict[str, type[Any]] = {model.__name__: model for model in NODE_MODELS.values()}
_closing: set[asyncio.Task[None]] = set()


# ---------------------------------------------------------------------------------------------------------
# Types


@strawberry.type(description="A job's status moved (or, with `snapshot`, where it stands now).")
class JobStatusEvent:
    change_row: strawberry.Private[models.JobStatusChange | None]
    job_id: strawberry.Private[int]
    snapshot: bool = strawberry.field(
        description="True for the first message of `jobStatusChanged(jobId:)`: the job's current state, not "
        "a move (`previousStatus` = `status`).")
    previous_status: JobStatus | None = strawberry.field(
        description="The status before the move (null when the job was created).")
    status: JobStatus = strawberry.field(description="The status after the move.")
    changed_at: datetime | None = strawberry.field(description="When it moved (UTC).")
    cursor: str | None = strawberry.field(
        description="Position of this move in the event log: pass it to `jobEvents(after:)` to catch up "
        "on every move after it.")

    @strawberry.field(description="The job as it is now, under the viewer's field rules.")
    async def job(self, info: Info) -> Job | None:
        return await info.context.loaders.by_id(models.Job).load(self.job_id)  # type: ignore[return-value]

    @strawberry.field(description="The status history row of this move.")
    def change(self) -> JobStatusChange | None:
        return self.change_row  # type: ignore[return-value]

    @strawberry.field(description=f"Who moved it (the user's name). {STAFF_ONLY}", extensions=staff_only())
    async def changed_by(self, info: Info) -> str | None:
        if self.change_row is None or self.change_row.changed_by_user_id is None:
            return None
        name: str | None = await info.context.loaders.values("user.name", _user_names).load(
            self.change_row.changed_by_user_id)
        return name


def _user_names(user_ids: list[int]) -> sa.Select[Any]:
    user: Any = models.User
    return sa.select(user.id, sa.func.coalesce(user.name, user.username)).where(user.id.in_(user_ids))


def event_of(change: models.JobStatusChange) -> JobStatusEvent:
    assert change.id is not None
    return JobStatusEvent(change_row=change, job_id=change.job_id, snapshot=False,
                          previous_status=change.from_status, status=change.to_status,  # type: ignore[arg-type]
                          changed_at=change.created_at, cursor=job_events.encode_event_cursor(change.id))


def snapshot_of(state: job_events.JobState) -> JobStatusEvent:
    latest = state.latest
    return JobStatusEvent(
        change_row=latest, job_id=state.job_id, snapshot=True, previous_status=state.status,  # type: ignore[arg-type]
        status=state.status, changed_at=latest.created_at if latest is not None else state.updated_at,  # type: ignore[arg-type]
        cursor=job_events.encode_event_cursor(latest.id) if latest is not None and latest.id else None,
    )


strawberry.enum(ProofChange, description="What part of a job's proof of work changed.")


@strawberry.enum(description="What `jobUpdate` (or the job's recurring plan) changed of a job's place on the board.")
class JobChangedField(enum.Enum):
    TIME = "TIME"
    TEAM = "TEAM"
    EMPLOYEES = "EMPLOYEES"


_CHANGED_FIELD = {"scheduled_start": JobChangedField.TIME, "scheduled_end": JobChangedField.TIME,
                  "team_id": JobChangedField.TEAM, "employee_ids": JobChangedField.EMPLOYEES}


@strawberry.type(description="A job's crew or time changed: the job as it is now.")
class JobChangedEvent:
    job_row_id: strawberry.Private[int]
    fields: list[JobChangedField] = strawberry.field(description="What changed (time, team, employees).")

    @strawberry.field(description="The job's id: also for an employee the change took off the job, whose `job` "
                      "is null, so their list can drop it.")
    def job_id(self) -> strawberry.ID:
        return strawberry.ID(relay.to_base64("Job", self.job_row_id))

    @strawberry.field(description="The job as it is now, under the viewer's field rules; null for an employee "
                      "the change took off the job (no longer theirs: drop it from their day).")
    async def job(self, info: Info) -> Job | None:
        return await info.context.loaders.by_id(models.Job).load(self.job_row_id)  # type: ignore[return-value]


def _changed_fields(message: JobChangeMessage) -> list[JobChangedField]:
    """What a change means on the board (TIME, TEAM, EMPLOYEES), each once; a column it doesn't show adds none."""
    return list(dict.fromkeys(_CHANGED_FIELD[name] for name in message.fields if name in _CHANGED_FIELD))


@strawberry.type(description="A job's proof of work changed (or, with `snapshot`, the job as it is now).")
class JobProofEvent:
    job_id: strawberry.Private[int]
    snapshot: bool = strawberry.field(
        description="True for the first message: the job's current state, not a change (`change` is null).")
    change: ProofChange | None = strawberry.field(
        description="What changed: CHECKLIST (an item ticked, unticked or added) or FILES (a photo or document "
        "attached, shown or hidden).")

    @strawberry.field(description="The job as it is now (checklist, files…), under the viewer's field rules.")
    async def job(self, info: Info) -> Job | None:
        return await info.context.loaders.by_id(models.Job).load(self.job_id)  # type: ignore[return-value]


@strawberry.type(description="A message for the signed-in user (a finished job, later invoices and payments).")
class Notification:
    row: strawberry.Private[models.Notification]

    @strawberry.field(description="Opaque id of the notification.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(relay.to_base64("Notification", self.row.id))

    @strawberry.field(description="What it is about.")
    def kind(self) -> NotificationKind:
        return self.row.kind  # type: ignore[return-value]

    @strawberry.field(description="One line to show.")
    def title(self) -> str:
        return self.row.title

    @strawberry.field(description="More detail, if any.")
    def body(self) -> str | None:
        return self.row.body

    @strawberry.field(description="When it was created (UTC).")
    def created_at(self) -> datetime:
        return self.row.created_at

    @strawberry.field(description="When the user read it (UTC); null while unread.")
    def read_at(self) -> datetime | None:
        return self.row.read_at

    @strawberry.field(description="What it is about (a job, invoice, batch or payment), if the viewer may read it.")
    async def subject(self, info: Info) -> relay.Node | None:
        model = SUBJECT_MODELS.get(self.row.subject_type or "")
        if model is None or self.row.subject_id is None:
            return None
        return await info.context.loaders.by_id(model).load(self.row.subject_id)  # type: ignore[no-any-return]


# ---------------------------------------------------------------------------------------------------------
# Helpers


def _database_id(global_id: GlobalID | None, type_name: str, argument: str) -> int | None:
    if global_id is None:
        return None
    try:
        return decode_global_id(global_id, type_name)
    except WrongId:
        raise PublicError(f"`{argument}` must be a {type_name} id.") from None


def _viewer(info: Info) -> Viewer:
    viewer = info.context.viewer
    if not viewer.is_authenticated:
        raise NotAuthenticated("Sign in to receive live updates.")
    return viewer


def _broadcast(info: Info) -> Any:
    broadcast = info.context.broadcast
    if broadcast is None:
        raise PublicError("Live updates are not available on this server.")
    return broadcast


def _fresh_loaders(context: Context) -> None:
    """Each event is read anew: the connection's loaders would otherwise serve what they cached before."""
    context.loaders = Loaders(viewer=context.viewer, sessions=context.sessions)


INTERRUPTED_REASON = "Live updates were interrupted: reconnect, then catch up (jobEvents(after:))"
INTERRUPTED_WAIT = 30.0
"""How long an interrupted subscription waits for its connection's shutdown to cancel it (seconds)."""


def cut_off(context: Context, reason: str, code: int = SLOW_CONSUMER_CLOSE_CODE) -> None:
    """Close the connection, by default with SLOW_CONSUMER_CLOSE_CODE (its client stopped reading)."""
    websocket = context.request
    close = getattr(websocket, "close", None)
    if close is None:
        return

    async def run() -> None:
        try:
            await close(code=code, reason=reason[:120])
        except Exception:
            log.debug("closing a WebSocket (%d) failed", code, exc_info=True)

    task = asyncio.create_task(run())
    _closing.add(task)
    task.add_done_callback(_closing.discard)


async def interrupted(context: Context) -> None:
    """Close the connection with INTERRUPTED_CLOSE_CODE and wait for its shutdown to cancel this subscription.

    The subscription must not complete first: a client resubscribes, after reconnecting, only what was not
    completed.
    """
    if getattr(context.request, "close", None) is None:
        return
    cut_off(context, INTERRUPTED_REASON, INTERRUPTED_CLOSE_CODE)
    await asyncio.sleep(INTERRUPTED_WAIT)


def _watch(context: Context, broadcast: Any, subscriber: BoundedSubscriber) -> Any:
    on_overflow = getattr(broadcast, "on_overflow", None)
    if on_overflow is None:
        return lambda: None
    reason = "too slow: events piled up"
    return on_overflow(subscriber, lambda: cut_off(context, reason))


def _wanted(message: JobStatusMessage | JobChangeMessage, viewer: Viewer, job_id: int | None,
            property_id: int | None, customer_id: int | None) -> bool:
    """Whether an announcement may concern this subscription (decided without reading anything)."""
    if job_id is not None and message.job_id != job_id:
        return False
    if property_id is not None and message.property_id != property_id:
        return False
    if customer_id is not None and message.customer_id != customer_id:
        return False
    if viewer.is_client:
        if message.customer_id != viewer.customer_id:
            return False
        if viewer.property_ids is not None and message.property_id not in viewer.property_ids:
            return False
    return True


# ---------------------------------------------------------------------------------------------------------
# Subscriptions


async def job_status_changed(
    info: Info,
    job_id: Annotated[GlobalID | None, strawberry.argument(description="Only this job.")] = None,
    property_id: Annotated[GlobalID | None, strawberry.argument(description="Only jobs at this property.")] = None,
    customer_id: Annotated[GlobalID | None, strawberry.argument(description="Only this customer's jobs.")] = None,
) -> AsyncGenerator[JobStatusEvent, None]:
    viewer = _viewer(info)
    broadcast = _broadcast(info)
    context = info.context
    job = _database_id(job_id, "Job", "jobId")
    place = _database_id(property_id, "Property", "propertyId")
    owner = _database_id(customer_id, "Customer", "customerId")

    if viewer.is_client:
        channel = customer_jobs(viewer.customer_id or 0)
    elif owner is not None:
        channel = customer_jobs(owner)
    elif job is not None or place is not None:
        async with live_read(context.sessions) as session:
            if job is not None:
                owner_of = await job_events.customer_of_job(session, viewer, job)
            else:
                owner_of = await job_events.customer_of_property(session, viewer, place)  # type: ignore[arg-type]
        # Not readable: behaves like a job that does not exist; it will never yield.
        channel = customer_jobs(owner_of) if owner_of is not None else ALL_JOBS
    else:
        channel = ALL_JOBS

    delivered: dict[int, int] = {}  # job id → last change id yielded
    try:
        async with aclosing(_job_events(context, broadcast, viewer, channel, delivered, job, place, owner)) as events:
            async for event in events:
                yield event
    except (BroadcastInterrupted, BroadcastUnavailable):
        await interrupted(context)


async def _job_events(context: Context, broadcast: Any, viewer: Viewer, channel: str, delivered: dict[int, int],
                      job: int | None, place: int | None, owner: int | None,
                      ) -> AsyncGenerator[JobStatusEvent, None]:
    async with broadcast.subscribe(channel) as subscriber:
        unwatch = _watch(context, broadcast, subscriber)
        try:
            if job is not None:
                # Listening first, then reading: a move committed in between is read here or announced later.
                async with live_read(context.sessions) as session:
                    state = await job_events.job_state(session, viewer, job)
                if state is None:
                    raise PublicError("No job with this id (or you may not see it).")
                snapshot = snapshot_of(state)
                if state.latest is not None and state.latest.id is not None:
                    delivered[job] = state.latest.id
                _fresh_loaders(context)
                yield snapshot
            async for event in subscriber:
                try:
                    message = JobStatusMessage.from_json(event.message)
                except BadMessage:
                    log.warning("jobStatusChanged: ignoring a foreign message on %r", event.channel)
                    continue
                if not _wanted(message, viewer, job, place, owner):
                    continue
                async with live_read(context.sessions) as session:
                    changes = await job_events.changes_to_deliver(
                        session, viewer, message.job_id, message.change_id, delivered.get(message.job_id))
                for change in changes:
                    assert change.id is not None
                    delivered[message.job_id] = change.id
                    _fresh_loaders(context)
                    yield event_of(change)
        except SubscriberTooSlow as error:
            cut_off(context, str(error))
        finally:
            unwatch()


async def job_changed(info: Info) -> AsyncGenerator[JobChangedEvent, None]:
    viewer = _viewer(info)
    broadcast = _broadcast(info)
    context = info.context
    channel = customer_job_changes(viewer.customer_id or 0) if viewer.is_client else JOB_CHANGES
    try:
        async with aclosing(_job_changes(context, broadcast, viewer, channel)) as events:
            async for event in events:
                yield event
    except (BroadcastInterrupted, BroadcastUnavailable):
        await interrupted(context)


async def _job_changes(context: Context, broadcast: Any, viewer: Viewer, channel: str,
                       ) -> AsyncGenerator[JobChangedEvent, None]:
    async with broadcast.subscribe(channel) as subscriber:
        unwatch = _watch(context, broadcast, subscriber)
        try:
            async for event in subscriber:
                try:
                    message = JobChangeMessage.from_json(event.message)
                except BadMessage:
                    log.warning("jobChanged: ignoring a foreign message on %r", event.channel)
                    continue
                fields = _changed_fields(message)
                if not fields or not _wanted(message, viewer, None, None, None):
                    continue
                if job_events.taken_off_job(viewer, message.removed_employee_ids):
                    fields = [JobChangedField.EMPLOYEES]  # all they may learn: the job is no longer theirs
                else:
                    async with live_read(context.sessions) as session:
                        if await job_events.customer_of_job(session, viewer, message.job_id) is None:
                            continue  # not the viewer's to read (another customer's, an employee's other jobs)
                _fresh_loaders(context)
                yield JobChangedEvent(job_row_id=message.job_id, fields=fields)
        except SubscriberTooSlow as error:
            cut_off(context, str(error))
        finally:
            unwatch()


async def job_proof_changed(
    info: Info,
    job_id: Annotated[GlobalID, strawberry.argument(description="The job to watch.")],
) -> AsyncGenerator[JobProofEvent, None]:
    viewer = _viewer(info)
    broadcast = _broadcast(info)
    context = info.context
    job = _database_id(job_id, "Job", "jobId")
    assert job is not None
    async with broadcast.subscribe(job_proof(job)) as subscriber:
        unwatch = _watch(context, broadcast, subscriber)
        try:
            # Listening first, then reading: a change committed in between is in the snapshot or announced.
            async with live_read(context.sessions) as session:
                state = await job_events.job_state(session, viewer, job)
            if state is None:
                raise PublicError("No job with this id (or you may not see it).")
            _fresh_loaders(context)
            yield JobProofEvent(job_id=job, snapshot=True, change=None)
            async for event in subscriber:
                try:
                    message = JobProofMessage.from_json(event.message)
                except BadMessage:
                    log.warning("jobProofChanged: ignoring a foreign message on %r", event.channel)
                    continue
                if message.job_id != job or (message.staff_only and not viewer.is_staff):
                    continue
                async with live_read(context.sessions) as session:
                    if await job_events.customer_of_job(session, viewer, job) is None:
                        continue  # no longer theirs to read
                _fresh_loaders(context)
                yield JobProofEvent(job_id=job, snapshot=False, change=message.change)
        except SubscriberTooSlow as error:
            cut_off(context, str(error))
        finally:
            unwatch()


async def notification_received(info: Info) -> AsyncGenerator[Notification, None]:
    viewer = _viewer(info)
    broadcast = _broadcast(info)
    if viewer.user_id is None:
        raise PublicError("Notifications are for signed-in users, not API tokens.")
    context = info.context
    try:
        async with aclosing(_notifications(context, broadcast, viewer, viewer.user_id)) as notifications:
            async for notification in notifications:
                yield notification
    except (BroadcastInterrupted, BroadcastUnavailable):
        await interrupted(context)


async def _notifications(context: Context, broadcast: Any, viewer: Viewer, user_id: int,
                         ) -> AsyncGenerator[Notification, None]:
    async with broadcast.subscribe(user_notifications(user_id)) as subscriber:
        unwatch = _watch(context, broadcast, subscriber)
        try:
            async for event in subscriber:
                try:
                    message = NotificationMessage.from_json(event.message)
                except BadMessage:
                    log.warning("notificationReceived: ignoring a foreign message on %r", event.channel)
                    continue
                async with live_read(context.sessions) as session:
                    row = await job_events.own_notification(session, viewer, message.notification_id)
                if row is not None:
                    _fresh_loaders(context)
                    yield Notification(row=row)
        except SubscriberTooSlow as error:
            cut_off(context, str(error))
        finally:
            unwatch()


@strawberry.type(description="Live updates, over the WebSocket (graphql-transport-ws) at /graphql.")
class Subscription:
    job_status_changed: AsyncGenerator[JobStatusEvent, None] = strawberry.subscription(
        resolver=job_status_changed,
        description="Each move of a job the viewer may read: a client its own customer's (allowed properties "
        "only), an employee its assigned jobs, the office every job; narrowed by `jobId`, `propertyId` or "
        "`customerId`. Moves of one job arrive in the order they happened. With `jobId`, the first message "
        "is the job's current state (`snapshot: true`). Without it, reload on (re)connect, or catch up from "
        "the last event's `cursor` with `jobEvents(after:)`. A connection that stops reading is closed with "
        "code 4008.",
    )
    job_changed: AsyncGenerator[JobChangedEvent, None] = strawberry.subscription(
        resolver=job_changed,
        description="Each change of a job's crew or time (`jobUpdate`, or its recurring plan) that the viewer may "
        "read, scoped like `jobStatusChanged`: the office every job, an employee their assigned jobs, a client "
        "its own customer's (allowed properties only), with the job's field rules. An employee taken off a job "
        "hears of it too (`fields: [EMPLOYEES]`, its `jobId`, `job` null). The job is read when the event "
        "arrives; there is no history, so reload the day on (re)connect. A connection that stops reading is "
        "closed with code 4008.",
    )
    job_proof_changed: AsyncGenerator[JobProofEvent, None] = strawberry.subscription(
        resolver=job_proof_changed,
        description="A job's proof of work as it changes: the first message is the job as it is now "
        "(`snapshot: true`), then the job again after each checklist tick or added item and each photo or "
        "document attached, shown or hidden. Scoped like the job (a client never hears of files hidden from "
        "them). A connection that stops reading is closed with code 4008.",
    )
    notification_received: AsyncGenerator[Notification, None] = strawberry.subscription(
        resolver=notification_received,
        description="The signed-in user's new notifications (e.g. a job finished). On (re)connect, read "
        "`notifications(unreadOnly: true)` for those sent meanwhile.",
    )


# ---------------------------------------------------------------------------------------------------------
# Catch-up reads


async def job_events_field(
    info: Info,
    after: Annotated[str | None, strawberry.argument(description="A cursor from a previous page or event.")] = None,
    first: Annotated[int | None, strawberry.argument(description="How many moves (capped).")] = None,
) -> Connection[JobStatusEvent]:
    viewer = info.context.viewer
    limit = window(info, first, None).limit
    try:
        after_id = job_events.decode_event_cursor(after) if after else None
    except InvalidCursor as error:
        raise PublicError(str(error)) from None
    page = await job_events.job_events_page(info.context.sessions, viewer, after_id=after_id, limit=limit)
    events = [event_of(change) for change in page.changes]
    edges = [Edge(cursor=event.cursor or "", node=event) for event in events]
    return Connection(
        edges=edges, nodes=events, total_count=page.total_count,
        page_info=PageInfo(has_next_page=page.has_next_page, has_previous_page=after_id is not None,
                           start_cursor=edges[0].cursor if edges else after,
                           end_cursor=edges[-1].cursor if edges else after),
    )


async def notifications_field(
    info: Info,
    unread_only: Annotated[bool, strawberry.argument(description="Only those not read yet.")] = False,
    first: Annotated[int | None, strawberry.argument(description="How many (capped).")] = None,
    after: Annotated[str | None, strawberry.argument(description="Cursor of the last row seen.")] = None,
) -> Connection[Notification]:
    statement = notifications_statement(info.context.viewer, unread_only=unread_only)
    page = await root_page(info.context.sessions, statement, window(info, first, after))
    result: Connection[Notification] = connection(page)
    result.nodes = [Notification(row=row) for row in result.nodes]  # type: ignore[arg-type]
    for edge in result.edges:
        edge.node = Notification(row=edge.node)  # type: ignore[arg-type]
    return result


@strawberry.type
class JobEventQueries:
    job_events: Connection[JobStatusEvent] = strawberry.field(
        resolver=job_events_field,
        description="Every status move of the jobs the viewer may read, oldest first, as an append-only log: "
        "an integration stores the last `cursor` it handled and asks for `after` it to catch up after being "
        "offline. `endCursor` stays put when nothing is new. `totalCount` counts the moves after `after`.",
    )
    notifications: Connection[Notification] = strawberry.field(
        resolver=notifications_field,
        description="The signed-in user's notifications, newest first (empty for API tokens).",
    )
