"""Recurring service plans (office only): defining them and the jobs they generate (billing them per month is
`resolvers.plan_billing`).

A plan is repeat work at one property: services (priced from the catalog when set, or by the office), a team
or employees, a time window and a rule (`resolvers.recurrence`) in the company's time zone. Its visits are
ordinary Pending jobs carrying `plan_id` and `occurrence_date`, unique together.

Generating (`generate_jobs`): every active plan gets a job for each occurrence from now up to the company's
horizon (`company.plan_horizon_weeks`, default 8). It is idempotent (an occurrence that has a job, whatever
became of it, is never made again) and one generator runs at a time: every writer of a plan's jobs takes the
transaction-level PostgreSQL advisory lock `GENERATOR_LOCK` first (the sweep of every server process, `dop plans
generate`, and the plan mutations), and the unique key (`uq_job_plan_occurrence`) backs it up.

Editing (`update_plan`, `pause_plan`, `resume_plan`, `skip_date`): a plan's future visits follow it only while
they are Pending and untouched: each is rewritten to the plan (time, crew, services, notes), cancelled when the
plan no longer has that date (skipped, paused, rule changed), restored to Pending when the plan has it again, and
missing ones are generated. A visit started, finished, or edited or moved by a person (`job.plan_detached_at`)
is left alone and listed in the outcome. Past visits never change.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.viewer import Viewer
from models import (
    Activity,
    ChecklistItem,
    ChecklistTemplateItem,
    Company,
    Customer,
    Employee,
    Job,
    JobAssignment,
    JobLine,
    JobStatusChange,
    Property,
    RecurringPlan,
    RecurringPlanEmployee,
    RecurringPlanService,
)
from models.base import row_id, utc_now
from models.enums import (
    CustomerStatus,
    JobStatus,
    PlanBilling,
    PlanFrequency,
    PlanStatus,
    Role,
)
from models.problems import Forbidden, Problem, ProblemCode, UserInputError
from resolvers import recurrence
from resolvers.billing.numbering import company_today
from resolvers.crm import record_activity
from resolvers.jobs import (
    JobChanges,
    LineDraft,
    check_team,
    checked_crew,
    job_property,
    priced_lines,
    revise_job,
    set_job_status,
)
from resolvers.loaders import Children
from resolvers.properties import clean_text, customer_for_new_work, missing, raise_if, scoped
from resolvers.values import KEEP, Keep

__all__ = [
    "DEFAULT_HORIZON_WEEKS",
    "GENERATOR_LOCK",
    "SYSTEM",
    "GenerationReport",
    "Outcome",
    "PlanChanges",
    "PlanDraft",
    "company_of",
    "create_plan",
    "generate_jobs",
    "next_occurrences",
    "pause_plan",
    "plan_rule",
    "plans_today",
    "resume_plan",
    "skip_date",
    "update_plan",
]

log = logging.getLogger(__name__)

GENERATOR_LOCK = 0x0051_A4_5EED
"""pg_advisory_xact_lock key: one writer of plans' jobs at a time, in every process."""
DEFAULT_HORIZON_WEEKS = 8
DEFAULT_TIME_ZONE = "America/New_York"
MAX_NAME_LENGTH = 200
MAX_NOTES_LENGTH = 5_000
MAX_NEXT = 100
"""The most occurrences `RecurringPlan.nextOccurrences` lists at once."""
SYSTEM = Viewer(role=Role.OWNER)
"""Who the sweep and `dop plans generate` act as: the deployment itself (the activity trail shows no actor)."""
EDITABLE = (JobStatus.PENDING, JobStatus.CANCELLED)
PLAN_CANCELLED = "Not on the plan any more (skipped, paused or the plan changed)."
PLAN_RESTORED = "Back on the plan."


@dataclass(frozen=True, slots=True)
class PlanDraft:
    """A whole plan as the office defines it; `services` and `employee_ids` in order."""

    customer_id: int
    property_id: int
    name: str
    frequency: PlanFrequency
    start_date: date
    start_time: time
    end_time: time
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    month_day: int | None = None
    week_of_month: int | None = None
    end_date: date | None = None
    occurrence_count: int | None = None
    team_id: int | None = None
    employee_ids: tuple[int, ...] = ()
    services: tuple[LineDraft, ...] = ()
    billing: PlanBilling = PlanBilling.PER_VISIT
    client_notes: str | None = None
    internal_notes: str | None = None


