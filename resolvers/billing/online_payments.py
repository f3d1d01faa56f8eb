"""Paying online: a Stripe-hosted Checkout for an invoice's or a batch's balance, and what Stripe's webhook
events do to our transactions.

Checkout
    `create_checkout` charges the current balance (from completed payments), plus the company's card fee
    (a separate "Card fee" line) or ACH fee. The session's `metadata` says what it pays (invoice or batch,
    customer, method, amount, fee), so webhooks need no local mapping table. The idempotency key is derived
    from the target, the amounts, the method and a `IDEMPOTENCY_WINDOW` time bucket: a double click (or a
    retry) returns the same session instead of making a second one.

Webhooks
    `stripe_events.process_event` applies one verified event, once: its id is inserted into `stripe_event` with
    `ON CONFLICT DO NOTHING` in the same transaction as its effect, so a redelivery finds it there and does
    nothing (a concurrent redelivery waits on the unique index, then does nothing). Every effect is keyed by
    the payment intent id (the transaction's `external_id`; the session id when there is none) under a
    transaction-scoped advisory lock, and the transaction's status only moves up its ladder
    (PENDING → COMPLETED or FAILED → REFUNDED), so events arriving in any order and any number of times end
    in the same single transaction:

    * `checkout.session.completed`, `payment_status=paid` (cards): COMPLETED, applied like `record_payment`.
    * `checkout.session.completed`, `payment_status=unpaid` (ACH still processing): PENDING; its allocations
      say what it is for but count for nothing until it completes.
    * `checkout.session.async_payment_succeeded`: COMPLETED; a pending transaction is re-spread over the
      balances as they are now (someone may have paid part meanwhile; the rest becomes credit).
    * `checkout.session.async_payment_failed`: FAILED.
    * `charge.refunded` (fully refunded): REFUNDED, invoice and batch statuses recomputed. A refund that
      arrives before the session's events is found in `stripe_event` when they come, so the transaction
      is created REFUNDED.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from adapters.payments import CheckoutLine, CheckoutRequest, CheckoutSession, PaymentServiceError, StripeGateway
from auth.scope import readable
from auth.viewer import Viewer
from models import Allocation, Batch, Company, Invoice, PaymentTransaction, StripeEvent
from models.base import row_id
from models.enums import BatchStatus, InvoiceStatus, PaymentMethod, Role, TransactionStatus
from models.problems import ProblemCode, UserInputError
from resolvers.billing.arithmetic import processing_fee, status_for_payment
from resolvers.billing.invoices import NO_SUCH
from resolvers.billing.numbering import billing_company
from resolvers.billing.payments import (
    PAYABLE,
    apply_payment,
    invoice_paid_cents,
    lock_invoices,
    oldest_first,
    record_payment,
    refresh_batch_statuses,
)
from resolvers.crm import record_activity
from resolvers.merge import survivor_id
from resolvers.notifications import notify_payment_recorded

log = logging.getLogger(__name__)

NOT_SET_UP = ("Online payment is not set up for this company yet. Pay by another method, or ask the office "
              "to connect Stripe.")
INVOICE_FIELD = ("input", "invoiceId")
BATCH_FIELD = ("input", "batchId")
IDEMPOTENCY_WINDOW = 600
"""Seconds: asking again for the same payment within this bucket returns the same Checkout session."""
PAYMENT_METHOD_TYPES = {PaymentMethod.CARD: ("card",), PaymentMethod.ACH: ("us_bank_account",)}
"""What Stripe's page offers for each online method."""
FEE_LINE = {PaymentMethod.CARD: "Card fee", PaymentMethod.ACH: "ACH fee"}
PURPOSE = "dop.checkout"
"""`metadata.purpose` of the sessions we create: other Checkout sessions on the account are ignored."""
WEBHOOK_VIEWER = Viewer(role=Role.OFFICE)
"""Whom a webhook acts as: the company, on Stripe's signed word (no user; activity shows no actor)."""
NOT_PAYABLE = {
    InvoiceStatus.DRAFT: "is not issued yet: there is nothing to pay",
    InvoiceStatus.VOID: "is void: there is nothing to pay",
    InvoiceStatus.BAD_DEBT: "is closed: contact the office to pay it",
}
RANK = {TransactionStatus.PENDING: 1, TransactionStatus.COMPLETED: 2, TransactionStatus.FAILED: 2,
        TransactionStatus.REFUNDED: 3}
