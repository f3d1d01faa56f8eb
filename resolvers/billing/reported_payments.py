"""Payments a client says they made outside the portal (Zelle, check, transfer…), and the office's review.

A report is a `PaymentTransaction` with status TO_APPROVAL and `reported_by_client`; the allocations it
would make are written too (what it is meant to pay), but balances count only COMPLETED payments, so
nothing is paid until the office approves. On approval the payment is spread again, with the invoices
locked, over the balances as they are then (`payments.apply_payment`, the same rule as every payment);
on rejection it is FAILED, with the office's note for the client.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from auth.scope import readable
from auth.viewer import Viewer
from models import Allocation, Batch, Invoice, PaymentTransaction
from models.enums import BatchStatus, InvoiceStatus, PaymentMethod, TransactionStatus
from models.problems import Forbidden, ProblemCode, UserInputError
from resolvers.billing import idempotency
from resolvers.billing.invoices import NO_SUCH, row_id
from resolvers.billing.numbering import billing_company
from resolvers.billing.payments import (
    _occurred_at,
    apply_payment,
    display_number,
    lock_invoices,
    oldest_first,
    payment_cents,
)
from resolvers.crm import record_activity
from resolvers.notifications import notify_payment_recorded
from resolvers.reads import c

REPORTABLE_METHODS = (PaymentMethod.ZELLE, PaymentMethod.CHECK, PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH,
                      PaymentMethod.ACH)
"""Card payments are made online (Stripe), never reported."""
OPEN_INVOICE = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID)
PAYABLE_ON_APPROVAL = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID)
TEXT_LENGTH = 500


def _text(value: str | None, field: str) -> str | None:
    text = " ".join((value or "").split())
    if len(text) > TEXT_LENGTH:
        raise UserInputError.one(("input", field), ProblemCode.INVALID, f"Keep it under {TEXT_LENGTH} characters.")
    return text or None


async def _reported_invoice(session: AsyncSession, viewer: Viewer, invoice_id: int, prefix: str) -> Invoice:
    statement: sa.Select[Any] = readable(viewer, Invoice).where(c(Invoice, "id") == invoice_id)
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
    statement: sa.Select[Any] = readable(viewer, Batch).where(c(Batch, "id") == batch_id)
    batch: Batch | None = (await session.execute(statement)).scalar()
    field = ("input", "batchId")
    if batch is None:
        raise UserInputError.one(field, ProblemCode.NOT_FOUND, NO_SUCH.format(what="batch"))
    if batch.status in (BatchStatus.VOID, BatchStatus.PAID):
        state = "is void" if batch.status is BatchStatus.VOID else "is already paid"
        raise UserInputError.one(field, ProblemCode.INVALID, f"Batch {batch.number} {state}: choose a batch with a "
                                                   "balance to pay.")
    invoices = (await session.execute(
        readable(viewer, Invoice).where(c(Invoice, "batch_id") == batch_id, c(Invoice, "status").in_(OPEN_INVOICE))
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
        targets = [await _reported_invoice(session, viewer, invoice_id, company.invoice_prefix)]
    else:
        assert batch_id is not None
        _batch, targets = await _reported_batch(session, viewer, batch_id)

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
        rows = await lock_invoices(session, viewer, c(Invoice, "batch_id") == transaction.batch_id)
        return oldest_first([row for row in rows if row.status in PAYABLE_ON_APPROVAL])
    if not intended:
        return []
    found = {row_id(row): row for row in await lock_invoices(session, viewer, c(Invoice, "id").in_(intended))}
    return [found[i] for i in intended if i in found and found[i].status in PAYABLE_ON_APPROVAL]


async def review_payment(session: AsyncSession, viewer: Viewer, *, transaction_id: int, approve: bool,
                         note: str | None = None) -> PaymentTransaction:
    """The office approves (COMPLETED, spread again over the balances as they are now, the client's users
    notified) or rejects (FAILED, `note` telling the client why) a payment awaiting approval."""
    field = ("input", "transactionId")
    text = _text(note, "note")
    statement: sa.Select[Any] = (
        readable(viewer, PaymentTransaction).where(c(PaymentTransaction, "id") == transaction_id)
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
        sa.select(c(Allocation, "invoice_id")).where(c(Allocation, "transaction_id") == transaction_id)
        .order_by(c(Allocation, "id"))
    )).scalars())
    targets = await _approval_targets(session, viewer, transaction, intended)
    await session.execute(sa.delete(Allocation).where(c(Allocation, "transaction_id") == transaction_id))
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
