"""invoiceMarkBadDebt: an open or partly paid invoice is written off; its jobs count as bad-debt jobs."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Activity, Invoice, InvoiceJob, Job
from models.enums import InvoiceStatus
from tests import factories
from tests import factories_billing as billing
from tests import factories_lifecycle as lifecycle
from tests.graphql import execute, execute_raw, gid

MARK = """
mutation ($input: InvoiceMarkBadDebtInput!) {
  invoiceMarkBadDebt(input: $input) {
    invoice { id status amountPaid { cents } balance { cents } }
    userErrors { field code message }
  }
}
"""
S = InvoiceStatus


@pytest.mark.parametrize(("status", "paid"), [(S.OPEN, 0), (S.PARTIALLY_PAID, 5_000)])
async def test_an_open_or_partly_paid_invoice_is_written_off(
        status: InvoiceStatus, paid: int, sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given an open or partly paid invoice
    world = await lifecycle.world(session)
    invoice = world.invoices[status]

    # when the office writes it off
    data = await execute(sessions, factories.office(), MARK, {"input": {
        "invoiceId": gid("Invoice", invoice), "reason": "Client moved away"}})

    # then it is bad debt from now, what was paid stays paid, and the history keeps the unpaid balance
    payload = data["invoiceMarkBadDebt"]
    assert payload["userErrors"] == []
    assert payload["invoice"]["status"] == "BAD_DEBT"
    assert payload["invoice"]["amountPaid"]["cents"] == paid
    assert (await billing.reread(sessions, Invoice, invoice.id)).bad_debt_at is not None  # type: ignore[arg-type]
    async with sessions() as check:
        activity = (await check.execute(sa.select(Activity).where(
            Activity.verb == "invoice.bad_debt", Activity.subject_id == invoice.id))).scalar_one()  # type: ignore[arg-type]
        assert activity.details["balance_cents"] == lifecycle.TOTAL - paid
        assert activity.details["reason"] == "Client moved away"

        # and its jobs now count among the bad-debt jobs
        bad_debt_jobs = (await check.execute(
            sa.select(sa.func.count()).select_from(Job).join(InvoiceJob, InvoiceJob.job_id == Job.id)  # type: ignore[arg-type]
            .join(Invoice, Invoice.id == InvoiceJob.invoice_id)  # type: ignore[arg-type]
            .where(Invoice.status == S.BAD_DEBT, Invoice.id == invoice.id))).scalar_one()  # type: ignore[arg-type]
        assert bad_debt_jobs == 1


@pytest.mark.parametrize("status", [S.DRAFT, S.PAID, S.VOID, S.BAD_DEBT])
async def test_other_statuses_are_not_written_off(status: InvoiceStatus, sessions: async_sessionmaker[AsyncSession],
                                                  session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), MARK,
                         {"input": {"invoiceId": gid("Invoice", world.invoices[status])}})

    [error] = data["invoiceMarkBadDebt"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_ALLOWED")
    assert data["invoiceMarkBadDebt"]["invoice"] is None
    assert await lifecycle.snapshot(sessions) == before


async def test_an_unknown_invoice_is_not_found_and_a_client_may_not(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), MARK, {"input": {"invoiceId": billing.unknown_id("Invoice")}})
    [error] = data["invoiceMarkBadDebt"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_FOUND")

    result = await execute_raw(sessions, await lifecycle.viewer_of(session, world.client), MARK,
                               {"input": {"invoiceId": gid("Invoice", world.invoices[S.OPEN])}})
    assert result.errors
    assert await lifecycle.snapshot(sessions) == before
