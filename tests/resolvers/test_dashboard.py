"""Dashboards and account health against a small dataset whose every figure is worked out by hand.

Today is Monday 2026-11-23 (company time zone America/New_York). Tax is 0 % so each invoice's total is
its one line's price. The dataset:

Customer A, properties P1 and P2
  job  property status      invoice  invoice status   total   issued      due         paid (completed)
  j1   P1       FINISHED    inv1     PAID             100.00  2026-11-05  2026-12-05  100.00 (t1 cash)
  j2   P1       FINISHED    inv2     PARTIALLY_PAID   200.00  2026-09-10  2026-10-10   50.00 (t2 check)
  j3   P2       FINISHED    inv3     BAD_DEBT         300.00  2026-03-15  2026-04-14
  j4   P2       FINISHED    inv4     VOID             400.00  2026-10-01  2026-10-31
  j5   P1       PENDING     -
  j6   P2       STARTED     -
  j7   P1       CANCELLED   inv5     DRAFT            500.00  2026-10-15  2026-11-14
  j8   P2       FINISHED    inv6     OPEN              70.00  2025-11-20  2025-12-20
  j9   P1       FINISHED    inv7     PAID              25.00  2025-12-01  2025-12-31   25.00 (t3)
  j10  P1       FINISHED    inv8     OPEN              40.00  2026-11-20  2026-12-20
  j11  P2       FINISHED    inv9     OPEN              15.00  2026-08-01  2026-08-25   (t7 PENDING 15.00: not paid)
  t4: completed Zelle 30.00 on 2026-11-10, applied to nothing (credit); t5: FAILED card 10.00, applied to nothing.
Customer B: b1 FINISHED, invoice OPEN 999.00 issued 2026-11-01, due 2026-11-02 (21 days overdue).
Customer C: c1 FINISHED, invoice OPEN 5.00 issued 2026-11-20, due 2026-12-20 (not yet due).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Allocation, Customer, Invoice, Job, PaymentTransaction, Property
from models.base import row_id
from models.enums import InvoiceStatus, JobStatus, PaymentMethod, TransactionStatus
from resolvers.dashboard import account_health, bucket, customers_by_overdue_statement, dashboard
from resolvers.loaders import root_page
from resolvers.pagination import Window
from tests import factories
from tests.graphql import execute, gid

TODAY = date(2026, 11, 23)
Sessions = async_sessionmaker[AsyncSession]


@dataclass
class Dataset:
    a: Customer
    b: Customer
    c: Customer
    p1: Property
    p2: Property
    invoices: dict[str, Invoice]
    payments: dict[str, PaymentTransaction]


async def _job(session: AsyncSession, place: Property, status: JobStatus) -> Job:
    return await factories.job(session, place, status=status, lines=[])


async def _invoice(session: AsyncSession, job: Job, cents: int, status: InvoiceStatus, issued: date,
                   due: date) -> Invoice:
    row = await factories.invoice(session, [job], price=cents, status=status, tax_rate=Decimal("0"))
    row.issued_on, row.due_on = issued, due
    await session.flush()
    return row


async def _pay(session: AsyncSession, customer: Customer, cents: int, method: PaymentMethod, on: datetime,
               invoice: Invoice | None = None, status: TransactionStatus = TransactionStatus.COMPLETED,
               ) -> PaymentTransaction:
    row = PaymentTransaction(customer_id=row_id(customer), amount_cents=cents, method=method, status=status,
                             occurred_at=on)
    session.add(row)
    await session.flush()
    if invoice is not None:
        session.add(Allocation(transaction_id=row_id(row), invoice_id=row_id(invoice), amount_cents=cents))
        await session.flush()
    return row


@pytest.fixture
async def data(session: AsyncSession) -> Dataset:
    await factories.company(session, time_zone="America/New_York", tax_rate=Decimal("0"))
    a, b, c = [await factories.customer(session, display_name=name) for name in ("A", "B", "C")]
    p1, p2 = await factories.property_(session, a), await factories.property_(session, a)
    F, P, S, X = JobStatus.FINISHED, JobStatus.PENDING, JobStatus.STARTED, JobStatus.CANCELLED
    j = {name: await _job(session, place, status) for name, place, status in [
        ("j1", p1, F), ("j2", p1, F), ("j3", p2, F), ("j4", p2, F), ("j5", p1, P), ("j6", p2, S), ("j7", p1, X),
        ("j8", p2, F), ("j9", p1, F), ("j10", p1, F), ("j11", p2, F)]}
    S_ = InvoiceStatus
    invoices = {
        "inv1": await _invoice(session, j["j1"], 10_000, S_.PAID, date(2026, 11, 5), date(2026, 12, 5)),
        "inv2": await _invoice(session, j["j2"], 20_000, S_.PARTIALLY_PAID, date(2026, 9, 10), date(2026, 10, 10)),
        "inv3": await _invoice(session, j["j3"], 30_000, S_.BAD_DEBT, date(2026, 3, 15), date(2026, 4, 14)),
        "inv4": await _invoice(session, j["j4"], 40_000, S_.VOID, date(2026, 10, 1), date(2026, 10, 31)),
        "inv5": await _invoice(session, j["j7"], 50_000, S_.DRAFT, date(2026, 10, 15), date(2026, 11, 14)),
        "inv6": await _invoice(session, j["j8"], 7_000, S_.OPEN, date(2025, 11, 20), date(2025, 12, 20)),
        "inv7": await _invoice(session, j["j9"], 2_500, S_.PAID, date(2025, 12, 1), date(2025, 12, 31)),
        "inv8": await _invoice(session, j["j10"], 4_000, S_.OPEN, date(2026, 11, 20), date(2026, 12, 20)),
        "inv9": await _invoice(session, j["j11"], 1_500, S_.OPEN, date(2026, 8, 1), date(2026, 8, 25)),
    }
    b1 = await _job(session, await factories.property_(session, b), F)
    invoices["b"] = await _invoice(session, b1, 99_900, S_.OPEN, date(2026, 11, 1), date(2026, 11, 2))
    c1 = await _job(session, await factories.property_(session, c), F)
    invoices["c"] = await _invoice(session, c1, 500, S_.OPEN, date(2026, 11, 20), date(2026, 12, 20))
    M = PaymentMethod
    payments = {
        "t1": await _pay(session, a, 10_000, M.CASH, datetime(2026, 11, 6, 15, tzinfo=UTC), invoices["inv1"]),
        "t2": await _pay(session, a, 5_000, M.CHECK, datetime(2026, 10, 1, 15, tzinfo=UTC), invoices["inv2"]),
        "t3": await _pay(session, a, 2_500, M.CASH, datetime(2025, 12, 5, 15, tzinfo=UTC), invoices["inv7"]),
        "t4": await _pay(session, a, 3_000, M.ZELLE, datetime(2026, 11, 10, 15, tzinfo=UTC)),
        "t5": await _pay(session, a, 1_000, M.CARD, datetime(2026, 11, 15, 15, tzinfo=UTC),
                         status=TransactionStatus.FAILED),
        "t7": await _pay(session, a, 1_500, M.ACH, datetime(2026, 11, 16, 15, tzinfo=UTC), invoices["inv9"],
                         status=TransactionStatus.PENDING),
    }
    await session.commit()
    return Dataset(a=a, b=b, c=c, p1=p1, p2=p2, invoices=invoices, payments=payments)


def months(**cents: int) -> list[tuple[date, int]]:
    """Dec 2025 … Nov 2026 with the given months' cents (keys like m2026_03), zero elsewhere."""
    result = []
    for index in range(12):
        month = date(2025 + (11 + index) // 12, (11 + index) % 12 + 1, 1)
        result.append((month, cents.get(f"m{month.year}_{month.month:02d}", 0)))
    return result


async def test_the_company_dashboard_counts_every_customer(data: Dataset, session: AsyncSession) -> None:
    # when the office reads the company's dashboard
    figures = await dashboard(session, factories.office(), today=TODAY)

    # then: finished j1 j2 j3 j4 j8 j9 j10 j11 b1 c1; pending j5 j6 (cancelled j7 is neither);
    # jobs on open / partly paid invoices j2 j8 j10 j11 b1 c1; bad debt j3; revenue every issued
    # non-void invoice: 100 + 200 + 300 + 70 + 25 + 40 + 15 + 999 + 5 = 1,754.00
    assert figures is not None
    assert (figures.completed_jobs, figures.pending_jobs, figures.receivable_jobs, figures.bad_debt_jobs) == (
        10, 2, 6, 1)
    assert figures.revenue_cents == 175_400
    # by month, Dec 2025 … Nov 2026 (inv6 of Nov 2025 is older; void Oct and draft Oct count nothing)
    assert figures.revenue_by_month is not None
    assert [(m.month, m.cents) for m in figures.revenue_by_month] == months(
        m2025_12=2_500, m2026_03=30_000, m2026_08=1_500, m2026_09=20_000, m2026_11=10_000 + 4_000 + 99_900 + 500)


async def test_a_customers_dashboard_as_the_office_and_as_their_portal_user(data: Dataset,
                                                                            session: AsyncSession) -> None:
    # when the office and A's own user read A's dashboard
    for viewer in (factories.office(), factories.client_of(data.a)):
        figures = await dashboard(session, viewer, customer_id=row_id(data.a), today=TODAY)

        # then A's jobs only: finished 8, pending 2, receivable j2 j8 j10 j11, bad debt j3;
        # revenue 100 + 200 + 300 + 70 + 25 + 40 + 15 = 750.00
        assert figures is not None
        assert (figures.completed_jobs, figures.pending_jobs, figures.receivable_jobs, figures.bad_debt_jobs) == (
            8, 2, 4, 1)
        assert figures.revenue_cents == 75_000
        assert figures.revenue_by_month is not None
        assert [(m.month, m.cents) for m in figures.revenue_by_month] == months(
            m2025_12=2_500, m2026_03=30_000, m2026_08=1_500, m2026_09=20_000, m2026_11=14_000)


async def test_a_property_limited_user_sees_only_their_propertys_figures(data: Dataset,
                                                                        session: AsyncSession) -> None:
    # when a user of A limited to P1 reads the dashboard
    viewer = factories.client_of(data.a, property_ids=frozenset({data.p1.id}))  # type: ignore[arg-type]
    figures = await dashboard(session, viewer, customer_id=row_id(data.a), today=TODAY)

    # then P1 only: finished j1 j2 j9 j10, pending j5, receivable j2 j10, no bad debt;
    # revenue inv1 + inv2 + inv7 + inv8 = 100 + 200 + 25 + 40 = 365.00 (draft inv5 excluded)
    assert figures is not None
    assert (figures.completed_jobs, figures.pending_jobs, figures.receivable_jobs, figures.bad_debt_jobs) == (
        4, 1, 2, 0)
    assert figures.revenue_cents == 36_500
    assert figures.revenue_by_month is not None
    assert [(m.month, m.cents) for m in figures.revenue_by_month] == months(
        m2025_12=2_500, m2026_09=20_000, m2026_11=14_000)


async def test_a_user_without_finances_gets_job_counts_but_nothing_derived_from_money(
        data: Dataset, session: AsyncSession) -> None:
    # when A's user without finances reads the dashboard
    figures = await dashboard(session, factories.client_of(data.a, finances=False), customer_id=row_id(data.a),
                              today=TODAY)

    # then the same job counts by status as the office sees for A; no money, and no counts of jobs on
    # unpaid or written-off invoices (which invoices are unpaid is money)
    assert figures is not None
    assert (figures.completed_jobs, figures.pending_jobs, figures.receivable_jobs, figures.bad_debt_jobs) == (
        8, 2, None, None)
    assert figures.revenue_cents is None and figures.revenue_by_month is None
    assert figures.paid_cents is None and figures.open_cents is None


async def test_no_dashboard_of_another_customer_or_of_the_company_for_clients(data: Dataset,
                                                                              session: AsyncSession) -> None:
    # when A's user asks for B's dashboard or the company's, and a field employee for A's
    worker = await factories.employee(session)
    asked = [
        await dashboard(session, factories.client_of(data.a), customer_id=row_id(data.b), today=TODAY),
        await dashboard(session, factories.client_of(data.a), today=TODAY),
        await dashboard(session, factories.field_worker(worker), customer_id=row_id(data.a), today=TODAY),
    ]
    # then there is none
    assert asked == [None, None, None]


async def test_aging_buckets_by_days_past_due_in_the_company_time_zone(data: Dataset,
                                                                       session: AsyncSession) -> None:
    # when the office reads A's account health on 2026-11-23
    health = await account_health(session, factories.office(), row_id(data.a), today=TODAY)

    # then the open invoices by due date: inv6 338 days (90+), inv9 exactly 90 days (61–90; its pending
    # payment does not count), inv2 44 days (31–60, balance 200 − 50), inv8 not yet due (current)
    assert health is not None
    assert [(item.invoice.id, item.days_overdue, item.balance_cents) for item in health.open_invoices] == [
        (data.invoices["inv6"].id, 338, 7_000), (data.invoices["inv9"].id, 90, 1_500),
        (data.invoices["inv2"].id, 44, 15_000), (data.invoices["inv8"].id, 0, 4_000)]
    assert (health.current_cents, health.days_1_30_cents, health.days_31_60_cents, health.days_61_90_cents,
            health.over_90_cents) == (4_000, 0, 15_000, 1_500, 7_000)
    assert (health.open_cents, health.overdue_cents) == (27_500, 23_500)
    # the last completed payment is t4 (Nov 10; the failed and pending ones later do not count), and the
    # credit is its 30.00 applied to nothing (the failed 10.00 is no credit)
    assert health.last_payment is not None and health.last_payment.id == data.payments["t4"].id
    assert health.credit_cents == 3_000


def test_bucket_edges() -> None:
    # then each edge day falls in the bucket named for it
    assert [bucket(days) for days in (-5, 0, 1, 30, 31, 60, 61, 90, 91, 400)] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]


