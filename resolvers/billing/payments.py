"""Recording a payment the office received, and the one place balances are read for writing.

A payment is applied at most once: the invoices it may touch are locked (`FOR UPDATE`, in id order so two
payments never deadlock) before their balances are read, so a second payment on the same invoice waits
for the first to commit and then sees what the first applied. What no balance can take stays on the
transaction unallocated: the customer's credit.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable
from auth.viewer import Viewer
from models import Allocation, Batch, Invoice, PaymentTransaction
from models.base import row_id
from models.enums import BatchStatus, InvoiceStatus, PaymentMethod, TransactionStatus
from models.problems import Problem, ProblemCode, UserInputError
from resolvers import reads
from resolvers.billing import idempotency
from resolvers.billing.arithmetic import (
    Spread,
    batch_status_for_payment,
    exact_cents,
    spread_payment,
    status_for_payment,
)
from resolvers.billing.invoices import NO_SUCH, customer_in_scope, unique_ids
from resolvers.billing.numbering import billing_company
from resolvers.crm import record_activity
from resolvers.notifications import notify_payment_recorded

MAX_AMOUNT_CENTS = 100_000_000_00
"""$100,000,000: far above any real payment, well inside the BIGINT columns."""
FUTURE_TOLERANCE = timedelta(minutes=5)
"""Clock differences between the office's computer and the server."""
PAYABLE = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID)
"""Issued invoices; a PAID one takes nothing more (its balance is zero) but is not refused."""
BATCH_FIELD = ("input", "batchId")
UNPAYABLE = {
    InvoiceStatus.DRAFT: "is a draft: issue it before recording a payment on it",
    InvoiceStatus.VOID: "is void and can't receive payments",
    InvoiceStatus.BAD_DEBT: "is written off as bad debt and can't receive payments",
}


async def invoice_paid_cents(session: AsyncSession, invoice_ids: Collection[int]) -> dict[int, int]:
    """What completed payments have applied to each invoice (0 when nothing): every balance starts here.

    Same statement as the read side's `amountPaid` (`reads.paid_cents_of_invoices`), so they never differ.
    """
    paid = dict.fromkeys(invoice_ids, 0)
    if paid:
        rows = await session.execute(reads.paid_cents_of_invoices(list(paid)))
        paid.update({int(invoice_id): int(cents) for invoice_id, cents in rows.all()})
    return paid


async def lock_invoices(session: AsyncSession, viewer: Viewer, condition: Any) -> list[Invoice]:
    """The invoices matching `condition`, locked in id order (the one order every writer uses), re-read."""
    statement: sa.Select[Any] = (
        readable(viewer, Invoice).where(condition).order_by(col(Invoice.id))
        .with_for_update().execution_options(populate_existing=True)
    )
    return list((await session.execute(statement)).scalars())


def oldest_first(invoices: Sequence[Invoice]) -> list[Invoice]:
    return sorted(invoices, key=lambda invoice: (invoice.issued_on or date.min, row_id(invoice)))


def display_number(prefix: str, invoice: Invoice) -> str:
    return f"{prefix}{invoice.number}"


def payment_cents(amount: Decimal, field: tuple[str, ...] = ("input", "amount")) -> int:
    """A positive amount of dollars with at most two decimals, in cents; a userError otherwise."""
    try:
        cents = exact_cents(amount)
    except ValueError:
        raise UserInputError.one(field, ProblemCode.INVALID, "Enter the amount in dollars with at most two decimals, "
                                                   "e.g. 120.50.") from None
    if cents <= 0:
        raise UserInputError.one(field, ProblemCode.INVALID, "The amount must be more than zero.")
    if cents > MAX_AMOUNT_CENTS:
        raise UserInputError.one(field, ProblemCode.INVALID, "This amount is too large. Check it and try again.")
    return cents


@dataclass(frozen=True, slots=True)
class RecordedPayment:
    transaction: PaymentTransaction
    allocations: list[Allocation]
    unapplied_cents: int
    """What no invoice's balance could take: left on the transaction as the customer's credit."""


