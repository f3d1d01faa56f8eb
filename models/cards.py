"""Saved payment methods (Stripe's ids and what a person recognises a card by: never card data), autopay
charges, and the client's review of a finished job."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field

from models.base import Base, enum_type, foreign_key, timestamp
from models.enums import AutopayChargeStatus, SavedMethodKind


class SavedPaymentMethod(Base, table=True):
    """A card or US bank account saved at Stripe for a customer (`Customer.stripe_customer_id`).

    Written only from Stripe's signed `payment_method.attached` events; removed when it is detached. At most
    one per customer is the default (a partial unique index holds it)."""

    __tablename__ = "saved_payment_method"
    __table_args__ = (
        sa.Index("uq_saved_payment_method_default", "customer_id", unique=True,
                 postgresql_where=sa.text("is_default")),
    )

    customer_id: int = foreign_key("customer.id", ondelete="CASCADE")
    stripe_payment_method_id: str = Field(unique=True)
    kind: SavedMethodKind = Field(sa_type=enum_type(SavedMethodKind))
    brand: str | None = None
    """"visa", "mastercard" … for a card; the bank's name for a bank account."""
    last4: str = Field(max_length=4)
    exp_month: int | None = None
    exp_year: int | None = None
    is_default: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})


class AutopayCharge(Base, table=True):
    """One off-session charge of an issued invoice or a batch of an autopay customer.

    Unique per invoice and per batch: whatever retries or races, a document is charged at most once; the
    `idempotency_key` sent to Stripe is derived from it, so even a repeated call makes one PaymentIntent."""

    __tablename__ = "autopay_charge"
    __table_args__ = (
        sa.CheckConstraint("(invoice_id IS NULL) <> (batch_id IS NULL)", name="one_target"),
        sa.CheckConstraint("amount_cents > 0 AND fee_cents >= 0", name="amount_positive"),
        sa.Index("uq_autopay_charge_invoice", "invoice_id", unique=True,
                 postgresql_where=sa.text("invoice_id IS NOT NULL")),
        sa.Index("uq_autopay_charge_batch", "batch_id", unique=True,
                 postgresql_where=sa.text("batch_id IS NOT NULL")),
        sa.Index("ix_autopay_charge_queued", "created_at", postgresql_where=sa.text("status = 'QUEUED'")),
    )

    customer_id: int = foreign_key("customer.id")
    invoice_id: int | None = foreign_key("invoice.id", nullable=True, index=False)
    batch_id: int | None = foreign_key("batch.id", nullable=True, index=False)
    payment_method_id: int | None = foreign_key("saved_payment_method.id", nullable=True, ondelete="SET NULL")
    stripe_payment_method_id: str
    amount_cents: int = Field(sa_type=sa.BigInteger)
    fee_cents: int = Field(default=0, sa_type=sa.BigInteger)
    currency: str = Field(max_length=3)
    status: AutopayChargeStatus = Field(default=AutopayChargeStatus.QUEUED, sa_type=enum_type(AutopayChargeStatus))
    idempotency_key: str = Field(unique=True, max_length=100)
    stripe_payment_intent_id: str | None = Field(default=None, unique=True)
    attempts: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    failure_code: str | None = None
    failure_message: str | None = None
    sent_at: datetime | None = timestamp()


class JobReview(Base, table=True):
    """The client's word on a finished job: a rating, a comment, and whether something was wrong.

    One per job (the account's word, editable by its users within the company's review window)."""

    __tablename__ = "job_review"
    __table_args__ = (
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),
        sa.UniqueConstraint("job_id", name="uq_job_review_job_id"),
    )

    job_id: int = foreign_key("job.id", ondelete="CASCADE", index=False)
    customer_id: int = foreign_key("customer.id", ondelete="CASCADE")
    property_id: int = foreign_key("property.id", ondelete="CASCADE", index=False)
    user_id: int | None = foreign_key("app_user.id", nullable=True, ondelete="SET NULL", index=False)
    rating: int
    comment: str | None = None
    problem: bool = False
    reminder_id: int | None = foreign_key("reminder.id", nullable=True, ondelete="SET NULL", index=False)
