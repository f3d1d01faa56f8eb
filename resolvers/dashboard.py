"""Dashboards and account health, in SQL: what the portal and the office show at a glance.

* A dashboard counts jobs (completed, pending, on unpaid invoices, on bad-debt invoices), sums revenue
  (the totals of issued invoices: not draft, not void) overall and month by month for the last twelve
  months in the company's time zone, zero months included, and what was paid and is still open. Two
  statements, whatever the data size.
* Account health (aging) is one customer's open invoices with their balances bucketed by days overdue
  (due date against today in the company's time zone), the last completed payment and the credit on
  account (completed payments not allocated to any invoice).
* `customers_by_overdue` orders the office's customers by how much they owe past due.

Balances here are the API's: total less completed allocations (`payments.invoice_paid_cents`, the same
statement as `Invoice.amountPaid`); the SQL variant for ordering uses the same condition.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col

from auth.scope import readable, readable_condition
from auth.viewer import Viewer
from models import Allocation, Company, Customer, Invoice, InvoiceJob, Job, PaymentTransaction
from models.base import row_id
from models.enums import InvoiceStatus, JobStatus, TransactionStatus
from resolvers.billing.numbering import company_today
from resolvers.billing.payments import invoice_paid_cents

UNPAID = (InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID)
"""Issued invoices with something left to pay: their jobs are receivable."""
NOT_REVENUE = (InvoiceStatus.DRAFT, InvoiceStatus.VOID)
"""Invoices that were never (draft) or are no longer (void) money owed."""
PENDING_JOBS = (JobStatus.PENDING, JobStatus.ON_THE_WAY, JobStatus.STARTED)
"""Jobs still to be done: not finished and not cancelled."""
MONTHS = 12


@dataclass(frozen=True, slots=True)
class MonthRevenue:
    month: date
    """The first day of the month."""
    cents: int


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    completed_jobs: int
    pending_jobs: int
    receivable_jobs: int | None
    """None for viewers without finances: which invoices are unpaid or written off is money."""
    bad_debt_jobs: int | None
    revenue_cents: int | None
    """None for viewers without finances (counts only)."""
    revenue_by_month: list[MonthRevenue] | None
    """Oldest first, the current month last; None for viewers without finances."""
    paid_cents: int | None = None
    """Completed payments applied to the invoices in view; None for viewers without finances."""
    open_cents: int | None = None
    """What is left to pay on the unpaid (open, partially paid) invoices in view; None without finances."""


@dataclass(frozen=True, slots=True)
class OpenInvoice:
    invoice: Invoice
    paid_cents: int
    balance_cents: int
    days_overdue: int
    """Days since the due date (0 when not yet due or without a due date)."""


@dataclass(frozen=True, slots=True)
class AccountHealth:
    as_of: date
    open_invoices: list[OpenInvoice]
    current_cents: int
    days_1_30_cents: int
    days_31_60_cents: int
    days_61_90_cents: int
    over_90_cents: int
    last_payment: PaymentTransaction | None
    credit_cents: int

    @property
    def open_cents(self) -> int:
        return sum(item.balance_cents for item in self.open_invoices)

    @property
    def overdue_cents(self) -> int:
        return self.open_cents - self.current_cents


def bucket(days_overdue: int) -> int:
    """Which aging bucket: 0 current, 1 for 1–30 days, 2 for 31–60, 3 for 61–90, 4 for more than 90."""
    if days_overdue <= 0:
        return 0
    if days_overdue <= 30:
        return 1
    if days_overdue <= 60:
        return 2
    if days_overdue <= 90:
        return 3
    return 4


def month_start(day: date, months: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


async def today_for_company(session: AsyncSession) -> date:
    company: Company | None = (await session.execute(
        sa.select(Company).order_by(col(Company.id)).limit(1))).scalar()
    return company_today(company or Company(name=""))


# ----------------------------------------------------------------------------------------- dashboard


def _dashboard_scope(viewer: Viewer, customer_id: int | None,
                     ) -> tuple[ColumnElement[bool], ColumnElement[bool]] | None:
    """(job condition, invoice condition) of the dashboard `viewer` may see; None when none.

    The company's dashboard is the office's; a customer's is the office's and that customer's own users'
    (limited to their properties when they are). Job counts by status are not money, so a client without
    finances gets them too; the money, and counts derived from it (jobs on unpaid or bad-debt invoices), is
    withheld by the caller. With a customer, the conditions are correlated to
    `customer.id` (one statement serves many customers).
    """
    if customer_id is None:
        return (sa.true(), sa.true()) if viewer.is_office else None
    jobs: ColumnElement[bool] = col(Job.customer_id) == col(Customer.id)
    invoices: ColumnElement[bool] = col(Invoice.customer_id) == col(Customer.id)
    if viewer.is_office:
        return jobs, invoices
    if not viewer.is_client or viewer.customer_id != customer_id:
        return None
    if viewer.property_ids is not None:
        allowed = sorted(viewer.property_ids)
        jobs = sa.and_(jobs, col(Job.property_id).in_(allowed))
        invoices = sa.and_(invoices, col(Invoice.property_id).in_(allowed))
    return jobs, invoices


def _jobs_on_invoices(jobs: ColumnElement[bool], statuses: tuple[InvoiceStatus, ...]) -> Any:
    return (
        sa.select(sa.func.count(sa.distinct(col(Job.id))))
        .join(InvoiceJob, col(InvoiceJob.job_id) == col(Job.id))
        .join(Invoice, col(Invoice.id) == col(InvoiceJob.invoice_id))
        .where(jobs, col(Invoice.status).in_(statuses))
        .scalar_subquery()
    )


async def dashboard(session: AsyncSession, viewer: Viewer, *, customer_id: int | None = None,
                    today: date | None = None) -> DashboardFigures | None:
    """The company's dashboard (`customer_id` None, office only) or one customer's, as `viewer` may see it."""
    if customer_id is None:
        return (await _dashboards(session, viewer, None, today)).get(None)
    return (await dashboards(session, viewer, [customer_id], today=today)).get(customer_id)


async def dashboards(session: AsyncSession, viewer: Viewer, customer_ids: list[int], *,
                     today: date | None = None) -> dict[int, DashboardFigures]:
    """Several customers' dashboards in two statements (those `viewer` may see; others are missing)."""
    visible = [customer_id for customer_id in customer_ids if _dashboard_scope(viewer, customer_id) is not None]
    if not visible:
        return {}
    found = await _dashboards(session, viewer, visible, today)
    return {key: value for key, value in found.items() if key is not None}


