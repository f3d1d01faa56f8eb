"""Replay the demo's plan through the business functions, each at its moment of the story.

`seed_demo(session)` builds Sparkle & Shine Cleaning Co. (see `demo.story`, laid out in time by `demo.plan`):
customers, properties, users, invoices, batches, payments (recorded, reported and approved), voids, bad
debts, archiving, the jobs of the last `WORKFLOW_DAYS` days, of today and of the coming two weeks with their
moves and checklists are made by the functions the GraphQL mutations call, with the clock travelled
(`time_machine`) to when each happened; so numbering, totals, statuses, status history, activity and
notifications are the real ones. What has no business function yet is inserted by `demo.records`, and so is
the past year's finished and cancelled work (`records.past_jobs`, a month at a time): `create_job` plus
`set_job_status` and `set_item_done` for ~550 jobs would cost ~20,000 statements and ~20 s of CPU.

The function only adds and flushes on the given session; **the caller commits**, so the seed is one
transaction. Idempotent: when the company or the user ``owner`` exists nothing is written. Deterministic:
a seeded plan and a travelled clock, so two runs for the same day write the same rows.
"""

from __future__ import annotations

import heapq
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
import time_machine
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import SQLModel, col

from auth.viewer import Viewer
from demo import records, story
from demo.plan import SPEC, TZ, InvoicePlan, JobPlan, PaymentPlan, Plan, make_plan, month_start, utc
from models import Batch, ChecklistItem, Company, Customer, Invoice, Job, PaymentTransaction, Property, User
from models.enums import CustomerStatus, JobStatus, PlanBilling, PlanFrequency, Role, TransactionStatus
from resolvers.billing.batches import create_batch
from resolvers.billing.invoices import create_invoice
from resolvers.billing.lifecycle import mark_bad_debt, void_invoice
from resolvers.billing.payments import record_payment
from resolvers.billing.reported_payments import report_payment, review_payment
from resolvers.checklists import set_item_done
from resolvers.customers import CustomerChanges, NewCustomer, create_customer, update_customer
from resolvers.jobs import JobDraft, LineDraft, create_job, set_job_status
from resolvers.notifications import mark_read
from resolvers.plans import PlanDraft, create_plan, next_occurrences, skip_date
from resolvers.properties import PropertyDraft, create_property
from resolvers.users import create_user, portal_user_create, staff_user_create
from resolvers.values import Address

__all__ = ["DEMO_USERNAMES", "DemoReport", "seed_demo"]

DEMO_USERNAMES = story.DEMO_USERNAMES
WORKFLOW_DAYS = 3
"""Jobs of the last days (and today's) move through `set_job_status` and `set_item_done` one by one."""
# pg_advisory_xact_lock key: two seeders at once wait for each other instead of both seeding.
_LOCK_KEY = 0x5EED_DE30


@dataclass(frozen=True, slots=True)
class DemoReport:
    """Rows of each kind in the database after the call (whether just created or already there)."""

    customers: int
    properties: int
    jobs: int
    invoices: int
    batches: int
    transactions: int
    users: int
    already_seeded: bool = False

    def lines(self) -> list[str]:
        head = ("Demo data already present: nothing changed." if self.already_seeded
                else f"Demo data created for {story.COMPANY_NAME}")
        counts = [f"  {name:<13}{getattr(self, name):>5}" for name in _COUNTED]
        hint = "  sign in as " + ", ".join(DEMO_USERNAMES) + " (the one-time code goes to <username>@example.com)"
        return [head, *counts, hint]


_COUNTED: dict[str, type[SQLModel]] = {
    "customers": Customer, "properties": Property, "jobs": Job, "invoices": Invoice, "batches": Batch,
    "transactions": PaymentTransaction, "users": User,
}


async def _report(session: AsyncSession, *, already_seeded: bool) -> DemoReport:
    columns = [sa.select(sa.func.count()).select_from(model).scalar_subquery().label(name)
               for name, model in _COUNTED.items()]
    row = (await session.execute(sa.select(*columns))).one()
    return DemoReport(**{name: int(row._mapping[name]) for name in _COUNTED}, already_seeded=already_seeded)


