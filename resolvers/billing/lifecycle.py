"""An invoice's life after it is created: issue, void, write off as bad debt, correct with a credit.

Which move is allowed from which status is decided in one pure function, `allowed_moves`:

    DRAFT           → OPEN (issue), VOID
    OPEN            → VOID (only while nothing is paid), BAD_DEBT
    PARTIALLY_PAID  → BAD_DEBT; corrected with a credit (stays PARTIALLY_PAID)
    PAID            → corrected with a credit (stays PAID)
    VOID, BAD_DEBT  → nothing

A paid or partly paid invoice is never voided or edited: a credit document corrects it. The credit is a
new, numbered invoice pointing at the original (`corrects_invoice_id`) with one negative line; both stay
visible. Its negative balance is what the company owes the customer; it can be batched with the customer's
open invoices (lowering the batch's total) or voided. A credit document can only be voided.

"Paid" is always what COMPLETED payments applied (`payments.invoice_paid_cents`), read with the invoice
locked, so a payment being recorded at the same moment is either seen or waits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.viewer import Viewer
from models import Invoice, InvoiceLine
from models.base import row_id
from models.enums import InvoiceStatus
from models.problems import ProblemCode, UserInputError
from resolvers.billing.autopay import queue_invoice_charge
from resolvers.billing.invoices import NO_SUCH
from resolvers.billing.numbering import billing_company, company_today, next_invoice_number
from resolvers.billing.payments import (
    display_number,
    invoice_paid_cents,
    lock_invoices,
    payment_cents,
    refresh_batch_statuses,
)
from resolvers.crm import record_activity
from resolvers.notifications import notify_invoice_issued

INVOICE_FIELD = ("input", "invoiceId")
REASON_LENGTH = 500


class Move(StrEnum):
    """What the office can do to an invoice once it exists."""

    ISSUE = "ISSUE"
    VOID = "VOID"
    MARK_BAD_DEBT = "MARK_BAD_DEBT"
    CREDIT = "CREDIT"


def allowed_moves(status: InvoiceStatus, paid_cents: int, *, is_credit: bool = False,
                  ) -> dict[Move, InvoiceStatus]:
    """Each move allowed from `status` with `paid_cents` of completed payments, and the status it leads to.

    A credit (CREDIT) leaves the invoice's own status as it is: a separate document corrects it.
    `is_credit`: the invoice is itself a credit document, which can only be issued or voided.
    """
    moves: dict[Move, InvoiceStatus] = {}
    if status is InvoiceStatus.DRAFT:
        moves[Move.ISSUE] = InvoiceStatus.OPEN
        moves[Move.VOID] = InvoiceStatus.VOID
    elif status is InvoiceStatus.OPEN:
        if paid_cents <= 0:
            moves[Move.VOID] = InvoiceStatus.VOID
        if not is_credit:
            moves[Move.MARK_BAD_DEBT] = InvoiceStatus.BAD_DEBT
    elif status is InvoiceStatus.PARTIALLY_PAID and not is_credit:
        moves[Move.MARK_BAD_DEBT] = InvoiceStatus.BAD_DEBT
        moves[Move.CREDIT] = InvoiceStatus.PARTIALLY_PAID
    elif status is InvoiceStatus.PAID and not is_credit:
        moves[Move.CREDIT] = InvoiceStatus.PAID
    return moves


_DOING = {
    Move.ISSUE: "issued", Move.VOID: "voided", Move.MARK_BAD_DEBT: "written off as bad debt",
    Move.CREDIT: "corrected with a credit",
}


def refusal(status: InvoiceStatus, paid_cents: int, move: Move, *, is_credit: bool = False) -> str:
    """Why `move` is not allowed, and what to do instead (for a refused move only)."""
    cannot = f"can't be {_DOING[move]}"
    if is_credit and move in (Move.MARK_BAD_DEBT, Move.CREDIT):
        return f"This is a credit document: it {cannot}. Void it instead if it was a mistake."
    if status is InvoiceStatus.VOID:
        return f"This invoice is void: it {cannot}."
    if status is InvoiceStatus.BAD_DEBT:
        return f"This invoice is written off as bad debt: it {cannot}."
    if status is InvoiceStatus.DRAFT:
        if move is Move.MARK_BAD_DEBT:
            return "This invoice is a draft: issue it first, or void it if it is not owed."
        return "This invoice is a draft: nothing is paid on it. Void it or issue it instead."
    if move is Move.ISSUE:
        return "This invoice is already issued."
    if move is Move.VOID:
        return ("Payments are applied to this invoice, so it can't be voided. Correct it with a credit "
                "instead.")
    if move is Move.CREDIT:
        return "Nothing is paid on this invoice: void it instead of crediting it."
    return f"This invoice is {status.value.replace('_', ' ').lower()}: it {cannot}."


async def _locked(session: AsyncSession, viewer: Viewer, invoice_id: int) -> tuple[Invoice, int]:
    """The invoice (locked) and what completed payments applied to it; NOT_FOUND when not the viewer's."""
    rows = await lock_invoices(session, viewer, col(Invoice.id) == invoice_id)
    if not rows:
        raise UserInputError.one(INVOICE_FIELD, ProblemCode.NOT_FOUND, NO_SUCH.format(what="invoice"))
    invoice = rows[0]
    paid = (await invoice_paid_cents(session, [invoice_id]))[invoice_id]
    return invoice, paid