async def _dashboards(session: AsyncSession, viewer: Viewer, customer_ids: list[int] | None,
                      today: date | None) -> dict[int | None, DashboardFigures]:
    scope = _dashboard_scope(viewer, customer_ids[0] if customer_ids else None)
    if scope is None:
        return {}
    jobs, invoices = scope
    money = viewer.sees_money
    key: Any = col(Customer.id) if customer_ids else sa.null()

    def job_count(*statuses: JobStatus) -> Any:
        return sa.select(sa.func.count()).select_from(Job).where(
            jobs, col(Job.status).in_(statuses)).scalar_subquery()

    revenue = (
        sa.select(sa.func.coalesce(sa.func.sum(col(Invoice.total_cents)), 0))
        .where(invoices, col(Invoice.status).not_in(NOT_REVENUE)).scalar_subquery()
    )
    def applied(*statuses: InvoiceStatus) -> Any:
        """Completed payments applied to the invoices in view (with one of `statuses`, when given)."""
        statement = (
            sa.select(sa.func.coalesce(sa.func.sum(col(Allocation.amount_cents)), 0))
            .select_from(Allocation)
            .join(PaymentTransaction, col(PaymentTransaction.id) == col(Allocation.transaction_id))
            .join(Invoice, col(Invoice.id) == col(Allocation.invoice_id))
            .where(invoices, col(PaymentTransaction.status) == TransactionStatus.COMPLETED)
        )
        return (statement.where(col(Invoice.status).in_(statuses)) if statuses else statement).scalar_subquery()

    unpaid_total = (
        sa.select(sa.func.coalesce(sa.func.sum(col(Invoice.total_cents)), 0))
        .where(invoices, col(Invoice.status).in_(UNPAID)).scalar_subquery()
    )
    counts_statement = sa.select(
        key, job_count(JobStatus.FINISHED), job_count(*PENDING_JOBS),
        _jobs_on_invoices(jobs, UNPAID) if money else sa.null(),
        _jobs_on_invoices(jobs, (InvoiceStatus.BAD_DEBT,)) if money else sa.null(),
        revenue if money else sa.null(),
        applied() if money else sa.null(),
        unpaid_total - applied(*UNPAID) if money else sa.null(),
    )
    if customer_ids:
        counts_statement = counts_statement.select_from(Customer).where(col(Customer.id).in_(customer_ids))
    counts = {row[0]: row for row in (await session.execute(counts_statement)).all()}

    months: dict[Any, list[MonthRevenue]] = {owner: [] for owner in counts}
    if money:
        today = today or await today_for_company(session)
        last = month_start(today)
        first = month_start(today, -(MONTHS - 1))
        series = sa.select(sa.func.generate_series(
            sa.cast(first, sa.Date), sa.cast(last, sa.Date), sa.text("interval '1 month'"),
        ).label("month")).subquery()
        month = sa.cast(series.c.month, sa.Date)
        billed = sa.func.date_trunc("month", col(Invoice.issued_on))
        statement = (
            sa.select(key, month, sa.func.coalesce(sa.func.sum(col(Invoice.total_cents)), 0))
            .select_from(series)
        )
        if customer_ids:
            statement = statement.join(Customer, col(Customer.id).in_(customer_ids))
        statement = (
            statement.outerjoin(Invoice, sa.and_(billed == series.c.month, invoices,
                                                 col(Invoice.status).not_in(NOT_REVENUE)))
            .group_by(key, series.c.month).order_by(key, series.c.month)
        ) if customer_ids else (
            statement.outerjoin(Invoice, sa.and_(billed == series.c.month, invoices,
                                                 col(Invoice.status).not_in(NOT_REVENUE)))
            .group_by(series.c.month).order_by(series.c.month)
        )
        for owner, day, cents in (await session.execute(statement)).all():
            months.setdefault(owner, []).append(MonthRevenue(month=day, cents=int(cents)))

    return {
        owner: DashboardFigures(
            completed_jobs=int(row[1]), pending_jobs=int(row[2]),
            receivable_jobs=int(row[3]) if money else None, bad_debt_jobs=int(row[4]) if money else None,
            revenue_cents=int(row[5]) if money else None,
            revenue_by_month=months.get(owner, []) if money else None,
            paid_cents=int(row[6]) if money else None, open_cents=int(row[7]) if money else None,
        )
        for owner, row in counts.items()
    }