"""The ladder an online transaction's status climbs; an event never moves it down or sideways."""


# --- checkout ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckoutQuote:
    """What a checkout charges: the balance of one invoice or batch, and the fee on top."""

    customer_id: int
    invoice_id: int | None
    batch_id: int | None
    label: str
    method: PaymentMethod
    amount_cents: int
    fee_cents: int
    currency: str

    @property
    def total_cents(self) -> int:
        return self.amount_cents + self.fee_cents

    @property
    def target(self) -> str:
        return f"invoice:{self.invoice_id}" if self.invoice_id is not None else f"batch:{self.batch_id}"

    def metadata(self) -> dict[str, str]:
        """Everything a webhook needs, as Stripe metadata (string values)."""
        data = {"purpose": PURPOSE, "customer_id": str(self.customer_id), "method": self.method.value,
                "amount_cents": str(self.amount_cents), "fee_cents": str(self.fee_cents)}
        if self.invoice_id is not None:
            data["invoice_id"] = str(self.invoice_id)
        if self.batch_id is not None:
            data["batch_id"] = str(self.batch_id)
        return data


@dataclass(frozen=True, slots=True)
class StartedCheckout:
    quote: CheckoutQuote
    session: CheckoutSession


def fee_for(company: Company, method: PaymentMethod, amount_cents: int) -> int:
    """The company's card or ACH fee on `amount_cents` (percentage rounded once, plus the fixed part)."""
    if method is PaymentMethod.CARD:
        return processing_fee(amount_cents, company.card_fee_percent, company.card_fee_fixed_cents)
    if method is PaymentMethod.ACH:
        return processing_fee(amount_cents, company.ach_fee_percent, company.ach_fee_fixed_cents)
    return 0


def idempotency_key(quote: CheckoutQuote, now: datetime) -> str:
    """Same target, amounts and method within one time bucket → same key → Stripe returns the same session.
    A payment meanwhile changes the balance and so the key: a new session for what is left."""
    bucket = int(now.timestamp()) // IDEMPOTENCY_WINDOW
    parts = f"{quote.target}|{quote.method.value}|{quote.amount_cents}|{quote.fee_cents}|{quote.currency}|{bucket}"
    return "dop-checkout-" + hashlib.sha256(parts.encode()).hexdigest()[:40]


def _require_one_target(invoice_id: int | None, batch_id: int | None) -> None:
    if (invoice_id is None) == (batch_id is None):
        raise UserInputError.one(INVOICE_FIELD if invoice_id is None else BATCH_FIELD, ProblemCode.INVALID,
                                 "Choose what to pay: one invoice or one batch.")


async def quote_checkout(session: AsyncSession, viewer: Viewer, *, method: PaymentMethod,
                         invoice_id: int | None = None, batch_id: int | None = None) -> CheckoutQuote:
    """The balance the viewer would pay online for one readable invoice or batch, and the fee on top."""
    _require_one_target(invoice_id, batch_id)
    if method not in PAYMENT_METHOD_TYPES:
        raise UserInputError.one(("input", "method"), ProblemCode.INVALID,
                                 "Pay online by card or by ACH bank transfer.")
    company = await billing_company(session)
    if invoice_id is not None:
        customer_id, label, balance = await _invoice_balance(session, viewer, invoice_id, company.invoice_prefix)
    else:
        assert batch_id is not None
        customer_id, label, balance = await _batch_balance(session, viewer, batch_id)
    return CheckoutQuote(customer_id=customer_id, invoice_id=invoice_id, batch_id=batch_id, label=label,
                         method=method, amount_cents=balance, fee_cents=fee_for(company, method, balance),
                         currency=company.currency)