def _check(invoice: Invoice, paid: int, move: Move) -> InvoiceStatus:
    is_credit = invoice.corrects_invoice_id is not None
    moves = allowed_moves(invoice.status, paid, is_credit=is_credit)
    if move not in moves:
        raise UserInputError.one(INVOICE_FIELD, ProblemCode.NOT_ALLOWED,
                                 refusal(invoice.status, paid, move, is_credit=is_credit))
    return moves[move]


def _reason(reason: str | None, *, required: bool) -> str | None:
    text = " ".join((reason or "").split())
    if not text:
        if required:
            raise UserInputError.one(("input", "reason"), ProblemCode.REQUIRED, "Say why (it is kept in the invoice's "
                                                                      "history).")
        return None
    if len(text) > REASON_LENGTH:
        raise UserInputError.one(("input", "reason"), ProblemCode.INVALID,
                                 f"Keep the reason under {REASON_LENGTH} characters.")
    return text


async def issue_invoice(session: AsyncSession, viewer: Viewer, *, invoice_id: int, due_on: date | None = None,
                        ) -> Invoice:
    """DRAFT → OPEN: dated today (the company's today), due on `due_on` or after the payment terms.

    The invoice's users are notified (and e-mailed); an autopay customer's balance is queued to be charged
    (`autopay.send_after_commit` sends it once this transaction commits)."""
    company = await billing_company(session)
    invoice, paid = await _locked(session, viewer, invoice_id)
    status = _check(invoice, paid, Move.ISSUE)
    today = company_today(company)
    if due_on is not None and due_on < today:
        raise UserInputError.one(("input", "dueOn"), ProblemCode.INVALID,
                                 f"The due date can't be before the issue date ({today.isoformat()}).")
    if due_on is None:
        kept = invoice.due_on if invoice.due_on is not None and invoice.due_on >= today else None
        due_on = kept or today + timedelta(days=company.payment_terms_days)
    invoice.status = status
    invoice.issued_on = today
    invoice.due_on = due_on
    session.add(invoice)
    record_activity(session, viewer, subject=invoice, verb="invoice.issued", customer_id=invoice.customer_id,
                    number=invoice.number, due_on=due_on.isoformat())
    await session.flush()
    await notify_invoice_issued(session, invoice)
    await queue_invoice_charge(session, invoice)
    return invoice


async def void_invoice(session: AsyncSession, viewer: Viewer, *, invoice_id: int, reason: str | None) -> Invoice:
    """DRAFT or OPEN (nothing paid) → VOID, with the reason kept in the activity. Its jobs can be billed
    again; a batch it is in no longer counts it."""
    text = _reason(reason, required=True)
    invoice, paid = await _locked(session, viewer, invoice_id)
    status = _check(invoice, paid, Move.VOID)
    previous = invoice.status
    invoice.status = status
    invoice.voided_at = datetime.now(UTC)
    session.add(invoice)
    record_activity(session, viewer, subject=invoice, verb="invoice.voided", customer_id=invoice.customer_id,
                    number=invoice.number, reason=text, previous_status=previous.value)
    await session.flush()
    if invoice.batch_id is not None:
        await refresh_batch_statuses(session, [invoice.batch_id])
    return invoice