async def record_payment(session: AsyncSession, viewer: Viewer, *, customer_id: int, amount: Decimal,
                         method: PaymentMethod, occurred_at: datetime | None = None,
                         reference: str | None = None, note: str | None = None,
                         invoice_ids: Sequence[int] | None = None, batch_id: int | None = None,
                         status: TransactionStatus = TransactionStatus.COMPLETED, external_id: str | None = None,
                         fee_cents: int = 0, idempotency_key: str | None = None) -> RecordedPayment:
    """Record a payment and apply it: to a batch's invoices oldest first, to the given invoices in the given
    order, or (neither given) to the customer's oldest open invoices first.

    Once (`resolvers.billing.idempotency`): the customer's payments are recorded one at a time; a request
    repeating an `idempotency_key` gets its payment back (`replayed`), and a standing payment with the same
    method and reference refuses this one (DUPLICATE_REFERENCE).

    The office records COMPLETED manual payments; online payments (`resolvers.billing.online_payments`) also
    record PENDING or FAILED ones with Stripe's id (`external_id`) and the card/ACH fee paid on top."""
    key = idempotency.idempotency_key(idempotency_key)
    cents = payment_cents(amount)
    if invoice_ids and batch_id is not None:
        raise UserInputError.one(BATCH_FIELD, ProblemCode.INVALID,
                                 "Apply a payment to a batch or to invoices, not both.")
    company = await billing_company(session)
    await customer_in_scope(session, viewer, customer_id)
    when = _occurred_at(occurred_at, company.time_zone)
    text = (reference or "").strip() or None
    memo = (note or "").strip() or None
    request = idempotency.fingerprint(
        "paymentRecord", user=viewer.user_id, customer=customer_id, cents=cents, method=method.value,
        occurred_at=idempotency.started(occurred_at), reference=text, note=memo,
        invoices=None if invoice_ids is None else list(invoice_ids), batch=batch_id)

    await idempotency.lock_customer_payments(session, customer_id)
    earlier = await idempotency.replayed(session, customer_id=customer_id, key=key, request=request)
    if earlier is not None:
        return await recorded_before(session, earlier)
    await idempotency.refuse_duplicate_reference(session, viewer, customer_id=customer_id, method=method,
                                                 reference=text, company=company)

    targets = await payment_targets(session, viewer, customer_id=customer_id, invoice_ids=invoice_ids,
                                    batch_id=batch_id, prefix=company.invoice_prefix)
    transaction = PaymentTransaction(
        customer_id=customer_id, batch_id=batch_id, amount_cents=cents, fee_cents=fee_cents, method=method,
        status=status, occurred_at=when, reference=text, note=memo, recorded_by_user_id=viewer.user_id,
        external_id=external_id, idempotency_key=key, request_fingerprint=None if key is None else request,
    )
    inserted = await idempotency.insert_once(session, transaction)
    if inserted is not transaction:
        return await recorded_before(session, inserted)
    allocations, spread = await apply_payment(session, transaction, targets)

    record_activity(session, viewer, subject=transaction, verb="payment.recorded",
                    customer_id=customer_id, amount_cents=cents, method=method.value, batch_id=batch_id,
                    **({} if status is TransactionStatus.COMPLETED else {"status": status.value}),
                    allocations={str(invoice_id): applied for invoice_id, applied in spread.allocations},
                    unapplied_cents=spread.credit_cents)
    await session.flush()
    if status is TransactionStatus.COMPLETED:
        await notify_payment_recorded(session, transaction)
    return RecordedPayment(transaction=transaction, allocations=allocations,
                           unapplied_cents=spread.credit_cents)


async def recorded_before(session: AsyncSession, transaction: PaymentTransaction) -> RecordedPayment:
    """A payment recorded by an earlier request, as that request answered: its allocations and what is left."""
    allocations = list((await session.execute(
        sa.select(Allocation).where(col(Allocation.transaction_id) == row_id(transaction))
        .order_by(col(Allocation.id))
    )).scalars())
    applied = sum(allocation.amount_cents for allocation in allocations)
    return RecordedPayment(transaction=transaction, allocations=allocations,
                           unapplied_cents=transaction.amount_cents - applied)


async def payment_targets(session: AsyncSession, viewer: Viewer, *, customer_id: int,
                          invoice_ids: Sequence[int] | None, batch_id: int | None, prefix: str,
                          ) -> list[Invoice]:
    """The invoices a payment goes to, locked, in the order it pays them: a batch's payable invoices
    oldest first, the given invoices in the given order, or (neither) the customer's open ones oldest first."""
    if batch_id is not None:
        await _payable_batch(session, viewer, batch_id, customer_id)
        return oldest_first([invoice for invoice in await lock_invoices(
            session, viewer, col(Invoice.batch_id) == batch_id) if invoice.status in PAYABLE])
    if invoice_ids:
        return await _given_invoices(session, viewer, invoice_ids, customer_id, prefix)
    return oldest_first(await lock_invoices(session, viewer, sa.and_(
        col(Invoice.customer_id) == customer_id,
        col(Invoice.status).in_([InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID]),
    )))


