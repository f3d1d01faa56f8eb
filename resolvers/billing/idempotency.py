"""A payment is recorded once, however often it is submitted: idempotency keys and the duplicate-reference guard.

A double click, a retried request after a timeout, or twenty identical requests at once must have one effect.
Every money mutation that records a payment for a customer does, inside its one transaction and before it
looks at anything else:

1. `lock_customer_payments`: a transaction-scoped advisory lock on the customer, so the customer's payment
   writers run one after another (across processes) and each sees what the previous one committed;
2. `replayed`: a request carrying an `idempotencyKey` the customer already used gets that payment back
   (the same transaction, no new row), or IDEMPOTENCY_KEY_REUSED when the key came with other parameters;
3. `refuse_duplicate_reference`: a standing (completed, pending or awaiting approval) payment of the customer
   with the same method and reference (compared without case or spaces) refuses the new one,
   DUPLICATE_REFERENCE, naming it. Failed (rejected) and refunded payments don't count.

The partial unique index on (customer, key) is the backstop for a writer that does not take the lock:
`insert_once` turns its violation into the same answer as step 2, never an internal error.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable
from auth.viewer import Viewer
from models import Company, PaymentTransaction
from models.enums import PaymentMethod, TransactionStatus
from models.money import Money
from models.problems import ProblemCode, UserInputError

KEY_FIELD = ("input", "idempotencyKey")
REFERENCE_FIELD = ("input", "reference")
KEY_LENGTH = 100
KEY_PATTERN = re.compile(r"[A-Za-z0-9._:-]+")
"""A UUID, or any other token of letters, digits and `. _ : -`."""
KEY_INDEX = "uq_payment_transaction_customer_idempotency_key"
STANDING = (TransactionStatus.COMPLETED, TransactionStatus.PENDING, TransactionStatus.TO_APPROVAL)
"""Payments that count as made: a second one with the same reference would record the money twice."""


def idempotency_key(value: str | None) -> str | None:
    """The request's idempotency key, checked: None when not given; INVALID when blank, too long or odd."""
    if value is None:
        return None
    if not value.strip():
        raise UserInputError.one(KEY_FIELD, ProblemCode.INVALID, "Leave the idempotency key out, or send a new "
                                                                 "UUID for each payment.")
    if len(value) > KEY_LENGTH:
        raise UserInputError.one(KEY_FIELD, ProblemCode.INVALID,
                                 f"The idempotency key is too long: at most {KEY_LENGTH} characters (a UUID).")
    if KEY_PATTERN.fullmatch(value) is None:
        raise UserInputError.one(KEY_FIELD, ProblemCode.INVALID, "Use a UUID as the idempotency key: letters, "
                                                                 "digits, '-', '_', '.' or ':' only.")
    return value


