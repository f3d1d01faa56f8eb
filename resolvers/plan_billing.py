"""Billing recurring plans per month: on the first of a month (or the first sweep after it), each plan billed
MONTHLY gets one invoice for the previous month's finished visits that no invoice bills yet (`create_invoice`,
the arithmetic of every invoice); a property manager's monthly invoices of that month are then gathered into one
batch (`create_batch`). `plan_invoice_run` (plan, month) and `plan_batch_run` (customer, month) are claimed
first, so a month is billed once however often the sweep runs, in however many processes. PER_VISIT plans are
invoiced as any job is, by the office.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.viewer import Viewer
from models import Customer, Invoice, InvoiceJob, Job, PlanBatchRun, PlanInvoiceRun, RecurringPlan
from models.base import row_id, utc_now
from models.enums import CustomerKind, InvoiceStatus, JobStatus, PlanBilling
from models.problems import UserInputError
from resolvers.billing.batches import create_batch
from resolvers.billing.invoices import create_invoice
from resolvers.plans import SYSTEM, company_of, plans_today

__all__ = ["BillingReport", "bill_months"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BillingReport:
    month: date
    invoices: int = 0
    batches: int = 0


def _month_start(day: date, months: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


async def _claim(session: AsyncSession, model: type[Any], **key: Any) -> int | None:
    """Insert the (unique) run row, or None when it exists: the month is then billed (or being billed)."""
    statement = insert(model).values(**key).on_conflict_do_nothing().returning(model.id)
    claimed: int | None = (await session.execute(statement)).scalar()
    return claimed


async def _unbilled_finished(session: AsyncSession, plan_id: int, month: date) -> list[int]:
    billed = (sa.select(col(InvoiceJob.job_id)).join(Invoice, col(Invoice.id) == col(InvoiceJob.invoice_id))
              .where(col(Invoice.status) != InvoiceStatus.VOID))
    return [job_id for job_id in (await session.execute(
        sa.select(col(Job.id)).where(
            col(Job.plan_id) == plan_id, col(Job.status) == JobStatus.FINISHED,
            col(Job.occurrence_date) >= month, col(Job.occurrence_date) < _month_start(month, 1),
            col(Job.id).not_in(billed),
        ).order_by(col(Job.scheduled_start), col(Job.id)))).scalars() if job_id is not None]


async def bill_months(session: AsyncSession, *, now: datetime | None = None,
                      viewer: Viewer = SYSTEM) -> BillingReport:
    """From the first of a month: each MONTHLY plan's previous month on one invoice, and each property manager's
    invoices of that month in one batch; each (plan, month) and (customer, month) once."""
    now = now or utc_now()
    company = await company_of(session)
    month = _month_start(plans_today(company, now), -1)
    if company is None:
        return BillingReport(month=month)
    plans = list((await session.execute(
        sa.select(RecurringPlan).where(
            col(RecurringPlan.billing) == PlanBilling.MONTHLY, col(RecurringPlan.start_date) < _month_start(month, 1),
            ~sa.exists().where(col(PlanInvoiceRun.plan_id) == col(RecurringPlan.id),
                               col(PlanInvoiceRun.month) == month),
        ).order_by(col(RecurringPlan.id)))).scalars())
    invoices = 0
    for plan in plans:
        run_id = await _claim(session, PlanInvoiceRun, plan_id=row_id(plan), month=month)
        if run_id is None:
            continue
        job_ids = await _unbilled_finished(session, row_id(plan), month)
        if not job_ids:
            continue
        try:
            async with session.begin_nested():
                invoice = await create_invoice(
                    session, viewer, customer_id=plan.customer_id, job_ids=job_ids,
                    notes=f"{plan.name}: visits of {month.strftime('%B %Y')}")
        except UserInputError as refused:
            log.warning("plan %s: %s not invoiced: %s", plan.id, month, refused)
            continue
        await session.execute(sa.update(PlanInvoiceRun).where(col(PlanInvoiceRun.id) == run_id)
                              .values(invoice_id=invoice.id))
        invoices += 1

    managers = (await session.execute(
        sa.select(col(Invoice.customer_id), col(Invoice.id))
        .join(PlanInvoiceRun, col(PlanInvoiceRun.invoice_id) == col(Invoice.id))
        .join(Customer, col(Customer.id) == col(Invoice.customer_id))
        .where(col(PlanInvoiceRun.month) == month, col(Customer.kind) == CustomerKind.PROPERTY_MANAGER,
               col(Invoice.status).in_((InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID)),
               col(Invoice.batch_id).is_(None),
               ~sa.exists().where(col(PlanBatchRun.customer_id) == col(Invoice.customer_id),
                                  col(PlanBatchRun.month) == month))
        .order_by(col(Invoice.customer_id), col(Invoice.number)))).all()
    gathered: dict[int, list[int]] = {}  # customer → its month's plan invoices
    for customer_id, invoice_id in managers:
        if invoice_id is not None:
            gathered.setdefault(customer_id, []).append(invoice_id)
    batches = 0
    for customer_id, invoice_ids in gathered.items():
        run_id = await _claim(session, PlanBatchRun, customer_id=customer_id, month=month)
        if run_id is None:
            continue
        try:
            async with session.begin_nested():
                batch = await create_batch(session, viewer, customer_id=customer_id, invoice_ids=invoice_ids,
                                           notes=f"Recurring plans: {month.strftime('%B %Y')}")
        except UserInputError as refused:
            log.warning("customer %s: %s plan invoices not batched: %s", customer_id, month, refused)
            continue
        await session.execute(sa.update(PlanBatchRun).where(col(PlanBatchRun.id) == run_id)
                              .values(batch_id=batch.id))
        batches += 1
    return BillingReport(month=month, invoices=invoices, batches=batches)

