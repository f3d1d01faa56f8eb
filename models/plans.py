"""Recurring service plans: repeat work at one property, the jobs they generate, and their monthly billing.

A plan's rule (weekly on weekdays every N weeks, or monthly on a day or an n-th weekday) is expanded in the
company's time zone by `resolvers.recurrence`; each occurrence becomes an ordinary Pending job carrying
`job.plan_id` and `job.occurrence_date`, unique together, so no occurrence is ever generated twice.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field

from models.base import Base, enum_type, foreign_key
from models.enums import PlanBilling, PlanFrequency, PlanStatus


class RecurringPlan(Base, table=True):
    """Repeat work at one property: what, who, when (a rule in the company's time zone) and how it is billed."""

    __tablename__ = "recurring_plan"
    __table_args__ = (
        sa.CheckConstraint("interval >= 1 AND interval <= 52", name="interval_range"),
        sa.CheckConstraint("end_time > start_time", name="ends_after_start"),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        sa.CheckConstraint("occurrence_count IS NULL OR occurrence_count >= 1", name="count_positive"),
        sa.CheckConstraint("month_day IS NULL OR (month_day >= 1 AND month_day <= 31)", name="month_day_range"),
        sa.CheckConstraint("week_of_month IS NULL OR week_of_month IN (-1, 1, 2, 3, 4)", name="week_of_month_range"),
    )

    customer_id: int = foreign_key("customer.id")
    property_id: int = foreign_key("property.id")
    name: str
    status: PlanStatus = Field(default=PlanStatus.ACTIVE, sa_type=enum_type(PlanStatus), index=True)
    frequency: PlanFrequency = Field(sa_type=enum_type(PlanFrequency))
    interval: int = 1
    """Every N weeks (WEEKLY) or every N months (the monthly rules)."""
    weekdays: list[int] = Field(default_factory=list, sa_column=sa.Column(ARRAY(sa.SmallInteger), nullable=False,
                                                                          server_default="{}"))
    """WEEKLY: the days, 0 = Monday … 6 = Sunday. MONTHLY_BY_WEEKDAY: the one weekday."""
    month_day: int | None = None
    """MONTHLY_BY_DAY: the day of the month; a shorter month uses its last day."""
    week_of_month: int | None = None
    """MONTHLY_BY_WEEKDAY: 1–4, or -1 for the last such weekday of the month."""
    start_time: time = Field(sa_type=sa.Time)
    end_time: time = Field(sa_type=sa.Time)
    """The visit's window, in the company's time zone (9:00 stays 9:00 across daylight saving changes)."""
    start_date: date
    end_date: date | None = None
    occurrence_count: int | None = None
    """Stop after this many occurrences (counted from the start date, skipped ones included)."""
    skipped_dates: list[date] = Field(default_factory=list, sa_column=sa.Column(ARRAY(sa.Date), nullable=False,
                                                                                server_default="{}"))
    team_id: int | None = foreign_key("team.id", nullable=True)
    billing: PlanBilling = Field(default=PlanBilling.PER_VISIT, sa_type=enum_type(PlanBilling))
    client_notes: str | None = None
    internal_notes: str | None = None


class RecurringPlanService(Base, table=True):
    """A service each visit of the plan gets; its price was the catalog's when set, or the office's own."""

    __tablename__ = "recurring_plan_service"
    __table_args__ = (
        sa.CheckConstraint("quantity > 0", name="quantity_positive"),
        sa.CheckConstraint("unit_price_cents >= 0", name="price_not_negative"),
    )

    plan_id: int = foreign_key("recurring_plan.id", ondelete="CASCADE")
    service_id: int = foreign_key("service.id")
    description: str
    quantity: Decimal = Field(default=Decimal("1"), sa_type=sa.Numeric(10, 2))
    unit_price_cents: int = Field(sa_type=sa.BigInteger)
    taxable: bool = True
    position: int = 0


class RecurringPlanEmployee(Base, table=True):
    """An employee every visit of the plan is assigned to."""

    __tablename__ = "recurring_plan_employee"
    __table_args__ = (sa.UniqueConstraint("plan_id", "employee_id", name="uq_recurring_plan_employee_pair"),)

    plan_id: int = foreign_key("recurring_plan.id", ondelete="CASCADE")
    employee_id: int = foreign_key("employee.id")


class PlanInvoiceRun(Base, table=True):
    """A month of a monthly-billed plan, billed once: the claim that makes monthly billing idempotent.

    `invoice_id` is null when the month had no finished, unbilled visit to bill.
    """

    __tablename__ = "plan_invoice_run"
    __table_args__ = (sa.UniqueConstraint("plan_id", "month", name="uq_plan_invoice_run_month"),)

    plan_id: int = foreign_key("recurring_plan.id", index=False)
    month: date
    """The first day of the month billed."""
    invoice_id: int | None = foreign_key("invoice.id", nullable=True)


class PlanBatchRun(Base, table=True):
    """A property manager's month: its plans' monthly invoices gathered into one batch, once."""

    __tablename__ = "plan_batch_run"
    __table_args__ = (sa.UniqueConstraint("customer_id", "month", name="uq_plan_batch_run_month"),)

    customer_id: int = foreign_key("customer.id", index=False)
    month: date
    batch_id: int | None = foreign_key("batch.id", nullable=True)