async def apply_payment(session: AsyncSession, transaction: PaymentTransaction, targets: Sequence[Invoice],
                        ) -> tuple[list[Allocation], Spread]:
    """Spread a flushed transaction over `targets` (locked, in the order to pay them), each up to its balance
    from completed payments; what is left is credit. A transaction that is not COMPLETED keeps its
    allocations (what it is for) but they count for nothing, so statuses change only for a COMPLETED one."""
    paid = await invoice_paid_cents(session, [row_id(invoice) for invoice in targets])
    spread = spread_payment(transaction.amount_cents, [
        (row_id(invoice), max(invoice.total_cents - paid[row_id(invoice)], 0)) for invoice in targets
    ])
    by_id = {row_id(invoice): invoice for invoice in targets}
    allocations = [Allocation(transaction_id=row_id(transaction), invoice_id=invoice_id, amount_cents=applied)
                   for invoice_id, applied in spread.allocations]
    session.add_all(allocations)
    await session.flush()
    if transaction.status is TransactionStatus.COMPLETED:
        for invoice_id, applied in spread.allocations:
            invoice = by_id[invoice_id]
            invoice.status = status_for_payment(invoice.total_cents, paid[invoice_id] + applied)
            session.add(invoice)
        await session.flush()
        touched = {transaction.batch_id, *(by_id[invoice_id].batch_id for invoice_id, _ in spread.allocations)}
        await refresh_batch_statuses(session, sorted(b for b in touched if b is not None))
    return allocations, spread


def _occurred_at(occurred_at: datetime | None, time_zone: str) -> datetime:
    """When the money came in: now by default; a time without zone is the company's local time."""
    now = datetime.now(UTC)
    if occurred_at is None:
        return now
    if occurred_at.tzinfo is None:
        occurred_at = occurred_at.replace(tzinfo=ZoneInfo(time_zone))
    if occurred_at > now + FUTURE_TOLERANCE:
        raise UserInputError.one(("input", "occurredAt"), ProblemCode.INVALID,
                                 "A payment can't be recorded in the future. "
                                 "Enter when the money was received.")
    return occurred_at.astimezone(UTC)


async def _payable_batch(session: AsyncSession, viewer: Viewer, batch_id: int, customer_id: int) -> Batch:
    statement: sa.Select[Any] = readable(viewer, Batch).where(col(Batch.id) == batch_id)
    batch: Batch | None = (await session.execute(statement)).scalar()
    if batch is None:
        raise UserInputError.one(BATCH_FIELD, ProblemCode.NOT_FOUND, NO_SUCH.format(what="batch"))
    if batch.customer_id != customer_id:
        raise UserInputError.one(BATCH_FIELD, ProblemCode.INVALID, "This batch belongs to another customer. Choose one "
                                 "of this customer's batches.")
    if batch.status is BatchStatus.VOID:
        raise UserInputError.one(BATCH_FIELD, ProblemCode.INVALID,
                                 f"Batch {batch.number} is void and can't receive payments.")
    return batch


async def _given_invoices(session: AsyncSession, viewer: Viewer, invoice_ids: Sequence[int], customer_id: int,
                          prefix: str) -> list[Invoice]:
    """The listed invoices in the listed order, locked, each the customer's and able to take a payment."""
    listed = unique_ids(invoice_ids)
    found = {row_id(invoice): invoice for invoice in await lock_invoices(
        session, viewer, col(Invoice.id).in_([invoice_id for _, invoice_id in listed]))}
    problems: list[Problem] = []
    for index, invoice_id in listed:
        field = ("input", "invoiceIds", str(index))
        invoice = found.get(invoice_id)
        if invoice is None:
            problems.append(Problem(field, ProblemCode.NOT_FOUND, NO_SUCH.format(what="invoice")))
        elif invoice.customer_id != customer_id:
            problems.append(Problem(field, ProblemCode.INVALID, f"Invoice {display_number(prefix, invoice)} belongs "
                                    "to another customer: a payment pays one customer's invoices."))
        elif invoice.status not in PAYABLE:
            problems.append(Problem(field, ProblemCode.INVALID, f"Invoice {display_number(prefix, invoice)} "
                                    f"{UNPAYABLE[invoice.status]}."))
    if problems:
        raise UserInputError(problems)
    return [found[invoice_id] for _, invoice_id in listed]


async def refresh_batch_statuses(session: AsyncSession, batch_ids: Sequence[int]) -> None:
    """Set each (non-void) batch's status from its invoices' totals and completed payments.

    The batches are locked first, so two payments on different invoices of one batch can't both
    compute the status without seeing the other's allocations.
    """
    if not batch_ids:
        return
    batches = (await session.execute(
        sa.select(Batch).where(col(Batch.id).in_(batch_ids)).order_by(col(Batch.id))
        .with_for_update().execution_options(populate_existing=True)
    )).scalars().all()
    totals = {int(batch_id): int(values[2] or 0)
              for batch_id, values in (await session.execute(reads.batch_totals(list(batch_ids)))).all()}
    paid = {int(batch_id): int(cents)
            for batch_id, cents in (await session.execute(reads.batch_paid_cents(list(batch_ids)))).all()}
    for batch in batches:
        if batch.status is BatchStatus.VOID:
            continue
        batch.status = batch_status_for_payment(totals.get(row_id(batch), 0), paid.get(row_id(batch), 0))
        session.add(batch)
    await session.flush()