def fingerprint(operation: str, **parameters: Any) -> str:
    """A hash of what a request asked for (as it asked: a default left out stays out), to tell a retry from
    another request under the same key."""
    canonical = json.dumps({"operation": operation, **parameters}, sort_keys=True, default=str,
                           separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


METHOD_NAMES = {PaymentMethod.CARD: "card", PaymentMethod.ACH: "ACH", PaymentMethod.CASH: "cash",
                PaymentMethod.CHECK: "check", PaymentMethod.BANK_TRANSFER: "bank transfer",
                PaymentMethod.ZELLE: "Zelle"}
"""How a message names a payment method ("A Zelle payment …", "A check payment …")."""


async def lock_customer_payments(session: AsyncSession, customer_id: int) -> None:
    """Serialise the customer's payment writers until this transaction ends (commit or rollback)."""
    key = sa.func.hashtextextended(f"payments:customer:{customer_id}", 0)
    await session.execute(sa.select(sa.func.pg_advisory_xact_lock(key)))


async def replayed(session: AsyncSession, *, customer_id: int, key: str | None,
                   request: str) -> PaymentTransaction | None:
    """The customer's payment recorded under `key`, if any, when `request` is the same request again;
    IDEMPOTENCY_KEY_REUSED when the key was used for another one."""
    if key is None:
        return None
    statement: sa.Select[Any] = (
        sa.select(PaymentTransaction)
        .where(col(PaymentTransaction.customer_id) == customer_id, col(PaymentTransaction.idempotency_key) == key)
        .execution_options(populate_existing=True)
    )
    earlier: PaymentTransaction | None = (await session.execute(statement)).scalar()
    if earlier is None:
        return None
    if earlier.request_fingerprint != request:
        raise UserInputError.one(KEY_FIELD, ProblemCode.IDEMPOTENCY_KEY_REUSED,
                                 "This idempotency key was already used for a different payment. Make a new key "
                                 "for a new payment.")
    return earlier


def _squeezed(column: Any) -> Any:
    return sa.func.lower(sa.func.regexp_replace(column, r"\s", "", "g"))


async def refuse_duplicate_reference(session: AsyncSession, viewer: Viewer, *, customer_id: int,
                                     method: PaymentMethod, reference: str | None, company: Company) -> None:
    """DUPLICATE_REFERENCE when a standing payment of the customer has this method and reference."""
    squeezed = "".join((reference or "").split()).lower()
    if not squeezed:
        return
    statement: sa.Select[Any] = (
        sa.select(PaymentTransaction)
        .where(col(PaymentTransaction.customer_id) == customer_id, col(PaymentTransaction.method) == method,
               col(PaymentTransaction.status).in_(STANDING),
               _squeezed(col(PaymentTransaction.reference)) == squeezed)
        .order_by(col(PaymentTransaction.occurred_at), col(PaymentTransaction.id)).limit(1)
    )
    existing: PaymentTransaction | None = (await session.execute(statement)).scalar()
    if existing is None:
        return
    label = METHOD_NAMES[method]
    visible = (await session.execute(sa.select(
        readable(viewer, PaymentTransaction).where(col(PaymentTransaction.id) == existing.id).exists()
    ))).scalar()
    if not visible:
        raise UserInputError.one(REFERENCE_FIELD, ProblemCode.DUPLICATE_REFERENCE,
                                 f"A {label} payment with reference “{existing.reference}” is already recorded "
                                 "for this account. If this is another payment, give it its own reference.")
    day = existing.occurred_at.astimezone(ZoneInfo(company.time_zone))
    amount = Money(cents=existing.amount_cents, currency=company.currency).amount
    shown = f"${amount:,.2f}" if company.currency == "USD" else f"{amount:,.2f} {company.currency}"
    waiting = "" if existing.status is TransactionStatus.COMPLETED else " (awaiting confirmation)"
    raise UserInputError.one(REFERENCE_FIELD, ProblemCode.DUPLICATE_REFERENCE,
                             f"A {label} payment with reference “{existing.reference}” is already recorded: "
                             f"{shown} on {day:%b} {day.day}, {day.year}{waiting}. If this is another "
                             "payment, give it its own reference.")


async def insert_once(session: AsyncSession, transaction: PaymentTransaction) -> PaymentTransaction:
    """Insert `transaction` (flushed); if its idempotency key is taken meanwhile (a writer without the lock), the
    payment recorded under it when the request is the same, IDEMPOTENCY_KEY_REUSED when not."""
    if transaction.idempotency_key is None:
        session.add(transaction)
        await session.flush()
        return transaction
    try:
        async with session.begin_nested():
            session.add(transaction)
            await session.flush()
    except IntegrityError as error:
        if getattr(getattr(error.orig, "diag", None), "constraint_name", None) != KEY_INDEX:
            raise
        # The insert waited for the other writer and failed only because it committed: its row is visible now.
        earlier = await replayed(session, customer_id=transaction.customer_id, key=transaction.idempotency_key,
                                 request=transaction.request_fingerprint or "")
        if earlier is None:
            raise
        return earlier
    return transaction


def started(occurred_at: datetime | None) -> str | None:
    """A requested time as the request gave it (its zone, if any, included), for `fingerprint`."""
    return None if occurred_at is None else occurred_at.isoformat()
