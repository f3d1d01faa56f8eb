"""Billing recurring plans per month: once per plan and month, one batch across a property manager's plans,
per-visit plans left to the office."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from models import Batch, Invoice, InvoiceJob, Job, PlanInvoiceRun
from models.enums import CustomerKind, JobStatus, PlanBilling
from resolvers.plan_billing import bill_months
from tests import factories
from tests.factories_plans import plan, setting, today


async def _finished_visits_last_month(session: AsyncSession, saved_plan_id: int | None, place: object,
                                      days: tuple[int, ...]) -> list[Job]:
    first = today().replace(day=1)
    last_month = (first - timedelta(days=1)).replace(day=1)
    made = []
    for day in days:
        start = datetime.combine(last_month.replace(day=day), time(14), tzinfo=UTC)
        made.append(await factories.job(session, place, status=JobStatus.FINISHED, scheduled_start=start,  # type: ignore[arg-type]
                                        plan_id=saved_plan_id, occurrence_date=last_month.replace(day=day)))
    return made


async def test_monthly_billing_makes_one_invoice_for_the_months_finished_visits_once(session: AsyncSession) -> None:
    # given a monthly-billed plan with three finished visits last month, one of them already invoiced by hand
    where = await setting(session)
    saved, _ = await plan(session, where, billing=PlanBilling.MONTHLY,
                          start_date=today().replace(day=1) - timedelta(days=40))
    visits = await _finished_visits_last_month(session, saved.id, where.place, (3, 10, 17))
    await factories.invoice(session, [visits[2]])

    # when the sweep bills months twice
    first = await bill_months(session)
    second = await bill_months(session)

    # then one invoice bills the two unbilled visits; the second run billed nothing
    assert (first.invoices, second.invoices) == (1, 0)
    run = (await session.execute(sa.select(PlanInvoiceRun))).scalar_one()
    billed = (await session.execute(sa.select(col(InvoiceJob.job_id)).where(
        col(InvoiceJob.invoice_id) == run.invoice_id))).scalars().all()
    assert sorted(billed) == sorted([visits[0].id or 0, visits[1].id or 0])
    invoice = await session.get(Invoice, run.invoice_id)
    assert invoice is not None and invoice.subtotal_cents == 24_000  # two visits at the catalog's $120


async def test_a_property_manager_gets_one_batch_across_its_monthly_plans(session: AsyncSession) -> None:
    # given a property manager with two monthly-billed plans at two properties, each with a finished visit
    where = await setting(session, kind=CustomerKind.PROPERTY_MANAGER)
    other = await factories.property_(session, where.customer)
    start = today().replace(day=1) - timedelta(days=40)
    one, _ = await plan(session, where, billing=PlanBilling.MONTHLY, start_date=start)
    two, _ = await plan(session, where, billing=PlanBilling.MONTHLY, start_date=start, property_id=other.id)
    await _finished_visits_last_month(session, one.id, where.place, (5,))
    await _finished_visits_last_month(session, two.id, other, (6,))

    # when months are billed (twice)
    report = await bill_months(session)
    again = await bill_months(session)

    # then two invoices and one batch gathering both; nothing the second time
    assert (report.invoices, report.batches, again.invoices, again.batches) == (2, 1, 0, 0)
    batch = (await session.execute(sa.select(Batch))).scalar_one()
    members = (await session.execute(sa.select(col(Invoice.id)).where(col(Invoice.batch_id) == batch.id))).all()
    assert len(members) == 2 and batch.customer_id == where.customer.id


async def test_a_plan_billed_per_visit_is_left_to_the_office(session: AsyncSession) -> None:
    where = await setting(session)
    saved, _ = await plan(session, where, start_date=today().replace(day=1) - timedelta(days=40))
    await _finished_visits_last_month(session, saved.id, where.place, (3,))

    report = await bill_months(session)

    assert report.invoices == 0
    assert (await session.execute(sa.select(sa.func.count()).select_from(Invoice))).scalar() == 0