async def mark_bad_debt(session: AsyncSession, viewer: Viewer, *, invoice_id: int, reason: str | None = None,
                        ) -> Invoice:
    """OPEN or PARTIALLY_PAID → BAD_DEBT: written off (`bad_debt_at` now); its jobs count as bad-debt jobs."""
    text = _reason(reason, required=False)
    invoice, paid = await _locked(session, viewer, invoice_id)
    status = _check(invoice, paid, Move.MARK_BAD_DEBT)
    previous = invoice.status
    invoice.status = status
    invoice.bad_debt_at = datetime.now(UTC)
    session.add(invoice)
    record_activity(session, viewer, subject=invoice, verb="invoice.bad_debt", customer_id=invoice.customer_id,
                    number=invoice.number, balance_cents=invoice.total_cents - paid, reason=text,
                    previous_status=previous.value)
    await session.flush()
    return invoice


async def credited_cents(session: AsyncSession, invoice_id: int) -> int:
    """What credit documents (not void) already took off `invoice_id` (a positive number)."""
    statement: sa.Select[Any] = sa.select(sa.func.coalesce(sa.func.sum(col(Invoice.total_cents)), 0)).where(
        col(Invoice.corrects_invoice_id) == invoice_id, col(Invoice.status) != InvoiceStatus.VOID,
    )
    return -int((await session.execute(statement)).scalar_one())


async def credit_invoice(session: AsyncSession, viewer: Viewer, *, invoice_id: int, amount: Decimal | None,
                         reason: str | None) -> Invoice:
    """Correct a PAID or PARTIALLY_PAID invoice with a credit document of `amount` (default: all of the
    total not yet credited). The original is left as it is; the credit is a new numbered invoice, issued."""
    text = _reason(reason, required=True)
    assert text is not None
    company = await billing_company(session)
    invoice, paid = await _locked(session, viewer, invoice_id)
    _check(invoice, paid, Move.CREDIT)
    number = display_number(company.invoice_prefix, invoice)
    creditable = invoice.total_cents - await credited_cents(session, invoice_id)
    if creditable <= 0:
        raise UserInputError.one(INVOICE_FIELD, ProblemCode.NOT_ALLOWED,
                                 f"Invoice {number} is already credited in full.")
    cents = creditable if amount is None else payment_cents(amount)
    if cents > creditable:
        left = f"{Decimal(creditable) / 100:.2f}"
        raise UserInputError.one(("input", "amount"), ProblemCode.INVALID,
                                 f"At most {left} of invoice {number} can still be credited.")
    today = company_today(company)
    credit = Invoice(
        number=await next_invoice_number(session), customer_id=invoice.customer_id,
        property_id=invoice.property_id, status=InvoiceStatus.OPEN, issued_on=today, due_on=today,
        tax_rate=invoice.tax_rate, subtotal_cents=-cents, tax_cents=0, total_cents=-cents,
        notes=f"Credit on invoice {number}: {text}", corrects_invoice_id=row_id(invoice),
    )
    session.add(credit)
    await session.flush()
    session.add(InvoiceLine(invoice_id=row_id(credit), description=f"Credit on invoice {number}: {text}",
                            quantity=Decimal("1"), unit_price_cents=-cents, amount_cents=-cents, taxable=False,
                            position=0))
    record_activity(session, viewer, subject=invoice, verb="invoice.credited", customer_id=invoice.customer_id,
                    number=invoice.number, credit_number=credit.number, amount_cents=cents, reason=text)
    record_activity(session, viewer, subject=credit, verb="invoice.created", customer_id=invoice.customer_id,
                    number=credit.number, status=credit.status.value, corrects_invoice_id=row_id(invoice),
                    total_cents=credit.total_cents)
    await session.flush()
    return credit