async def seed_demo(session: AsyncSession, *, today: date | None = None) -> DemoReport:
    """Create the demo company and its year of history in the session's transaction; the caller commits.

    Returns the counts now in the database; `already_seeded` (and nothing written) when the company or the
    `owner` user exists. `today` defaults to today's date in America/New_York.
    """
    await session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
    company = sa.exists(sa.select(col(Company.id)))
    owner = sa.exists(sa.select(col(User.id)).where(col(User.username) == "owner"))
    if (await session.execute(sa.select(company | owner))).scalar_one():
        return await _report(session, already_seeded=True)
    await _Replay(session, make_plan(today or datetime.now(TZ).date())).run()
    return await _report(session, already_seeded=False)


Step = Callable[[], Awaitable[Any]]


def _staff_viewer(user: User) -> Viewer:
    return Viewer(user_id=user.id, role=user.role, employee_id=user.employee_id)


def _money(cents: int) -> Decimal:
    return Decimal(cents) / 100


class _Replay:
    def __init__(self, session: AsyncSession, plan: Plan) -> None:
        self.session, self.plan = session, plan
        self.steps: list[tuple[datetime, int, Step]] = []
        self.count = 0
        self.customers: dict[str, int] = {}
        self.created: dict[str, datetime] = {}
        self.properties: dict[tuple[str, int], int] = {}
        self.users: dict[str, User] = {}
        self.viewers: dict[str, Viewer] = {}
        self.history: dict[date, list[JobPlan]] = {}
        self.reported: dict[int, int] = {}

    def at(self, moment: datetime, step: Step) -> None:
        """Run `step` with the clock at `moment` (steps may schedule later steps)."""
        self.count += 1
        heapq.heappush(self.steps, (moment, self.count, step))

    async def run(self) -> None:
        plan, session = self.plan, self.session
        opened = utc(plan.today - timedelta(days=story.HISTORY_DAYS + 60), 10)
        with time_machine.travel(opened, tick=False):
            await records.company(session, opened)
            self.services = await records.catalog(session, opened)
            self.employees, self.teams = await records.staff(session, opened)
        await self.staff_users(opened + timedelta(hours=2))
        for spec in story.CUSTOMERS:
            self.at(utc(plan.today - timedelta(days=spec.days_ago), 11, 15), self.customer_step(spec))
        for key, when in plan.archived.items():
            self.at(when, self.archive_step(key))
        workflow_from = plan.today - timedelta(days=WORKFLOW_DAYS)
        for job in plan.jobs:
            if job.day < workflow_from:
                self.history.setdefault(month_start(job.day), []).append(job)
            else:
                self.at(job.created_at, self.create_job_step(job))
                self.job_moves(job)
        # A month's past jobs at its start (before its invoices), once every customer and property exists.
        everyone = utc(plan.today - timedelta(days=min(spec.days_ago for spec in story.CUSTOMERS)), 12, 30)
        for month, jobs in self.history.items():
            self.at(max(utc(month, 0, 1), everyone), self.history_step(jobs))
        for invoice in plan.invoices:
            self.invoice_steps(invoice)
        for batch in plan.batches:
            self.at(batch.at, self.batch_step(batch))
        for payment in plan.payments:
            self.payment_steps(payment)
        for username in ("pm1", "client1"):
            self.at(plan.now - timedelta(days=2), self.read_step(username))

        while self.steps:
            moment, _, step = heapq.heappop(self.steps)
            with time_machine.travel(moment, tick=False):
                await step()
            await self.session.flush()
            self.session.expunge_all()  # the functions re-read what they need; a small session flushes faster
        with time_machine.travel(plan.now, tick=False):
            await self.recurring_plans()
            await self.session.flush()
        users = {name: int(user.id or 0) for name, user in self.users.items()}
        await records.tags_and_contacts(session, self.customers, self.created, opened)
        await records.office_notes(session, plan, self.customers, self.properties, users)
        await records.cards_and_reviews(session, plan, self.customers, users)
        await records.settle_outbox(session, plan.now)
        await session.flush()

    # -- recurring plans

    async def recurring_plans(self) -> None:
        """Three customers' repeat work as recurring plans (`resolvers.plans`), their visits generated to the
        horizon: Eleanor Park every other Thursday (billed per visit, one date skipped), Bluestone Dental every
        Saturday morning and Harborview's common areas on the first Monday of each month (both billed monthly;
        Harborview, a property manager, gets one batch a month)."""
        today = self.plan.today
        clean, office = self.services["Standard Clean"], self.services["Office Cleaning"]
        windows = self.services["Window Washing"]
        definitions = [
            PlanDraft(customer_id=self.customers["park"], property_id=self.properties[("park", 0)],
                      name="Every other Thursday clean", frequency=PlanFrequency.WEEKLY, interval=2,
                      weekdays=(3,), start_date=today, start_time=time(10), end_time=time(12),
                      team_id=self.teams["Team Blue"], services=(LineDraft(service_id=clean),),
                      client_notes="Please don't move the framed photos on the piano."),
            PlanDraft(customer_id=self.customers["bluestone"], property_id=self.properties[("bluestone", 0)],
                      name="Saturday office clean", frequency=PlanFrequency.WEEKLY, weekdays=(5,),
                      start_date=today, start_time=time(8), end_time=time(11), team_id=self.teams["Team Green"],
                      services=(LineDraft(service_id=office, unit_price=Decimal("200.00")),),
                      billing=PlanBilling.MONTHLY, internal_notes="Alarm code is with Dr. Shah only."),
            PlanDraft(customer_id=self.customers["pm12"], property_id=self.properties[("pm12", 0)],
                      name="Common areas and windows", frequency=PlanFrequency.MONTHLY_BY_WEEKDAY, weekdays=(0,),
                      week_of_month=1, start_date=today, start_time=time(9), end_time=time(12),
                      team_id=self.teams["Pool & Windows"],
                      services=(LineDraft(service_id=clean), LineDraft(service_id=windows, quantity=Decimal("12"))),
                      billing=PlanBilling.MONTHLY),
        ]
        made = [await create_plan(self.session, self.office, definition) for definition in definitions]
        park, _ = made[0]
        coming = next_occurrences(park, await self.session.get(Company, 1), 2)
        if len(coming) == 2:
            await skip_date(self.session, self.office, park.id or 0, coming[1].day)

    # -- people

    async def staff_users(self, moment: datetime) -> None:
        with time_machine.travel(moment, tick=False):
            owner = await create_user(self.session, role=Role.OWNER, username=story.OWNER.username,
                                      email=f"{story.OWNER.username}@example.com", name=story.OWNER.name)
        self.users["owner"] = owner
        self.viewers["owner"] = _staff_viewer(owner)
        for spec in story.USERS:
            if spec.role is Role.CUSTOMER:
                continue
            with time_machine.travel(moment, tick=False):
                user = await staff_user_create(
                    self.session, self.viewers["owner"], role=spec.role, username=spec.username,
                    email=f"{spec.username}@example.com", name=spec.name,
                    employee_id=self.employees[spec.employee] if spec.employee else None)
            self.users[spec.username] = user
            self.viewers[spec.username] = _staff_viewer(user)
            if spec.employee:
                self.viewers[spec.employee] = self.viewers[spec.username]
        self.office = self.viewers["office"]

    def customer_step(self, spec: story.CustomerSpec) -> Step:
        async def step() -> None:
            line1, line2, city, postal_code = spec.address
            saved = await create_customer(self.session, self.office, NewCustomer(
                display_name=spec.display_name, billing_name=spec.billing_name, emails=spec.emails,
                phones=spec.phones, billing_address=Address(line1, line2, city, "NY", postal_code, "US"),
                kind=spec.kind, customer_notes=spec.customer_notes, internal_notes=spec.internal_notes,
            ))
            self.customers[spec.key] = int(saved.customer.id or 0)
            self.created[spec.key] = saved.customer.created_at
            self.at(saved.customer.created_at + timedelta(minutes=20), self.properties_step(spec.key))
            invited = utc(self.plan.today - timedelta(days=story.PORTAL_DAYS), 10)
            for user in story.USERS:
                if user.customer == spec.key:
                    self.at(max(invited, saved.customer.created_at + timedelta(hours=1)), self.portal_user_step(user))
        return step

    def properties_step(self, key: str) -> Step:
        async def step() -> None:
            for index, spec in enumerate(self.plan.properties[key]):
                line1, line2, city, postal_code = spec.address
                place = await create_property(self.session, self.office, PropertyDraft(
                    customer_id=self.customers[key], name=spec.name, type=spec.type,
                    address=Address(line1, line2, city, "NY", postal_code, "US"), access_notes=spec.access_notes,
                    description=spec.description, internal_notes=spec.internal_notes))
                self.properties[(key, index)] = int(place.id or 0)
            await records.property_checklists(self.session, key, self.properties, self.session_now())
        return step

    def portal_user_step(self, spec: story.UserSpec) -> Step:
        async def step() -> None:
            assert spec.customer is not None
            user = await portal_user_create(
                self.session, self.office, customer_id=self.customers[spec.customer], username=spec.username,
                email=f"{spec.username}@example.com", name=spec.name, finances=spec.finances,
                property_ids=[self.properties[(spec.customer, index)] for index in spec.properties] or None)
            self.users[spec.username] = user
            self.viewers[spec.username] = Viewer(
                user_id=user.id, role=Role.CUSTOMER, customer_id=user.customer_id, finances=user.finances,
                property_ids=frozenset(self.properties[(spec.customer, i)] for i in spec.properties) or None)
        return step

    def archive_step(self, key: str) -> Step:
        async def step() -> None:
            await update_customer(self.session, self.office, self.customers[key],
                                  CustomerChanges(status=CustomerStatus.ARCHIVED, portal_access=False))
            retired = [self.properties[(key, index)] for index, spec in enumerate(self.plan.properties[key])
                       if spec.retired]
            await records.retire_properties(self.session, retired, self.session_now())
        return step

    def read_step(self, username: str) -> Step:
        async def step() -> None:
            await mark_read(self.session, self.viewers[username], None)
        return step

    @staticmethod
    def session_now() -> datetime:
        return datetime.now(TZ)

    # -- jobs

    def create_job_step(self, job: JobPlan) -> Step:
        async def step() -> None:
            row = await create_job(self.session, self.office, JobDraft(
                customer_id=self.customers[job.customer], property_id=self._property_id(job),
                scheduled_start=job.start, scheduled_end=job.end, team_id=self.teams[job.team],
                employee_ids=tuple(self.employees[key] for key in job.crew),
                services=tuple(LineDraft(service_id=self.services[name], quantity=quantity,
                                         unit_price=_money(price)) for name, quantity, price in job.lines),
                client_notes=job.client_notes, internal_notes=job.internal_notes))
            job.id = row.id
        return step

    def job_moves(self, job: JobPlan) -> None:
        """On the way, started, the checklist ticked along the visit, finished: each through the workflow."""
        def move(target: JobStatus, reason: str | None = None) -> Step:
            async def step() -> None:
                viewer = self.office if target is JobStatus.CANCELLED else self.viewers[job.crew[0]]
                assert job.id is not None
                await set_job_status(self.session, viewer, job.id, target, reason)
            return step

        if job.cancelled_at is not None:
            self.at(job.cancelled_at, move(JobStatus.CANCELLED, job.cancel_reason))
        if job.on_the_way_at is not None:
            self.at(job.on_the_way_at, move(JobStatus.ON_THE_WAY))
        if job.started_at is not None:
            self.at(job.started_at, move(JobStatus.STARTED))
            ended = job.finished_at or min(self.plan.now, job.started_at + timedelta(hours=1))
            self.at(job.started_at + (ended - job.started_at) / 2, self.checklist_step(job, everything=job.finished_at
                                                                                        is not None))
        if job.finished_at is not None:
            self.at(job.finished_at, move(JobStatus.FINISHED))

    def checklist_step(self, job: JobPlan, *, everything: bool) -> Step:
        """A finished job has every item ticked; a job still under way the first half."""
        async def step() -> None:
            items = [item_id for item_id in (await self.session.execute(
                sa.select(col(ChecklistItem.id)).where(col(ChecklistItem.job_id) == job.id)
                .order_by(col(ChecklistItem.position), col(ChecklistItem.id)))).scalars() if item_id is not None]
            viewer = self.viewers[job.crew[0]]
            for item_id in items if everything else items[: len(items) // 2]:
                await set_item_done(self.session, viewer, item_id, True)
        return step

    def history_step(self, jobs: list[JobPlan]) -> Step:
        async def step() -> None:
            await records.past_jobs(self.session, jobs, [self.refs(job) for job in jobs])
        return step

    def refs(self, job: JobPlan) -> records.JobRefs:
        index = self.plan.properties[job.customer].index(job.prop)
        checklist = [item for name, _, _ in job.lines for item in SPEC[name].checklist]
        checklist += [(label, required) for customer, at, label, required in story.PROPERTY_CHECKLISTS
                      if (customer, at) == (job.customer, index)]
        return records.JobRefs(
            customer_id=self.customers[job.customer], property_id=self.properties[(job.customer, index)],
            team_id=self.teams[job.team], employee_ids=tuple(self.employees[key] for key in job.crew),
            service_ids=tuple(self.services[name] for name, _, _ in job.lines), checklist=tuple(checklist),
            office_user_id=int(self.users["office"].id or 0),
            lead_user_id=int(self.users[self._username(job.crew[0])].id or 0))

    def _property_id(self, job: JobPlan) -> int:
        return self.properties[(job.customer, self.plan.properties[job.customer].index(job.prop))]

    def _username(self, employee: str) -> str:
        return next(spec.username for spec in story.USERS if spec.employee == employee)

    # -- billing

    def invoice_steps(self, invoice: InvoicePlan) -> None:
        async def create() -> None:
            row = await create_invoice(self.session, self.office, customer_id=self.customers[invoice.customer],
                                       job_ids=[job.id for job in invoice.jobs if job.id is not None],
                                       issue=not invoice.draft, notes=invoice.notes)
            invoice.id = row.id

        self.at(invoice.at, create)
        if invoice.void is not None:
            moment, reason = invoice.void
            self.at(moment, lambda: void_invoice(self.session, self.office, invoice_id=self._id(invoice),
                                                 reason=reason))
        if invoice.bad_debt is not None:
            moment, reason = invoice.bad_debt
            self.at(moment, lambda: mark_bad_debt(self.session, self.viewers["owner"],
                                                  invoice_id=self._id(invoice), reason=reason))

    @staticmethod
    def _id(row: InvoicePlan) -> int:
        assert row.id is not None, "replayed out of order"
        return row.id

    def batch_step(self, batch: Any) -> Step:
        async def step() -> None:
            row = await create_batch(self.session, self.office, customer_id=self.customers[batch.customer],
                                     invoice_ids=[self._id(invoice) for invoice in batch.invoices], notes=batch.notes)
            batch.id = row.id
        return step

    def payment_steps(self, payment: PaymentPlan) -> None:
        customer_id = self.customers.get

        async def record() -> None:
            await record_payment(
                self.session, self.office, customer_id=customer_id(payment.customer) or 0,
                amount=_money(payment.amount_cents), method=payment.method, occurred_at=payment.at,
                reference=payment.reference, note=payment.note, status=payment.status,
                external_id=payment.external_id, fee_cents=payment.fee_cents,
                batch_id=payment.batch.id if payment.batch else None,
                invoice_ids=None if payment.batch else [self._id(invoice) for invoice in payment.invoices])

        async def report() -> None:
            assert payment.reported_by is not None
            row = await report_payment(self.session, self.viewers[payment.reported_by],
                                       amount=_money(payment.amount_cents), method=payment.method,
                                       invoice_id=self._id(payment.invoices[0]), occurred_at=payment.at,
                                       reference=payment.reference)
            self.reported[id(payment)] = int(row.id or 0)

        async def approve() -> None:
            await review_payment(self.session, self.office, transaction_id=self.reported[id(payment)], approve=True)

        if payment.reported_by is None:
            self.at(payment.at, record)
            return
        self.at(payment.at, report)
        if payment.approved_at is not None and payment.status is TransactionStatus.TO_APPROVAL:
            self.at(payment.approved_at, approve)
