"""The demo company: every status there is, the named sign-ins, money that adds up, and seeding once.

Seeding takes a second or two, so the read-only checks share one seed (module scope, truncated at the end).
Tests that need an empty database get one inside a transaction that empties every table, seeds and is
rolled back, leaving the shared seed as it was.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlmodel import SQLModel, col

import app.demo_data as demo_data
from app.database import create_session_factory, transaction
from app.demo_data import DemoReport, seed_demo
from models import (
    Allocation,
    Batch,
    ChecklistItem,
    Company,
    Contact,
    Customer,
    Employee,
    Invoice,
    InvoiceJob,
    InvoiceLine,
    Job,
    JobAssignment,
    JobLine,
    JobStatusChange,
    Note,
    Notification,
    PaymentTransaction,
    Property,
    User,
    UserProperty,
)
from models.enums import (
    BatchStatus,
    CustomerKind,
    InvoiceStatus,
    JobStatus,
    NoteVisibility,
    PaymentMethod,
    PropertyType,
    Role,
    TransactionStatus,
)
from resolvers.billing.arithmetic import (
    LineInput,
    invoice_totals,
    line_amount,
    processing_fee,
    spread_payment,
    status_for_payment,
)

TZ = ZoneInfo("America/New_York")
TODAY = date(2026, 3, 18)  # a Wednesday
DEMO_NOW = datetime.combine(TODAY, time(12, 30), tzinfo=TZ)
PAYABLE = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID)


def _tables() -> str:
    return ", ".join(f'"{table.name}"' for table in SQLModel.metadata.sorted_tables)


@pytest.fixture(scope="module")
async def seeded(engine: AsyncEngine) -> AsyncIterator[DemoReport]:
    """The demo for TODAY, committed once for this module's read-only tests."""
    async with transaction(create_session_factory(engine)) as session:
        report = await seed_demo(session, today=TODAY)
    yield report
    async with engine.begin() as connection:
        await connection.execute(sa.text(f"TRUNCATE {_tables()} RESTART IDENTITY CASCADE"))


@pytest.fixture
async def db(engine: AsyncEngine, seeded: DemoReport) -> AsyncIterator[AsyncSession]:
    async with create_session_factory(engine)() as session:
        yield session


