"""Payments a client says they made outside the portal (Zelle, check, transfer…), and the office's review.

A report is a `PaymentTransaction` with status TO_APPROVAL and `reported_by_client`; the allocations it
would make are written too (what it is meant to pay), but balances count only COMPLETED payments, so
nothing is paid until the office approves. On approval the payment is spread again, with the invoices
locked, over the balances as they are then (`payments.apply_payment`, the same rule as every payment);
on rejection it is FAILED, with the office's note for the client.

While a report waits, what it is meant to pay is the invoice's (and batch's) *pending* amount; a second
report is refused once the pending reports already cover the whole balance (a double click, or a client
who does not see their first report), so the office never has to reject duplicates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from adapters.documents import format_money
from auth.scope import readable
from auth.viewer import Viewer
from models import Allocation, Batch, Company, Invoice, PaymentTransaction
from models.base import row_id
from models.enums import BatchStatus, InvoiceStatus, PaymentMethod, TransactionStatus
from models.problems import Forbidden, ProblemCode, UserInputError
from resolvers.billing import idempotency
from resolvers.billing.invoices import NO_SUCH
from resolvers.billing.numbering import billing_company
from resolvers.billing.payments import (
    _occurred_at,
    apply_payment,
    display_number,
    invoice_paid_cents,
    lock_invoices,
    oldest_first,
    payment_cents,
)
from resolvers.crm import record_activity
from resolvers.notifications import notify_payment_recorded

REPORTABLE_METHODS = (PaymentMethod.ZELLE, PaymentMethod.CHECK, PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH,
                      PaymentMethod.ACH)
"""Card payments are made online (Stripe), never reported."""
OPEN_INVOICE = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID)
PAYABLE_ON_APPROVAL = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID)
TEXT_LENGTH = 500


def pending_cents_of_invoices(invoice_ids: list[int]) -> sa.Select[int, int]:
    """Per invoice: (invoice id, cents) that client-reported payments awaiting approval are meant to pay."""
    return (
        sa.select(col(Allocation.invoice_id), sa.func.sum(col(Allocation.amount_cents)))
        .join(PaymentTransaction, col(PaymentTransaction.id) == col(Allocation.transaction_id))
        .where(col(Allocation.invoice_id).in_(invoice_ids),
               col(PaymentTransaction.status) == TransactionStatus.TO_APPROVAL,
               col(PaymentTransaction.reported_by_client).is_(True))
        .group_by(col(Allocation.invoice_id))
    )


def pending_cents_of_batches(batch_ids: list[int]) -> sa.Select[int | None, int]:
    """Per batch: (batch id, cents) that client-reported payments awaiting approval are meant to pay on its
    invoices (reported for the batch or for one of its invoices)."""
    return (
        sa.select(col(Invoice.batch_id), sa.func.sum(col(Allocation.amount_cents)))
        .join(Allocation, col(Allocation.invoice_id) == col(Invoice.id))
        .join(PaymentTransaction, col(PaymentTransaction.id) == col(Allocation.transaction_id))
        .where(col(Invoice.batch_id).in_(batch_ids),
               col(PaymentTransaction.status) == TransactionStatus.TO_APPROVAL,
               col(PaymentTransaction.reported_by_client).is_(True))
        .group_by(col(Invoice.batch_id))
    )


async def _refuse_when_already_covered(session: AsyncSession, company: Company, targets: Sequence[Invoice]) -> None:
    """Refuse a report when the reports awaiting approval already cover every target's balance."""
    ids = [row_id(invoice) for invoice in targets]
    if not ids:
        return
    paid = await invoice_paid_cents(session, ids)
    pending = {int(key): int(value) for key, value in (await session.execute(pending_cents_of_invoices(ids))).all()}
    balance = sum(invoice.total_cents - paid[row_id(invoice)] for invoice in targets)
    covered = sum(pending.get(key, 0) for key in ids)
    if covered > 0 and covered >= balance:
        what = (f"invoice {display_number(company.invoice_prefix, targets[0])}" if len(targets) == 1
                else "these invoices")
        raise UserInputError.one(
            "amount", ProblemCode.CONFLICT,
            f"You already reported {format_money(covered, company.currency)} for {what}, which covers the "
            "balance. It is waiting for the office's approval: there is nothing more to report.")


def _text(value: str | None, field: str) -> str | None:
    text = " ".join((value or "").split())
    if len(text) > TEXT_LENGTH:
        raise UserInputError.one(("input", field), ProblemCode.INVALID, f"Keep it under {TEXT_LENGTH} characters.")
    return text or None


