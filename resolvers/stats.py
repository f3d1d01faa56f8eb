"""A customer's figures at a glance (`Customer.stats`), in SQL: three grouped statements for any number of
customers, whatever their history (the page of customers asks once, through a loader).

* Visits: the customer's finished jobs as the viewer may see them (`auth.scope`, so a field employee's figures
  are those of their own jobs): how many, the first and last visit's date (scheduled start, in the company's
  time zone) and the average number of days between visits ((last − first) / (visits − 1)).
* Money (viewers who see money only; nothing is computed otherwise): issued invoices, not draft and not void,
  as `auth.scope` lets the viewer read them: their total and average, and the open balance (what is left on the
  open and partially paid ones after completed payments, as `Dashboard.openBalance` computes it).
* Top services: the catalog services on the most finished jobs (a job counts once per service), ties by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable_condition
from auth.viewer import Viewer
from models import Allocation, Company, Invoice, Job, JobLine, PaymentTransaction, Service
from models.enums import InvoiceStatus, JobStatus, TransactionStatus

TOP_SERVICES = 5
NOT_INVOICED = (InvoiceStatus.DRAFT, InvoiceStatus.VOID)
UNPAID = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID)
DEFAULT_TIME_ZONE = "UTC"


@dataclass(frozen=True, slots=True)
class ServiceUse:
    service_id: int
    name: str
    jobs: int


@dataclass(frozen=True, slots=True)
class CustomerStats:
    jobs_completed: int = 0
    first_job_on: date | None = None
    last_job_on: date | None = None
    average_days_between_visits: float | None = None
    """None with fewer than two visits."""
    invoiced_cents: int | None = None
    """None for viewers without finances (as are the two below)."""
    average_invoice_cents: int | None = None
    open_balance_cents: int | None = None
    top_services: list[ServiceUse] = field(default_factory=list)


def _company_time_zone() -> Any:
    return (sa.select(sa.func.coalesce(sa.func.min(col(Company.time_zone)), DEFAULT_TIME_ZONE))
            .scalar_subquery())


async def customer_stats(session: AsyncSession, viewer: Viewer, customer_ids: list[int]) -> dict[int, CustomerStats]:
    """Each customer's figures as `viewer` may see them; staff only (an empty answer for anyone else)."""
    if not viewer.is_staff or not customer_ids:
        return {}
    finished = sa.and_(col(Job.customer_id).in_(customer_ids), col(Job.status) == JobStatus.FINISHED,
                       readable_condition(viewer, Job))
    visit_day = sa.cast(sa.func.timezone(_company_time_zone(), col(Job.scheduled_start)), sa.Date)
    visits = {row[0]: row[1:] for row in (await session.execute(
        sa.select(col(Job.customer_id), sa.func.count(), sa.func.min(visit_day), sa.func.max(visit_day))
        .where(finished).group_by(col(Job.customer_id)))).all()}

    ranked = (
        sa.select(col(Job.customer_id).label("customer_id"), col(Service.id).label("service_id"),
                  col(Service.name).label("name"), sa.func.count(sa.distinct(col(Job.id))).label("jobs"),
                  sa.func.row_number().over(
                      partition_by=col(Job.customer_id),
                      order_by=(sa.func.count(sa.distinct(col(Job.id))).desc(), col(Service.name), col(Service.id)),
                  ).label("rank"))
        .select_from(Job)
        .join(JobLine, col(JobLine.job_id) == col(Job.id))
        .join(Service, col(Service.id) == col(JobLine.service_id))
        .where(finished)
        .group_by(col(Job.customer_id), col(Service.id), col(Service.name))
    ).subquery()
    top: dict[int, list[ServiceUse]] = {}
    for customer_id, service_id, name, jobs in (await session.execute(
            sa.select(ranked.c.customer_id, ranked.c.service_id, ranked.c.name, ranked.c.jobs)
            .where(ranked.c.rank <= TOP_SERVICES).order_by(ranked.c.customer_id, ranked.c.rank))).all():
        top.setdefault(customer_id, []).append(ServiceUse(service_id=service_id, name=name, jobs=int(jobs)))

    money: dict[int, tuple[Any, ...]] = {}
    if viewer.sees_money:
        paid = (sa.select(col(Allocation.invoice_id).label("invoice_id"),
                          sa.func.sum(col(Allocation.amount_cents)).label("cents"))
                .join(PaymentTransaction, col(PaymentTransaction.id) == col(Allocation.transaction_id))
                .where(col(PaymentTransaction.status) == TransactionStatus.COMPLETED)
                .group_by(col(Allocation.invoice_id))).subquery()
        unpaid = col(Invoice.status).in_(UNPAID)
        money = {row[0]: row[1:] for row in (await session.execute(
            sa.select(col(Invoice.customer_id), sa.func.sum(col(Invoice.total_cents)),
                      sa.func.round(sa.func.avg(col(Invoice.total_cents))),
                      sa.func.coalesce(sa.func.sum(col(Invoice.total_cents) - sa.func.coalesce(paid.c.cents, 0))
                                       .filter(unpaid), 0))
            .outerjoin(paid, paid.c.invoice_id == col(Invoice.id))
            .where(col(Invoice.customer_id).in_(customer_ids), col(Invoice.status).not_in(NOT_INVOICED),
                   readable_condition(viewer, Invoice))
            .group_by(col(Invoice.customer_id)))).all()}

    stats: dict[int, CustomerStats] = {}
    for customer_id in customer_ids:
        count, first, last = visits.get(customer_id, (0, None, None))
        invoiced, average, open_balance = money.get(customer_id, (0, None, 0))
        between = None
        if count > 1 and first is not None and last is not None:
            between = round((last - first).days / (count - 1), 1)
        stats[customer_id] = CustomerStats(
            jobs_completed=int(count), first_job_on=first, last_job_on=last, average_days_between_visits=between,
            invoiced_cents=int(invoiced) if viewer.sees_money else None,
            average_invoice_cents=int(average) if viewer.sees_money and average is not None else None,
            open_balance_cents=int(open_balance) if viewer.sees_money else None,
            top_services=top.get(customer_id, []),
        )
    return stats