async def _invoice_balance(session: AsyncSession, viewer: Viewer, invoice_id: int, prefix: str,
                           ) -> tuple[int, str, int]:
    statement: sa.Select[Any] = readable(viewer, Invoice).where(col(Invoice.id) == invoice_id)
    invoice: Invoice | None = (await session.execute(statement)).scalar()
    if invoice is None:
        raise UserInputError.one(INVOICE_FIELD, ProblemCode.NOT_FOUND, NO_SUCH.format(what="invoice"))
    label = f"Invoice {prefix}{invoice.number}"
    if invoice.status in NOT_PAYABLE:
        raise UserInputError.one(INVOICE_FIELD, ProblemCode.INVALID, f"{label} {NOT_PAYABLE[invoice.status]}.")
    balance = invoice.total_cents - (await invoice_paid_cents(session, [invoice_id]))[invoice_id]
    if balance <= 0:
        raise UserInputError.one(INVOICE_FIELD, ProblemCode.INVALID, f"{label} is paid: there is nothing to pay.")
    return invoice.customer_id, label, balance


async def _batch_balance(session: AsyncSession, viewer: Viewer, batch_id: int) -> tuple[int, str, int]:
    statement: sa.Select[Any] = readable(viewer, Batch).where(col(Batch.id) == batch_id)
    batch: Batch | None = (await session.execute(statement)).scalar()
    if batch is None:
        raise UserInputError.one(BATCH_FIELD, ProblemCode.NOT_FOUND, NO_SUCH.format(what="batch"))
    label = f"Batch {batch.number}"
    if batch.status is BatchStatus.VOID:
        raise UserInputError.one(BATCH_FIELD, ProblemCode.INVALID, f"{label} is void: there is nothing to pay.")
    invoices = (await session.execute(
        sa.select(Invoice).where(col(Invoice.batch_id) == batch_id, col(Invoice.status).in_(PAYABLE))
    )).scalars().all()
    paid = await invoice_paid_cents(session, [row_id(invoice) for invoice in invoices])
    balance = sum(max(invoice.total_cents - paid[row_id(invoice)], 0) for invoice in invoices)
    if balance <= 0:
        raise UserInputError.one(BATCH_FIELD, ProblemCode.INVALID, f"{label} is paid: there is nothing to pay.")
    return batch.customer_id, label, balance


async def create_checkout(session: AsyncSession, viewer: Viewer, gateway: StripeGateway | None, *,
                          method: PaymentMethod, public_url: str, invoice_id: int | None = None,
                          batch_id: int | None = None, now: datetime | None = None) -> StartedCheckout:
    """A Stripe-hosted Checkout session for the current balance of one invoice or batch (plus the fee).

    Without a gateway (no Stripe keys) a NOT_ALLOWED userError: nothing pretends to take money.
    """
    if gateway is None:
        raise UserInputError.one(None, ProblemCode.NOT_ALLOWED, NOT_SET_UP)
    quote = await quote_checkout(session, viewer, method=method, invoice_id=invoice_id, batch_id=batch_id)
    lines = [CheckoutLine(name=quote.label, amount_cents=quote.amount_cents)]
    if quote.fee_cents > 0:
        lines.append(CheckoutLine(name=FEE_LINE[method], amount_cents=quote.fee_cents))
    base = public_url.rstrip("/")
    area = "invoices" if invoice_id is not None else "batches"
    request = CheckoutRequest(
        lines=lines, currency=quote.currency, payment_method_types=PAYMENT_METHOD_TYPES[method],
        success_url=f"{base}/transactions?payment=paid&session_id={{CHECKOUT_SESSION_ID}}",
        cancel_url=f"{base}/{area}?payment=cancelled",
        idempotency_key=idempotency_key(quote, now or datetime.now(UTC)),
        metadata=quote.metadata(), client_reference_id=quote.target.replace(":", "-"),
    )
    try:
        started = await gateway.create_checkout_session(request)
    except PaymentServiceError as error:
        raise UserInputError.one(None, ProblemCode.CONFLICT, str(error)) from error
    subject: Any = await session.get(Invoice if invoice_id is not None else Batch, invoice_id or batch_id)
    record_activity(session, viewer, subject=subject, verb="checkout.created", customer_id=quote.customer_id,
                    session_id=started.id, method=method.value, amount_cents=quote.amount_cents,
                    fee_cents=quote.fee_cents)
    await session.flush()
    return StartedCheckout(quote=quote, session=started)


