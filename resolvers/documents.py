"""What each PDF shows, gathered with the API's own figures.

Every amount comes from the statements and rules the GraphQL fields use: stored invoice totals, paid
amounts from `payments.invoice_paid_cents` (the `amountPaid` statement), batch totals from
`reads.batch_totals` / `reads.batch_paid_cents`, aging from `resolvers.dashboard`. Nothing here adds
money up another way.

Scope: the document's own row is read through `auth.scope.readable(viewer, …)` exactly like a GraphQL
read, so another customer's document, or a money document for a viewer without finances, is None
(the endpoint answers 404). The rows inside a readable document (its lines, jobs, payments) belong to
it and are read directly. No internal field (internal notes of invoices, jobs, customers or
properties) is ever gathered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped
from sqlmodel import col

from auth.scope import M, readable
from auth.viewer import Viewer
from models import (
    Allocation,
    Batch,
    Company,
    Customer,
    Invoice,
    InvoiceJob,
    InvoiceLine,
    Job,
    PaymentTransaction,
    Property,
)
from models.base import row_id
from models.enums import InvoiceStatus, PaymentMethod, TransactionStatus
from resolvers import reads
from resolvers.billing.numbering import company_today
from resolvers.billing.payments import invoice_paid_cents
from resolvers.dashboard import AccountHealth, account_health

NO_BALANCE = (InvoiceStatus.VOID, InvoiceStatus.DRAFT)
"""The API shows a zero balance for these (`Invoice.balance`)."""


def invoice_balance(invoice: Invoice, paid_cents: int) -> int:
    """`Invoice.balance`'s rule: total less what is paid, zero for void and draft invoices."""
    return 0 if invoice.status in NO_BALANCE else invoice.total_cents - paid_cents


@dataclass(frozen=True, slots=True)
class Payment:
    """A payment as a document lists it: the transaction and the part of it applied here."""

    transaction: PaymentTransaction
    applied_cents: int


@dataclass(frozen=True, slots=True)
class InvoiceSheet:
    invoice: Invoice
    customer: Customer
    property: Property | None
    lines: list[InvoiceLine]
    jobs: list[Job]
    paid_cents: int
    balance_cents: int
    payments: list[Payment]
    card_fee_cents: int
    """Fees charged with completed card payments applied to this invoice (0 when none carried one)."""
    places: dict[int, Property]
    """The properties of the invoice and of its jobs, by id."""


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    company: Company
    sheet: InvoiceSheet


@dataclass(frozen=True, slots=True)
class BatchDocument:
    company: Company
    batch: Batch
    customer: Customer
    invoices: list[InvoiceSheet]
    subtotal_cents: int
    tax_cents: int
    total_cents: int
    paid_cents: int
    balance_cents: int
    fee_cents: int
    """Processing fees charged with the batch's completed payments."""
    payments: list[PaymentTransaction]


@dataclass(frozen=True, slots=True)
class ReceiptDocument:
    company: Company
    transaction: PaymentTransaction
    customer: Customer
    allocations: list[tuple[Invoice, int]]
    unapplied_cents: int
    """What the payment did not apply to any invoice: credit on account (completed payments only)."""


@dataclass(frozen=True, slots=True)
class StatementDocument:
    company: Company
    customer: Customer
    health: AccountHealth
    properties: dict[int, Property] = field(default_factory=dict)


async def company_of(session: AsyncSession) -> Company:
    found: Company | None = (await session.execute(
        sa.select(Company).order_by(col(Company.id)).limit(1))).scalar()
    return found or Company(name="Unnamed company")


async def _one(session: AsyncSession, viewer: Viewer, model: type[M], id_column: Mapped[int | None], row: int,
               ) -> M | None:
    return (await session.execute(readable(viewer, model).where(id_column == row))).scalar()


async def _customer(session: AsyncSession, customer_id: int) -> Customer:
    customer: Customer = (await session.execute(
        sa.select(Customer).where(col(Customer.id) == customer_id))).scalar_one()
    return customer


