"""Jobs: scheduled work at a property, its lines, crew, checklist and status history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Field

from models.base import Base, enum_type, foreign_key, timestamp
from models.enums import JobStatus


class Job(Base, table=True):
    """One visit. Status moves Pending → On the Way → Started → Finished (or Cancelled)."""

    __tablename__ = "job"
    __table_args__ = (
        sa.CheckConstraint("scheduled_end IS NULL OR scheduled_end >= scheduled_start", name="ends_after_start"),
        sa.Index("ix_job_customer_scheduled", "customer_id", sa.text("scheduled_start DESC")),
        sa.Index("ix_job_property_scheduled", "property_id", sa.text("scheduled_start DESC")),
        sa.UniqueConstraint("plan_id", "occurrence_date", name="uq_job_plan_occurrence"),
        sa.CheckConstraint("(plan_id IS NULL) = (occurrence_date IS NULL)", name="plan_has_occurrence"),
    )

    customer_id: int = foreign_key("customer.id", index=False)
    property_id: int = foreign_key("property.id", index=False)
    team_id: int | None = foreign_key("team.id", nullable=True)
    scheduled_start: datetime = Field(sa_type=sa.DateTime(timezone=True), index=True)
    scheduled_end: datetime | None = timestamp()
    status: JobStatus = Field(default=JobStatus.PENDING, sa_type=enum_type(JobStatus), index=True)
    client_notes: str | None = None
    internal_notes: str | None = None
    started_at: datetime | None = timestamp()
    finished_at: datetime | None = timestamp()
    plan_id: int | None = foreign_key("recurring_plan.id", nullable=True)
    """The recurring plan that generated this visit (with `occurrence_date`, unique together)."""
    occurrence_date: date | None = None
    """The plan's date this visit is, in the company's time zone."""
    plan_detached_at: datetime | None = timestamp()
    """When a person edited or moved this generated visit by hand: changes to its plan leave it alone since."""


class JobLine(Base, table=True):
    """A service on a job: quantity × unit price, priced when the job was booked."""

    __tablename__ = "job_line"
    __table_args__ = (
        sa.CheckConstraint("quantity > 0", name="quantity_positive"),
        sa.CheckConstraint("unit_price_cents >= 0", name="price_not_negative"),
    )

    job_id: int = foreign_key("job.id", ondelete="CASCADE")
    service_id: int | None = foreign_key("service.id", nullable=True)
    description: str
    quantity: Decimal = Field(default=Decimal("1"), sa_type=sa.Numeric(10, 2))
    unit_price_cents: int = Field(sa_type=sa.BigInteger)
    taxable: bool = True
    position: int = 0


class JobAssignment(Base, table=True):
    """An employee assigned to a job: they see it and may move its status."""

    __tablename__ = "job_assignment"
    __table_args__ = (sa.UniqueConstraint("job_id", "employee_id", name="uq_job_assignment_pair"),)

    job_id: int = foreign_key("job.id", ondelete="CASCADE")
    employee_id: int = foreign_key("employee.id")


class ChecklistItem(Base, table=True):
    """A step of a job's checklist; required ones must be done before the job is Finished."""

    __tablename__ = "checklist_item"

    job_id: int = foreign_key("job.id", ondelete="CASCADE")
    label: str
    required: bool = False
    position: int = 0
    done_at: datetime | None = timestamp()
    done_by_user_id: int | None = foreign_key("app_user.id", nullable=True, index=False)


class JobStatusChange(Base, table=True):
    """Append-only: who moved which job from what to what, and when. Its id is the jobEvents cursor."""

    __tablename__ = "job_status_change"

    job_id: int = foreign_key("job.id", ondelete="CASCADE")
    customer_id: int = foreign_key("customer.id")
    property_id: int = foreign_key("property.id", index=False)
    from_status: JobStatus | None = Field(default=None, sa_type=enum_type(JobStatus, name="from_status"),
                                         nullable=True)
    to_status: JobStatus = Field(sa_type=enum_type(JobStatus, name="to_status"))
    changed_by_user_id: int | None = foreign_key("app_user.id", nullable=True, index=False)
    reason: str | None = None
