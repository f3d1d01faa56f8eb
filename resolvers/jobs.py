"""Jobs: listing with filters (reads); scheduling, editing and moving a job's status (writes)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from auth.scope import readable
from auth.viewer import Viewer
from models import (
    ChecklistItem,
    ChecklistTemplateItem,
    Customer,
    Employee,
    Invoice,
    InvoiceJob,
    Job,
    JobAssignment,
    JobLine,
    JobStatusChange,
    Property,
    Service,
    Team,
)
from models.base import row_id, utc_now
from models.enums import InvoiceStatus, JobStatus, Role
from models.money import to_cents
from models.problems import Forbidden, Problem, ProblemCode
from resolvers.crm import record_activity
from resolvers.job_events import announce_status_change
from resolvers.job_workflow import check_move, is_correction, label, may_move
from resolvers.properties import (
    NOT_FOUND,
    clean_text,
    customer_for_new_work,
    missing,
    raise_if,
    scoped,
)
from resolvers.reads import NEWEST_JOBS
from resolvers.values import KEEP, Keep
from subscriptions.events import publish_job_changed_after_commit


def jobs_statement(viewer: Viewer, *, statuses: list[JobStatus] | None = None, customer_id: int | None = None,
                   property_ids: list[int] | None = None, scheduled_from: datetime | None = None,
                   scheduled_to: datetime | None = None, oldest_first: bool = False,
                   uninvoiced: bool = False) -> sa.Select[Any]:
    statement = readable(viewer, Job)
    if uninvoiced:
        statement = statement.where(not_invoiced(viewer))
    if statuses:
        statement = statement.where(col(Job.status).in_(statuses))
    if customer_id is not None:
        statement = statement.where(col(Job.customer_id) == customer_id)
    if property_ids:
        statement = statement.where(col(Job.property_id).in_(property_ids))
    if scheduled_from is not None:
        statement = statement.where(col(Job.scheduled_start) >= scheduled_from)
    if scheduled_to is not None:
        statement = statement.where(col(Job.scheduled_start) < scheduled_to)
    if oldest_first:
        return statement.order_by(col(Job.scheduled_start), col(Job.id))
    return statement.order_by(*NEWEST_JOBS)


def not_invoiced(viewer: Viewer) -> ColumnElement[bool]:
    """Jobs on no invoice but void ones (what is still to bill); matches nothing for viewers who see no money.

    Whether a job was billed is financial: a viewer without finances learns nothing from this filter.
    """
    if not viewer.sees_money:
        return sa.false()
    billed = (
        sa.select(col(InvoiceJob.job_id))
        .join(Invoice, col(Invoice.id) == col(InvoiceJob.invoice_id))
        .where(col(InvoiceJob.job_id) == col(Job.id), col(Invoice.status) != InvoiceStatus.VOID)
    )
    return ~sa.exists(billed)


# ---------------------------------------------------------------------------------------------------------
# Writes: scheduling (jobCreate), editing (jobUpdate) and moving a job's status (jobSetStatus).

ONE = Decimal("1")
CENT_PLACES = Decimal("0.01")
MAX_QUANTITY = Decimal("100000000")  # job_line.quantity is NUMERIC(10, 2)
MAX_PRICE = Decimal("100000000")
LOCKED_LINES = (JobStatus.FINISHED, JobStatus.CANCELLED)


@dataclass(frozen=True, slots=True)
class LineDraft:
    """A service on a job as the office asked for it; missing values come from the catalog."""

    service_id: int
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    """Dollars, at most two decimals; the service's default price when missing."""
    description: str | None = None
    taxable: bool | None = None


@dataclass(frozen=True, slots=True)
class JobDraft:
    customer_id: int
    property_id: int
    scheduled_start: datetime
    scheduled_end: datetime | None = None
    team_id: int | None = None
    employee_ids: tuple[int, ...] = ()
    services: tuple[LineDraft, ...] = ()
    client_notes: str | None = None
    internal_notes: str | None = None


