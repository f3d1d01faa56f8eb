"""Dashboards, account health (aging) and the office's list of customers by amount overdue."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.dataloader import DataLoader

import models
from auth.permissions import MONEY, money_only
from auth.viewer import Viewer
from resolvers import dashboard as figures
from resolvers.loaders import root_page
from schema.common import Money
from schema.context import Info
from schema.relay import Connection, connection, window

if TYPE_CHECKING:
    from schema.billing import Invoice, Transaction
    from schema.customers import Customer

CustomerRef = Annotated["Customer", strawberry.lazy("schema.customers")]


@strawberry.type(description="Revenue invoiced in one calendar month (company time zone).")
class MonthlyRevenue:
    month: date = strawberry.field(description="The first day of the month.")
    revenue: Money = strawberry.field(
        description="Sum of the totals of invoices issued that month, except drafts and void ones.")


@strawberry.type(description="Jobs and revenue at a glance: for the company (office) or for one customer.")
class Dashboard:
    completed_jobs: int = strawberry.field(description="Jobs finished.")
    pending_jobs: int = strawberry.field(description="Jobs still to do: pending, on the way or started.")
    receivable_jobs: int | None = strawberry.field(
        description=f"Jobs on invoices not yet paid in full (open or partially paid): derived from money. {MONEY}",
        extensions=money_only())
    bad_debt_jobs: int | None = strawberry.field(
        description=f"Jobs on invoices written off as bad debt: derived from money. {MONEY}",
        extensions=money_only())
    total_revenue: Money | None = strawberry.field(
        description=f"Sum of the totals of issued invoices (not draft, not void). {MONEY}",
        extensions=money_only())
    amount_paid: Money | None = strawberry.field(
        description=f"Completed payments applied to the invoices in view (a client's \"You paid\"). {MONEY}",
        extensions=money_only())
    open_balance: Money | None = strawberry.field(
        description=f"What is left to pay on the open and partially paid invoices in view. {MONEY}",
        extensions=money_only())
    revenue_by_month: list[MonthlyRevenue] | None = strawberry.field(
        description=f"Revenue month by month for the last 12 months, oldest first, months without "
                    f"invoices included as zero (empty without finances). {MONEY}",
        extensions=money_only())


def dashboard_type(values: figures.DashboardFigures) -> Dashboard:
    return Dashboard(
        completed_jobs=values.completed_jobs, pending_jobs=values.pending_jobs,
        receivable_jobs=values.receivable_jobs, bad_debt_jobs=values.bad_debt_jobs,
        total_revenue=Money(cents=values.revenue_cents) if values.revenue_cents is not None else None,
        amount_paid=Money(cents=values.paid_cents) if values.paid_cents is not None else None,
        open_balance=Money(cents=values.open_cents) if values.open_cents is not None else None,
        revenue_by_month=None if values.revenue_by_month is None else [
            MonthlyRevenue(month=month.month, revenue=Money(cents=month.cents)) for month in values.revenue_by_month
        ],
    )


def _batched(info: Info, name: str, load: Callable[[AsyncSession, Viewer, list[int]], Awaitable[dict[int, Any]]],
             ) -> DataLoader[int, Any]:
    """A per-request, per-viewer loader: every customer's figures on a page come from one set of statements."""
    viewer = info.context.viewer
    cache: dict[tuple[str, Viewer], DataLoader[int, Any]] = info.context.__dict__.setdefault("_dashboard_loaders", {})
    loader = cache.get((name, viewer))
    if loader is None:
        async def load_many(keys: list[int]) -> list[Any]:
            async with info.context.sessions() as session:
                found = await load(session, viewer, list(keys))
            return [found.get(key) for key in keys]

        loader = cache[(name, viewer)] = DataLoader(load_fn=load_many)
    return loader


async def load_dashboard(info: Info, customer_id: int | None) -> Dashboard | None:
    if customer_id is None:
        async with info.context.sessions() as session:
            values = await figures.dashboard(session, info.context.viewer)
    else:
        values = await _batched(info, "dashboard", lambda s, v, ids: figures.dashboards(s, v, ids)).load(customer_id)
    return dashboard_type(values) if values is not None else None


