"""invoiceVoid: a draft, or an open invoice with nothing paid, is voided with a reason; nothing else is."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Activity, Batch, Invoice
from models.enums import BatchStatus, InvoiceStatus
from tests import factories
from tests import factories_billing as billing
from tests import factories_lifecycle as lifecycle
from tests.graphql import execute, execute_raw, gid

VOID = """
mutation ($input: InvoiceVoidInput!) {
  invoiceVoid(input: $input) {
    invoice { id status balance { cents } }
    userErrors { field code message }
  }
}
"""
S = InvoiceStatus


def _input(invoice: Invoice, reason: str = "Billed the wrong property") -> dict[str, object]:
    return {"input": {"invoiceId": gid("Invoice", invoice), "reason": reason}}


@pytest.mark.parametrize("status", [S.DRAFT, S.OPEN])
async def test_a_draft_or_unpaid_open_invoice_is_voided_with_its_reason_kept(
        status: InvoiceStatus, sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a draft or an open invoice with nothing paid
    world = await lifecycle.world(session)
    invoice = world.invoices[status]

    # when the office voids it, saying why
    data = await execute(sessions, factories.office(), VOID, _input(invoice, "  Billed the  wrong property "))

    # then it is void, owes nothing, and the reason is in its history
    payload = data["invoiceVoid"]
    assert payload["userErrors"] == []
    assert payload["invoice"]["status"] == "VOID"
    assert payload["invoice"]["balance"]["cents"] == 0
    stored = await billing.reread(sessions, Invoice, invoice.id)  # type: ignore[arg-type]
    assert stored.voided_at is not None
    async with sessions() as check:
        activity = (await check.execute(sa.select(Activity).where(
            Activity.verb == "invoice.voided", Activity.subject_id == invoice.id))).scalar_one()  # type: ignore[arg-type]
    assert activity.details["reason"] == "Billed the wrong property"
    assert activity.details["previous_status"] == status.value


@pytest.mark.parametrize("status", [S.PARTIALLY_PAID, S.PAID, S.VOID, S.BAD_DEBT])
async def test_an_invoice_with_payments_or_closed_is_not_voided(
        status: InvoiceStatus, sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given an invoice with payments applied, already void, or written off
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    # when the office tries to void it
    data = await execute(sessions, factories.office(), VOID, _input(world.invoices[status]))

    # then it is refused (paid ones point at a credit), and nothing changed
    [error] = data["invoiceVoid"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_ALLOWED")
    if status in (S.PARTIALLY_PAID, S.PAID):
        assert "credit" in error["message"]
    assert await lifecycle.snapshot(sessions) == before


async def test_an_open_invoice_with_a_completed_payment_is_not_voided_whatever_its_status_says(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given an invoice marked OPEN on which a completed payment is nonetheless applied
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    await billing.payment(session, invoice, 100)
    await session.commit()
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), VOID, _input(invoice))

    [error] = data["invoiceVoid"]["userErrors"]
    assert error["code"] == "NOT_ALLOWED"
    assert await lifecycle.snapshot(sessions) == before


@pytest.mark.parametrize("reason", ["", "   "])
async def test_a_reason_is_required(reason: str, sessions: async_sessionmaker[AsyncSession],
                                    session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), VOID, _input(world.invoices[S.OPEN], reason))

    [error] = data["invoiceVoid"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "reason"], "REQUIRED")
    assert await lifecycle.snapshot(sessions) == before


async def test_voiding_the_unpaid_invoice_of_a_batch_settles_the_batch(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a partly paid batch: one invoice paid in full, one unpaid
    world = await lifecycle.world(session)
    batch = Batch(number=77, customer_id=world.customer.id, status=BatchStatus.PARTIALLY_PAID)  # type: ignore[arg-type]
    session.add(batch)
    await session.flush()
    for status in (S.PAID, S.OPEN):
        world.invoices[status].batch_id = batch.id
    await session.commit()

    # when the unpaid one is voided
    await execute(sessions, factories.office(), VOID, _input(world.invoices[S.OPEN]))

    # then the batch counts only the paid invoice: it is paid
    assert (await billing.reread(sessions, Batch, batch.id)).status is BatchStatus.PAID  # type: ignore[arg-type]


async def test_another_customers_or_unknown_invoice_is_not_found_for_the_client_and_office_alike(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), VOID,
                         {"input": {"invoiceId": billing.unknown_id("Invoice"), "reason": "x"}})

    [error] = data["invoiceVoid"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_FOUND")
    result = await execute_raw(sessions, await lifecycle.viewer_of(session, world.client), VOID,
                               _input(world.invoices[S.OPEN]))
    assert result.errors
    assert await lifecycle.snapshot(sessions) == before