@dataclass(frozen=True, slots=True)
class PlanChanges:
    """What `recurringPlanUpdate` changes; KEEP leaves a field alone, None clears an optional one. The customer
    and the property are fixed: a plan somewhere else is a new plan."""

    name: str | Keep = KEEP
    frequency: PlanFrequency | Keep = KEEP
    start_date: date | Keep = KEEP
    start_time: time | Keep = KEEP
    end_time: time | Keep = KEEP
    interval: int | Keep = KEEP
    weekdays: tuple[int, ...] | Keep = KEEP
    month_day: int | Keep | None = KEEP
    week_of_month: int | Keep | None = KEEP
    end_date: date | Keep | None = KEEP
    occurrence_count: int | Keep | None = KEEP
    team_id: int | Keep | None = KEEP
    employee_ids: tuple[int, ...] | Keep = KEEP
    services: tuple[LineDraft, ...] | Keep = KEEP
    billing: PlanBilling | Keep = KEEP
    client_notes: str | Keep | None = KEEP
    internal_notes: str | Keep | None = KEEP


@dataclass(slots=True)
class Outcome:
    """What a plan change did to its future visits."""

    created: int = 0
    updated: int = 0
    cancelled: int = 0
    restored: int = 0
    left_alone: list[Job] = field(default_factory=list)
    """Future visits the change did not touch: started, finished, or edited or moved by a person."""


@dataclass(frozen=True, slots=True)
class GenerationReport:
    generated: bool
    """False when another process held the generator lock (and `wait` was not asked for)."""
    plans: int = 0
    jobs_created: int = 0
    through: date | None = None


# ---------------------------------------------------------------------------------------------------------
# Reading

PLANS_OF_CUSTOMER = Children("customer.recurringPlans", RecurringPlan, col(RecurringPlan.customer_id),
                             (col(RecurringPlan.name), col(RecurringPlan.id)))
PLANS_OF_PROPERTY = Children("property.recurringPlans", RecurringPlan, col(RecurringPlan.property_id),
                             (col(RecurringPlan.name), col(RecurringPlan.id)))
SERVICES_OF_PLAN = Children("plan.services", RecurringPlanService, col(RecurringPlanService.plan_id),
                            (col(RecurringPlanService.position), col(RecurringPlanService.id)))
EMPLOYEES_OF_PLAN = Children(
    "plan.employees", Employee, col(RecurringPlanEmployee.plan_id), (col(Employee.name), col(Employee.id)),
    join=(RecurringPlanEmployee, col(RecurringPlanEmployee.employee_id) == col(Employee.id)),
)
UPCOMING_JOBS_OF_PLAN = Children(
    "plan.upcomingJobs", Job, col(Job.plan_id), (col(Job.scheduled_start), col(Job.id)),
    where=col(Job.scheduled_start) > sa.func.now() - sa.text("interval '1 day'"),
)
"""The plan's visits from yesterday on (matched to `next_occurrences` by date)."""


def plan_rule(plan: RecurringPlan) -> recurrence.Rule:
    return recurrence.Rule(
        frequency=plan.frequency, start_date=plan.start_date, interval=plan.interval,
        weekdays=tuple(plan.weekdays or ()), month_day=plan.month_day, week_of_month=plan.week_of_month,
        end_date=plan.end_date, count=plan.occurrence_count, skipped=frozenset(plan.skipped_dates or ()),
    )


async def company_of(session: AsyncSession) -> Company | None:
    """The company whose plans these are (None before it is set up: nothing is generated or billed then)."""
    company: Company | None = (await session.execute(
        sa.select(Company).order_by(col(Company.id)).limit(1))).scalar()
    return company


def _zone(company: Company | None) -> str:
    return company.time_zone if company is not None else DEFAULT_TIME_ZONE


def _horizon(company: Company | None) -> int:
    return company.plan_horizon_weeks if company is not None else DEFAULT_HORIZON_WEEKS


def plans_today(company: Company | None, now: datetime) -> date:
    """`now`'s date where the company works: occurrences and billing months are counted in its time zone."""
    if company is None:
        return now.astimezone(ZoneInfo(DEFAULT_TIME_ZONE)).date()
    return company_today(company, now)