async def test_account_health_only_for_viewers_seeing_the_whole_account(data: Dataset,
                                                                        session: AsyncSession) -> None:
    # when A's full user, a limited one, one without finances and B's user ask for A's account health
    viewers: list[Viewer] = [
        factories.client_of(data.a), factories.client_of(data.a, property_ids=frozenset({data.p1.id})),  # type: ignore[arg-type]
        factories.client_of(data.a, finances=False), factories.client_of(data.b),
    ]
    found = [await account_health(session, viewer, row_id(data.a), today=TODAY) for viewer in viewers]
    # then only A's full user gets it
    assert [health is not None for health in found] == [True, False, False, False]


async def test_customers_by_overdue_puts_the_biggest_debt_first_and_leaves_out_who_owes_nothing_past_due(
        data: Dataset, sessions: Sessions) -> None:
    # when the office lists customers by amount overdue on 2026-11-23
    page = await root_page(sessions, customers_by_overdue_statement(factories.office(), TODAY), Window(0, 10))
    # then B (999.00) before A (70 + 15 + 150 = 235.00); C's invoice is not yet due
    assert [customer.id for customer in page.rows] == [data.b.id, data.a.id]
    assert page.total_count == 2
    # and a client gets nothing
    empty = await root_page(sessions, customers_by_overdue_statement(factories.client_of(data.a), TODAY),
                            Window(0, 10))
    assert empty.rows == []