# --- webhook events ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckoutFacts:
    """What one of our Checkout sessions pays, read from its metadata."""

    key: str
    session_id: str
    customer_id: int
    method: PaymentMethod
    amount_cents: int
    fee_cents: int
    invoice_id: int | None
    batch_id: int | None


def payment_key(obj: Mapping[str, Any]) -> str | None:
    """The payment intent's id (a string, or the expanded object's id), else the object's own id."""
    intent = obj.get("payment_intent")
    if isinstance(intent, Mapping):
        intent = intent.get("id")
    if isinstance(intent, str) and intent:
        return intent
    own = obj.get("id")
    return own if isinstance(own, str) and own else None


def _int(value: Any) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def checkout_facts(obj: Mapping[str, Any]) -> CheckoutFacts | None:
    """The facts of a Checkout session we created, or None for anything else (other integrations' sessions
    on the same Stripe account, missing or malformed metadata)."""
    metadata = obj.get("metadata")
    key, session_id = payment_key(obj), obj.get("id")
    if not isinstance(metadata, Mapping) or metadata.get("purpose") != PURPOSE or not key \
            or not isinstance(session_id, str):
        return None
    customer_id, amount, fee = (_int(metadata.get(name)) for name in ("customer_id", "amount_cents", "fee_cents"))
    invoice_id, batch_id = _int(metadata.get("invoice_id")), _int(metadata.get("batch_id"))
    try:
        method = PaymentMethod(str(metadata.get("method")))
    except ValueError:
        return None
    if customer_id is None or amount is None or amount <= 0 or fee is None or fee < 0 \
            or (invoice_id is None) == (batch_id is None):
        return None
    total = _int(obj.get("amount_total"))
    if total is not None and total != amount + fee and total - fee > 0:
        log.warning("Stripe session %s charged %s, metadata says %s + %s fee: recording what was charged",
                    session_id, total, amount, fee)
        amount = total - fee
    return CheckoutFacts(key=key, session_id=session_id, customer_id=customer_id, method=method,
                         amount_cents=amount, fee_cents=fee, invoice_id=invoice_id, batch_id=batch_id)


async def _session_completed(session: AsyncSession, obj: Mapping[str, Any], when: datetime | None) -> str:
    status = {"paid": TransactionStatus.COMPLETED, "unpaid": TransactionStatus.PENDING}.get(
        str(obj.get("payment_status")))
    if status is None:
        return "ignored"
    return await _session_outcome(session, obj, status, when)


async def _async_succeeded(session: AsyncSession, obj: Mapping[str, Any], when: datetime | None) -> str:
    return await _session_outcome(session, obj, TransactionStatus.COMPLETED, when)


async def _async_failed(session: AsyncSession, obj: Mapping[str, Any], when: datetime | None) -> str:
    return await _session_outcome(session, obj, TransactionStatus.FAILED, when)


async def _session_outcome(session: AsyncSession, obj: Mapping[str, Any], status: TransactionStatus,
                           when: datetime | None) -> str:
    facts = checkout_facts(obj)
    if facts is None:
        return "ignored"
    await lock_payment_key(session, facts.key)
    transaction = await transaction_by_key(session, facts.key)
    if transaction is None:
        if await _refund_seen(session, facts.key):
            status = TransactionStatus.REFUNDED
        await record_online_payment(session, facts, status, when)
    else:
        await climb(session, transaction, status, facts)
    return "applied"