def _wanted(plan: RecurringPlan, company: Company | None, now: datetime) -> dict[date, tuple[datetime, datetime]]:
    """The occurrences the plan should have a job for now: from now to the horizon, with their UTC windows."""
    if plan.status is not PlanStatus.ACTIVE:
        return {}
    today = plans_today(company, now)
    zone = _zone(company)
    wanted = {}
    for day in recurrence.occurrences(plan_rule(plan), today, today + timedelta(weeks=_horizon(company))):
        window = recurrence.visit_window(day, plan.start_time, plan.end_time, zone)
        if window[0] > now:
            wanted[day] = window
    return wanted


@dataclass(frozen=True, slots=True)
class Occurrence:
    day: date
    start: datetime
    end: datetime


def next_occurrences(plan: RecurringPlan, company: Company | None, how_many: int,
                     now: datetime | None = None) -> list[Occurrence]:
    """The plan's next `how_many` visits from now (skipped dates left out; none while paused), in UTC."""
    if plan.status is not PlanStatus.ACTIVE:
        return []
    now = now or utc_now()
    zone = _zone(company)
    result = []
    for day in recurrence.next_occurrences(plan_rule(plan), plans_today(company, now), how_many + 1):
        start, end = recurrence.visit_window(day, plan.start_time, plan.end_time, zone)
        if start > now:
            result.append(Occurrence(day, start, end))
    return result[:how_many]


# ---------------------------------------------------------------------------------------------------------
# Checking a definition


def _require_office(viewer: Viewer) -> None:
    if not viewer.is_office:
        raise Forbidden("Only the office (owner or office staff) may work with recurring plans.")


def _check_rule(draft: PlanDraft, problems: list[Problem]) -> None:
    at = ("input",)
    if draft.frequency is PlanFrequency.WEEKLY:
        if not 1 <= draft.interval <= 52:
            problems.append(Problem((*at, "interval"), ProblemCode.INVALID, "Repeat every 1 to 52 weeks."))
        if not draft.weekdays:
            problems.append(Problem((*at, "weekdays"), ProblemCode.REQUIRED,
                                    "Pick the weekdays the visits are on."))
    else:
        if not 1 <= draft.interval <= 12:
            problems.append(Problem((*at, "interval"), ProblemCode.INVALID, "Repeat every 1 to 12 months."))
    if draft.frequency is PlanFrequency.MONTHLY_BY_DAY and (draft.month_day is None
                                                             or not 1 <= draft.month_day <= 31):
        problems.append(Problem((*at, "monthDay"), ProblemCode.REQUIRED if draft.month_day is None
                                else ProblemCode.INVALID,
                                "Give the day of the month, 1 to 31 (a shorter month uses its last day)."))
    if draft.frequency is PlanFrequency.MONTHLY_BY_WEEKDAY:
        if draft.week_of_month not in (1, 2, 3, 4, recurrence.LAST_WEEK):
            problems.append(Problem((*at, "weekOfMonth"), ProblemCode.REQUIRED if draft.week_of_month is None
                                    else ProblemCode.INVALID,
                                    "Give which week of the month: 1 to 4, or -1 for the last."))
        if len(set(draft.weekdays)) != 1:
            problems.append(Problem((*at, "weekdays"), ProblemCode.INVALID,
                                    "A monthly plan by weekday is on exactly one weekday (e.g. the 2nd Tuesday)."))
    if draft.end_time <= draft.start_time:
        problems.append(Problem((*at, "endTime"), ProblemCode.INVALID,
                                "The visit must end after it starts (the same day)."))
    if draft.end_date is not None and draft.end_date < draft.start_date:
        problems.append(Problem((*at, "endDate"), ProblemCode.INVALID, "The end date can't be before the start."))
    if draft.occurrence_count is not None and not 1 <= draft.occurrence_count <= 10_000:
        problems.append(Problem((*at, "occurrenceCount"), ProblemCode.INVALID,
                                "Give a number of visits from 1 to 10,000, or none for no limit."))


