"""paymentReport: a client reports a payment made outside the portal; it awaits approval and pays nothing yet."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Invoice
from models.enums import InvoiceStatus
from tests import factories
from tests import factories_billing as billing
from tests import factories_lifecycle as lifecycle
from tests.graphql import execute, execute_raw, gid

REPORT = """
mutation ($input: PaymentReportInput!) {
  paymentReport(input: $input) {
    transaction { id status method reference reportedByClient amount { cents } batch { id }
      allocations { amount { cents } invoice { id status amountPaid { cents } balance { cents } } } }
    userErrors { field code message }
  }
}
"""
S = InvoiceStatus


def _input(invoice: Invoice | None = None, amount: str = "50.00", method: str = "ZELLE", **extra: Any,
           ) -> dict[str, Any]:
    fields: dict[str, Any] = {"amount": amount, "method": method, **extra}
    if invoice is not None:
        fields["invoiceId"] = gid("Invoice", invoice)
    return {"input": fields}


async def test_a_reported_payment_awaits_approval_and_pays_nothing_yet(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a client with finances and their open invoice
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    client = await lifecycle.viewer_of(session, world.client)

    # when they report a $50 Zelle payment for it
    data = await execute(sessions, client, REPORT, _input(invoice, reference=" ZL-42 "))

    # then a payment awaiting approval, reported by the client, says what it is meant to pay …
    payload = data["paymentReport"]
    assert payload["userErrors"] == []
    transaction = payload["transaction"]
    assert (transaction["status"], transaction["method"], transaction["reference"],
            transaction["reportedByClient"]) == ("TO_APPROVAL", "ZELLE", "ZL-42", True)
    assert transaction["amount"]["cents"] == 5_000
    [allocation] = transaction["allocations"]
    assert allocation["amount"]["cents"] == 5_000

    # … but the invoice is not paid until the office approves
    assert allocation["invoice"] == {"id": gid("Invoice", invoice), "status": "OPEN", "amountPaid": {"cents": 0},
                                     "balance": {"cents": lifecycle.TOTAL}}
    assert await billing.paid_cents(sessions, invoice) == 0

    # and nobody is told of a payment yet
    assert await lifecycle.notified(sessions) == []


async def test_a_batch_payment_is_meant_for_its_open_invoices_oldest_first(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a batch of an open and a partly paid invoice
    world = await lifecycle.world(session)
    batch = await billing.open_batch(session, world.customer, world.invoices[S.OPEN],
                                     world.invoices[S.PARTIALLY_PAID], number=88)

    # when the client reports paying $150 by check for the batch
    data = await execute(sessions, await lifecycle.viewer_of(session, world.client), REPORT,
                         {"input": {"batchId": gid("Batch", batch), "amount": "150", "method": "CHECK"}})

    # then it is meant for both invoices, up to each balance
    transaction = data["paymentReport"]["transaction"]
    assert transaction["batch"]["id"] == gid("Batch", batch)
    assert sum(a["amount"]["cents"] for a in transaction["allocations"]) == 15_000
    assert {a["invoice"]["id"] for a in transaction["allocations"]} == {
        gid("Invoice", world.invoices[S.OPEN]), gid("Invoice", world.invoices[S.PARTIALLY_PAID])}


@pytest.mark.parametrize(("status", "word"), [(S.PAID, "paid"), (S.DRAFT, "not issued"), (S.VOID, "void"),
                                              (S.BAD_DEBT, "closed")])
async def test_an_invoice_without_a_balance_to_pay_is_refused(
        status: InvoiceStatus, word: str, sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, await lifecycle.viewer_of(session, world.client), REPORT,
                         _input(world.invoices[status]))

    [error] = data["paymentReport"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "INVALID")
    assert word in error["message"]
    assert await lifecycle.snapshot(sessions) == before


@pytest.mark.parametrize(("extra", "field", "code"), [
    ({"amount": "0"}, ["input", "amount"], "INVALID"),
    ({"amount": "10.001"}, ["input", "amount"], "INVALID"),
    ({"method": "CARD"}, ["input", "method"], "INVALID"),
    ({"occurredAt": "2999-01-01T00:00:00Z"}, ["input", "occurredAt"], "INVALID"),
    ({"noTarget": True}, ["input", "invoiceId"], "REQUIRED"),
    ({"bothTargets": True}, ["input", "invoiceId"], "REQUIRED"),
    ({"batchId": "unknown"}, ["input", "batchId"], "NOT_FOUND"),
    ({"idempotencyKey": ""}, ["input", "idempotencyKey"], "INVALID"),
    ({"idempotencyKey": "k" * 101}, ["input", "idempotencyKey"], "INVALID"),
    ({"idempotencyKey": "a\tb"}, ["input", "idempotencyKey"], "INVALID"),
])
async def test_bad_input_is_refused(extra: dict[str, Any], field: list[str], code: str,
                                    sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    variables = _input(world.invoices[S.OPEN])
    if extra.pop("noTarget", False):
        del variables["input"]["invoiceId"]
    elif extra.pop("bothTargets", False):
        variables["input"]["batchId"] = gid("Batch", await billing.open_batch(session, world.customer, number=88))
    elif extra.get("batchId") == "unknown":
        del variables["input"]["invoiceId"]
        extra["batchId"] = billing.unknown_id("Batch")
    variables["input"].update(extra)
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, await lifecycle.viewer_of(session, world.client), REPORT, variables)

    [error] = data["paymentReport"]["userErrors"]
    assert (error["field"], error["code"]) == (field, code)
    assert data["paymentReport"]["transaction"] is None
    assert await lifecycle.snapshot(sessions) == before


async def test_another_customers_invoice_is_not_found(sessions: async_sessionmaker[AsyncSession],
                                                      session: AsyncSession) -> None:
    # given a client and another customer's open invoice
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    # when the client reports paying it
    data = await execute(sessions, await lifecycle.viewer_of(session, world.client), REPORT,
                         _input(world.others_invoice))

    # then it is exactly as if it did not exist, and nothing is written
    [error] = data["paymentReport"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_FOUND")
    assert await lifecycle.snapshot(sessions) == before


async def test_a_property_limited_user_reports_on_their_invoices_but_not_on_batches(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    batch = await billing.open_batch(session, world.customer, world.invoices[S.OPEN], number=88)
    elsewhere = await lifecycle.viewer_of(session, world.other_site_user)
    before = await lifecycle.snapshot(sessions)

    # an invoice of another property and a batch (account-wide) are out of their scope
    data = await execute(sessions, elsewhere, REPORT, _input(world.invoices[S.OPEN]))
    assert data["paymentReport"]["userErrors"][0]["code"] == "NOT_FOUND"
    data = await execute(sessions, elsewhere, REPORT,
                         {"input": {"batchId": gid("Batch", batch), "amount": "1", "method": "CASH"}})
    assert data["paymentReport"]["userErrors"][0]["code"] == "NOT_FOUND"
    assert await lifecycle.snapshot(sessions) == before

    # while the user of the invoice's property may report on it
    here = await lifecycle.viewer_of(session, world.site_user)
    data = await execute(sessions, here, REPORT, _input(world.invoices[S.OPEN]))
    assert data["paymentReport"]["transaction"]["status"] == "TO_APPROVAL"


@pytest.mark.parametrize("who", ["no_finance", "office", "field"])
async def test_only_a_client_with_finances_may_report(who: str, sessions: async_sessionmaker[AsyncSession],
                                                      session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    viewer = {
        "no_finance": await lifecycle.viewer_of(session, world.no_finance),
        "office": factories.office(),
        "field": factories.field_worker(await factories.employee(session)),
    }[who]
    await session.commit()
    before = await lifecycle.snapshot(sessions)

    result = await execute_raw(sessions, viewer, REPORT, _input(world.invoices[S.OPEN]))

    assert result.errors and "client" in result.errors[0].message
    assert await lifecycle.snapshot(sessions) == before