async def test_the_api_shows_the_same_figures(data: Dataset, sessions: Sessions) -> None:
    # when the office reads A's dashboard and aging through GraphQL (today is the real today there)
    query = """query ($id: ID!) { node(id: $id) { ... on Customer {
        dashboard { completedJobs pendingJobs receivableJobs badDebtJobs totalRevenue { cents }
                    amountPaid { cents } openBalance { cents }
                    revenueByMonth { month revenue { cents } } }
        aging { credit { cents } lastPayment { id } openInvoices { invoice { id } balance { cents } } } } } }"""
    data_ = await execute(sessions, factories.office(), query, {"id": gid("Customer", data.a)})
    customer = data_["node"]

    # then the counts and total are the hand-computed ones, with 12 months, and the aging the same balances
    dash = customer["dashboard"]
    assert (dash["completedJobs"], dash["pendingJobs"], dash["receivableJobs"], dash["badDebtJobs"]) == (8, 2, 4, 1)
    # paid: t1 100 + t2 50 + t3 25 applied to A's invoices (t4's credit, failed t5 and pending t7 do not
    # count); open: inv2 200 − 50, inv6 70, inv8 40, inv9 15 (the same as the aging's open balance)
    assert (dash["amountPaid"], dash["openBalance"]) == ({"cents": 17_500}, {"cents": 27_500})
    assert dash["totalRevenue"] == {"cents": 75_000}
    assert len(dash["revenueByMonth"]) == 12
    assert customer["aging"]["credit"] == {"cents": 3_000}
    assert customer["aging"]["lastPayment"] == {"id": gid("Transaction", data.payments["t4"])}
    assert sorted(item["balance"]["cents"] for item in customer["aging"]["openInvoices"]) == [
        1_500, 4_000, 7_000, 15_000]

    # and a user without finances gets the job counts with null money and null money-derived counts,
    # through the root `dashboard`
    root = await execute(sessions, factories.client_of(data.a, finances=False),
                         "{ dashboard { completedJobs pendingJobs receivableJobs badDebtJobs totalRevenue { cents } "
                         "amountPaid { cents } openBalance { cents } revenueByMonth { month } } }")
    # (a withheld list reads as empty, as every money_only list field does)
    assert root["dashboard"] == {"completedJobs": 8, "pendingJobs": 2, "receivableJobs": None,
                                 "badDebtJobs": None, "totalRevenue": None, "amountPaid": None,
                                 "openBalance": None, "revenueByMonth": []}