@dataclass(frozen=True, slots=True)
class JobChanges:
    """What `jobUpdate` changes; KEEP leaves a field alone. `services` replaces every line."""

    scheduled_start: datetime | Keep | None = KEEP
    scheduled_end: datetime | Keep | None = KEEP
    team_id: int | Keep | None = KEEP
    employee_ids: tuple[int, ...] | Keep | None = KEEP
    services: tuple[LineDraft, ...] | Keep | None = KEEP
    client_notes: str | Keep | None = KEEP
    internal_notes: str | Keep | None = KEEP


@dataclass(frozen=True, slots=True)
class _Line:
    service_id: int | None
    description: str
    quantity: Decimal
    unit_price_cents: int
    taxable: bool


def _utc(moment: datetime) -> datetime:
    """Times are stored in UTC; a time given without an offset is taken as UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _amount_problem(value: Decimal, *, what: str, positive: bool, maximum: Decimal) -> str | None:
    if not value.is_finite():
        return f"Give the {what} as a number."
    if positive and value <= 0:
        return f"The {what} must be more than 0."
    if value < 0:
        return f"The {what} cannot be negative."
    if value != value.quantize(CENT_PLACES):
        return f"The {what} can have at most 2 decimals (e.g. 12.50)."
    if value >= maximum:
        return f"The {what} is too large."
    return None


async def priced_lines(session: AsyncSession, viewer: Viewer, drafts: Sequence[LineDraft],
                       problems: list[Problem], *, already_used: Collection[int] = ()) -> list[_Line]:
    """Validate and price the lines; inactive services are refused unless the job already uses them."""
    ids = sorted({draft.service_id for draft in drafts})
    services: dict[int | None, Service] = {}
    if ids:
        rows = await session.execute(scoped(viewer, Service).where(col(Service.id).in_(ids)))
        services = {row.id: row for row in rows.scalars()}
    lines: list[_Line] = []
    for index, draft in enumerate(drafts):
        path = ("input", "services", str(index))
        before = len(problems)
        service = services.get(draft.service_id)
        if service is None:
            problems.append(Problem((*path, "serviceId"), ProblemCode.NOT_FOUND, NOT_FOUND.format(what="service")))
            continue
        if not service.active and service.id not in already_used:
            problems.append(Problem((*path, "serviceId"), ProblemCode.INVALID,
                                    f"“{service.name}” is no longer offered; pick an active service."))
        quantity = ONE if draft.quantity is None else draft.quantity
        problem = _amount_problem(quantity, what="quantity", positive=True, maximum=MAX_QUANTITY)
        if problem:
            problems.append(Problem((*path, "quantity"), ProblemCode.INVALID, problem))
        price_cents = service.default_price_cents
        if draft.unit_price is not None:
            problem = _amount_problem(draft.unit_price, what="unit price", positive=False, maximum=MAX_PRICE)
            if problem:
                problems.append(Problem((*path, "unitPrice"), ProblemCode.INVALID, problem))
            else:
                price_cents = to_cents(draft.unit_price)
        if len(problems) == before:
            lines.append(_Line(
                service_id=service.id, description=clean_text(draft.description) or service.name,
                quantity=quantity.quantize(CENT_PLACES), unit_price_cents=price_cents,
                taxable=service.taxable if draft.taxable is None else draft.taxable,
            ))
    return lines


async def checked_crew(session: AsyncSession, viewer: Viewer, employee_ids: Sequence[int],
                       problems: list[Problem], *, already_assigned: Collection[int] = ()) -> list[int]:
    """The crew, each once; inactive employees are refused unless they are already on the job."""
    wanted = list(dict.fromkeys(employee_ids))
    found: dict[int | None, Employee] = {}
    if wanted:
        rows = await session.execute(scoped(viewer, Employee).where(col(Employee.id).in_(wanted)))
        found = {row.id: row for row in rows.scalars()}
    for index, employee_id in enumerate(employee_ids):
        path = ("input", "employeeIds", str(index))
        worker = found.get(employee_id)
        if worker is None:
            problems.append(Problem(path, ProblemCode.NOT_FOUND, NOT_FOUND.format(what="employee")))
        elif not worker.active and employee_id not in already_assigned:
            problems.append(Problem(path, ProblemCode.INVALID,
                                    f"{worker.name} is no longer active; assign someone else."))
    return wanted


async def check_team(session: AsyncSession, viewer: Viewer, team_id: int, problems: list[Problem]) -> None:
    """The team exists for this viewer (a job's or a plan's crew)."""
    statement = sa.select(sa.exists(scoped(viewer, Team).where(col(Team.id) == team_id)))
    if not (await session.execute(statement)).scalar():
        problems.append(Problem(("input", "teamId"), ProblemCode.NOT_FOUND, NOT_FOUND.format(what="team")))


async def job_property(session: AsyncSession, viewer: Viewer, property_id: int, customer: Customer,
                       problems: list[Problem]) -> Property | None:
    """The job's property: the customer's own, in use. Locked FOR SHARE so it is not moved meanwhile."""
    path = ("input", "propertyId")
    statement = (scoped(viewer, Property).where(col(Property.id) == property_id)
                 .with_for_update(read=True).execution_options(populate_existing=True))
    place = (await session.execute(statement)).scalar_one_or_none()
    if place is None:
        problems.append(Problem(path, ProblemCode.NOT_FOUND, NOT_FOUND.format(what="property")))
        return None
    if place.customer_id != customer.id:
        problems.append(Problem(
            path, ProblemCode.INVALID,
            f"“{place.name}” belongs to another customer; pick one of {customer.display_name}'s properties.",
        ))
        return None
    if not place.active:
        problems.append(Problem(path, ProblemCode.INVALID,
                                f"“{place.name}” is no longer in use; pick an active property."))
        return None
    return place


def _add_lines(session: AsyncSession, job_id: int, lines: Sequence[_Line]) -> None:
    for position, line in enumerate(lines):
        session.add(JobLine(job_id=job_id, service_id=line.service_id, description=line.description,
                            quantity=line.quantity, unit_price_cents=line.unit_price_cents,
                            taxable=line.taxable, position=position))


async def _copy_checklist(session: AsyncSession, job_id: int, service_ids: Sequence[int],
                          property_id: int | None, *, start: int = 0) -> int:
    """Copy the template items of these services (in line order), then of the property; returns how many."""
    owners: list[ColumnElement[bool]] = []
    if service_ids:
        owners.append(col(ChecklistTemplateItem.service_id).in_(service_ids))
    if property_id is not None:
        owners.append(col(ChecklistTemplateItem.property_id) == property_id)
    if not owners:
        return 0
    rows = (await session.execute(sa.select(ChecklistTemplateItem).where(sa.or_(*owners)))).scalars().all()
    service_order = {service_id: index for index, service_id in enumerate(service_ids)}

    def order(item: ChecklistTemplateItem) -> tuple[int, int, int]:
        owner = service_order[item.service_id] if item.service_id is not None else len(service_order)
        return owner, item.position, item.id or 0

    for offset, item in enumerate(sorted(rows, key=order)):
        session.add(ChecklistItem(job_id=job_id, label=item.label, required=item.required,
                                  position=start + offset))
    return len(rows)


async def _lock_job(session: AsyncSession, viewer: Viewer, job_id: int) -> Job | None:
    """The job as the viewer may read it, locked FOR UPDATE: concurrent writes to one job serialize."""
    statement = (scoped(viewer, Job).where(col(Job.id) == job_id)
                 .with_for_update().execution_options(populate_existing=True))
    return (await session.execute(statement)).scalar_one_or_none()


async def _assigned(session: AsyncSession, job_id: int) -> set[int]:
    statement = sa.select(col(JobAssignment.employee_id)).where(col(JobAssignment.job_id) == job_id)
    return set((await session.execute(statement)).scalars())


def _record_move(session: AsyncSession, viewer: Viewer, job: Job, previous: JobStatus | None,
                 reason: str | None) -> JobStatusChange:
    change = JobStatusChange(job_id=row_id(job), customer_id=job.customer_id, property_id=job.property_id,
                             from_status=previous, to_status=job.status, changed_by_user_id=viewer.user_id,
                             reason=reason)
    session.add(change)
    return change


async def create_job(session: AsyncSession, viewer: Viewer, draft: JobDraft) -> Job:
    """Schedule a job at one of the customer's properties, with its lines, crew and checklist."""
    customer = await customer_for_new_work(session, viewer, draft.customer_id, ("input", "customerId"),
                                           "jobs")
    problems: list[Problem] = []
    place = await job_property(session, viewer, draft.property_id, customer, problems)
    start = _utc(draft.scheduled_start)
    end = _utc(draft.scheduled_end) if draft.scheduled_end is not None else None
    if end is not None and end <= start:
        problems.append(Problem(("input", "scheduledEnd"), ProblemCode.INVALID, "The job must end after it starts."))
    if draft.team_id is not None:
        await check_team(session, viewer, draft.team_id, problems)
    crew = await checked_crew(session, viewer, draft.employee_ids, problems)
    lines = await priced_lines(session, viewer, draft.services, problems)
    raise_if(problems)
    assert place is not None

    job = Job(customer_id=row_id(customer), property_id=row_id(place), team_id=draft.team_id,
              scheduled_start=start, scheduled_end=end, status=JobStatus.PENDING,
              client_notes=clean_text(draft.client_notes), internal_notes=clean_text(draft.internal_notes))
    session.add(job)
    await session.flush()
    job_id = row_id(job)
    _add_lines(session, job_id, lines)
    for employee_id in crew:
        session.add(JobAssignment(job_id=job_id, employee_id=employee_id))
    service_ids = list(dict.fromkeys(line.service_id for line in lines if line.service_id is not None))
    await _copy_checklist(session, job_id, service_ids, job.property_id)
    change = _record_move(session, viewer, job, None, None)
    await session.flush()
    record_activity(session, viewer, subject=job, verb="job.created", customer_id=job.customer_id,
                    property_id=job.property_id, scheduled_start=job.scheduled_start, lines=len(lines),
                    employee_ids=crew, status_change_id=change.id)
    await session.flush()
    return job