async def _reported_invoice(session: AsyncSession, viewer: Viewer, invoice_id: int, prefix: str) -> Invoice:
    statement: sa.Select[Any] = readable(viewer, Invoice).where(col(Invoice.id) == invoice_id)
    invoice: Invoice | None = (await session.execute(statement)).scalar()
    field = ("input", "invoiceId")
    if invoice is None:
        raise UserInputError.one(field, ProblemCode.NOT_FOUND, NO_SUCH.format(what="invoice"))
    number = display_number(prefix, invoice)
    if invoice.corrects_invoice_id is not None or invoice.total_cents <= 0:
        raise UserInputError.one(field, ProblemCode.INVALID, f"{number} is a credit: there is nothing to pay on it.")
    if invoice.status not in OPEN_INVOICE:
        state = {InvoiceStatus.PAID: "is already paid", InvoiceStatus.DRAFT: "is not issued yet",
                 InvoiceStatus.VOID: "is void", InvoiceStatus.BAD_DEBT: "is closed"}[invoice.status]
        raise UserInputError.one(field, ProblemCode.INVALID,
                                 f"Invoice {number} {state}: choose an invoice with a balance "
                                 "to pay.")
    return invoice


async def _reported_batch(session: AsyncSession, viewer: Viewer, batch_id: int) -> tuple[Batch, list[Invoice]]:
    statement: sa.Select[Any] = readable(viewer, Batch).where(col(Batch.id) == batch_id)
    batch: Batch | None = (await session.execute(statement)).scalar()
    field = ("input", "batchId")
    if batch is None:
        raise UserInputError.one(field, ProblemCode.NOT_FOUND, NO_SUCH.format(what="batch"))
    if batch.status in (BatchStatus.VOID, BatchStatus.PAID):
        state = "is void" if batch.status is BatchStatus.VOID else "is already paid"
        raise UserInputError.one(field, ProblemCode.INVALID, f"Batch {batch.number} {state}: choose a batch with a "
                                                   "balance to pay.")
    invoices = (await session.execute(
        readable(viewer, Invoice).where(col(Invoice.batch_id) == batch_id, col(Invoice.status).in_(OPEN_INVOICE))
    )).scalars().all()
    return batch, oldest_first(list(invoices))


async def report_payment(session: AsyncSession, viewer: Viewer, *, amount: Decimal, method: PaymentMethod,
                         invoice_id: int | None = None, batch_id: int | None = None,
                         occurred_at: datetime | None = None, reference: str | None = None,
                         idempotency_key: str | None = None) -> PaymentTransaction:
    """A client (with finances) reports paying one of their invoices or batches outside the portal: a
    TO_APPROVAL transaction whose allocations say what it is meant to pay, counting for nothing yet.

    Once, like every payment (`resolvers.billing.idempotency`): a repeated `idempotency_key` gets the report
    made under it back, and a standing payment of the account with the same method and reference refuses it."""
    if not viewer.is_client or viewer.customer_id is None or not viewer.sees_money:
        raise Forbidden("Only a client user who sees the account's invoices may report payments.")
    customer_id = viewer.customer_id
    key = idempotency.idempotency_key(idempotency_key)
    if (invoice_id is None) == (batch_id is None):
        raise UserInputError.one(("input", "invoiceId"), ProblemCode.REQUIRED,
                                 "Choose the invoice or the batch you paid (one of them).")
    cents = payment_cents(amount)
    if method not in REPORTABLE_METHODS:
        raise UserInputError.one(("input", "method"), ProblemCode.INVALID,
                                 "Card payments are made online in the portal; report Zelle, check, bank "
                                 "transfer, cash or ACH payments here.")
    company = await billing_company(session)
    when = _occurred_at(occurred_at, company.time_zone)
    text = _text(reference, "reference")
    request = idempotency.fingerprint(
        "paymentReport", user=viewer.user_id, customer=customer_id, cents=cents, method=method.value,
        occurred_at=idempotency.started(occurred_at), reference=text, invoice=invoice_id, batch=batch_id)

    await idempotency.lock_customer_payments(session, customer_id)
    earlier = await idempotency.replayed(session, customer_id=customer_id, key=key, request=request)
    if earlier is not None:
        return earlier
    await idempotency.refuse_duplicate_reference(session, viewer, customer_id=customer_id, method=method,
                                                 reference=text, company=company)
    if invoice_id is not None:
        invoice = await _reported_invoice(session, viewer, invoice_id, company.invoice_prefix)
        targets = await lock_invoices(session, viewer, col(Invoice.id) == row_id(invoice))
    else:
        assert batch_id is not None
        _batch, found = await _reported_batch(session, viewer, batch_id)
        ids = [row_id(row) for row in found]
        targets = oldest_first(await lock_invoices(session, viewer, col(Invoice.id).in_(ids))) if ids else []
    await _refuse_when_already_covered(session, company, targets)

    transaction = PaymentTransaction(
        customer_id=customer_id, batch_id=batch_id, amount_cents=cents, fee_cents=0, method=method,
        status=TransactionStatus.TO_APPROVAL, occurred_at=when, reference=text, reported_by_client=True,
        recorded_by_user_id=viewer.user_id, idempotency_key=key, request_fingerprint=None if key is None else request,
    )
    inserted = await idempotency.insert_once(session, transaction)
    if inserted is not transaction:
        return inserted
    allocations, spread = await apply_payment(session, transaction, targets)
    record_activity(session, viewer, subject=transaction, verb="payment.reported", customer_id=viewer.customer_id,
                    amount_cents=cents, method=method.value, batch_id=batch_id, reference=text,
                    intended={str(a.invoice_id): a.amount_cents for a in allocations},
                    unapplied_cents=spread.credit_cents)
    await session.flush()
    return transaction


