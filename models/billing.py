"""Invoices, batch invoices, transactions and their allocations. Balances derive from allocations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field

from models.base import Base, enum_type, foreign_key, timestamp
from models.enums import BatchStatus, CorrectionStatus, InvoiceStatus, PaymentMethod, TransactionStatus


class Invoice(Base, table=True):
    """A numbered bill to one customer. Totals are fixed when issued; what is paid comes from allocations."""

    __tablename__ = "invoice"
    __table_args__ = (
        sa.CheckConstraint("number > 0", name="number_positive"),
        sa.CheckConstraint(
            "total_cents = subtotal_cents + tax_cents",
            name="totals_add_up",
        ),
        sa.CheckConstraint("due_on IS NULL OR issued_on IS NULL OR due_on >= issued_on", name="due_after_issue"),
        sa.Index("ix_invoice_customer_issued", "customer_id", sa.text("issued_on DESC")),
    )

    number: int = Field(sa_type=sa.BigInteger, unique=True)
    customer_id: int = foreign_key("customer.id", index=False)
    property_id: int | None = foreign_key("property.id", nullable=True)
    batch_id: int | None = foreign_key("batch.id", nullable=True)
    status: InvoiceStatus = Field(default=InvoiceStatus.DRAFT, sa_type=enum_type(InvoiceStatus), index=True)
    issued_on: date | None = None
    due_on: date | None = None
    tax_rate: Decimal = Field(default=Decimal("0"), sa_type=sa.Numeric(7, 4))
    subtotal_cents: int = Field(default=0, sa_type=sa.BigInteger)
    tax_cents: int = Field(default=0, sa_type=sa.BigInteger)
    total_cents: int = Field(default=0, sa_type=sa.BigInteger)
    notes: str | None = None
    internal_notes: str | None = None
    corrects_invoice_id: int | None = foreign_key("invoice.id", nullable=True)
    voided_at: datetime | None = timestamp()
    bad_debt_at: datetime | None = timestamp()


class InvoiceLine(Base, table=True):
    """A billed line, copied from a job's service so later catalog changes never alter an invoice."""

    __tablename__ = "invoice_line"
    __table_args__ = (sa.CheckConstraint("quantity <> 0", name="quantity_not_zero"),)

    invoice_id: int = foreign_key("invoice.id", ondelete="CASCADE")
    job_id: int | None = foreign_key("job.id", nullable=True)
    description: str
    quantity: Decimal = Field(default=Decimal("1"), sa_type=sa.Numeric(10, 2))
    unit_price_cents: int = Field(sa_type=sa.BigInteger)
    amount_cents: int = Field(sa_type=sa.BigInteger)
    taxable: bool = True
    position: int = 0


class InvoiceJob(Base, table=True):
    """Which jobs an invoice bills."""

    __tablename__ = "invoice_job"
    __table_args__ = (sa.UniqueConstraint("invoice_id", "job_id", name="uq_invoice_job_pair"),)

    invoice_id: int = foreign_key("invoice.id", ondelete="CASCADE")
    job_id: int = foreign_key("job.id")


class Batch(Base, table=True):
    """A batch invoice: open invoices of one customer gathered to be paid together."""

    __tablename__ = "batch"
    __table_args__ = (sa.CheckConstraint("number > 0", name="number_positive"),)

    number: int = Field(sa_type=sa.BigInteger, unique=True)
    customer_id: int = foreign_key("customer.id")
    status: BatchStatus = Field(default=BatchStatus.OPEN, sa_type=enum_type(BatchStatus))
    issued_on: date | None = None
    notes: str | None = None


class PaymentTransaction(Base, table=True):
    """Money received (or attempted). Only COMPLETED transactions' allocations reduce balances."""

    __tablename__ = "payment_transaction"
    __table_args__ = (
        sa.CheckConstraint("amount_cents > 0", name="amount_positive"),
        sa.CheckConstraint("fee_cents >= 0", name="fee_not_negative"),
        sa.Index("ix_payment_transaction_customer_date", "customer_id", sa.text("occurred_at DESC")),
        sa.Index("uq_payment_transaction_customer_idempotency_key", "customer_id", "idempotency_key", unique=True,
                 postgresql_where=sa.text("idempotency_key IS NOT NULL")),
    )

    customer_id: int = foreign_key("customer.id", index=False)
    batch_id: int | None = foreign_key("batch.id", nullable=True)
    amount_cents: int = Field(sa_type=sa.BigInteger)
    fee_cents: int = Field(default=0, sa_type=sa.BigInteger)
    method: PaymentMethod = Field(sa_type=enum_type(PaymentMethod))
    status: TransactionStatus = Field(sa_type=enum_type(TransactionStatus), index=True)
    occurred_at: datetime = Field(sa_type=sa.DateTime(timezone=True))
    reference: str | None = None
    external_id: str | None = Field(default=None, unique=True)
    note: str | None = None
    reported_by_client: bool = False
    recorded_by_user_id: int | None = foreign_key("app_user.id", nullable=True, index=False)
    idempotency_key: str | None = Field(default=None, sa_type=sa.String(100))
    """The client-made key of the request that recorded it: a retried request (same key) gets this payment back
    instead of recording another. Unique per customer (`uq_payment_transaction_customer_idempotency_key`)."""
    request_fingerprint: str | None = Field(default=None, sa_type=sa.String(64))
    """A hash of what that request asked for: the same key with different parameters is refused."""


class Allocation(Base, table=True):
    """The part of a transaction applied to one invoice (a batch payment spreads over several)."""

    __tablename__ = "allocation"
    __table_args__ = (sa.CheckConstraint("amount_cents > 0", name="amount_positive"),)

    transaction_id: int = foreign_key("payment_transaction.id", ondelete="CASCADE")
    invoice_id: int = foreign_key("invoice.id")
    amount_cents: int = Field(sa_type=sa.BigInteger)


class CorrectionRequest(Base, table=True):
    """A client asking the office to correct an invoice or a transaction, and the answer."""

    __tablename__ = "correction_request"
    __table_args__ = (
        sa.CheckConstraint("invoice_id IS NOT NULL OR transaction_id IS NOT NULL", name="about_something"),
    )

    customer_id: int = foreign_key("customer.id")
    invoice_id: int | None = foreign_key("invoice.id", nullable=True)
    transaction_id: int | None = foreign_key("payment_transaction.id", nullable=True)
    requested_by_user_id: int | None = foreign_key("app_user.id", nullable=True, index=False)
    message: str
    status: CorrectionStatus = Field(default=CorrectionStatus.OPEN, sa_type=enum_type(CorrectionStatus))
    answer: str | None = None
    answered_by_user_id: int | None = foreign_key("app_user.id", nullable=True, index=False)
    answered_at: datetime | None = timestamp()


class StripeEvent(Base, table=True):
    """Each Stripe webhook event id, stored once: the idempotency of /webhooks/stripe."""

    __tablename__ = "stripe_event"

    event_id: str = Field(unique=True)
    type: str
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=JSONB)
    processed_at: datetime | None = timestamp()