def _check_text(draft: PlanDraft, problems: list[Problem]) -> None:
    if not draft.name.strip():
        problems.append(Problem(("input", "name"), ProblemCode.REQUIRED, "Give the plan a name."))
    elif len(draft.name.strip()) > MAX_NAME_LENGTH:
        problems.append(Problem(("input", "name"), ProblemCode.INVALID,
                                f"Keep the name under {MAX_NAME_LENGTH} characters."))
    for name, value in (("clientNotes", draft.client_notes), ("internalNotes", draft.internal_notes)):
        if value is not None and len(value) > MAX_NOTES_LENGTH:
            problems.append(Problem(("input", name), ProblemCode.INVALID,
                                    f"Keep the notes under {MAX_NOTES_LENGTH} characters."))


async def _checked(session: AsyncSession, viewer: Viewer, draft: PlanDraft, *,
                   used_services: Sequence[int] = (), crew_before: Sequence[int] = ()) -> tuple[Any, list[int]]:
    """Every problem of the definition at once; returns its priced lines and its crew."""
    customer = await customer_for_new_work(session, viewer, draft.customer_id, ("input", "customerId"),
                                           "recurring plans")
    problems: list[Problem] = []
    await job_property(session, viewer, draft.property_id, customer, problems)
    _check_text(draft, problems)
    _check_rule(draft, problems)
    if draft.team_id is not None:
        await check_team(session, viewer, draft.team_id, problems)
    crew = await checked_crew(session, viewer, draft.employee_ids, problems, already_assigned=crew_before)
    if not draft.services:
        problems.append(Problem(("input", "services"), ProblemCode.REQUIRED,
                                "Add at least one service the visits deliver."))
    lines = await priced_lines(session, viewer, draft.services, problems, already_used=used_services)
    raise_if(problems)
    return lines, crew


async def _lock_generator(session: AsyncSession, *, wait: bool = True) -> bool:
    if wait:
        await session.execute(sa.select(sa.func.pg_advisory_xact_lock(GENERATOR_LOCK)))
        return True
    return bool((await session.execute(sa.select(sa.func.pg_try_advisory_xact_lock(GENERATOR_LOCK)))).scalar())


async def _lock_plan(session: AsyncSession, viewer: Viewer, plan_id: int) -> RecurringPlan:
    statement = (scoped(viewer, RecurringPlan).where(col(RecurringPlan.id) == plan_id)
                 .with_for_update().execution_options(populate_existing=True))
    plan = (await session.execute(statement)).scalar_one_or_none()
    if plan is None:
        raise missing(("input", "planId"), "recurring plan")
    return plan


def _store_definition(plan: RecurringPlan, draft: PlanDraft) -> list[str]:
    values = {
        "property_id": draft.property_id, "name": draft.name.strip(), "frequency": draft.frequency,
        "interval": draft.interval, "weekdays": sorted(set(draft.weekdays)),
        "month_day": draft.month_day if draft.frequency is PlanFrequency.MONTHLY_BY_DAY else None,
        "week_of_month": draft.week_of_month if draft.frequency is PlanFrequency.MONTHLY_BY_WEEKDAY else None,
        "start_time": draft.start_time, "end_time": draft.end_time, "start_date": draft.start_date,
        "end_date": draft.end_date, "occurrence_count": draft.occurrence_count, "team_id": draft.team_id,
        "billing": draft.billing, "client_notes": clean_text(draft.client_notes),
        "internal_notes": clean_text(draft.internal_notes),
    }
    if draft.frequency is not PlanFrequency.WEEKLY and draft.frequency is not PlanFrequency.MONTHLY_BY_WEEKDAY:
        values["weekdays"] = []
    changed = [name for name, value in values.items() if getattr(plan, name, None) != value]
    for name in changed:
        setattr(plan, name, values[name])
    return changed


async def _replace_parts(session: AsyncSession, plan_id: int, lines: Sequence[Any], crew: Sequence[int]) -> None:
    await session.execute(sa.delete(RecurringPlanService).where(col(RecurringPlanService.plan_id) == plan_id))
    await session.execute(sa.delete(RecurringPlanEmployee).where(col(RecurringPlanEmployee.plan_id) == plan_id))
    for position, line in enumerate(lines):
        session.add(RecurringPlanService(plan_id=plan_id, service_id=line.service_id, description=line.description,
                                         quantity=line.quantity, unit_price_cents=line.unit_price_cents,
                                         taxable=line.taxable, position=position))
    for employee_id in crew:
        session.add(RecurringPlanEmployee(plan_id=plan_id, employee_id=employee_id))