async def _approval_targets(session: AsyncSession, viewer: Viewer, transaction: PaymentTransaction,
                            intended: Sequence[int]) -> list[Invoice]:
    """The invoices the approved payment pays, locked: its batch's (oldest first) or those it was meant
    for (in that order), leaving out any that can no longer take a payment (void, bad debt, draft)."""
    if transaction.batch_id is not None:
        rows = await lock_invoices(session, viewer, col(Invoice.batch_id) == transaction.batch_id)
        return oldest_first([row for row in rows if row.status in PAYABLE_ON_APPROVAL])
    if not intended:
        return []
    found = {row_id(row): row for row in await lock_invoices(session, viewer, col(Invoice.id).in_(intended))}
    return [found[i] for i in intended if i in found and found[i].status in PAYABLE_ON_APPROVAL]


async def review_payment(session: AsyncSession, viewer: Viewer, *, transaction_id: int, approve: bool,
                         note: str | None = None) -> PaymentTransaction:
    """The office approves (COMPLETED, spread again over the balances as they are now, the client's users
    notified) or rejects (FAILED, `note` telling the client why) a payment awaiting approval."""
    field = ("input", "transactionId")
    text = _text(note, "note")
    statement: sa.Select[Any] = (
        readable(viewer, PaymentTransaction).where(col(PaymentTransaction.id) == transaction_id)
        .with_for_update().execution_options(populate_existing=True)
    )
    transaction: PaymentTransaction | None = (await session.execute(statement)).scalar()
    if transaction is None:
        raise UserInputError.one(field, ProblemCode.NOT_FOUND, NO_SUCH.format(what="transaction"))
    if transaction.status is not TransactionStatus.TO_APPROVAL:
        state = transaction.status.value.replace("_", " ").lower()
        raise UserInputError.one(field, ProblemCode.CONFLICT,
                                 f"This payment is {state}: only payments awaiting approval "
                                 "can be approved or rejected.")
    if not approve and text is None:
        raise UserInputError.one(("input", "note"), ProblemCode.REQUIRED,
                                 "Say why the payment is rejected: the client sees this note.")
    if text is not None:
        transaction.note = text

    if not approve:
        transaction.status = TransactionStatus.FAILED
        session.add(transaction)
        record_activity(session, viewer, subject=transaction, verb="payment.rejected",
                        customer_id=transaction.customer_id, amount_cents=transaction.amount_cents, note=text)
        await session.flush()
        return transaction

    intended = list((await session.execute(
        sa.select(col(Allocation.invoice_id)).where(col(Allocation.transaction_id) == transaction_id)
        .order_by(col(Allocation.id))
    )).scalars())
    targets = await _approval_targets(session, viewer, transaction, intended)
    await session.execute(sa.delete(Allocation).where(col(Allocation.transaction_id) == transaction_id))
    transaction.status = TransactionStatus.COMPLETED
    session.add(transaction)
    await session.flush()
    allocations, spread = await apply_payment(session, transaction, targets)
    record_activity(session, viewer, subject=transaction, verb="payment.approved",
                    customer_id=transaction.customer_id, amount_cents=transaction.amount_cents, note=text,
                    allocations={str(a.invoice_id): a.amount_cents for a in allocations},
                    unapplied_cents=spread.credit_cents)
    await session.flush()
    await notify_payment_recorded(session, transaction)
    return transaction
