"""paymentReview: the office approves a reported payment (applied now, over the balances as they are) or
rejects it (FAILED, with a note for the client)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from auth.viewer import Viewer
from models import Activity, Invoice
from models.enums import InvoiceStatus
from tests import factories
from tests import factories_billing as billing
from tests import factories_lifecycle as lifecycle
from tests.graphql import execute, execute_raw, gid
from tests.smtp import SMTPServer, smtp_server_fixture  # noqa: F401

REPORT = """
mutation ($input: PaymentReportInput!) { paymentReport(input: $input) { transaction { id } userErrors { code } } }
"""
REVIEW = """
mutation ($input: PaymentReviewInput!) {
  paymentReview(input: $input) {
    transaction { id status note amount { cents }
      allocations { amount { cents } invoice { id status amountPaid { cents } balance { cents } } } }
    userErrors { field code message }
  }
}
"""
RECORD = """
mutation ($input: PaymentRecordInput!) { paymentRecord(input: $input) { userErrors { code } } }
"""
S = InvoiceStatus


async def _reported(sessions: async_sessionmaker[AsyncSession], client: Viewer, invoice: Invoice,
                    amount: str) -> str:
    data = await execute(sessions, client, REPORT, {"input": {
        "invoiceId": gid("Invoice", invoice), "amount": amount, "method": "ZELLE", "reference": "ZL-1"}})
    transaction_id: str = data["paymentReport"]["transaction"]["id"]
    return transaction_id


async def test_an_approved_payment_is_applied_then_and_the_clients_users_are_told(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given a client's reported $200 payment for an open invoice of $108.88
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    reported = await _reported(sessions, await lifecycle.viewer_of(session, world.client), invoice, "200")

    # when the office approves it
    data = await execute(sessions, factories.office(), REVIEW, {"input": {
        "transactionId": reported, "approve": True, "note": "Seen on the bank statement"}})

    # then it is completed and pays the invoice in full (the rest is credit)
    payload = data["paymentReview"]
    assert payload["userErrors"] == []
    transaction = payload["transaction"]
    assert (transaction["status"], transaction["note"]) == ("COMPLETED", "Seen on the bank statement")
    [allocation] = transaction["allocations"]
    assert allocation["amount"]["cents"] == lifecycle.TOTAL
    assert allocation["invoice"]["status"] == "PAID"
    assert allocation["invoice"]["balance"]["cents"] == 0
    assert await billing.paid_cents(sessions, invoice) == lifecycle.TOTAL

    # and the users who see the account's payments are told, by notification and e-mail: no one else
    told = {user_id for user_id, kind, *_ in await lifecycle.notified(sessions) if kind == "PAYMENT_RECORDED"}
    assert told == {world.client.id}
    await smtp_server.deliver(sessions)
    assert {r for rcpts in smtp_server.recipients for r in rcpts} == {world.client.email}
    text = smtp_server.text_of(smtp_server.last_to(world.client.email))
    assert "$200.00" in text and "zelle" in text


async def test_approval_spreads_over_the_balance_as_it_is_at_approval(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a client's reported $60 payment, then the office records $100 on the same invoice meanwhile
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    reported = await _reported(sessions, await lifecycle.viewer_of(session, world.client), invoice, "60")
    await execute(sessions, factories.office(), RECORD, {"input": {
        "customerId": gid("Customer", world.customer), "amount": "100", "method": "CASH",
        "invoiceIds": [gid("Invoice", invoice)]}})

    # when the reported payment is approved
    data = await execute(sessions, factories.office(), REVIEW, {"input": {"transactionId": reported,
                                                                          "approve": True}})

    # then only what was still owed ($8.88) is applied to the invoice: never paid twice
    [allocation] = data["paymentReview"]["transaction"]["allocations"]
    assert allocation["amount"]["cents"] == lifecycle.TOTAL - 10_000
    assert allocation["invoice"]["status"] == "PAID"
    assert await billing.paid_cents(sessions, invoice) == lifecycle.TOTAL


async def test_a_rejected_payment_fails_with_the_note_and_pays_nothing(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    client = await lifecycle.viewer_of(session, world.client)
    reported = await _reported(sessions, client, invoice, "50")

    data = await execute(sessions, factories.office(), REVIEW, {"input": {
        "transactionId": reported, "approve": False, "note": "No Zelle payment with this reference arrived."}})

    transaction = data["paymentReview"]["transaction"]
    assert (transaction["status"], transaction["note"]) == ("FAILED", "No Zelle payment with this reference arrived.")
    assert await billing.paid_cents(sessions, invoice) == 0
    assert (await billing.reread(sessions, Invoice, invoice.id)).status is S.OPEN  # type: ignore[arg-type]
    assert await lifecycle.notified(sessions) == []
    async with sessions() as check:
        verbs = (await check.execute(sa.select(col(Activity.verb)).order_by(col(Activity.id)))).scalars().all()
    assert verbs[-2:] == ["payment.reported", "payment.rejected"]


async def test_a_rejection_needs_a_note(sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    reported = await _reported(sessions, await lifecycle.viewer_of(session, world.client), world.invoices[S.OPEN], "5")
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), REVIEW, {"input": {"transactionId": reported,
                                                                          "approve": False, "note": "  "}})

    [error] = data["paymentReview"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "note"], "REQUIRED")
    assert await lifecycle.snapshot(sessions) == before


@pytest.mark.parametrize("approve_first", [True, False])
async def test_a_reviewed_payment_is_not_reviewed_again(approve_first: bool, sessions: async_sessionmaker[AsyncSession],
                                                        session: AsyncSession) -> None:
    # given a reported payment already approved or rejected
    world = await lifecycle.world(session)
    reported = await _reported(sessions, await lifecycle.viewer_of(session, world.client), world.invoices[S.OPEN], "5")
    await execute(sessions, factories.office(), REVIEW, {"input": {
        "transactionId": reported, "approve": approve_first, "note": "done"}})
    before = await lifecycle.snapshot(sessions)

    # when it is reviewed again, either way
    for approve in (True, False):
        data = await execute(sessions, factories.office(), REVIEW, {"input": {
            "transactionId": reported, "approve": approve, "note": "again"}})

        # then it is a conflict, and nothing changes
        [error] = data["paymentReview"]["userErrors"]
        assert (error["field"], error["code"]) == (["input", "transactionId"], "CONFLICT")
    assert await lifecycle.snapshot(sessions) == before


async def test_a_payment_the_office_recorded_is_not_up_for_review(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    completed = await billing.payment(session, world.invoices[S.OPEN], 100)
    await session.commit()
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), REVIEW, {"input": {
        "transactionId": gid("Transaction", completed), "approve": True}})

    assert data["paymentReview"]["userErrors"][0]["code"] == "CONFLICT"
    unknown = await execute(sessions, factories.office(), REVIEW, {"input": {
        "transactionId": billing.unknown_id("Transaction"), "approve": True}})
    [error] = unknown["paymentReview"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "transactionId"], "NOT_FOUND")
    assert await lifecycle.snapshot(sessions) == before


async def test_a_client_may_not_approve_their_own_report(sessions: async_sessionmaker[AsyncSession],
                                                         session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    client = await lifecycle.viewer_of(session, world.client)
    reported = await _reported(sessions, client, world.invoices[S.OPEN], "5")
    before = await lifecycle.snapshot(sessions)

    result = await execute_raw(sessions, client, REVIEW, {"input": {"transactionId": reported, "approve": True}})

    assert result.errors and "office" in result.errors[0].message
    assert await lifecycle.snapshot(sessions) == before