async def _charge_refunded(session: AsyncSession, obj: Mapping[str, Any], when: datetime | None) -> str:
    """A full refund marks the transaction REFUNDED; a partial one is only noted in the activity."""
    key = payment_key(obj)
    if key is None:
        return "ignored"
    await lock_payment_key(session, key)
    transaction = await transaction_by_key(session, key)
    if transaction is None:
        return "ignored"  # kept in stripe_event: the session's events, when they come, find it (_refund_seen)
    if obj.get("refunded") is not True:
        record_activity(session, WEBHOOK_VIEWER, subject=transaction, verb="payment.partially_refunded",
                        customer_id=transaction.customer_id, amount_refunded_cents=_int(obj.get("amount_refunded")))
        return "applied"
    await climb(session, transaction, TransactionStatus.REFUNDED, None)
    return "applied"


HANDLERS: dict[str, Callable[[AsyncSession, Mapping[str, Any], datetime | None], Awaitable[str]]] = {
    "checkout.session.completed": _session_completed,
    "checkout.session.async_payment_succeeded": _async_succeeded,
    "checkout.session.async_payment_failed": _async_failed,
    "charge.refunded": _charge_refunded,
}


async def lock_payment_key(session: AsyncSession, key: str) -> None:
    """Serialise every event of one payment across processes until this transaction ends."""
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(sa.func.hashtextextended(key, 0))))


async def transaction_by_key(session: AsyncSession, key: str) -> PaymentTransaction | None:
    statement: sa.Select[Any] = (
        sa.select(PaymentTransaction).where(col(PaymentTransaction.external_id) == key)
        .with_for_update().execution_options(populate_existing=True)
    )
    transaction: PaymentTransaction | None = (await session.execute(statement)).scalar()
    return transaction


async def _refund_seen(session: AsyncSession, key: str) -> bool:
    """Whether a full refund of this payment arrived before the session's events did."""
    charge = col(StripeEvent.payload)["data"]["object"]
    statement = sa.select(sa.exists().where(
        col(StripeEvent.type) == "charge.refunded",
        charge["payment_intent"].astext == key,
        charge["refunded"].as_boolean().is_(True),
    ))
    return bool((await session.execute(statement)).scalar())