async def _sheets(session: AsyncSession, invoices: list[Invoice]) -> list[InvoiceSheet]:
    """Each invoice with its customer, property, lines, jobs, payments and the API's paid figures."""
    if not invoices:
        return []
    ids = [row_id(invoice) for invoice in invoices]
    paid = await invoice_paid_cents(session, ids)
    lines: dict[int, list[InvoiceLine]] = {invoice_id: [] for invoice_id in ids}
    for line in (await session.execute(
            sa.select(InvoiceLine).where(col(InvoiceLine.invoice_id).in_(ids))
            .order_by(col(InvoiceLine.position), col(InvoiceLine.id)))).scalars():
        lines[line.invoice_id].append(line)
    jobs: dict[int, list[Job]] = {invoice_id: [] for invoice_id in ids}
    for invoice_id, job in (await session.execute(
            sa.select(col(InvoiceJob.invoice_id), Job).join(Job, col(Job.id) == col(InvoiceJob.job_id))
            .where(col(InvoiceJob.invoice_id).in_(ids))
            .order_by(col(Job.scheduled_start), col(Job.id)))).all():
        jobs[invoice_id].append(job)
    payments: dict[int, list[Payment]] = {invoice_id: [] for invoice_id in ids}
    for allocation, transaction in (await session.execute(
            sa.select(Allocation, PaymentTransaction)
            .join(PaymentTransaction, col(PaymentTransaction.id) == col(Allocation.transaction_id))
            .where(col(Allocation.invoice_id).in_(ids))
            .order_by(col(PaymentTransaction.occurred_at), col(PaymentTransaction.id)))).all():
        payments[allocation.invoice_id].append(Payment(transaction=transaction,
                                                       applied_cents=allocation.amount_cents))
    property_ids = {invoice.property_id for invoice in invoices if invoice.property_id is not None}
    property_ids |= {job.property_id for billed in jobs.values() for job in billed}
    properties = {row_id(place): place for place in (await session.execute(
        sa.select(Property).where(col(Property.id).in_(sorted(property_ids))))).scalars()} if property_ids else {}
    customers = {invoice.customer_id: await _customer(session, invoice.customer_id)
                 for invoice in invoices}
    sheets = []
    for invoice in invoices:
        invoice_id = row_id(invoice)
        card_fee = sum(payment.transaction.fee_cents for payment in payments[invoice_id]
                       if payment.transaction.method is PaymentMethod.CARD
                       and payment.transaction.status is TransactionStatus.COMPLETED)
        sheets.append(InvoiceSheet(
            invoice=invoice, customer=customers[invoice.customer_id],
            property=properties.get(invoice.property_id) if invoice.property_id is not None else None,
            lines=lines[invoice_id], jobs=jobs[invoice_id], paid_cents=paid[invoice_id],
            balance_cents=invoice_balance(invoice, paid[invoice_id]), payments=payments[invoice_id],
            card_fee_cents=card_fee, places=properties,
        ))
    return sheets


async def invoice_document(session: AsyncSession, viewer: Viewer, invoice_id: int) -> InvoiceDocument | None:
    invoice: Invoice | None = await _one(session, viewer, Invoice, col(Invoice.id), invoice_id)
    if invoice is None:
        return None
    return InvoiceDocument(company=await company_of(session), sheet=(await _sheets(session, [invoice]))[0])


async def batch_document(session: AsyncSession, viewer: Viewer, batch_id: int) -> BatchDocument | None:
    batch: Batch | None = await _one(session, viewer, Batch, col(Batch.id), batch_id)
    if batch is None:
        return None
    invoices = list((await session.execute(
        sa.select(Invoice).where(col(Invoice.batch_id) == batch_id)
        .order_by(*reads.INVOICES_OF_BATCH.order_by))).scalars())
    totals_row = (await session.execute(reads.batch_totals([batch_id]))).first()
    subtotal, tax, total = [int(value or 0) for value in totals_row[1]] if totals_row else [0, 0, 0]
    paid_row = (await session.execute(reads.batch_paid_cents([batch_id]))).first()
    paid = int(paid_row[1]) if paid_row else 0
    payments = list((await session.execute(
        sa.select(PaymentTransaction).where(col(PaymentTransaction.batch_id) == batch_id)
        .order_by(col(PaymentTransaction.occurred_at), col(PaymentTransaction.id)))).scalars())
    fees = sum(payment.fee_cents for payment in payments if payment.status is TransactionStatus.COMPLETED)
    return BatchDocument(
        company=await company_of(session), batch=batch, customer=await _customer(session, batch.customer_id),
        invoices=await _sheets(session, invoices), subtotal_cents=subtotal, tax_cents=tax, total_cents=total,
        paid_cents=paid, balance_cents=total - paid, fee_cents=fees, payments=payments,
    )


async def receipt_document(session: AsyncSession, viewer: Viewer, transaction_id: int) -> ReceiptDocument | None:
    transaction: PaymentTransaction | None = await _one(
        session, viewer, PaymentTransaction, col(PaymentTransaction.id), transaction_id)
    if transaction is None:
        return None
    allocations = [(invoice, int(cents)) for invoice, cents in (await session.execute(
        sa.select(Invoice, col(Allocation.amount_cents))
        .join(Allocation, col(Allocation.invoice_id) == col(Invoice.id))
        .where(col(Allocation.transaction_id) == transaction_id).order_by(col(Allocation.id)))).all()]
    unapplied = 0
    if transaction.status is TransactionStatus.COMPLETED:
        unapplied = transaction.amount_cents - sum(cents for _, cents in allocations)
    return ReceiptDocument(company=await company_of(session), transaction=transaction,
                           customer=await _customer(session, transaction.customer_id),
                           allocations=allocations, unapplied_cents=unapplied)


async def statement_document(session: AsyncSession, viewer: Viewer, customer_id: int, *,
                             today: date | None = None) -> StatementDocument | None:
    company = await company_of(session)
    health = await account_health(session, viewer, customer_id, today=today or company_today(company))
    if health is None:
        return None
    property_ids = sorted({item.invoice.property_id for item in health.open_invoices
                           if item.invoice.property_id is not None})
    properties = {row_id(place): place for place in (await session.execute(
        sa.select(Property).where(col(Property.id).in_(property_ids)))).scalars()} if property_ids else {}
    return StatementDocument(company=company, customer=await _customer(session, customer_id), health=health,
                             properties=properties)


def local_time(company: Company, moment: datetime) -> datetime:
    """A stored UTC time in the company's time zone."""

    return moment.astimezone(ZoneInfo(company.time_zone))