async def _services_of(session: AsyncSession, plan_ids: Sequence[int]) -> dict[int, list[RecurringPlanService]]:
    rows = (await session.execute(
        sa.select(RecurringPlanService).where(col(RecurringPlanService.plan_id).in_(plan_ids))
        .order_by(col(RecurringPlanService.plan_id), col(RecurringPlanService.position),
                  col(RecurringPlanService.id)))).scalars()
    result: dict[int, list[RecurringPlanService]] = {plan_id: [] for plan_id in plan_ids}
    for row in rows:
        result[row.plan_id].append(row)
    return result


async def _crews_of(session: AsyncSession, plan_ids: Sequence[int]) -> dict[int, list[int]]:
    rows = (await session.execute(
        sa.select(col(RecurringPlanEmployee.plan_id), col(RecurringPlanEmployee.employee_id))
        .where(col(RecurringPlanEmployee.plan_id).in_(plan_ids))
        .order_by(col(RecurringPlanEmployee.id)))).all()
    result: dict[int, list[int]] = {plan_id: [] for plan_id in plan_ids}
    for plan_id, employee_id in rows:
        result[plan_id].append(employee_id)
    return result


def _draft_of(plan: RecurringPlan, services: Sequence[RecurringPlanService], crew: Sequence[int]) -> PlanDraft:
    return PlanDraft(
        customer_id=plan.customer_id, property_id=plan.property_id, name=plan.name, frequency=plan.frequency,
        start_date=plan.start_date, start_time=plan.start_time, end_time=plan.end_time, interval=plan.interval,
        weekdays=tuple(plan.weekdays or ()), month_day=plan.month_day, week_of_month=plan.week_of_month,
        end_date=plan.end_date, occurrence_count=plan.occurrence_count, team_id=plan.team_id,
        employee_ids=tuple(crew), services=tuple(_line_draft(line) for line in services), billing=plan.billing,
        client_notes=plan.client_notes, internal_notes=plan.internal_notes,
    )


def _line_draft(line: RecurringPlanService) -> LineDraft:
    return LineDraft(service_id=line.service_id, quantity=Decimal(line.quantity),
                     unit_price=Decimal(line.unit_price_cents) / 100, description=line.description,
                     taxable=line.taxable)


# ---------------------------------------------------------------------------------------------------------
# Generating visits


