"""The demo's rows that no business function writes yet, and the past year's work in bulk: plain inserts.

The company and its settings, the service catalog with its checklist templates, employees and teams, tags,
contacts, notes, reminders and notices have no write API today, so the demo inserts them here; so does taking
a property out of use. When a business function appears for one of them, its insert moves to `demo.build`
and calls that function. `past_jobs` writes the year behind the demo's last days in bulk (see there why).
Phone numbers go through the same `resolvers.normalize.normalize_phone` the API uses.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col

from demo import story
from demo.plan import SPEC, JobPlan, Plan, utc
from models import (
    ChecklistItem,
    ChecklistTemplateItem,
    Company,
    Contact,
    Customer,
    CustomerTag,
    Employee,
    Job,
    JobAssignment,
    JobLine,
    JobReview,
    JobStatusChange,
    Note,
    Notice,
    OutboxMail,
    Property,
    Reminder,
    SavedPaymentMethod,
    Service,
    Tag,
    Team,
    TeamMember,
)
from models.enums import JobStatus, NoteVisibility, SavedMethodKind
from resolvers.normalize import normalize_phone


def _stamp(moment: datetime) -> dict[str, Any]:
    return {"created_at": moment, "updated_at": moment}


async def _insert(session: AsyncSession, model: type[SQLModel], rows: Sequence[dict[str, Any]]) -> list[int]:
    """One multi-row INSERT; the new ids in the order of `rows`."""
    if not rows:
        return []
    table = model.__table__  # type: ignore[attr-defined]
    result = await session.execute(sa.insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return [int(row_id) for row_id in result.scalars()]


async def company(session: AsyncSession, at: datetime) -> None:
    values: dict[str, Any] = {**story.COMPANY, "phone": normalize_phone(str(story.COMPANY["phone"]))}
    for name in ("tax_rate", "card_fee_percent", "ach_fee_percent"):
        values[name] = Decimal(str(values[name]))
    await _insert(session, Company, [{**values, **_stamp(at)}])


async def catalog(session: AsyncSession, at: datetime) -> dict[str, int]:
    """Services with their checklist templates; service name → id."""
    ids = await _insert(session, Service, [
        {"name": spec.name, "description": spec.description, "default_price_cents": spec.price_cents,
         "taxable": spec.taxable, "active": True, **_stamp(at)} for spec in story.SERVICES])
    services = {spec.name: service_id for spec, service_id in zip(story.SERVICES, ids, strict=True)}
    await _insert(session, ChecklistTemplateItem, [
        {"service_id": services[spec.name], "label": label, "required": required, "position": position, **_stamp(at)}
        for spec in story.SERVICES for position, (label, required) in enumerate(spec.checklist)])
    return services


async def staff(session: AsyncSession, at: datetime) -> tuple[dict[str, int], dict[str, int]]:
    """Employees and teams; (employee key → id, team name → id)."""

    def email(name: str) -> str:
        return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace(" ", ".") + \
            "@example.com"

    ids = await _insert(session, Employee, [
        {"name": name, "email": email(name), "phone": normalize_phone(phone), "active": active, **_stamp(at)}
        for _, name, phone, active in story.EMPLOYEES])
    employees = {key: employee_id for (key, _, _, _), employee_id in zip(story.EMPLOYEES, ids, strict=True)}
    team_ids = await _insert(session, Team, [{"name": name, **_stamp(at)} for name in story.TEAMS])
    teams = dict(zip(story.TEAMS, team_ids, strict=True))
    await _insert(session, TeamMember, [{"team_id": teams[name], "employee_id": employees[key], **_stamp(at)}
                                        for name, crew in story.TEAMS.items() for key in crew])
    return employees, teams


async def property_checklists(session: AsyncSession, key: str, property_ids: dict[tuple[str, int], int],
                              at: datetime) -> None:
    """The checklist items of one customer's properties (copied onto every job there from now on)."""
    await _insert(session, ChecklistTemplateItem, [
        {"property_id": property_ids[(customer, index)], "label": label, "required": required, "position": 100,
         **_stamp(at)} for customer, index, label, required in story.PROPERTY_CHECKLISTS if customer == key])


@dataclass(frozen=True, slots=True)
class JobRefs:
    """The ids a past job's rows point at."""

    customer_id: int
    property_id: int
    team_id: int
    employee_ids: tuple[int, ...]
    service_ids: tuple[int, ...]
    """One per line, in line order."""
    checklist: tuple[tuple[str, bool], ...]
    """(label, required) as `create_job` copies them: the services' templates in line order, then the property's."""
    office_user_id: int
    lead_user_id: int


