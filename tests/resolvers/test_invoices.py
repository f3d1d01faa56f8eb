"""Invoice creation and numbering as plain rules (no GraphQL): lines, totals, dates, numbers, locks."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from auth.viewer import Viewer
from models import Activity, Batch, Company, Invoice, InvoiceJob, InvoiceLine
from models.base import row_id
from models.enums import BatchStatus, InvoiceStatus
from models.problems import UserInputError
from resolvers.billing import batches, invoices, numbering
from resolvers.transactions import run_in_transaction
from tests import factories
from tests import factories_billing as billing


async def _create(sessions: async_sessionmaker[AsyncSession], **kwargs: Any) -> Invoice:
    async def work(session: AsyncSession, viewer: Viewer) -> Invoice:
        return await invoices.create_invoice(session, viewer, **kwargs)

    return await run_in_transaction(sessions, factories.office(), work)


async def test_lines_are_copied_from_the_jobs_in_schedule_order_and_totalled_once(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a company taxing 8.875 % and two finished jobs at one property, the later one listed first
    await factories.company(session, next_invoice_number=2001)
    owner, place = await billing.customer_with_property(session)
    monday = datetime(2025, 3, 3, 9, tzinfo=UTC)
    early = await billing.finished_job(session, place, scheduled_start=monday, lines=[
        ("Deep clean", Decimal("1"), 1_001, True), ("Window wash", Decimal("2.5"), 3_333, False)])
    late = await billing.finished_job(session, place, scheduled_start=monday + timedelta(days=2), lines=[
        ("Oven", Decimal("1"), 400, True)])
    await session.commit()

    # when both are invoiced
    invoice = await _create(sessions, customer_id=owner.id, job_ids=[late.id, early.id])

    # then the lines are the jobs' lines, oldest job first, each rounded once
    async with sessions() as check:
        lines = (await check.execute(sa.select(InvoiceLine).where(col(InvoiceLine.invoice_id) == invoice.id)
                                     .order_by(col(InvoiceLine.position)))).scalars().all()
        billed = set((await check.execute(sa.select(col(InvoiceJob.job_id)).where(
            col(InvoiceJob.invoice_id) == invoice.id))).scalars())
    assert [(line.description, line.quantity, line.unit_price_cents, line.amount_cents, line.taxable,
             line.job_id) for line in lines] == [
        ("Deep clean", Decimal("1.00"), 1_001, 1_001, True, early.id),
        ("Window wash", Decimal("2.50"), 3_333, 8_333, False, early.id),
        ("Oven", Decimal("1.00"), 400, 400, True, late.id),
    ]
    assert billed == {early.id, late.id}
    # and tax is 8.875 % of the taxable 14.01, rounded once: 124.33875 → 124
    assert (invoice.subtotal_cents, invoice.tax_cents, invoice.total_cents) == (9_734, 124, 9_858)
    assert invoice.tax_rate == Decimal("8.875")
    assert invoice.property_id == place.id
    assert invoice.number == 2001


async def test_an_issued_invoice_is_open_dated_today_where_the_company_is_and_due_after_its_terms(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a company in Honolulu with 15-day terms
    company = await factories.company(session, time_zone="Pacific/Honolulu", payment_terms_days=15)
    owner, place = await billing.customer_with_property(session)
    done = await billing.finished_job(session, place)
    await session.commit()

    # when the job is invoiced
    invoice = await _create(sessions, customer_id=owner.id, job_ids=[done.id], notes="  Thanks!  ")

    # then it is open, issued today in Honolulu, due 15 days later, and the creation is on record
    today = numbering.company_today(company)
    assert (invoice.status, invoice.issued_on, invoice.due_on) == (
        InvoiceStatus.OPEN, today, today + timedelta(days=15))
    assert invoice.notes == "Thanks!"
    async with sessions() as check:
        activity = (await check.execute(sa.select(Activity))).scalar_one()
    assert (activity.verb, activity.subject_type, activity.subject_id, activity.customer_id) == (
        "invoice.created", "Invoice", invoice.id, owner.id)
    assert activity.details["job_ids"] == [done.id]


def test_today_is_the_company_s_date_not_utc() -> None:
    company = Company(name="Brooklyn", time_zone="America/New_York")
    late_evening = datetime(2025, 1, 1, 3, 30, tzinfo=UTC)  # 22:30 on Dec 31 in New York
    assert numbering.company_today(company, late_evening).isoformat() == "2024-12-31"


async def test_a_draft_has_no_dates_but_takes_its_number(sessions: async_sessionmaker[AsyncSession],
                                                         session: AsyncSession) -> None:
    # given a company whose next number is 1001
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    done = await billing.finished_job(session, place)
    await session.commit()

    # when the job is put on a draft
    draft = await _create(sessions, customer_id=owner.id, job_ids=[done.id], issue=False)

    # then it is a numbered draft, not yet issued nor due, and the sequence moved on
    assert (draft.status, draft.number, draft.issued_on, draft.due_on) == (InvoiceStatus.DRAFT, 1001, None, None)
    company = (await billing.snapshot(sessions))["sequences"]
    assert company == [(1002, 1)]


async def test_jobs_at_several_properties_make_an_invoice_without_a_property(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    await factories.company(session)
    owner, home = await billing.customer_with_property(session)
    office = await factories.property_(session, owner)
    jobs = [await billing.finished_job(session, home), await billing.finished_job(session, office)]
    await session.commit()

    invoice = await _create(sessions, customer_id=owner.id, job_ids=[job.id for job in jobs])

    assert invoice.property_id is None


async def test_a_job_on_a_void_invoice_can_be_billed_again(sessions: async_sessionmaker[AsyncSession],
                                                           session: AsyncSession) -> None:
    # given a job whose invoice was voided
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    voided = await billing.issued_invoice(session, place, status=InvoiceStatus.VOID)
    job_id = (await session.execute(sa.select(col(InvoiceJob.job_id)).where(
        col(InvoiceJob.invoice_id) == voided.id))).scalar_one()
    await session.commit()

    # when it is invoiced again, then it is
    invoice = await _create(sessions, customer_id=owner.id, job_ids=[job_id])
    assert invoice.status is InvoiceStatus.OPEN


async def test_listing_a_job_twice_bills_it_once(sessions: async_sessionmaker[AsyncSession],
                                                 session: AsyncSession) -> None:
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    done = await billing.finished_job(session, place)
    await session.commit()

    invoice = await _create(sessions, customer_id=owner.id, job_ids=[done.id, done.id])

    assert invoice.subtotal_cents == 12_000


async def test_numbers_already_taken_are_skipped_never_reused(sessions: async_sessionmaker[AsyncSession],
                                                              session: AsyncSession) -> None:
    # given invoices 1001 and 1002 imported from an older system while the sequence still says 1001
    await factories.company(session, next_invoice_number=1001)
    owner, place = await billing.customer_with_property(session)
    for number in (1001, 1002, 1004):
        await billing.issued_invoice(session, place, number=number)
    done = await billing.finished_job(session, place)
    await session.commit()

    # when a new invoice is created, then it takes the first free number after them
    invoice = await _create(sessions, customer_id=owner.id, job_ids=[done.id])
    assert invoice.number == 1003
    assert (await billing.snapshot(sessions))["sequences"] == [(1004, 1)]


async def test_batch_numbers_come_from_their_own_sequence(sessions: async_sessionmaker[AsyncSession],
                                                          session: AsyncSession) -> None:
    # given a company whose next batch number is 7, and two open invoices
    await factories.company(session, next_batch_number=7)
    owner, place = await billing.customer_with_property(session)
    first = await billing.issued_invoice(session, place)
    second = await billing.issued_invoice(session, place)
    await session.commit()

    async def work(session: AsyncSession, viewer: Viewer) -> list[Batch]:
        return [await batches.create_batch(session, viewer, customer_id=row_id(owner), invoice_ids=[row_id(first)]),
                await batches.create_batch(session, viewer, customer_id=row_id(owner),
                                           invoice_ids=[row_id(second)])]

    made = await run_in_transaction(sessions, factories.office(), work)

    assert [(batch.number, batch.status) for batch in made] == [(7, BatchStatus.OPEN), (8, BatchStatus.OPEN)]
    assert (await billing.snapshot(sessions))["sequences"] == [(1001, 9)]


async def test_without_a_company_nothing_can_be_numbered(sessions: async_sessionmaker[AsyncSession],
                                                         session: AsyncSession) -> None:
    owner, place = await billing.customer_with_property(session)
    done = await billing.finished_job(session, place)
    await session.commit()

    with pytest.raises(UserInputError) as raised:
        await _create(sessions, customer_id=owner.id, job_ids=[done.id])

    problem = raised.value.problems[0]
    assert (problem.field, problem.code) == (None, "INVALID")
    assert "company" in problem.message


@pytest.mark.committed
async def test_two_creations_billing_the_same_job_at_once_bill_it_once(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a finished job, locked for a moment by someone else so both creations start before either ends
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    done = await billing.finished_job(session, place)
    await session.commit()

    # when two creations for it run at once
    async with billing.row_locked(sessions, "job", done.id):  # type: ignore[arg-type]
        both = asyncio.gather(*(_create(sessions, customer_id=owner.id, job_ids=[done.id]) for _ in range(2)),
                              return_exceptions=True)
        await billing.wait_for_lock_waiters(sessions, 2)
    results = await both

    # then one invoice bills it and the other creation is refused, naming that invoice
    made = [result for result in results if isinstance(result, Invoice)]
    refused = [result for result in results if isinstance(result, UserInputError)]
    assert len(made) == 1 and len(refused) == 1, results
    problem = refused[0].problems[0]
    assert (problem.field, problem.code) == (("input", "jobIds", "0"), "CONFLICT")
    assert f"INV-{made[0].number}" in problem.message
    assert (await billing.snapshot(sessions))["Invoice"] == 1