async def _create_visits(session: AsyncSession, viewer: Viewer, plans: Sequence[RecurringPlan],
                         days: dict[int, dict[date, tuple[datetime, datetime]]]) -> int:
    """Pending jobs for the given occurrences of the given plans, with their lines, crew, checklist, first history
    row and activity entry (what `resolvers.jobs.create_job` writes for one job), in one multi-row INSERT per table:
    the sweep may make thousands at once. Returns how many."""
    wanted = [(plan, day, window) for plan in plans for day, window in sorted(days.get(row_id(plan), {}).items())]
    if not wanted:
        return 0
    plan_ids = [row_id(plan) for plan in plans]
    services = await _services_of(session, plan_ids)
    crews = await _crews_of(session, plan_ids)
    service_ids = sorted({line.service_id for lines in services.values() for line in lines})
    property_ids = sorted({plan.property_id for plan in plans})
    templates = (await session.execute(sa.select(ChecklistTemplateItem).where(sa.or_(
        col(ChecklistTemplateItem.service_id).in_(service_ids),
        col(ChecklistTemplateItem.property_id).in_(property_ids),
    )).order_by(col(ChecklistTemplateItem.position), col(ChecklistTemplateItem.id)))).scalars().all()

    job_ids = list((await session.execute(
        sa.insert(Job).returning(col(Job.id), sort_by_parameter_order=True),
        [{"customer_id": plan.customer_id, "property_id": plan.property_id, "team_id": plan.team_id,
          "scheduled_start": start, "scheduled_end": end, "status": JobStatus.PENDING,
          "client_notes": plan.client_notes, "internal_notes": plan.internal_notes, "plan_id": plan.id,
          "occurrence_date": day} for plan, day, (start, end) in wanted],
    )).scalars())
    lines: list[dict[str, Any]] = []
    crew_rows: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    for job_id, (plan, _day, _window) in zip(job_ids, wanted, strict=True):
        plan_lines = services[row_id(plan)]
        lines += [{"job_id": job_id, "service_id": line.service_id, "description": line.description,
                   "quantity": line.quantity, "unit_price_cents": line.unit_price_cents, "taxable": line.taxable,
                   "position": position} for position, line in enumerate(plan_lines)]
        crew_rows += [{"job_id": job_id, "employee_id": employee_id} for employee_id in crews[row_id(plan)]]
        order = {line.service_id: index for index, line in enumerate(plan_lines)}
        checklist = sorted((item for item in templates
                            if item.service_id in order or item.property_id == plan.property_id),
                           key=lambda item: (order[item.service_id] if item.service_id is not None else len(order),
                                             item.position, item.id or 0))
        items += [{"job_id": job_id, "label": item.label, "required": item.required, "position": position}
                  for position, item in enumerate(checklist)]
    for model, rows in ((JobLine, lines), (JobAssignment, crew_rows), (ChecklistItem, items)):
        if rows:
            await session.execute(sa.insert(model), rows)
    change_ids = list((await session.execute(
        sa.insert(JobStatusChange).returning(col(JobStatusChange.id), sort_by_parameter_order=True),
        [{"job_id": job_id, "customer_id": plan.customer_id, "property_id": plan.property_id, "from_status": None,
          "to_status": JobStatus.PENDING, "changed_by_user_id": viewer.user_id}
         for job_id, (plan, _day, _window) in zip(job_ids, wanted, strict=True)],
    )).scalars())
    await session.execute(sa.insert(Activity), [
        {"actor_user_id": viewer.user_id, "customer_id": plan.customer_id, "subject_type": "Job",
         "subject_id": job_id, "verb": "job.created",
         "details": {"property_id": plan.property_id, "scheduled_start": str(start), "plan_id": plan.id,
                     "occurrence_date": day.isoformat(), "lines": len(services[row_id(plan)]),
                     "employee_ids": crews[row_id(plan)], "status_change_id": change_id}}
        for job_id, change_id, (plan, day, (start, _end)) in zip(job_ids, change_ids, wanted, strict=True)
    ])
    return len(job_ids)


async def _existing_days(session: AsyncSession, plan_ids: Sequence[int], first: date) -> dict[int, set[date]]:
    rows = (await session.execute(
        sa.select(col(Job.plan_id), col(Job.occurrence_date))
        .where(col(Job.plan_id).in_(plan_ids), col(Job.occurrence_date) >= first))).all()
    result: dict[int, set[date]] = {plan_id: set() for plan_id in plan_ids}
    for plan_id, day in rows:
        if plan_id is not None and day is not None:
            result[plan_id].add(day)
    return result


GENERATION_CHUNK = 500
"""Plans read and generated per round inside the generator's one transaction (bounded memory per round)."""


async def generate_jobs(session: AsyncSession, *, now: datetime | None = None, wait: bool = True,
                        viewer: Viewer = SYSTEM) -> GenerationReport:
    """Every active plan's missing visits up to the horizon, in the caller's transaction.

    Takes the generator lock first (`wait=False`: gives up at once when another process holds it, and reports
    `generated=False`). Plans of archived or merged customers, and at properties no longer in use, are skipped.
    """
    if not await _lock_generator(session, wait=wait):
        return GenerationReport(generated=False)
    now = now or utc_now()
    company = await company_of(session)
    today = plans_today(company, now)
    through = today + timedelta(weeks=_horizon(company))
    statement = (
        sa.select(RecurringPlan)
        .join(Customer, col(Customer.id) == col(RecurringPlan.customer_id))
        .join(Property, col(Property.id) == col(RecurringPlan.property_id))
        .where(col(RecurringPlan.status) == PlanStatus.ACTIVE,
               sa.or_(col(RecurringPlan.end_date).is_(None), col(RecurringPlan.end_date) >= today),
               col(RecurringPlan.start_date) <= through,
               col(Customer.status) == CustomerStatus.ACTIVE, col(Customer.merged_into_id).is_(None),
               col(Property.active).is_(True))
        .order_by(col(RecurringPlan.id))
    )
    plans_seen = created = 0
    last_id = 0
    while True:
        plans = list((await session.execute(
            statement.where(col(RecurringPlan.id) > last_id).limit(GENERATION_CHUNK))).scalars())
        if not plans:
            break
        last_id = row_id(plans[-1])
        plans_seen += len(plans)
        existing = await _existing_days(session, [row_id(plan) for plan in plans], today)
        missing_days = {
            row_id(plan): {day: window for day, window in _wanted(plan, company, now).items()
                           if day not in existing[row_id(plan)]}
            for plan in plans
        }
        created += await _create_visits(session, viewer, plans, missing_days)
    return GenerationReport(generated=True, plans=plans_seen, jobs_created=created, through=through)