@asynccontextmanager
async def empty_database(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    """A session on emptied tables, inside a transaction that is rolled back at the end."""
    async with engine.connect() as connection:
        outer = await connection.begin()
        await connection.execute(sa.text(f"TRUNCATE {_tables()} CASCADE"))
        session = AsyncSession(bind=connection, expire_on_commit=False, autoflush=False,
                               join_transaction_mode="create_savepoint")
        try:
            yield session
        finally:
            await session.close()
            await outer.rollback()


async def rows(session: AsyncSession, model: type[Any], *where: Any) -> list[Any]:
    return list((await session.execute(sa.select(model).where(*where))).scalars())


async def user(session: AsyncSession, username: str) -> User:
    found: User = (await session.execute(sa.select(User).where(col(User.username) == username))).scalar_one()
    return found


async def table_counts(session: AsyncSession) -> dict[str, int]:
    counts = {}
    for table in SQLModel.metadata.sorted_tables:
        counts[table.name] = int((await session.execute(sa.select(sa.func.count()).select_from(table))).scalar_one())
    return counts


async def completed_paid(session: AsyncSession) -> dict[int, int]:
    statement = (
        sa.select(col(Allocation.invoice_id), sa.func.sum(col(Allocation.amount_cents)))
        .join(PaymentTransaction, col(PaymentTransaction.id) == col(Allocation.transaction_id))
        .where(col(PaymentTransaction.status) == TransactionStatus.COMPLETED)
        .group_by(col(Allocation.invoice_id))
    )
    return {int(invoice_id): int(cents) for invoice_id, cents in (await session.execute(statement)).all()}


async def jobs_of_employee_on(session: AsyncSession, employee_id: int, day: date) -> list[Job]:
    start = datetime.combine(day, time(0), tzinfo=TZ)
    statement = (
        sa.select(Job).join(JobAssignment, col(JobAssignment.job_id) == col(Job.id))
        .where(col(JobAssignment.employee_id) == employee_id, col(Job.scheduled_start) >= start,
               col(Job.scheduled_start) < start + timedelta(days=1))
        .order_by(col(Job.scheduled_start))
    )
    return list((await session.execute(statement)).scalars())


DOUBLE_BOOKINGS = sa.text("""
    SELECT count(*) FROM job_assignment a1
    JOIN job_assignment a2 ON a2.employee_id = a1.employee_id AND a2.job_id > a1.job_id
    JOIN job j1 ON j1.id = a1.job_id
    JOIN job j2 ON j2.id = a2.job_id
    WHERE j1.status <> 'CANCELLED' AND j2.status <> 'CANCELLED'
      AND j1.scheduled_start < j2.scheduled_end AND j2.scheduled_start < j1.scheduled_end
""")


async def double_bookings(session: AsyncSession) -> int:
    """Pairs of live jobs one employee is booked on at overlapping times."""
    return int((await session.execute(DOUBLE_BOOKINGS)).scalar_one())


PROGRESS = [JobStatus.PENDING, JobStatus.ON_THE_WAY, JobStatus.STARTED, JobStatus.FINISHED]


def in_working_order(jobs: list[Job]) -> bool:
    """Earlier jobs are at least as far along as later ones (cancelled ones aside)."""
    steps = [PROGRESS.index(job.status) for job in jobs if job.status != JobStatus.CANCELLED]
    return steps == sorted(steps, reverse=True)


# ------------------------------------------------------------------------------------ the report


async def test_the_report_counts_what_is_in_the_database(seeded: DemoReport, db: AsyncSession) -> None:
    counts = await table_counts(db)

    assert not seeded.already_seeded
    assert (seeded.customers, seeded.properties, seeded.jobs, seeded.invoices, seeded.batches,
            seeded.transactions, seeded.users) == (
        counts["customer"], counts["property"], counts["job"], counts["invoice"], counts["batch"],
        counts["payment_transaction"], counts["app_user"])
    assert 400 <= seeded.jobs <= 800
    lines = seeded.lines()
    assert any("jobs" in line and str(seeded.jobs) in line for line in lines)
    assert any("client1" in line for line in lines)


async def test_the_company_is_set_up_and_its_sequences_continue_after_the_demo(db: AsyncSession) -> None:
    company = (await rows(db, Company))[0]
    numbers = sorted(invoice.number for invoice in await rows(db, Invoice))
    batch_numbers = sorted(batch.number for batch in await rows(db, Batch))

    assert company.time_zone == "America/New_York" and company.currency == "USD"
    assert company.tax_rate > 0 and company.card_fee_percent > 0 and company.card_fee_fixed_cents == 30
    assert company.payment_terms_days in (15, 30)
    assert company.next_invoice_number == numbers[-1] + 1
    assert company.next_batch_number == batch_numbers[-1] + 1


# ---------------------------------------------------------------------------------------- people


async def test_the_two_property_managers_have_12_and_40_properties(db: AsyncSession) -> None:
    managers = await rows(db, Customer, col(Customer.kind) == CustomerKind.PROPERTY_MANAGER)
    properties = Counter(p.customer_id for p in await rows(db, Property))

    assert sorted(properties[m.id] for m in managers) == [12, 40]


async def test_there_are_residential_business_and_pool_clients(db: AsyncSession) -> None:
    customers = {c.id: c for c in await rows(db, Customer)}
    pools = await rows(db, Property, col(Property.type) == PropertyType.POOL)
    per_customer = Counter(p.customer_id for p in await rows(db, Property))
    residential = [c for c in customers.values() if c.kind == CustomerKind.RESIDENTIAL]

    assert pools, "a pool client"
    assert any(c.kind == CustomerKind.BUSINESS for c in customers.values())
    assert len(residential) >= 4
    assert all(1 <= per_customer[c.id] <= 2 for c in residential)
    assert any(c.billing_name and c.billing_name != c.display_name for c in customers.values())


async def test_contact_details_are_normalised(db: AsyncSession) -> None:
    for customer in await rows(db, Customer):
        assert customer.emails and customer.phones
        for email in customer.emails:
            assert email == email.lower() and email.endswith("@example.com")
        for phone in customer.phones:
            parsed = phonenumbers.format_number(phonenumbers.parse(phone), phonenumbers.PhoneNumberFormat.E164)
            assert phone == parsed and phone.startswith("+1")
    for contact in await rows(db, Contact):
        assert contact.phone is None or contact.phone.startswith("+1")


async def test_the_office_side_has_internal_notes_tags_reminders_notices_and_activity(db: AsyncSession) -> None:
    counts = await table_counts(db)
    notes = await rows(db, Note)
    properties = await rows(db, Property)

    assert {note.visibility for note in notes} == set(NoteVisibility)
    assert any(p.internal_notes and "slow to pay" in p.internal_notes.lower() for p in properties)
    assert all(p.access_notes for p in properties)
    for table in ("tag", "customer_tag", "contact", "reminder", "notice", "activity", "team", "team_member",
                  "service", "checklist_template_item"):
        assert counts[table] > 0, table
    assert 6 <= counts["employee"] <= 8


async def test_the_named_users_have_the_right_roles_and_links(db: AsyncSession) -> None:
    per_customer = Counter(p.customer_id for p in await rows(db, Property))
    pm40 = next(c for c in await rows(db, Customer, col(Customer.kind) == CustomerKind.PROPERTY_MANAGER)
                if per_customer[c.id] == 40)
    owner, office = await user(db, "owner"), await user(db, "office")
    field1, field2 = await user(db, "field1"), await user(db, "field2")
    pm1, site, client1 = await user(db, "pm1"), await user(db, "pm1-site"), await user(db, "client1")

    assert (owner.role, office.role) == (Role.OWNER, Role.OFFICE)
    assert owner.email == "owner@example.com"
    assert field1.role == field2.role == Role.EMPLOYEE
    assert field1.employee_id is not None and field2.employee_id not in (None, field1.employee_id)
    assert pm1.role == site.role == client1.role == Role.CUSTOMER
    assert pm1.customer_id == site.customer_id == pm40.id and pm1.finances
    assert not site.finances
    limited = await rows(db, UserProperty, col(UserProperty.user_id) == site.id)
    assert len(limited) == 3
    assert {p.customer_id for p in await rows(db, Property, col(Property.id).in_([r.property_id for r in limited]))} \
        == {pm40.id}
    client = (await rows(db, Customer, col(Customer.id) == client1.customer_id))[0]
    assert client.kind == CustomerKind.RESIDENTIAL


async def test_pm1_and_client1_have_notifications(db: AsyncSession) -> None:
    for username in ("pm1", "client1"):
        login = await user(db, username)
        kinds = {n.kind.value for n in await rows(db, Notification, col(Notification.user_id) == login.id)}
        assert {"INVOICE_GENERATED", "PAYMENT_RECORDED", "JOB_COMPLETED"} <= kinds, username


# ------------------------------------------------------------------------------------------ jobs


async def test_the_demo_has_jobs_in_every_status(db: AsyncSession) -> None:
    statuses = Counter(job.status for job in await rows(db, Job))

    assert set(statuses) == set(JobStatus)
    assert statuses[JobStatus.FINISHED] > statuses[JobStatus.CANCELLED]


async def test_jobs_span_the_last_year_and_the_next_two_weeks(db: AsyncSession) -> None:
    jobs = await rows(db, Job)
    days = [job.scheduled_start.astimezone(TZ).date() for job in jobs]

    assert min(days) >= TODAY - timedelta(days=366) and min(days) <= TODAY - timedelta(days=330)
    assert max(days) <= TODAY + timedelta(days=14) and max(days) >= TODAY + timedelta(days=10)
    for job, day in zip(jobs, days, strict=True):
        if day < TODAY:
            assert job.status in (JobStatus.FINISHED, JobStatus.CANCELLED)
        if day > TODAY:
            assert job.status in (JobStatus.PENDING, JobStatus.CANCELLED)
        local = job.scheduled_start.astimezone(TZ)
        assert 7 <= local.hour <= 17, "business hours in New York"


async def test_field1_has_jobs_today_in_order_and_not_all_finished(db: AsyncSession) -> None:
    field1 = await user(db, "field1")
    assert field1.employee_id is not None

    today = await jobs_of_employee_on(db, field1.employee_id, TODAY)

    assert len(today) >= 3
    assert any(job.status != JobStatus.FINISHED for job in today)
    assert in_working_order(today)


async def test_client1_has_past_invoices_and_upcoming_pending_jobs(db: AsyncSession) -> None:
    client1 = await user(db, "client1")
    invoices = await rows(db, Invoice, col(Invoice.customer_id) == client1.customer_id,
                          col(Invoice.issued_on) < TODAY)
    upcoming = await rows(db, Job, col(Job.customer_id) == client1.customer_id,
                          col(Job.status) == JobStatus.PENDING,
                          col(Job.scheduled_start) > DEMO_NOW)

    assert len(invoices) >= 5
    assert len(upcoming) >= 2


async def test_no_employee_is_booked_on_two_jobs_at_once(db: AsyncSession) -> None:
    assert await double_bookings(db) == 0


async def test_every_job_has_its_status_history_from_pending_to_where_it_is(db: AsyncSession) -> None:
    jobs = {job.id: job for job in await rows(db, Job)}
    history: dict[int, list[JobStatusChange]] = defaultdict(list)
    for change in (await db.execute(sa.select(JobStatusChange).order_by(col(JobStatusChange.id)))).scalars():
        history[change.job_id].append(change)

    assert set(history) == set(jobs)
    for job_id, job in jobs.items():
        changes = history[job_id]
        assert changes[0].from_status is None and changes[0].to_status == JobStatus.PENDING
        for before, after in pairwise(changes):
            assert after.from_status == before.to_status
            assert after.created_at >= before.created_at
        assert changes[-1].to_status == job.status
        assert all(c.customer_id == job.customer_id and c.property_id == job.property_id for c in changes)
        assert all(c.changed_by_user_id is not None for c in changes)
        assert changes[-1].created_at <= DEMO_NOW
        if job.status == JobStatus.FINISHED:
            assert job.started_at is not None and job.finished_at is not None
            assert job.started_at < job.finished_at


async def test_jobs_have_lines_crews_and_finished_ones_a_done_checklist(db: AsyncSession) -> None:
    jobs = await rows(db, Job)
    lines = Counter(line.job_id for line in await rows(db, JobLine))
    crews = Counter(a.job_id for a in await rows(db, JobAssignment))
    checklist: dict[int, list[ChecklistItem]] = defaultdict(list)
    for item in await rows(db, ChecklistItem):
        checklist[item.job_id].append(item)
    crew_users = {u.id for u in await rows(db, User, col(User.role) == Role.EMPLOYEE)}

    for job in jobs:
        assert lines[job.id] >= 1 and crews[job.id] >= 1 and job.team_id is not None
        items = checklist[job.id]
        assert items and any(item.required for item in items)
        if job.status == JobStatus.FINISHED:
            assert all(item.done_at is not None and item.done_by_user_id in crew_users for item in items)
        if job.status in (JobStatus.PENDING, JobStatus.CANCELLED):
            assert all(item.done_at is None for item in items)


# --------------------------------------------------------------------------------------- billing


async def test_the_demo_has_invoices_in_every_status_and_one_overdue(db: AsyncSession) -> None:
    invoices = await rows(db, Invoice)

    assert {invoice.status for invoice in invoices} == set(InvoiceStatus)
    assert any(i.status in (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID) and i.due_on and i.due_on < TODAY
               for i in invoices)
    for invoice in invoices:
        issued = invoice.status != InvoiceStatus.DRAFT
        assert (invoice.issued_on is not None) == issued and (invoice.due_on is not None) == issued
        assert (invoice.voided_at is not None) == (invoice.status == InvoiceStatus.VOID)
        assert (invoice.bad_debt_at is not None) == (invoice.status == InvoiceStatus.BAD_DEBT)


async def test_every_issued_invoice_status_agrees_with_its_completed_allocations(db: AsyncSession) -> None:
    paid = await completed_paid(db)

    for invoice in await rows(db, Invoice):
        if invoice.status in PAYABLE:
            assert invoice.status == status_for_payment(invoice.total_cents, paid.get(invoice.id, 0)), invoice.number
        if invoice.status in (InvoiceStatus.DRAFT, InvoiceStatus.VOID):
            assert paid.get(invoice.id, 0) == 0
        assert paid.get(invoice.id, 0) <= invoice.total_cents


async def test_every_invoice_total_is_invoice_totals_of_its_lines(db: AsyncSession) -> None:
    company = (await rows(db, Company))[0]
    lines: dict[int, list[InvoiceLine]] = defaultdict(list)
    for line in await rows(db, InvoiceLine):
        lines[line.invoice_id].append(line)

    for invoice in await rows(db, Invoice):
        assert invoice.tax_rate == company.tax_rate
        assert all(line.amount_cents == line_amount(line.quantity, line.unit_price_cents)
                   for line in lines[invoice.id])
        totals = invoice_totals([LineInput(line.quantity, line.unit_price_cents, line.taxable)
                                 for line in lines[invoice.id]], invoice.tax_rate)
        assert (invoice.subtotal_cents, invoice.tax_cents, invoice.total_cents) == (
            totals.subtotal_cents, totals.tax_cents, totals.total_cents)


async def test_invoice_lines_are_copied_from_the_jobs_they_bill(db: AsyncSession) -> None:
    job_lines: dict[int, Counter[tuple[Any, ...]]] = defaultdict(Counter)
    for line in await rows(db, JobLine):
        job_lines[line.job_id][(line.job_id, line.quantity, line.unit_price_cents, line.taxable)] += 1
    billed: dict[int, set[int]] = defaultdict(set)
    for link in await rows(db, InvoiceJob):
        billed[link.invoice_id].add(link.job_id)
    finished = {job.id for job in await rows(db, Job, col(Job.status) == JobStatus.FINISHED)}
    invoice_lines: dict[int, Counter[tuple[Any, ...]]] = defaultdict(Counter)
    for line in await rows(db, InvoiceLine):
        invoice_lines[line.invoice_id][(line.job_id, line.quantity, line.unit_price_cents, line.taxable)] += 1

    for invoice in await rows(db, Invoice):
        assert billed[invoice.id] and billed[invoice.id] <= finished
        if invoice.status == InvoiceStatus.VOID:
            continue  # voided because its lines were wrong
        expected: Counter[tuple[Any, ...]] = Counter()
        for job_id in billed[invoice.id]:
            expected += job_lines[job_id]
        assert invoice_lines[invoice.id] == expected, invoice.number


async def test_invoice_numbers_are_unique_and_sequential_in_issue_order(db: AsyncSession) -> None:
    invoices = sorted(await rows(db, Invoice), key=lambda i: i.number)
    numbers = [invoice.number for invoice in invoices]
    issued = [invoice.issued_on for invoice in invoices if invoice.issued_on is not None]

    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    assert issued == sorted(issued)
    corrected = [i for i in invoices if i.corrects_invoice_id is not None]
    assert corrected and all(
        next(v for v in invoices if v.id == i.corrects_invoice_id).status == InvoiceStatus.VOID for i in corrected)


async def test_the_demo_has_transactions_of_every_method_and_every_status(db: AsyncSession) -> None:
    transactions = await rows(db, PaymentTransaction)
    allocated = Counter(a.transaction_id for a in await rows(db, Allocation))

    assert {t.method for t in transactions} == set(PaymentMethod)
    assert {t.status for t in transactions} == set(TransactionStatus)
    assert all(allocated[t.id] >= 1 for t in transactions)
    assert all(t.occurred_at <= DEMO_NOW for t in transactions)
    assert any(t.reported_by_client and t.status == TransactionStatus.TO_APPROVAL for t in transactions)


async def test_card_and_ach_payments_carry_the_processing_fee(db: AsyncSession) -> None:
    company = (await rows(db, Company))[0]
    transactions = await rows(db, PaymentTransaction)

    cards = [t for t in transactions if t.method == PaymentMethod.CARD and t.status != TransactionStatus.FAILED]
    assert cards
    for t in cards:
        assert t.fee_cents == processing_fee(t.amount_cents, company.card_fee_percent, company.card_fee_fixed_cents)
        assert t.external_id and t.external_id.startswith("pi_")
    for t in transactions:
        if t.method == PaymentMethod.ACH:
            assert t.fee_cents == processing_fee(t.amount_cents, company.ach_fee_percent,
                                                 company.ach_fee_fixed_cents)
        elif t.method != PaymentMethod.CARD or t.status == TransactionStatus.FAILED:
            assert t.fee_cents == 0


async def test_allocations_never_exceed_a_payment_and_one_overpayment_leaves_a_credit(db: AsyncSession) -> None:
    allocated: Counter[int] = Counter()
    for allocation in await rows(db, Allocation):
        allocated[allocation.transaction_id] += allocation.amount_cents
    transactions = await rows(db, PaymentTransaction)

    assert all(allocated[t.id] <= t.amount_cents for t in transactions)
    credits = [t.amount_cents - allocated[t.id] for t in transactions
               if t.status == TransactionStatus.COMPLETED and t.amount_cents > allocated[t.id]]
    assert len(credits) == 1 and 0 < credits[0] < 10000


async def test_the_40_property_batch_is_partly_paid_by_one_payment_spread_oldest_first(db: AsyncSession) -> None:
    pm1 = await user(db, "pm1")
    batches = await rows(db, Batch, col(Batch.customer_id) == pm1.customer_id)
    partial = [b for b in batches if b.status == BatchStatus.PARTIALLY_PAID]
    assert len(partial) == 1
    batch = partial[0]
    invoices = sorted(await rows(db, Invoice, col(Invoice.batch_id) == batch.id),
                      key=lambda i: (i.issued_on, i.id))
    payments = await rows(db, PaymentTransaction, col(PaymentTransaction.batch_id) == batch.id)

    assert len(payments) == 1 and payments[0].status == TransactionStatus.COMPLETED
    assert all(i.customer_id == pm1.customer_id for i in invoices)
    expected = spread_payment(payments[0].amount_cents, [(i.id, i.total_cents) for i in invoices])
    applied = [(a.invoice_id, a.amount_cents)
               for a in await rows(db, Allocation, col(Allocation.transaction_id) == payments[0].id)]
    assert sorted(applied) == sorted(expected.allocations) and expected.credit_cents == 0
    statuses = [i.status for i in invoices]
    assert statuses[0] == InvoiceStatus.PAID and statuses[-1] == InvoiceStatus.OPEN
    assert InvoiceStatus.PARTIALLY_PAID in statuses


async def test_every_batch_status_follows_its_invoices(db: AsyncSession) -> None:
    paid = await completed_paid(db)
    for batch in await rows(db, Batch):
        invoices = await rows(db, Invoice, col(Invoice.batch_id) == batch.id)
        total = sum(i.total_cents for i in invoices)
        applied = sum(paid.get(i.id, 0) for i in invoices)
        expected = (BatchStatus.OPEN if applied == 0 else
                    BatchStatus.PAID if applied >= total else BatchStatus.PARTIALLY_PAID)
        assert invoices and batch.status == expected


# ------------------------------------------------------------------------------ seeding once only


async def test_seeding_twice_changes_no_counts(seeded: DemoReport, db: AsyncSession, engine: AsyncEngine) -> None:
    before = await table_counts(db)

    async with transaction(create_session_factory(engine)) as session:
        again = await seed_demo(session, today=TODAY + timedelta(days=3))

    assert again.already_seeded
    assert again.lines()[0].startswith("Demo data already present")
    assert (again.jobs, again.invoices) == (seeded.jobs, seeded.invoices)
    async with create_session_factory(engine)() as session:
        assert await table_counts(session) == before


async def test_an_existing_owner_user_counts_as_seeded(engine: AsyncEngine) -> None:
    async with empty_database(engine) as session:
        session.add(User(username="OWNER", email="someone@example.com", role=Role.OWNER))
        await session.flush()

        report = await seed_demo(session)

        assert report.already_seeded and report.customers == 0 and report.users == 1


async def _fingerprint(session: AsyncSession) -> list[Any]:
    jobs = (await session.execute(sa.select(col(Job.scheduled_start), col(Job.status)).order_by(col(Job.id)))).all()
    invoices = (await session.execute(
        sa.select(col(Invoice.number), col(Invoice.status), col(Invoice.total_cents)).order_by(col(Invoice.number))
    )).all()
    payments = (await session.execute(
        sa.select(col(PaymentTransaction.occurred_at), col(PaymentTransaction.amount_cents),
                  col(PaymentTransaction.external_id)).order_by(col(PaymentTransaction.id))
    )).all()
    names = (await session.execute(sa.select(col(Property.name)).order_by(col(Property.id)))).scalars().all()
    return [list(jobs), list(invoices), list(payments), list(names)]


async def test_seeding_never_commits_and_the_same_day_gives_the_same_demo(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with empty_database(engine) as session:
        async def no_commit() -> None:
            raise AssertionError("seed_demo must leave the commit to its caller")

        monkeypatch.setattr(session, "commit", no_commit)
        savepoint = await session.begin_nested()
        await seed_demo(session, today=TODAY)
        first = await _fingerprint(session)
        await savepoint.rollback()
        assert (await table_counts(session))["job"] == 0

        savepoint = await session.begin_nested()
        await seed_demo(session, today=TODAY)
        assert await _fingerprint(session) == first
        await savepoint.rollback()


async def test_a_failure_halfway_leaves_nothing_once_the_caller_rolls_back(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def broken(self: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_data._Demo, "crm_and_notifications", broken)
    async with empty_database(engine) as session:
        savepoint = await session.begin_nested()
        with pytest.raises(RuntimeError, match="disk full"):
            await seed_demo(session, today=TODAY)
        await savepoint.rollback()

        assert set((await table_counts(session)).values()) == {0}


@pytest.mark.parametrize("today", [date(2028, 2, 29), date(2026, 11, 1), date(2027, 1, 3), None],
                         ids=["leap-day", "first-of-month-sunday", "new-year-sunday", "default-today"])
async def test_the_promises_hold_whatever_the_day(engine: AsyncEngine, today: date | None) -> None:
    async with empty_database(engine) as session:
        await seed_demo(session, today=today)
        day = today or datetime.now(UTC).astimezone(TZ).date()

        assert {j.status for j in await rows(session, Job)} == set(JobStatus)
        assert {i.status for i in await rows(session, Invoice)} == set(InvoiceStatus)
        transactions = await rows(session, PaymentTransaction)
        assert {t.method for t in transactions} == set(PaymentMethod)
        assert {t.status for t in transactions} == set(TransactionStatus)
        field1 = await user(session, "field1")
        assert field1.employee_id is not None
        todays = await jobs_of_employee_on(session, field1.employee_id, day)
        assert len(todays) >= 3 and in_working_order(todays)
        assert any(j.status != JobStatus.FINISHED for j in todays)
        client1 = await user(session, "client1")
        now = datetime.combine(day, time(12, 30), tzinfo=TZ)
        assert len(await rows(session, Job, col(Job.customer_id) == client1.customer_id,
                              col(Job.status) == JobStatus.PENDING, col(Job.scheduled_start) > now)) >= 2
        paid = await completed_paid(session)
        for invoice in await rows(session, Invoice):
            if invoice.status in PAYABLE:
                assert invoice.status == status_for_payment(invoice.total_cents, paid.get(invoice.id, 0))
        assert any(i.status in (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID) and i.due_on and i.due_on < day
                   for i in await rows(session, Invoice))
        assert len(await rows(session, Employee)) >= 6
        assert await double_bookings(session) == 0