# ------------------------------------------------------------------------------------ account health


async def account_health(session: AsyncSession, viewer: Viewer, customer_id: int, *,
                         today: date | None = None) -> AccountHealth | None:
    """One customer's open invoices, aging buckets, last payment and credit; None unless `viewer` sees
    the whole account with its money (the office, or the customer's users with finances and every property).
    """
    return (await account_healths(session, viewer, [customer_id], today=today)).get(customer_id)


async def account_healths(session: AsyncSession, viewer: Viewer, customer_ids: list[int], *,
                          today: date | None = None) -> dict[int, AccountHealth]:
    """`account_health` of several customers in five statements, whatever their number."""
    if not viewer.sees_whole_account or not customer_ids:
        return {}
    readable_ids = [row_id for row_id in (await session.execute(
        sa.select(col(Customer.id)).where(readable_condition(viewer, Customer),
                                          col(Customer.id).in_(customer_ids)))).scalars() if row_id is not None]
    if not readable_ids:
        return {}
    today = today or await today_for_company(session)
    invoices: sa.Select[Any] = readable(viewer, Invoice).where(
        col(Invoice.customer_id).in_(readable_ids), col(Invoice.status).in_(UNPAID),
    ).order_by(col(Invoice.due_on).nulls_last(), col(Invoice.issued_on), col(Invoice.id))
    rows: list[Invoice] = list((await session.execute(invoices)).scalars())
    paid = await invoice_paid_cents(session, [row_id(invoice) for invoice in rows])
    buckets = {customer_id: [0, 0, 0, 0, 0] for customer_id in readable_ids}
    open_invoices: dict[int, list[OpenInvoice]] = {customer_id: [] for customer_id in readable_ids}
    for invoice in rows:
        days = (today - invoice.due_on).days if invoice.due_on is not None else 0
        balance = invoice.total_cents - paid[row_id(invoice)]
        open_invoices[invoice.customer_id].append(OpenInvoice(
            invoice=invoice, paid_cents=paid[row_id(invoice)], balance_cents=balance, days_overdue=max(days, 0)))
        buckets[invoice.customer_id][bucket(days)] += balance

    last_payments: dict[int, PaymentTransaction] = {payment.customer_id: payment for payment in (await session.execute(
        readable(viewer, PaymentTransaction)
        .where(col(PaymentTransaction.customer_id).in_(readable_ids),
               col(PaymentTransaction.status) == TransactionStatus.COMPLETED)
        .order_by(col(PaymentTransaction.customer_id), col(PaymentTransaction.occurred_at).desc(),
                  col(PaymentTransaction.id).desc())
        .ext(distinct_on(col(PaymentTransaction.customer_id)))
    )).scalars()}
    credits = await credits_cents(session, readable_ids)
    return {
        customer_id: AccountHealth(
            as_of=today, open_invoices=open_invoices[customer_id], current_cents=buckets[customer_id][0],
            days_1_30_cents=buckets[customer_id][1], days_31_60_cents=buckets[customer_id][2],
            days_61_90_cents=buckets[customer_id][3], over_90_cents=buckets[customer_id][4],
            last_payment=last_payments.get(customer_id), credit_cents=credits.get(customer_id, 0),
        )
        for customer_id in readable_ids
    }


