"""The one company a deployment serves, and its billing settings."""

from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Field

from models.base import Base


class Company(Base, table=True):
    """Settings the office owns: identity, time zone, tax, fees, numbering, client notifications."""

    __tablename__ = "company"
    __table_args__ = (
        sa.CheckConstraint("tax_rate >= 0 AND tax_rate < 100", name="tax_rate_range"),
        sa.CheckConstraint("card_fee_percent >= 0 AND card_fee_percent < 100", name="card_fee_range"),
        sa.CheckConstraint("ach_fee_percent >= 0 AND ach_fee_percent < 100", name="ach_fee_range"),
        sa.CheckConstraint("card_fee_fixed_cents >= 0 AND ach_fee_fixed_cents >= 0", name="fixed_fees_positive"),
        sa.CheckConstraint("next_invoice_number > 0 AND next_batch_number > 0", name="sequence_positive"),
        sa.CheckConstraint("payment_terms_days >= 0", name="terms_positive"),
        sa.CheckConstraint("review_window_days BETWEEN 0 AND 365", name="review_window_range"),
        sa.CheckConstraint("plan_horizon_weeks >= 1 AND plan_horizon_weeks <= 52", name="plan_horizon_range"),
    )

    name: str
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    logo_path: str | None = None
    address_line1: str | None = None
    address_line2: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str = "US"
    time_zone: str = "America/New_York"
    currency: str = Field(default="USD", max_length=3)
    tax_rate: Decimal = Field(default=Decimal("0"), sa_type=sa.Numeric(7, 4))
    card_fee_percent: Decimal = Field(default=Decimal("0"), sa_type=sa.Numeric(6, 3))
    card_fee_fixed_cents: int = Field(default=0, sa_type=sa.BigInteger)
    ach_fee_percent: Decimal = Field(default=Decimal("0"), sa_type=sa.Numeric(6, 3))
    ach_fee_fixed_cents: int = Field(default=0, sa_type=sa.BigInteger)
    invoice_prefix: str = "INV-"
    next_invoice_number: int = Field(default=1001, sa_type=sa.BigInteger)
    next_batch_number: int = Field(default=1, sa_type=sa.BigInteger)
    payment_terms_days: int = 30
    notify_clients_job_completed: bool = True
    review_window_days: int = Field(default=7, sa_column_kwargs={"server_default": "7"})
    """How many days after a job is finished its client may review it (and change the review)."""
    plan_horizon_weeks: int = Field(default=8, sa_column_kwargs={"server_default": "8"})
    """How far ahead recurring plans' jobs are generated."""
