"""Gathering one customer's open invoices into a batch invoice, to be paid together."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.viewer import Viewer
from models import Batch, Invoice
from models.base import row_id
from models.enums import BatchStatus, InvoiceStatus
from models.problems import Problem, ProblemCode, UserInputError
from resolvers.billing.arithmetic import batch_status_for_payment
from resolvers.billing.autopay import queue_batch_charge
from resolvers.billing.invoices import NO_SUCH, customer_in_scope, unique_ids
from resolvers.billing.numbering import billing_company, company_today, next_batch_number
from resolvers.billing.payments import display_number, invoice_paid_cents, lock_invoices
from resolvers.crm import record_activity
from resolvers.notifications import notify_batch_ready

BATCHABLE = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID)
OPEN_BATCH = (BatchStatus.OPEN, BatchStatus.PARTIALLY_PAID)
NOT_BATCHABLE = {
    InvoiceStatus.DRAFT: "is a draft: issue it before adding it to a batch",
    InvoiceStatus.PAID: "is already paid",
    InvoiceStatus.VOID: "is void",
    InvoiceStatus.BAD_DEBT: "is written off as bad debt",
}


async def create_batch(session: AsyncSession, viewer: Viewer, *, customer_id: int, invoice_ids: Sequence[int],
                       notes: str | None = None) -> Batch:
    """Gather issued, unpaid invoices of one customer (none already in an open batch) into a new batch."""
    company = await billing_company(session)
    await customer_in_scope(session, viewer, customer_id)
    if not invoice_ids:
        raise UserInputError.one(("input", "invoiceIds"), ProblemCode.REQUIRED,
                                 "Choose at least one open invoice for the batch.")
    listed = unique_ids(invoice_ids)
    invoices = {row_id(invoice): invoice for invoice in await lock_invoices(
        session, viewer, col(Invoice.id).in_([invoice_id for _, invoice_id in listed]))}
    batch_ids = {invoice.batch_id for invoice in invoices.values() if invoice.batch_id is not None}
    open_batches = {
        row_id(batch): batch for batch in (await session.execute(
            sa.select(Batch).where(col(Batch.id).in_(batch_ids), col(Batch.status).in_(OPEN_BATCH))
        )).scalars()
    } if batch_ids else {}

    problems: list[Problem] = []
    for index, invoice_id in listed:
        field = ("input", "invoiceIds", str(index))
        invoice = invoices.get(invoice_id)
        if invoice is None:
            problems.append(Problem(field, ProblemCode.NOT_FOUND, NO_SUCH.format(what="invoice")))
            continue
        number = display_number(company.invoice_prefix, invoice)
        if invoice.customer_id != customer_id:
            problems.append(Problem(field, ProblemCode.INVALID, f"Invoice {number} belongs to another customer: a "
                                    "batch gathers one customer's invoices."))
        elif invoice.corrects_invoice_id is not None:
            problems.append(Problem(field, ProblemCode.INVALID, f"Invoice {number} is a credit note; a batch "
                                    "gathers invoices to be paid, so leave it out."))
        elif invoice.status not in BATCHABLE:
            problems.append(Problem(field, ProblemCode.INVALID, f"Invoice {number} {NOT_BATCHABLE[invoice.status]}; "
                                    "only open or partially paid invoices can be batched."))
        elif invoice.batch_id in open_batches:
            batch_number = open_batches[invoice.batch_id].number
            problems.append(Problem(field, ProblemCode.CONFLICT, f"Invoice {number} is already in open batch "
                                    f"{batch_number}. Void that batch or leave the invoice out."))
    if problems:
        raise UserInputError(problems)

    members = [invoices[invoice_id] for _, invoice_id in listed]
    paid = await invoice_paid_cents(session, list(invoices))
    batch = Batch(
        number=await next_batch_number(session),
        customer_id=customer_id,
        status=batch_status_for_payment(sum(invoice.total_cents for invoice in members), sum(paid.values())),
        issued_on=company_today(company),
        notes=(notes or "").strip() or None,
    )
    session.add(batch)
    await session.flush()
    for invoice in members:
        invoice.batch_id = row_id(batch)
        session.add(invoice)
    record_activity(session, viewer, subject=batch, verb="batch.created", customer_id=customer_id,
                    number=batch.number, invoice_ids=[row_id(invoice) for invoice in members])
    await session.flush()

    await notify_batch_ready(session, batch)
    await queue_batch_charge(session, batch)
    return batch