# ---------------------------------------------------------------------------------------------------------
# Following a plan's changes


async def _reconcile(session: AsyncSession, viewer: Viewer, plan: RecurringPlan, *, rewrite: bool) -> Outcome:
    """Bring the plan's future visits in line with it (see the module's docstring); `rewrite`: the definition
    changed, so untouched Pending visits are rewritten to it."""
    company = await company_of(session)
    now = utc_now()
    today = plans_today(company, now)
    plan_id = row_id(plan)
    wanted = _wanted(plan, company, now)
    jobs = list((await session.execute(
        sa.select(Job).where(col(Job.plan_id) == plan_id, col(Job.occurrence_date) >= today)
        .order_by(col(Job.scheduled_start), col(Job.id)).with_for_update()
        .execution_options(populate_existing=True))).scalars())
    outcome = Outcome()
    services = (await _services_of(session, [plan_id]))[plan_id]
    crew = (await _crews_of(session, [plan_id]))[plan_id]
    for job in jobs:
        assert job.occurrence_date is not None
        if job.plan_detached_at is not None or job.status not in EDITABLE:
            outcome.left_alone.append(job)  # started, finished, or edited or moved by a person
            continue
        if job.scheduled_start <= now:
            continue  # earlier today: past
        window = wanted.get(job.occurrence_date)
        if window is None:
            if job.status is JobStatus.PENDING:
                await set_job_status(session, viewer, row_id(job), JobStatus.CANCELLED, PLAN_CANCELLED,
                                     from_plan=True)
                outcome.cancelled += 1
            continue
        if job.status is JobStatus.CANCELLED:
            await set_job_status(session, viewer, row_id(job), JobStatus.PENDING, PLAN_RESTORED, from_plan=True)
            outcome.restored += 1
        if rewrite or job.scheduled_start != window[0] or job.scheduled_end != window[1]:
            _, changed = await revise_job(session, viewer, row_id(job), JobChanges(
                scheduled_start=window[0], scheduled_end=window[1], team_id=plan.team_id,
                employee_ids=tuple(crew), services=tuple(_line_draft(line) for line in services),
                client_notes=plan.client_notes, internal_notes=plan.internal_notes,
            ), from_plan=True)
            if changed:
                outcome.updated += 1
    have = {job.occurrence_date for job in jobs}
    outcome.created = await _create_visits(session, viewer, [plan], {
        plan_id: {day: window for day, window in wanted.items() if day not in have}})
    return outcome


# ---------------------------------------------------------------------------------------------------------
# Writes


async def create_plan(session: AsyncSession, viewer: Viewer, draft: PlanDraft) -> tuple[RecurringPlan, Outcome]:
    """Define a plan and generate its visits up to the horizon, in one transaction."""
    _require_office(viewer)
    lines, crew = await _checked(session, viewer, draft)
    await _lock_generator(session)
    plan = RecurringPlan(customer_id=draft.customer_id, property_id=draft.property_id, name=draft.name.strip(),
                         frequency=draft.frequency, start_date=draft.start_date, start_time=draft.start_time,
                         end_time=draft.end_time, status=PlanStatus.ACTIVE)
    _store_definition(plan, draft)
    session.add(plan)
    await session.flush()
    await _replace_parts(session, row_id(plan), lines, crew)
    await session.flush()
    record_activity(session, viewer, subject=plan, verb="plan.created", customer_id=plan.customer_id,
                    property_id=plan.property_id, name=plan.name, frequency=plan.frequency.value)
    outcome = await _reconcile(session, viewer, plan, rewrite=False)
    return plan, outcome


