"""invoiceCredit: a paid or partly paid invoice is corrected by a new credit document; both stay visible."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models.enums import InvoiceStatus
from tests import factories
from tests import factories_billing as billing
from tests import factories_lifecycle as lifecycle
from tests.graphql import execute, execute_raw, gid

CREDIT = """
mutation ($input: InvoiceCreditInput!) {
  invoiceCredit(input: $input) {
    credit { id number status notes subtotal { cents } tax { cents } total { cents } balance { cents }
      lines { description quantity unitPrice { cents } amount { cents } taxable }
      correctsInvoice { id } customer { id } }
    invoice { id status amountPaid { cents } credits { id total { cents } } }
    userErrors { field code message }
  }
}
"""
READ = """
query ($id: ID!) { node(id: $id) { ... on Invoice { status credits { total { cents } correctsInvoice { id } } } } }
"""
S = InvoiceStatus


async def test_a_paid_invoice_is_credited_in_full_by_default_and_stays_paid(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a paid invoice of $108.88
    world = await lifecycle.world(session, next_invoice_number=5001)
    paid = world.invoices[S.PAID]

    # when the office credits it, saying why
    data = await execute(sessions, factories.office(), CREDIT, {"input": {
        "invoiceId": gid("Invoice", paid), "reason": "Clean not done to standard"}})

    # then a new numbered credit document of -$108.88 corrects it, with one negative line
    payload = data["invoiceCredit"]
    assert payload["userErrors"] == []
    credit = payload["credit"]
    assert credit["number"] == 5001
    assert credit["status"] == "OPEN"
    assert (credit["subtotal"]["cents"], credit["tax"]["cents"], credit["total"]["cents"]) == (
        -lifecycle.TOTAL, 0, -lifecycle.TOTAL)
    assert credit["balance"]["cents"] == -lifecycle.TOTAL
    assert credit["lines"] == [{"description": f"Credit on invoice INV-{paid.number}: Clean not done to standard",
                                "quantity": "1.00", "unitPrice": {"cents": -lifecycle.TOTAL},
                                "amount": {"cents": -lifecycle.TOTAL}, "taxable": False}]
    assert credit["correctsInvoice"]["id"] == gid("Invoice", paid)
    assert credit["customer"]["id"] == gid("Customer", world.customer)

    # and the original is unchanged (still paid) and lists its credit: both stay visible, to the client too
    assert payload["invoice"]["status"] == "PAID"
    assert payload["invoice"]["amountPaid"]["cents"] == lifecycle.TOTAL
    assert [c["id"] for c in payload["invoice"]["credits"]] == [credit["id"]]
    client = await lifecycle.viewer_of(session, world.client)
    seen = await execute(sessions, client, READ, {"id": gid("Invoice", paid)})
    assert seen["node"] == {"status": "PAID", "credits": [{"total": {"cents": -lifecycle.TOTAL},
                                                           "correctsInvoice": {"id": gid("Invoice", paid)}}]}


async def test_a_partly_paid_invoice_is_credited_part_by_part_up_to_its_total(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a partly paid invoice
    world = await lifecycle.world(session)
    invoice = world.invoices[S.PARTIALLY_PAID]

    # when $8.88 is credited, then the rest
    first = await execute(sessions, factories.office(), CREDIT, {"input": {
        "invoiceId": gid("Invoice", invoice), "amount": "8.88", "reason": "Oven was not cleaned"}})
    rest = await execute(sessions, factories.office(), CREDIT, {"input": {
        "invoiceId": gid("Invoice", invoice), "reason": "Waived"}})

    # then the two credits add up to the total, and the invoice keeps its status
    assert first["invoiceCredit"]["credit"]["total"]["cents"] == -888
    assert rest["invoiceCredit"]["credit"]["total"]["cents"] == -(lifecycle.TOTAL - 888)
    assert rest["invoiceCredit"]["invoice"]["status"] == "PARTIALLY_PAID"
    assert len(rest["invoiceCredit"]["invoice"]["credits"]) == 2

    # and nothing more can be credited
    before = await lifecycle.snapshot(sessions)
    again = await execute(sessions, factories.office(), CREDIT, {"input": {
        "invoiceId": gid("Invoice", invoice), "amount": "0.01", "reason": "More"}})
    [error] = again["invoiceCredit"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_ALLOWED")
    assert await lifecycle.snapshot(sessions) == before


@pytest.mark.parametrize(("amount", "reason", "field", "code"), [
    ("108.89", "Too much", ["input", "amount"], "INVALID"),
    ("0", "Nothing", ["input", "amount"], "INVALID"),
    ("-5", "Negative", ["input", "amount"], "INVALID"),
    ("1.005", "Fraction", ["input", "amount"], "INVALID"),
    ("10", " ", ["input", "reason"], "REQUIRED"),
])
async def test_a_bad_amount_or_missing_reason_is_refused(
        amount: str, reason: str, field: list[str], code: str, sessions: async_sessionmaker[AsyncSession],
        session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), CREDIT, {"input": {
        "invoiceId": gid("Invoice", world.invoices[S.PAID]), "amount": amount, "reason": reason}})

    [error] = data["invoiceCredit"]["userErrors"]
    assert (error["field"], error["code"]) == (field, code)
    assert data["invoiceCredit"]["credit"] is None
    assert await lifecycle.snapshot(sessions) == before


@pytest.mark.parametrize("status", [S.DRAFT, S.OPEN, S.VOID, S.BAD_DEBT])
async def test_only_paid_or_partly_paid_invoices_are_credited(
        status: InvoiceStatus, sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), CREDIT, {"input": {
        "invoiceId": gid("Invoice", world.invoices[status]), "reason": "Mistake"}})

    [error] = data["invoiceCredit"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_ALLOWED")
    assert await lifecycle.snapshot(sessions) == before


async def test_a_credit_document_is_itself_only_voided(sessions: async_sessionmaker[AsyncSession],
                                                       session: AsyncSession) -> None:
    # given a credit document
    world = await lifecycle.world(session)
    data = await execute(sessions, factories.office(), CREDIT, {"input": {
        "invoiceId": gid("Invoice", world.invoices[S.PAID]), "amount": "10", "reason": "Goodwill"}})
    credit_id = data["invoiceCredit"]["credit"]["id"]
    before = await lifecycle.snapshot(sessions)

    # then it can't be written off or credited …
    bad_debt = await execute(sessions, factories.office(), """mutation ($id: ID!) {
      invoiceMarkBadDebt(input: {invoiceId: $id}) { userErrors { code message } } }""", {"id": credit_id})
    assert bad_debt["invoiceMarkBadDebt"]["userErrors"][0]["code"] == "NOT_ALLOWED"
    assert await lifecycle.snapshot(sessions) == before

    # … but it can be voided, which frees its amount to be credited again
    voided = await execute(sessions, factories.office(), """mutation ($id: ID!) {
      invoiceVoid(input: {invoiceId: $id, reason: "Wrong amount"}) { invoice { status } userErrors { code } } }""",
                           {"id": credit_id})
    assert voided["invoiceVoid"]["invoice"]["status"] == "VOID"
    full = await execute(sessions, factories.office(), CREDIT, {"input": {
        "invoiceId": gid("Invoice", world.invoices[S.PAID]), "reason": "Full refund"}})
    assert full["invoiceCredit"]["credit"]["total"]["cents"] == -lifecycle.TOTAL


async def test_an_unknown_invoice_is_not_found_and_a_client_may_not_credit(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), CREDIT, {"input": {
        "invoiceId": billing.unknown_id("Invoice"), "reason": "x"}})
    [error] = data["invoiceCredit"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_FOUND")

    result = await execute_raw(sessions, await lifecycle.viewer_of(session, world.client), CREDIT, {"input": {
        "invoiceId": gid("Invoice", world.invoices[S.PAID]), "reason": "x"}})
    assert result.errors
    assert await lifecycle.snapshot(sessions) == before