async def past_jobs(session: AsyncSession, jobs: Sequence[JobPlan], refs: Sequence[JobRefs]) -> None:
    """A month of the past year's visits, in bulk: the job, its lines, crew and checklist (all ticked), and its
    status history (booked by the office; on the way, started and finished by the crew lead; or cancelled by
    the office).

    The same rows `create_job`, `set_item_done` and `set_job_status` write, without their activity entries:
    those functions have no batch form and cost ~40 statements a job, ~20 s of CPU for the year. The jobs of
    the last days, today's and the coming ones go through the functions (see `demo.build`).
    """
    if not jobs:
        return
    ids = await _insert(session, Job, [
        {"customer_id": ref.customer_id, "property_id": ref.property_id, "team_id": ref.team_id,
         "scheduled_start": job.start, "scheduled_end": job.end, "status": job.status,
         "client_notes": job.client_notes, "internal_notes": job.internal_notes, "started_at": job.started_at,
         "finished_at": job.finished_at, "created_at": job.created_at,
         "updated_at": job.finished_at or job.cancelled_at}
        for job, ref in zip(jobs, refs, strict=True)])
    lines, crew, items, moves = [], [], [], []
    for job, ref, job_id in zip(jobs, refs, ids, strict=True):
        job.id = job_id
        booked = _stamp(job.created_at)
        lines += [{"job_id": job_id, "service_id": service_id, "description": name, "quantity": quantity,
                   "unit_price_cents": price, "taxable": SPEC[name].taxable, "position": position, **booked}
                  for position, ((name, quantity, price), service_id)
                  in enumerate(zip(job.lines, ref.service_ids, strict=True))]
        crew += [{"job_id": job_id, "employee_id": employee_id, **booked} for employee_id in ref.employee_ids]
        if job.status is JobStatus.CANCELLED:
            assert job.cancelled_at is not None
            items += [{"job_id": job_id, "label": label, "required": required, "position": position,
                       "done_at": None, "done_by_user_id": None, **booked}
                      for position, (label, required) in enumerate(ref.checklist)]
            moves += [{"job_id": job_id, "customer_id": ref.customer_id, "property_id": ref.property_id,
                       "from_status": before, "to_status": after, "changed_by_user_id": ref.office_user_id,
                       "reason": reason, **_stamp(at)}
                      for before, after, at, reason in ((None, JobStatus.PENDING, job.created_at, None),
                                                        (JobStatus.PENDING, JobStatus.CANCELLED, job.cancelled_at,
                                                         job.cancel_reason))]
            continue
        assert job.on_the_way_at is not None and job.started_at is not None and job.finished_at is not None
        span = (job.finished_at - job.started_at) / (len(ref.checklist) + 1)
        items += [{"job_id": job_id, "label": label, "required": required, "position": position,
                   "done_at": job.started_at + span * (position + 1), "done_by_user_id": ref.lead_user_id,
                   "created_at": job.created_at, "updated_at": job.started_at + span * (position + 1)}
                  for position, (label, required) in enumerate(ref.checklist)]
        steps = ((None, JobStatus.PENDING, job.created_at, ref.office_user_id),
                 (JobStatus.PENDING, JobStatus.ON_THE_WAY, job.on_the_way_at, ref.lead_user_id),
                 (JobStatus.ON_THE_WAY, JobStatus.STARTED, job.started_at, ref.lead_user_id),
                 (JobStatus.STARTED, JobStatus.FINISHED, job.finished_at, ref.lead_user_id))
        moves += [{"job_id": job_id, "customer_id": ref.customer_id, "property_id": ref.property_id,
                   "from_status": before, "to_status": after, "changed_by_user_id": by, "reason": None, **_stamp(at)}
                  for before, after, at, by in steps]
    await _insert(session, JobLine, lines)
    await _insert(session, JobAssignment, crew)
    await _insert(session, ChecklistItem, items)
    moves.sort(key=lambda row: row["created_at"])
    await _insert(session, JobStatusChange, moves)


async def tags_and_contacts(session: AsyncSession, customers: dict[str, int], created: dict[str, datetime],
                            at: datetime) -> None:
    tag_ids = dict(zip(story.TAGS, await _insert(session, Tag, [
        {"name": name, "color": color, **_stamp(at)} for name, color in story.TAGS.items()]), strict=True))
    await _insert(session, CustomerTag, [
        {"customer_id": customers[spec.key], "tag_id": tag_ids[tag], **_stamp(created[spec.key])}
        for spec in story.CUSTOMERS for tag in spec.tags])
    await _insert(session, Contact, [
        {"customer_id": customers[spec.key], "name": name, "role": role, "email": email,
         "phone": normalize_phone(phone), **_stamp(created[spec.key])}
        for spec in story.CUSTOMERS for name, role, email, phone in spec.contacts])


