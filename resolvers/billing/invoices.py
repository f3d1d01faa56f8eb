"""Creating an invoice from finished jobs: lines copied, totals computed once, a number taken once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable
from auth.viewer import Viewer
from models import Customer, Invoice, InvoiceJob, InvoiceLine, Job, JobLine
from models.base import row_id
from models.enums import InvoiceStatus, JobStatus
from models.problems import Problem, ProblemCode, UserInputError
from resolvers.billing.arithmetic import LineInput, invoice_totals, line_amount
from resolvers.billing.numbering import billing_company, company_today, next_invoice_number
from resolvers.crm import record_activity
from resolvers.notifications import notify_invoice_issued

NO_SUCH = "No {what} with this id. Check the id and try again."
"""The same answer for "does not exist" and "not yours" (as `models.problems.not_found`)."""


def unique_ids(ids: Sequence[int]) -> list[tuple[int, int]]:
    """(position in the input, id) for each id the first time it is listed: a repeat is ignored."""
    seen: set[int] = set()
    result = []
    for index, value in enumerate(ids):
        if value not in seen:
            seen.add(value)
            result.append((index, value))
    return result


async def customer_in_scope(session: AsyncSession, viewer: Viewer, customer_id: int) -> Customer:
    statement: sa.Select[Any] = readable(viewer, Customer).where(col(Customer.id) == customer_id)
    customer: Customer | None = (await session.execute(statement)).scalar()
    if customer is None:
        raise UserInputError.one(("input", "customerId"), ProblemCode.NOT_FOUND, NO_SUCH.format(what="customer"))
    return customer


async def _lock_jobs(session: AsyncSession, viewer: Viewer, job_ids: Sequence[int]) -> dict[int, Job]:
    """The jobs, locked in id order: two creations billing one job queue up instead of both billing it."""
    statement: sa.Select[Any] = (
        readable(viewer, Job).where(col(Job.id).in_(job_ids)).order_by(col(Job.id))
        .with_for_update().execution_options(populate_existing=True)
    )
    return {row_id(job): job for job in (await session.execute(statement)).scalars()}


async def _current_invoice_numbers(session: AsyncSession, job_ids: Sequence[int]) -> dict[int, int]:
    """Job id → number of the non-void invoice already billing it."""
    statement = (
        sa.select(col(InvoiceJob.job_id), col(Invoice.number))
        .join(Invoice, col(Invoice.id) == col(InvoiceJob.invoice_id))
        .where(col(InvoiceJob.job_id).in_(job_ids), col(Invoice.status) != InvoiceStatus.VOID)
    )
    return {job_id: number for job_id, number in (await session.execute(statement)).all()}


async def create_invoice(session: AsyncSession, viewer: Viewer, *, customer_id: int, job_ids: Sequence[int],
                         issue: bool = True, notes: str | None = None, due_on: date | None = None) -> Invoice:
    """Bill finished jobs of one customer on a new invoice, issued (OPEN) now or kept as a DRAFT.

    Each job is billed at most once by a non-void invoice. Drafts take a number too (see `numbering`).
    """
    company = await billing_company(session)
    await customer_in_scope(session, viewer, customer_id)
    if not job_ids:
        raise UserInputError.one(("input", "jobIds"), ProblemCode.REQUIRED,
                                 "Choose at least one finished job to invoice.")
    listed = unique_ids(job_ids)
    jobs = await _lock_jobs(session, viewer, [job_id for _, job_id in listed])
    billed_on = await _current_invoice_numbers(session, list(jobs))
    problems: list[Problem] = []
    for index, job_id in listed:
        field = ("input", "jobIds", str(index))
        job = jobs.get(job_id)
        if job is None:
            problems.append(Problem(field, ProblemCode.NOT_FOUND, NO_SUCH.format(what="job")))
        elif job.customer_id != customer_id:
            problems.append(Problem(field, ProblemCode.INVALID, "This job belongs to another customer: an invoice "
                                    "bills one customer's jobs. Remove it or invoice it separately."))
        elif job.status is not JobStatus.FINISHED:
            status = job.status.value.replace("_", " ").lower()
            problems.append(Problem(field, ProblemCode.INVALID, f"This job is {status}: only finished jobs can be "
                                    "invoiced."))
        elif job_id in billed_on:
            number = f"{company.invoice_prefix}{billed_on[job_id]}"
            problems.append(Problem(field, ProblemCode.CONFLICT, f"This job is already billed on invoice {number}. "
                                    "Void that invoice first to bill the job again."))
    if problems:
        raise UserInputError(problems)

    today = company_today(company)
    if due_on is not None and due_on < today:
        raise UserInputError.one(("input", "dueOn"), ProblemCode.INVALID,
                                 f"The due date can't be before the issue date ({today.isoformat()}).")

    ordered = sorted(jobs.values(), key=lambda job: (job.scheduled_start, job.id))
    job_lines = (await session.execute(
        sa.select(JobLine).where(col(JobLine.job_id).in_(list(jobs)))
        .order_by(col(JobLine.position), col(JobLine.id))
    )).scalars().all()
    lines_of: dict[int, list[JobLine]] = {row_id(job): [] for job in ordered}
    for line in job_lines:
        lines_of[line.job_id].append(line)
    copied = [line for job in ordered for line in lines_of[row_id(job)]]
    if not copied:
        raise UserInputError.one(("input", "jobIds"), ProblemCode.INVALID,
                                 "These jobs have no services to bill. Add the services done to the jobs first.")

    totals = invoice_totals(
        [LineInput(line.quantity, line.unit_price_cents, line.taxable) for line in copied], company.tax_rate
    )
    properties = {job.property_id for job in ordered}
    invoice = Invoice(
        number=await next_invoice_number(session),
        customer_id=customer_id,
        property_id=properties.pop() if len(properties) == 1 else None,
        status=InvoiceStatus.OPEN if issue else InvoiceStatus.DRAFT,
        issued_on=today if issue else None,
        due_on=due_on or (today + timedelta(days=company.payment_terms_days) if issue else None),
        tax_rate=company.tax_rate,
        subtotal_cents=totals.subtotal_cents,
        tax_cents=totals.tax_cents,
        total_cents=totals.total_cents,
        notes=(notes or "").strip() or None,
    )
    session.add(invoice)
    await session.flush()
    for job in ordered:
        session.add(InvoiceJob(invoice_id=row_id(invoice), job_id=row_id(job)))
    for position, line in enumerate(copied):
        session.add(InvoiceLine(
            invoice_id=row_id(invoice), job_id=line.job_id, description=line.description,
            quantity=line.quantity, unit_price_cents=line.unit_price_cents,
            amount_cents=line_amount(line.quantity, line.unit_price_cents), taxable=line.taxable,
            position=position,
        ))
    record_activity(session, viewer, subject=invoice, verb="invoice.created", customer_id=customer_id,
                    number=invoice.number, status=invoice.status.value, job_ids=[job.id for job in ordered],
                    total_cents=invoice.total_cents)
    await session.flush()
    if issue:
        await notify_invoice_issued(session, invoice)
        # Imported here: autopay reaches this module through online_payments (NO_SUCH).
        from resolvers.billing.autopay import queue_invoice_charge

        await queue_invoice_charge(session, invoice)
    return invoice