async def _current_lines(session: AsyncSession, job_id: int) -> list[_Line]:
    statement = (sa.select(JobLine).where(col(JobLine.job_id) == job_id)
                 .order_by(col(JobLine.position), col(JobLine.id)))
    return [_Line(service_id=row.service_id, description=row.description, quantity=Decimal(row.quantity),
                  unit_price_cents=row.unit_price_cents, taxable=row.taxable)
            for row in (await session.execute(statement)).scalars()]


async def _billing_invoice_numbers(session: AsyncSession, job_id: int) -> list[int]:
    """Numbers of the invoices (not void) that bill this job."""
    statement = (sa.select(col(Invoice.number))
                 .join(InvoiceJob, col(InvoiceJob.invoice_id) == col(Invoice.id))
                 .where(col(InvoiceJob.job_id) == job_id, col(Invoice.status) != InvoiceStatus.VOID)
                 .order_by(col(Invoice.number)))
    return list((await session.execute(statement)).scalars())


LIVE_FIELDS = frozenset({"scheduled_start", "scheduled_end", "team_id", "employee_ids"})
"""A change to these is announced (`jobChanged`): boards and week views place a job by its crew and time."""


async def update_job(session: AsyncSession, viewer: Viewer, job_id: int, changes: JobChanges) -> Job:
    """Change what is given. Lines are frozen once a job is Finished or Cancelled, or billed.

    A visit a recurring plan generated is detached from it by a change (`job.plan_detached_at`): the plan's
    later edits leave it alone.
    """
    job, _changed = await revise_job(session, viewer, job_id, changes)
    return job