def unallocated_cents() -> sa.Select[Any, Any]:
    """Per completed transaction: its amount less what it allocated to invoices (the credit it left)."""
    allocated = (
        sa.select(sa.func.coalesce(sa.func.sum(col(Allocation.amount_cents)), 0))
        .where(col(Allocation.transaction_id) == col(PaymentTransaction.id))
        .correlate(PaymentTransaction).scalar_subquery()
    )
    return sa.select(col(PaymentTransaction.customer_id),
                     (col(PaymentTransaction.amount_cents) - allocated).label("unallocated")).where(
        col(PaymentTransaction.status) == TransactionStatus.COMPLETED)


async def credit_cents(session: AsyncSession, customer_id: int) -> int:
    """Completed payments' amounts not allocated to any invoice: the customer's credit on account."""
    return (await credits_cents(session, [customer_id])).get(customer_id, 0)


async def credits_cents(session: AsyncSession, customer_ids: list[int]) -> dict[int, int]:
    rows = unallocated_cents().where(col(PaymentTransaction.customer_id).in_(customer_ids)).subquery()
    found = await session.execute(sa.select(rows.c.customer_id, sa.func.sum(rows.c.unallocated))
                                  .group_by(rows.c.customer_id))
    return {int(customer_id): int(cents) for customer_id, cents in found.all()}


def overdue_by_customer(today: date) -> Any:
    """(customer_id, overdue cents) for customers owing anything past its due date on `today`."""
    paid = (
        sa.select(col(Allocation.invoice_id).label("invoice_id"),
                  sa.func.sum(col(Allocation.amount_cents)).label("cents"))
        .join(PaymentTransaction, col(PaymentTransaction.id) == col(Allocation.transaction_id))
        .where(col(PaymentTransaction.status) == TransactionStatus.COMPLETED)
        .group_by(col(Allocation.invoice_id)).subquery()
    )
    overdue = sa.func.sum(col(Invoice.total_cents) - sa.func.coalesce(paid.c.cents, 0))
    return (
        sa.select(col(Invoice.customer_id).label("customer_id"), overdue.label("overdue"))
        .outerjoin(paid, paid.c.invoice_id == col(Invoice.id))
        .where(col(Invoice.status).in_(UNPAID), col(Invoice.due_on) < today)
        .group_by(col(Invoice.customer_id))
        .having(overdue > 0)
        .subquery()
    )


def customers_by_overdue_statement(viewer: Viewer, today: date) -> sa.Select[Any]:
    """The office's customers owing money past due, most overdue first (nothing for anyone else)."""
    overdue = overdue_by_customer(today)
    statement: sa.Select[Any] = (
        readable(viewer, Customer).join(overdue, overdue.c.customer_id == col(Customer.id))
        .order_by(overdue.c.overdue.desc(), col(Customer.id))
    )
    return statement if viewer.is_office else statement.where(sa.false())