async def office_notes(session: AsyncSession, plan: Plan, customers: dict[str, int],
                       property_ids: dict[tuple[str, int], int], users: dict[str, int]) -> None:
    """The office's notes, reminders and notices, dated back from today."""
    def ago(days: int, hour: int = 10, minute: int = 0) -> datetime:
        return utc(plan.today - timedelta(days=days), hour, minute)

    damage_job = plan.job_of_today("pm40", JobStatus.FINISHED)
    notes = []
    for customer, index, on_damage_job, internal, body, days_ago in story.NOTES:
        at = plan.now - timedelta(hours=1) if days_ago == 0 else ago(days_ago, 14, 5)
        place = property_ids[(customer, index)] if index is not None else None
        if on_damage_job:
            place = property_ids[(customer, plan.properties[customer].index(damage_job.prop))]
        notes.append({"customer_id": customers[customer], "property_id": place,
                      "job_id": damage_job.id if on_damage_job else None,
                      "visibility": NoteVisibility.INTERNAL if internal else NoteVisibility.CUSTOMER, "body": body,
                      "author_user_id": users["office"], **_stamp(at)})
    await _insert(session, Note, notes)
    await _insert(session, Reminder, [
        {"customer_id": customers[customer], "text": text, "due_at": utc(plan.today + timedelta(days=due), 9, 30),
         "done_at": utc(plan.today + timedelta(days=due + 1), 16) if done else None,
         "assigned_user_id": users[assignee], **_stamp(ago(created))}
        for customer, text, due, done, assignee, created in story.REMINDERS])
    gate_day = f"{plan.today - timedelta(days=40):%b %-d}"
    await _insert(session, Notice, [
        {"customer_id": customers[customer], "text": text.format(gate_day=gate_day), "active": active,
         **_stamp(ago(days))} for customer, text, active, days in story.NOTICES])


AUTOPAY_CONSENT = ("I authorise Sparkle & Shine to charge my saved card for each invoice when it is issued, "
                   "until I turn autopay off.")
REVIEWS = (
    # customer, n-th latest finished job, stars, comment, problem
    ("reyes", 0, 5, "Spotless as always. Thank you!", False),
    ("reyes", 1, 4, None, False),
    ("pm40", 0, 2, "Unit 3B: the oven was not cleaned and the trash was left in the kitchen.", True),
    ("pm40", 1, 5, "Great turnover, guests noticed.", False),
)


async def cards_and_reviews(session: AsyncSession, plan: Plan, customers: dict[str, int],
                            users: dict[str, int]) -> None:
    """Jordan Reyes's saved test card (Stripe's 4242 test Visa) with autopay on, and a few reviews of the
    latest finished jobs; the problem one has the office's follow-up reminder, as `jobReview` makes it."""
    saved_at = plan.now - timedelta(days=200)
    await session.execute(sa.update(Customer).where(col(Customer.id) == customers["reyes"]).values(
        stripe_customer_id="cus_demo_reyes", autopay=True, autopay_consent_text=AUTOPAY_CONSENT,
        autopay_changed_at=saved_at, autopay_changed_by_user_id=users["client1"]))
    await _insert(session, SavedPaymentMethod, [{
        "customer_id": customers["reyes"], "stripe_payment_method_id": "pm_demo_reyes_visa",
        "kind": SavedMethodKind.CARD, "brand": "visa", "last4": "4242", "exp_month": 12,
        "exp_year": plan.today.year + 3, "is_default": True, **_stamp(saved_at)}])
    for customer, nth, stars, comment, problem in REVIEWS:
        job = (await session.execute(
            sa.select(Job).where(col(Job.customer_id) == customers[customer], col(Job.status) == JobStatus.FINISHED,
                                 col(Job.finished_at) <= plan.now)
            .order_by(col(Job.finished_at).desc(), col(Job.id).desc()).offset(nth).limit(1))).scalar_one()
        assert job.finished_at is not None
        at = min(job.finished_at + timedelta(hours=3), plan.now - timedelta(minutes=30))
        reminder_id = None
        if problem:
            (reminder_id,) = await _insert(session, Reminder, [{
                "customer_id": job.customer_id, "due_at": at, "assigned_user_id": None, **_stamp(at),
                "text": f"Problem reported on the job finished {job.finished_at:%b %-d}: {comment} (rated {stars}/5)"}])
        await _insert(session, JobReview, [{
            "job_id": job.id, "customer_id": job.customer_id, "property_id": job.property_id,
            "user_id": users["client1" if customer == "reyes" else "pm1"], "rating": stars, "comment": comment,
            "problem": problem, "reminder_id": reminder_id, **_stamp(at)}])


async def retire_properties(session: AsyncSession, property_ids: Sequence[int], at: datetime) -> None:
    """No business function takes a property out of use yet."""
    await session.execute(sa.update(Property).where(col(Property.id).in_(property_ids))
                          .values(active=False, updated_at=at))


async def settle_outbox(session: AsyncSession, before: datetime) -> None:
    """The replayed year's mail counts as delivered when it was written: nothing old goes out on `serve`."""
    await session.execute(sa.update(OutboxMail).where(col(OutboxMail.sent_at).is_(None),
                                                      col(OutboxMail.created_at) < before)
                          .values(sent_at=OutboxMail.created_at, attempts=1))