async def revise_job(session: AsyncSession, viewer: Viewer, job_id: int, changes: JobChanges, *,
                     from_plan: bool = False) -> tuple[Job, list[str]]:
    """`update_job`, also saying which fields changed; `from_plan`: the job's plan rewrites it (not a person)."""
    job = await _lock_job(session, viewer, job_id)
    if job is None:
        raise missing(("input", "id"), "job")
    problems: list[Problem] = []
    values: dict[str, Any] = {}

    if not isinstance(changes.scheduled_start, Keep):
        if changes.scheduled_start is None:
            problems.append(Problem(("input", "scheduledStart"), ProblemCode.REQUIRED,
                                    "A job needs a start; leave it out to keep the current one."))
        else:
            values["scheduled_start"] = _utc(changes.scheduled_start)
    if not isinstance(changes.scheduled_end, Keep):
        values["scheduled_end"] = _utc(changes.scheduled_end) if changes.scheduled_end is not None else None
    start = values.get("scheduled_start") or job.scheduled_start
    end = values.get("scheduled_end", job.scheduled_end)
    if ("scheduled_start" in values or "scheduled_end" in values) and end is not None and end <= start:
        at = "scheduledEnd" if "scheduled_end" in values else "scheduledStart"
        problems.append(Problem(("input", at), ProblemCode.INVALID, "The job must end after it starts."))

    if not isinstance(changes.team_id, Keep):
        if changes.team_id is not None:
            await check_team(session, viewer, changes.team_id, problems)
        values["team_id"] = changes.team_id
    for text_field in ("client_notes", "internal_notes"):
        value = getattr(changes, text_field)
        if not isinstance(value, Keep):
            values[text_field] = clean_text(value)

    assigned = await _assigned(session, job_id)
    crew: list[int] | None = None
    if not isinstance(changes.employee_ids, Keep):
        if changes.employee_ids is None:
            problems.append(Problem(("input", "employeeIds"), ProblemCode.REQUIRED,
                                    "Give the employees to assign ([] for nobody), or leave it out."))
        else:
            crew = await checked_crew(session, viewer, changes.employee_ids, problems,
                                    already_assigned=assigned)

    old_lines = await _current_lines(session, job_id)
    new_lines: list[_Line] | None = None
    if not isinstance(changes.services, Keep):
        if changes.services is None:
            problems.append(Problem(("input", "services"), ProblemCode.REQUIRED,
                                    "Give the job's services ([] for none), or leave it out."))
        else:
            used = {line.service_id for line in old_lines if line.service_id is not None}
            new_lines = await priced_lines(session, viewer, changes.services, problems, already_used=used)
            if new_lines == old_lines:
                new_lines = None
            elif job.status in LOCKED_LINES:
                problems.append(Problem(
                    ("input", "services"), ProblemCode.CONFLICT,
                    f"A {label(job.status)} job's services can't change. "
                    "Schedule a new job for extra work, or correct the job's status first.",
                ))
            elif invoiced := await _billing_invoice_numbers(session, job_id):
                numbers = ", ".join(f"#{number}" for number in invoiced)
                problems.append(Problem(
                    ("input", "services"), ProblemCode.CONFLICT,
                    f"This job is billed on invoice {numbers}; void or credit the invoice first, "
                    "then change its services.",
                ))
    raise_if(problems)

    changed = sorted(name for name, value in values.items() if getattr(job, name) != value)
    for name in changed:
        setattr(job, name, values[name])
    if crew is not None and set(crew) != assigned:
        await session.execute(sa.delete(JobAssignment).where(
            col(JobAssignment.job_id) == job_id, col(JobAssignment.employee_id).not_in(crew)))
        for employee_id in crew:
            if employee_id not in assigned:
                session.add(JobAssignment(job_id=job_id, employee_id=employee_id))
        changed.append("employee_ids")
    if new_lines is not None:
        await session.execute(sa.delete(JobLine).where(col(JobLine.job_id) == job_id))
        _add_lines(session, job_id, new_lines)
        old_services = {line.service_id for line in old_lines}
        added = list(dict.fromkeys(line.service_id for line in new_lines
                                   if line.service_id is not None and line.service_id not in old_services))
        if added:
            last = (await session.execute(sa.select(sa.func.max(col(ChecklistItem.position)))
                                          .where(col(ChecklistItem.job_id) == job_id))).scalar()
            await _copy_checklist(session, job_id, added, None, start=(last if last is not None else -1) + 1)
        changed.append("services")
    if changed:
        if job.plan_id is not None and not from_plan and job.plan_detached_at is None:
            job.plan_detached_at = utc_now()
        await session.flush()
        record_activity(session, viewer, subject=job, verb="job.updated", customer_id=job.customer_id,
                        fields=changed, **({"plan_id": job.plan_id} if from_plan else {}))
        await session.flush()
        if moved := [name for name in changed if name in LIVE_FIELDS]:
            # Read under the job's lock before the change: those taken off can no longer read the job.
            removed = assigned - set(crew) if crew is not None else set()
            publish_job_changed_after_commit(session, job_id=job_id, customer_id=job.customer_id,
                                             property_id=job.property_id, fields=moved,
                                             removed_employee_ids=removed)
    return job, changed