def _dollars(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


async def record_online_payment(session: AsyncSession, facts: CheckoutFacts, status: TransactionStatus,
                                when: datetime | None, *, reference: str | None = None,
                                note: str = "Paid online.") -> PaymentTransaction:
    """The first event of a payment: a new transaction, applied like the office's `record_payment`.

    If what it paid can no longer take payments (voided since the checkout, say), the money is still
    recorded, unapplied: the customer's credit, for the office to sort out. A checkout started for a customer
    that has since been merged is recorded on the customer it was merged into (where its invoices are now).
    """
    facts = dataclasses.replace(facts, customer_id=await survivor_id(session, facts.customer_id))
    reference = reference or f"Stripe Checkout {facts.session_id}"
    try:
        recorded = await record_payment(
            session, WEBHOOK_VIEWER, customer_id=facts.customer_id, amount=_dollars(facts.amount_cents),
            method=facts.method, occurred_at=when, reference=reference, note=note,
            invoice_ids=None if facts.invoice_id is None else [facts.invoice_id], batch_id=facts.batch_id,
            status=status, external_id=facts.key, fee_cents=facts.fee_cents,
        )
        return recorded.transaction
    except UserInputError as error:
        log.warning("Stripe payment %s can't be applied as asked (%s): kept as credit", facts.key, error)
    transaction = PaymentTransaction(
        customer_id=facts.customer_id, batch_id=None, amount_cents=facts.amount_cents, fee_cents=facts.fee_cents,
        method=facts.method, status=status, occurred_at=when or datetime.now(UTC), reference=reference,
        note="Paid online; what it paid could no longer take payments, so it is kept as credit.",
        external_id=facts.key,
    )
    session.add(transaction)
    await session.flush()
    record_activity(session, WEBHOOK_VIEWER, subject=transaction, verb="payment.recorded",
                    customer_id=facts.customer_id, amount_cents=facts.amount_cents, method=facts.method.value,
                    status=status.value, allocations={}, unapplied_cents=facts.amount_cents)
    await session.flush()
    return transaction


async def climb(session: AsyncSession, transaction: PaymentTransaction, status: TransactionStatus,
                 facts: CheckoutFacts | None) -> None:
    """Move an existing transaction up to `status`; anything else (a repeat, a late event) changes nothing."""
    current = transaction.status
    if RANK.get(status, 0) <= RANK.get(current, 0) or current is TransactionStatus.FAILED:
        return  # a repeat or a late event; and a failed debit took no money, so nothing can be refunded
    if status is TransactionStatus.COMPLETED:
        await _complete(session, transaction, facts)
    else:
        transaction.status = status
        session.add(transaction)
        await session.flush()
        if status is TransactionStatus.REFUNDED and current is TransactionStatus.COMPLETED:
            await _refresh_after_refund(session, transaction)
    record_activity(session, WEBHOOK_VIEWER, subject=transaction, verb=f"payment.{status.value.lower()}",
                    customer_id=transaction.customer_id, previous_status=current.value,
                    external_id=transaction.external_id)
    await session.flush()


async def _complete(session: AsyncSession, transaction: PaymentTransaction, facts: CheckoutFacts | None) -> None:
    """A pending payment cleared: spread it again over the balances as they are now."""
    targets = await _targets(session, transaction, facts)
    await session.execute(sa.delete(Allocation).where(col(Allocation.transaction_id) == row_id(transaction)))
    transaction.status = TransactionStatus.COMPLETED
    session.add(transaction)
    await session.flush()
    await apply_payment(session, transaction, targets)
    # record_payment notified only for payments completed at once; a cleared ACH payment is announced here.
    await notify_payment_recorded(session, transaction)


async def _targets(session: AsyncSession, transaction: PaymentTransaction, facts: CheckoutFacts | None,
                   ) -> list[Invoice]:
    """What a completing payment pays, locked, in order: its batch's invoices oldest first, or its invoice."""
    if transaction.batch_id is not None:
        return oldest_first([invoice for invoice in await lock_invoices(
            session, WEBHOOK_VIEWER, col(Invoice.batch_id) == transaction.batch_id) if invoice.status in PAYABLE])
    wanted: Sequence[int]
    if facts is not None and facts.invoice_id is not None:
        wanted = [facts.invoice_id]
    else:
        wanted = (await session.execute(sa.select(col(Allocation.invoice_id)).where(
            col(Allocation.transaction_id) == row_id(transaction)).order_by(col(Allocation.id)))).scalars().all()
    if not wanted:
        return []
    found = {row_id(invoice): invoice for invoice in await lock_invoices(
        session, WEBHOOK_VIEWER, col(Invoice.id).in_(list(wanted)))}
    return [found[invoice_id] for invoice_id in wanted
            if invoice_id in found and found[invoice_id].customer_id == transaction.customer_id
            and found[invoice_id].status in PAYABLE]


async def _refresh_after_refund(session: AsyncSession, transaction: PaymentTransaction) -> None:
    """Its allocations stopped counting: each invoice's status (and its batch's) from what is still paid."""
    invoice_ids = (await session.execute(sa.select(col(Allocation.invoice_id)).where(
        col(Allocation.transaction_id) == row_id(transaction)))).scalars().all()
    invoices = await lock_invoices(session, WEBHOOK_VIEWER, col(Invoice.id).in_(list(invoice_ids)))
    paid = await invoice_paid_cents(session, [row_id(invoice) for invoice in invoices])
    for invoice in invoices:
        if invoice.status in PAYABLE:
            invoice.status = status_for_payment(invoice.total_cents, paid[row_id(invoice)])
            session.add(invoice)
    await session.flush()
    batches = {transaction.batch_id, *(invoice.batch_id for invoice in invoices)}
    await refresh_batch_statuses(session, sorted(b for b in batches if b is not None))