def _apply(draft: PlanDraft, changes: PlanChanges) -> PlanDraft:
    given = {item.name: getattr(changes, item.name) for item in dataclasses.fields(changes)
             if not isinstance(getattr(changes, item.name), Keep)}
    return dataclasses.replace(draft, **given)


async def update_plan(session: AsyncSession, viewer: Viewer, plan_id: int,
                      changes: PlanChanges) -> tuple[RecurringPlan, Outcome]:
    """Change what is given; the plan's untouched future Pending visits follow (see the module's docstring)."""
    _require_office(viewer)
    await _lock_generator(session)
    plan = await _lock_plan(session, viewer, plan_id)
    services = (await _services_of(session, [plan_id]))[plan_id]
    crew_before = (await _crews_of(session, [plan_id]))[plan_id]
    before = _draft_of(plan, services, crew_before)
    draft = _apply(before, changes)
    lines, crew = await _checked(session, viewer, draft, used_services=[line.service_id for line in services],
                                 crew_before=crew_before)
    changed = _store_definition(plan, draft)
    if draft.services != before.services or list(crew) != list(crew_before):
        await _replace_parts(session, plan_id, lines, crew)
        changed.append("services" if draft.services != before.services else "employee_ids")
    await session.flush()
    if not changed:
        return plan, Outcome()
    record_activity(session, viewer, subject=plan, verb="plan.updated", customer_id=plan.customer_id,
                    fields=sorted(changed))
    outcome = await _reconcile(session, viewer, plan, rewrite=True)
    return plan, outcome


async def _set_status(session: AsyncSession, viewer: Viewer, plan_id: int,
                      status: PlanStatus) -> tuple[RecurringPlan, Outcome]:
    _require_office(viewer)
    await _lock_generator(session)
    plan = await _lock_plan(session, viewer, plan_id)
    if plan.status is status:
        word = "paused" if status is PlanStatus.PAUSED else "active"
        raise UserInputError.one(("input", "planId"), ProblemCode.CONFLICT, f"The plan is already {word}.")
    plan.status = status
    await session.flush()
    record_activity(session, viewer, subject=plan, verb="plan.paused" if status is PlanStatus.PAUSED
                    else "plan.resumed", customer_id=plan.customer_id)
    return plan, await _reconcile(session, viewer, plan, rewrite=False)


async def pause_plan(session: AsyncSession, viewer: Viewer, plan_id: int) -> tuple[RecurringPlan, Outcome]:
    """No new visits; the untouched future Pending ones are cancelled (resuming restores them)."""
    return await _set_status(session, viewer, plan_id, PlanStatus.PAUSED)


async def resume_plan(session: AsyncSession, viewer: Viewer, plan_id: int) -> tuple[RecurringPlan, Outcome]:
    """Visits again: cancelled untouched ones restored, missing ones generated up to the horizon."""
    return await _set_status(session, viewer, plan_id, PlanStatus.ACTIVE)


async def skip_date(session: AsyncSession, viewer: Viewer, plan_id: int,
                    day: date) -> tuple[RecurringPlan, Outcome]:
    """Leave one occurrence out; its untouched Pending visit is cancelled (a touched one is listed)."""
    _require_office(viewer)
    await _lock_generator(session)
    plan = await _lock_plan(session, viewer, plan_id)
    if not recurrence.is_occurrence(dataclasses.replace(plan_rule(plan), skipped=frozenset()), day):
        raise UserInputError.one(("input", "date"), ProblemCode.INVALID,
                                 f"The plan has no visit on {day.isoformat()}; pick one of its dates.")
    company = await company_of(session)
    if day < plans_today(company, utc_now()):
        raise UserInputError.one(("input", "date"), ProblemCode.INVALID, "That date is past; skip a coming one.")
    if day in (plan.skipped_dates or []):
        raise UserInputError.one(("input", "date"), ProblemCode.CONFLICT,
                                 f"{day.isoformat()} is already skipped.")
    plan.skipped_dates = sorted([*(plan.skipped_dates or []), day])
    await session.flush()
    record_activity(session, viewer, subject=plan, verb="plan.skipped", customer_id=plan.customer_id,
                    date=day.isoformat())
    outcome = await _reconcile(session, viewer, plan, rewrite=False)
    return plan, outcome
