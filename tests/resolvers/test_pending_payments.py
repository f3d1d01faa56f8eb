"""Reported payments awaiting approval are visible as the invoice's and batch's `pendingAmount`, and a
second report for a balance the pending reports already cover is refused."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Batch, Invoice
from models.enums import InvoiceStatus
from tests import factories
from tests import factories_billing as billing
from tests import factories_lifecycle as lifecycle
from tests.graphql import execute, gid

S = InvoiceStatus
REPORT = """
mutation ($input: PaymentReportInput!) {
  paymentReport(input: $input) { transaction { id status } userErrors { field code message } }
}
"""
REVIEW = """
mutation ($input: PaymentReviewInput!) {
  paymentReview(input: $input) { transaction { id status } userErrors { field code message } }
}
"""
INVOICE = """query ($id: ID!) { node(id: $id) { ... on Invoice {
  amountPaid { cents } balance { cents } pendingAmount { cents } } } }"""
BATCH = """query ($id: ID!) { node(id: $id) { ... on Batch {
  amountPaid { cents } balance { cents } pendingAmount { cents } } } }"""


def _report(amount: str, *, invoice: Invoice | None = None, batch: Batch | None = None) -> dict[str, Any]:
    target = {"invoiceId": gid("Invoice", invoice)} if invoice is not None else {"batchId": gid("Batch", batch)}
    return {"input": {"amount": amount, "method": "ZELLE", **target}}


async def test_an_invoice_shows_what_a_reported_payment_waits_to_pay(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a client's open invoice with nothing pending
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    client = await lifecycle.viewer_of(session, world.client)
    before = await execute(sessions, client, INVOICE, {"id": gid("Invoice", invoice)})
    assert before["node"]["pendingAmount"] == {"cents": 0}

    # when the client reports $60 paid by Zelle
    data = await execute(sessions, client, REPORT, _report("60", invoice=invoice))
    assert data["paymentReport"]["userErrors"] == []

    # then the invoice shows $60 pending, while paid and balance stay as they were until approval
    after = await execute(sessions, client, INVOICE, {"id": gid("Invoice", invoice)})
    assert after["node"] == {"amountPaid": {"cents": 0}, "balance": {"cents": lifecycle.TOTAL},
                             "pendingAmount": {"cents": 6_000}}


async def test_approval_moves_the_pending_amount_into_what_is_paid(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    client = await lifecycle.viewer_of(session, world.client)
    reported = await execute(sessions, client, REPORT, _report("60", invoice=invoice))

    # when the office approves the report
    review = await execute(sessions, factories.office(), REVIEW, {"input": {
        "transactionId": reported["paymentReport"]["transaction"]["id"], "approve": True}})
    assert review["paymentReview"]["userErrors"] == []

    # then nothing is pending any more and the $60 is paid
    after = await execute(sessions, client, INVOICE, {"id": gid("Invoice", invoice)})
    assert after["node"] == {"amountPaid": {"cents": 6_000}, "balance": {"cents": lifecycle.TOTAL - 6_000},
                             "pendingAmount": {"cents": 0}}


async def test_a_batch_shows_the_pending_reports_on_its_invoices(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a batch of an open invoice (balance 108.88) and a partly paid one (balance 58.88)
    world = await lifecycle.world(session)
    batch = await billing.open_batch(session, world.customer, world.invoices[S.OPEN],
                                     world.invoices[S.PARTIALLY_PAID], number=77)
    client = await lifecycle.viewer_of(session, world.client)

    # when the client reports $100 for the batch and $20 for one of its invoices
    await execute(sessions, client, REPORT, _report("100", batch=batch))
    await execute(sessions, client, REPORT, _report("20", invoice=world.invoices[S.PARTIALLY_PAID]))

    # then the batch has $120 pending and nothing more paid
    data = await execute(sessions, client, BATCH, {"id": gid("Batch", batch)})
    assert data["node"]["pendingAmount"] == {"cents": 12_000}
    assert data["node"]["amountPaid"] == {"cents": 5_000}


async def test_a_second_report_for_a_balance_already_covered_is_refused(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a client who reported the whole balance of their open invoice
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    client = await lifecycle.viewer_of(session, world.client)
    first = await execute(sessions, client, REPORT, _report("108.88", invoice=invoice))
    assert first["paymentReport"]["userErrors"] == []
    before = await lifecycle.snapshot(sessions)

    # when they report it again (a double click, or not seeing the first report)
    data = await execute(sessions, client, REPORT, _report("108.88", invoice=invoice))

    # then it is refused on the amount, saying what is already waiting, and nothing is written
    assert data["paymentReport"]["transaction"] is None
    [error] = data["paymentReport"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "amount"], "CONFLICT")
    assert "$108.88" in error["message"] and "approval" in error["message"]
    assert await lifecycle.snapshot(sessions) == before


async def test_a_report_for_the_rest_of_a_partly_covered_balance_is_accepted(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a pending report for part of the balance
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    client = await lifecycle.viewer_of(session, world.client)
    await execute(sessions, client, REPORT, _report("50", invoice=invoice))

    # when the client reports the rest, then again once everything is covered
    rest = await execute(sessions, client, REPORT, _report("58.88", invoice=invoice))
    again = await execute(sessions, client, REPORT, _report("1", invoice=invoice))

    # then the rest is accepted and the next one refused
    assert rest["paymentReport"]["transaction"]["status"] == "TO_APPROVAL"
    assert [e["code"] for e in again["paymentReport"]["userErrors"]] == ["CONFLICT"]
    data = await execute(sessions, client, INVOICE, {"id": gid("Invoice", invoice)})
    assert data["node"]["pendingAmount"] == {"cents": lifecycle.TOTAL}


async def test_a_rejected_report_no_longer_covers_anything(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    client = await lifecycle.viewer_of(session, world.client)
    first = await execute(sessions, client, REPORT, _report("108.88", invoice=invoice))
    await execute(sessions, factories.office(), REVIEW, {"input": {
        "transactionId": first["paymentReport"]["transaction"]["id"], "approve": False, "note": "Not received"}})

    # when the client reports again after the rejection
    data = await execute(sessions, client, REPORT, _report("108.88", invoice=invoice))

    # then it is accepted
    assert data["paymentReport"]["userErrors"] == []
    assert data["paymentReport"]["transaction"]["status"] == "TO_APPROVAL"