async def set_job_status(session: AsyncSession, viewer: Viewer, job_id: int, target: JobStatus,
                         reason: str | None = None, *, from_plan: bool = False) -> tuple[Job, JobStatusChange]:
    """Move a job along its workflow (or correct it, for the office); returns the job and the history row.

    The job row is locked first, so two moves of one job serialize: the second sees the first's result.
    `from_plan`: the job's recurring plan cancels or restores its own untouched visit (see `resolvers.plans`).
    The move, its history row and the activity entry commit together or not at all.
    """
    job = await _lock_job(session, viewer, job_id)
    if job is None:
        raise missing(("input", "jobId"), "job")
    employee_id = viewer.employee_id if viewer.role is Role.EMPLOYEE else None
    if not may_move(viewer_is_office=viewer.is_office, viewer_employee_id=employee_id,
                    assigned_employee_ids=await _assigned(session, job_id)):
        raise Forbidden("Only the employees assigned to this job and the office can change its status.")
    open_items: list[str] = []
    if target is JobStatus.FINISHED:
        statement = (sa.select(col(ChecklistItem.label))
                     .where(col(ChecklistItem.job_id) == job_id, col(ChecklistItem.required).is_(True),
                            col(ChecklistItem.done_at).is_(None))
                     .order_by(col(ChecklistItem.position), col(ChecklistItem.id)))
        open_items = list((await session.execute(statement)).scalars())
    reason = clean_text(reason)
    previous = job.status
    check_move(viewer.is_office, previous, target, reason, open_items)

    now = utc_now()
    job.status = target
    if job.plan_id is not None and not from_plan and job.plan_detached_at is None:
        job.plan_detached_at = now  # moved by a person: the plan leaves this visit alone from now on
    if target is JobStatus.STARTED:
        job.started_at = job.started_at or now
        job.finished_at = None
    elif target is JobStatus.FINISHED:
        job.finished_at = now
    elif target in (JobStatus.PENDING, JobStatus.ON_THE_WAY):
        job.started_at = None  # a correction back before the work began
        job.finished_at = None
    change = _record_move(session, viewer, job, previous, reason)
    await session.flush()
    record_activity(session, viewer, subject=job, verb="job.status_changed", customer_id=job.customer_id,
                    from_status=previous, to_status=target, reason=reason,
                    correction=is_correction(previous, target), status_change_id=change.id)
    await session.flush()
    await announce_status_change(session, job, change)  # published after commit; may notify the client
    return job, change