@strawberry.type(description="An unpaid invoice on a statement, with its balance and days overdue.")
class OpenInvoice:
    invoice_row: strawberry.Private[models.Invoice]
    balance: Money = strawberry.field(description="Total less completed payments (the invoice's `balance`).")
    days_overdue: int = strawberry.field(description="Days past the due date (0 when not yet due).")

    @strawberry.field(description="The invoice.")
    def invoice(self) -> Annotated[Invoice, strawberry.lazy("schema.billing")]:
        return self.invoice_row  # type: ignore[return-value]


@strawberry.type(description="A customer's statement: open invoices, aging buckets, last payment and credit. "
                             "Buckets count days past the due date, today in the company's time zone.")
class AccountHealth:
    as_of: date = strawberry.field(description="The day the figures are for (company time zone).")
    open_invoices: list[OpenInvoice] = strawberry.field(description="Open and partially paid invoices, by due date.")
    open_balance: Money = strawberry.field(description="Sum of the open invoices' balances.")
    overdue: Money = strawberry.field(description="The part of the open balance past its due date.")
    current: Money = strawberry.field(description="Balances not yet due.")
    days_1_to_30: Money = strawberry.field(name="days1To30", description="Balances 1 to 30 days overdue.")
    days_31_to_60: Money = strawberry.field(name="days31To60", description="Balances 31 to 60 days overdue.")
    days_61_to_90: Money = strawberry.field(name="days61To90", description="Balances 61 to 90 days overdue.")
    over_90_days: Money = strawberry.field(name="over90Days", description="Balances more than 90 days overdue.")
    credit: Money = strawberry.field(
        description="Completed payments not applied to any invoice: credit on account.")
    last_payment_row: strawberry.Private[models.PaymentTransaction | None]

    @strawberry.field(description="The most recent completed payment, if any.")
    def last_payment(self) -> Annotated[Transaction, strawberry.lazy("schema.billing")] | None:
        return self.last_payment_row  # type: ignore[return-value]


def account_health_type(health: figures.AccountHealth) -> AccountHealth:
    return AccountHealth(
        as_of=health.as_of,
        open_invoices=[OpenInvoice(invoice_row=item.invoice, balance=Money(cents=item.balance_cents),
                                   days_overdue=item.days_overdue) for item in health.open_invoices],
        open_balance=Money(cents=health.open_cents), overdue=Money(cents=health.overdue_cents),
        current=Money(cents=health.current_cents), days_1_to_30=Money(cents=health.days_1_30_cents),
        days_31_to_60=Money(cents=health.days_31_60_cents), days_61_to_90=Money(cents=health.days_61_90_cents),
        over_90_days=Money(cents=health.over_90_cents), credit=Money(cents=health.credit_cents),
        last_payment_row=health.last_payment,
    )


async def load_account_health(info: Info, customer_id: int) -> AccountHealth | None:
    health = await _batched(info, "aging", lambda s, v, ids: figures.account_healths(s, v, ids)).load(customer_id)
    return account_health_type(health) if health is not None else None


@strawberry.type
class DashboardQueries:
    @strawberry.field(description="The viewer's dashboard: the company's for the office, the customer's own "
                                  "for a client (their properties only when limited; job counts without "
                                  "money, or anything derived from it, for viewers without finances); "
                                  "null for field employees.")
    async def dashboard(self, info: Info) -> Dashboard | None:
        viewer = info.context.viewer
        if viewer.is_office:
            return await load_dashboard(info, None)
        if viewer.is_client and viewer.customer_id is not None:
            return await load_dashboard(info, viewer.customer_id)
        return None

    @strawberry.field(description="Customers owing money past its due date, most overdue first (today in the "
                                  "company's time zone); see each one's `aging`. For the office; empty for "
                                  "anyone else.")
    async def customers_by_overdue(self, info: Info, first: int | None = None, after: str | None = None,
                                   ) -> Connection[CustomerRef]:
        page_window = window(info, first, after)
        async with info.context.sessions() as session:
            today = await figures.today_for_company(session)
        statement = figures.customers_by_overdue_statement(info.context.viewer, today)
        return connection(await root_page(info.context.sessions, statement, page_window))  # type: ignore[no-any-return]
