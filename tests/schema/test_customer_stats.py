"""Customer.stats: visits, invoiced money and top services in SQL; money for viewers who see money; staff only;
the same statements for a page of 2 customers or 20."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from app.database import StatementCounter
from auth.viewer import Viewer
from models import Allocation, Customer, Employee, JobLine, PaymentTransaction, Service
from models.enums import InvoiceStatus, JobStatus, PaymentMethod, Role, TransactionStatus
from tests import factories
from tests.factories_crm import Sessions
from tests.graphql import execute, gid

STATS = """stats { jobsCompleted firstJobOn lastJobOn averageDaysBetweenVisits
  totalInvoiced { cents } averageInvoiced { cents } openBalance { cents } topServices { jobs service { name } } }"""
ONE = f"query ($id: ID!) {{ node(id: $id) {{ ... on Customer {{ {STATS} }} }} }}"
PAGE = f"query ($first: Int!) {{ customers(first: $first) {{ nodes {{ displayName {STATS} }} }} }}"
NOON = datetime(2026, 6, 1, 16, 0, tzinfo=UTC)  # noon in New York, the company's time zone


async def history(session: AsyncSession, owner: Customer, worker: Employee, services: list[Service]) -> None:
    """Three visits (June 1, 11 and July 1) and a pending and a cancelled job; invoices of every status."""
    deep, windows = services
    place = await factories.property_(session, owner)
    line = ("Clean", Decimal("1"), 10_000, True)
    first = await factories.job(session, place, status=JobStatus.FINISHED, scheduled_start=NOON, lines=[line],
                                employees=[worker])
    second = await factories.job(session, place, status=JobStatus.FINISHED,
                                 scheduled_start=NOON + timedelta(days=10), lines=[line])
    third = await factories.job(session, place, status=JobStatus.FINISHED,
                                scheduled_start=NOON + timedelta(days=30), lines=[line])
    await factories.job(session, place, status=JobStatus.PENDING, scheduled_start=NOON + timedelta(days=40))
    await factories.job(session, place, status=JobStatus.CANCELLED, scheduled_start=NOON - timedelta(days=40))
    for job, used in ((first, [deep, windows]), (second, [deep]), (third, [deep, deep])):
        for service in used:
            session.add(JobLine(job_id=job.id, description=service.name, quantity=Decimal("1"),  # type: ignore[arg-type]
                                unit_price_cents=0, taxable=False, service_id=service.id))
    # invoiced: 100.00 open with 30.00 paid, 50.00 paid in full; a draft and a void one do not count
    open_invoice = await factories.invoice(session, [first], status=InvoiceStatus.PARTIALLY_PAID, price=10_000,
                                           tax_rate=Decimal("0"))
    paid_invoice = await factories.invoice(session, [second], status=InvoiceStatus.PAID, price=5_000,
                                           tax_rate=Decimal("0"))
    await factories.invoice(session, [third], status=InvoiceStatus.DRAFT, price=7_000, tax_rate=Decimal("0"))
    await factories.invoice(session, [third], status=InvoiceStatus.VOID, price=9_000, tax_rate=Decimal("0"))
    for invoice, cents, status in ((open_invoice, 3_000, TransactionStatus.COMPLETED),
                                   (open_invoice, 1_000, TransactionStatus.PENDING),
                                   (paid_invoice, 5_000, TransactionStatus.COMPLETED)):
        payment = PaymentTransaction(customer_id=owner.id, amount_cents=cents, method=PaymentMethod.CASH,  # type: ignore[arg-type]
                                     status=status, occurred_at=NOON)
        session.add(payment)
        await session.flush()
        session.add(Allocation(transaction_id=payment.id, invoice_id=invoice.id, amount_cents=cents))  # type: ignore[arg-type]
    await session.commit()


async def scene(session: AsyncSession) -> tuple[Customer, Employee]:
    await factories.company(session, time_zone="America/New_York")
    owner = await factories.customer(session, display_name="Ada")
    worker = await factories.employee(session)
    services = [await factories.service(session, name="Deep clean"), await factories.service(session, name="Windows")]
    await history(session, owner, worker, services)
    return owner, worker


async def stats_of(sessions: Sessions, viewer: Any, owner: Customer) -> Any:
    return (await execute(sessions, viewer, ONE, {"id": gid("Customer", owner)}))["node"]["stats"]


async def test_the_office_sees_visits_money_and_top_services(sessions: Sessions, session: AsyncSession) -> None:
    # given Ada's history
    owner, _worker = await scene(session)

    # when the office reads her stats
    stats = await stats_of(sessions, factories.office(), owner)

    # then three visits 30 days apart in all (15 on average), 150.00 invoiced (75.00 on average), 70.00 open,
    # and Deep clean on three jobs (counted once per job), Windows on one
    assert stats == {
        "jobsCompleted": 3, "firstJobOn": "2026-06-01", "lastJobOn": "2026-07-01", "averageDaysBetweenVisits": 15.0,
        "totalInvoiced": {"cents": 15_000}, "averageInvoiced": {"cents": 7_500}, "openBalance": {"cents": 7_000},
        "topServices": [{"jobs": 3, "service": {"name": "Deep clean"}}, {"jobs": 1, "service": {"name": "Windows"}}],
    }


async def test_a_customer_without_history_has_empty_stats(sessions: Sessions, session: AsyncSession) -> None:
    newcomer = await factories.customer(session)
    await session.commit()
    assert await stats_of(sessions, factories.office(), newcomer) == {
        "jobsCompleted": 0, "firstJobOn": None, "lastJobOn": None, "averageDaysBetweenVisits": None,
        "totalInvoiced": {"cents": 0}, "averageInvoiced": None, "openBalance": {"cents": 0}, "topServices": []}


async def test_a_field_employee_sees_counts_of_their_own_jobs_and_no_money(sessions: Sessions,
                                                                           session: AsyncSession) -> None:
    # given Ada's history, the worker assigned to the first visit only
    owner, worker = await scene(session)

    # when the worker reads her stats
    stats = await stats_of(sessions, factories.field_worker(worker), owner)

    # then their one visit, and no money at all
    assert (stats["jobsCompleted"], stats["firstJobOn"], stats["averageDaysBetweenVisits"]) == (1, "2026-06-01", None)
    assert (stats["totalInvoiced"], stats["averageInvoiced"], stats["openBalance"]) == (None, None, None)


async def test_clients_and_integrations_never_receive_stats(sessions: Sessions, session: AsyncSession) -> None:
    owner, _worker = await scene(session)
    for viewer in (factories.client_of(owner), factories.client_of(owner, finances=False),
                   Viewer(role=Role.CUSTOMER, customer_id=owner.id, api_token_id=1)):
        assert await stats_of(sessions, viewer, owner) is None


async def test_stats_on_a_page_of_customers_cost_the_same_statements_at_2_and_20(
        sessions: Sessions, session: AsyncSession, engine: AsyncEngine) -> None:
    # given 20 customers with histories
    await factories.company(session)
    worker = await factories.employee(session)
    services = [await factories.service(session, name="Deep clean"), await factories.service(session, name="Windows")]
    for n in range(20):
        await history(session, await factories.customer(session, display_name=f"Customer {n:02}"), worker, services)

    # when the office lists 2, then 20, customers with their stats
    counts = {}
    for first in (2, 20):
        with StatementCounter(engine) as counter:
            data = await execute(sessions, factories.office(), PAGE, {"first": first})
        counts[first] = counter.count
        assert [node["stats"]["jobsCompleted"] for node in data["customers"]["nodes"]] == [3] * first

    # then the statements do not grow with the page
    assert counts[2] == counts[20], counts
    assert counts[20] <= 5, counts  # the page, three for the stats, the services named
