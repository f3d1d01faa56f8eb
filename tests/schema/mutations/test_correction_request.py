"""correctionRequestCreate / correctionRequestAnswer: a client asks for a correction of an invoice or a
transaction; the office sees it with the record and answers it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models.enums import InvoiceStatus
from tests import factories
from tests import factories_billing as billing
from tests import factories_lifecycle as lifecycle
from tests.graphql import execute, execute_raw, gid

CREATE = """
mutation ($input: CorrectionRequestCreateInput!) {
  correctionRequestCreate(input: $input) {
    correctionRequest { id status message answer answeredAt invoice { id } transaction { id } customer { id } }
    userErrors { field code message }
  }
}
"""
ANSWER = """
mutation ($input: CorrectionRequestAnswerInput!) {
  correctionRequestAnswer(input: $input) {
    correctionRequest { id status answer answeredAt }
    userErrors { field code message }
  }
}
"""
OFFICE_VIEW = """
query ($invoice: ID!, $transaction: ID!) {
  invoice: node(id: $invoice) { ... on Invoice { correctionRequests { id message status } } }
  transaction: node(id: $transaction) { ... on Transaction { correctionRequests { id message } } }
  correctionRequests(status: OPEN) { totalCount nodes { id } }
}
"""
S = InvoiceStatus


async def test_a_client_asks_about_an_invoice_and_a_transaction_and_the_office_sees_both_with_them(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a client with finances, their paid invoice and its payment
    world = await lifecycle.world(session)
    payment = await billing.payment(session, world.invoices[S.OPEN], 100)
    await session.commit()
    client = await lifecycle.viewer_of(session, world.client)

    # when they ask for a correction of each
    about_invoice = await execute(sessions, client, CREATE, {"input": {
        "invoiceId": gid("Invoice", world.invoices[S.PAID]), "message": "  The oven was not cleaned.  "}})
    about_payment = await execute(sessions, client, CREATE, {"input": {
        "transactionId": gid("Transaction", payment), "message": "I paid $100, not $1."}})

    # then each is an open request about its record, for the client's customer
    request = about_invoice["correctionRequestCreate"]["correctionRequest"]
    assert about_invoice["correctionRequestCreate"]["userErrors"] == []
    assert (request["status"], request["message"], request["answer"]) == ("OPEN", "The oven was not cleaned.", None)
    assert request["invoice"]["id"] == gid("Invoice", world.invoices[S.PAID])
    assert request["transaction"] is None
    assert request["customer"]["id"] == gid("Customer", world.customer)
    other = about_payment["correctionRequestCreate"]["correctionRequest"]
    assert other["transaction"]["id"] == gid("Transaction", payment)

    # and the office sees them with the invoice, the transaction and in the list of open requests
    seen = await execute(sessions, factories.office(), OFFICE_VIEW, {
        "invoice": gid("Invoice", world.invoices[S.PAID]), "transaction": gid("Transaction", payment)})
    assert seen["invoice"]["correctionRequests"] == [
        {"id": request["id"], "message": "The oven was not cleaned.", "status": "OPEN"}]
    assert [r["id"] for r in seen["transaction"]["correctionRequests"]] == [other["id"]]
    assert seen["correctionRequests"]["totalCount"] == 2

    # when the office answers the first
    answered = await execute(sessions, factories.office(), ANSWER, {"input": {
        "id": request["id"], "answer": "Sorry! A credit of $10 is on its way."}})

    # then it is answered, and the client reads the answer with the invoice
    reply = answered["correctionRequestAnswer"]["correctionRequest"]
    assert (reply["status"], reply["answer"]) == ("ANSWERED", "Sorry! A credit of $10 is on its way.")
    assert reply["answeredAt"] is not None
    mine = await execute(sessions, client, """query ($id: ID!) { node(id: $id) { ... on Invoice {
      correctionRequests { status answer } } } }""", {"id": gid("Invoice", world.invoices[S.PAID])})
    assert mine["node"]["correctionRequests"] == [{"status": "ANSWERED",
                                                   "answer": "Sorry! A credit of $10 is on its way."}]
    still_open = await execute(sessions, factories.office(), "{ correctionRequests(status: OPEN) { totalCount } }")
    assert still_open["correctionRequests"]["totalCount"] == 1


async def test_an_answered_request_is_not_answered_again(sessions: async_sessionmaker[AsyncSession],
                                                         session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    client = await lifecycle.viewer_of(session, world.client)
    created = await execute(sessions, client, CREATE, {"input": {
        "invoiceId": gid("Invoice", world.invoices[S.OPEN]), "message": "Wrong date"}})
    request_id = created["correctionRequestCreate"]["correctionRequest"]["id"]
    await execute(sessions, factories.office(), ANSWER, {"input": {"id": request_id, "answer": "Fixed."}})
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, factories.office(), ANSWER, {"input": {"id": request_id, "answer": "Again"}})

    [error] = data["correctionRequestAnswer"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "id"], "CONFLICT")
    empty = await execute(sessions, factories.office(), ANSWER, {"input": {"id": request_id, "answer": " "}})
    assert empty["correctionRequestAnswer"]["userErrors"][0]["code"] == "REQUIRED"
    unknown = await execute(sessions, factories.office(), ANSWER, {"input": {
        "id": billing.unknown_id("CorrectionRequest"), "answer": "x"}})
    assert unknown["correctionRequestAnswer"]["userErrors"][0]["code"] == "NOT_FOUND"
    assert await lifecycle.snapshot(sessions) == before


@pytest.mark.parametrize(("variables", "field", "code"), [
    ({"message": "   "}, ["input", "message"], "REQUIRED"),
    ({"message": "x" * 2001}, ["input", "message"], "INVALID"),
    ({"noTarget": True}, ["input", "invoiceId"], "REQUIRED"),
    ({"bothTargets": True}, ["input", "invoiceId"], "REQUIRED"),
    ({"others": True}, ["input", "invoiceId"], "NOT_FOUND"),
    ({"unknownTransaction": True}, ["input", "transactionId"], "NOT_FOUND"),
])
async def test_bad_requests_are_refused(variables: dict[str, Any], field: list[str], code: str,
                                        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    fields: dict[str, Any] = {"invoiceId": gid("Invoice", world.invoices[S.OPEN]), "message": "Please fix"}
    if variables.pop("noTarget", False):
        del fields["invoiceId"]
    if variables.pop("bothTargets", False):
        fields["transactionId"] = billing.unknown_id("Transaction")
    if variables.pop("others", False):
        fields["invoiceId"] = gid("Invoice", world.others_invoice)
    if variables.pop("unknownTransaction", False):
        del fields["invoiceId"]
        fields["transactionId"] = billing.unknown_id("Transaction")
    fields.update(variables)
    before = await lifecycle.snapshot(sessions)

    data = await execute(sessions, await lifecycle.viewer_of(session, world.client), CREATE, {"input": fields})

    [error] = data["correctionRequestCreate"]["userErrors"]
    assert (error["field"], error["code"]) == (field, code)
    assert await lifecycle.snapshot(sessions) == before


async def test_scoping_follows_the_record(sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given requests of one customer's client about an invoice and about a payment
    world = await lifecycle.world(session)
    payment = await billing.payment(session, world.invoices[S.OPEN], 100)
    await session.commit()
    client = await lifecycle.viewer_of(session, world.client)
    for fields in ({"invoiceId": gid("Invoice", world.invoices[S.OPEN])},
                   {"transactionId": gid("Transaction", payment)}):
        await execute(sessions, client, CREATE, {"input": {**fields, "message": "Please check"}})
    listing = "{ correctionRequests { totalCount } }"

    # then the office sees both, the client both, a user of that property only the invoice's, and another
    # customer's user, a user of another property or a user without finances none
    async def count(viewer: Any) -> int:
        return int((await execute(sessions, viewer, listing))["correctionRequests"]["totalCount"])

    assert await count(factories.office()) == 2
    assert await count(client) == 2
    assert await count(await lifecycle.viewer_of(session, world.site_user)) == 1
    for user in (world.other_site_user, world.no_finance, world.other_client):
        assert await count(await lifecycle.viewer_of(session, user)) == 0


@pytest.mark.parametrize("who", ["no_finance", "office"])
async def test_only_a_client_with_finances_asks(who: str, sessions: async_sessionmaker[AsyncSession],
                                                session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    viewer = await lifecycle.viewer_of(session, world.no_finance) if who == "no_finance" else factories.office()
    before = await lifecycle.snapshot(sessions)

    result = await execute_raw(sessions, viewer, CREATE, {"input": {
        "invoiceId": gid("Invoice", world.invoices[S.OPEN]), "message": "Fix it"}})

    assert result.errors and "client" in result.errors[0].message
    assert await lifecycle.snapshot(sessions) == before


async def test_a_client_may_not_answer(sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    client = await lifecycle.viewer_of(session, world.client)
    created = await execute(sessions, client, CREATE, {"input": {
        "invoiceId": gid("Invoice", world.invoices[S.OPEN]), "message": "Wrong date"}})
    before = await lifecycle.snapshot(sessions)

    result = await execute_raw(sessions, client, ANSWER, {"input": {
        "id": created["correctionRequestCreate"]["correctionRequest"]["id"], "answer": "Self-answered"}})

    assert result.errors
    assert await lifecycle.snapshot(sessions) == before


ANSWER_WITH_CREDIT = """
mutation ($input: CorrectionRequestAnswerInput!) {
  correctionRequestAnswer(input: $input) {
    correctionRequest { status answer invoice { credits { total { amount } notes } } }
    userErrors { field code message }
  }
}
"""


async def test_the_office_accepts_a_request_with_a_credit_on_its_invoice(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a client's request about their paid invoice
    world = await lifecycle.world(session)
    client = await lifecycle.viewer_of(session, world.client)
    created = await execute(sessions, client, CREATE, {"input": {
        "invoiceId": gid("Invoice", world.invoices[S.PAID]), "message": "The oven was not cleaned."}})
    request_id = created["correctionRequestCreate"]["correctionRequest"]["id"]

    # when the office answers it with a credit of $10
    data = await execute(sessions, factories.office(), ANSWER_WITH_CREDIT, {"input": {
        "id": request_id, "answer": "Sorry, the oven is credited.", "creditAmount": "10"}})

    # then the request is answered and the invoice carries a $10 credit whose reason is the answer
    payload = data["correctionRequestAnswer"]
    assert payload["userErrors"] == []
    assert (payload["correctionRequest"]["status"], payload["correctionRequest"]["answer"]) == (
        "ANSWERED", "Sorry, the oven is credited.")
    [credit] = payload["correctionRequest"]["invoice"]["credits"]
    assert credit["total"]["amount"] == "-10.00"
    assert "Sorry, the oven is credited." in credit["notes"]


@pytest.mark.parametrize(("about", "amount"), [("open invoice", "10"), ("paid invoice", "100000"),
                                               ("paid invoice", "0"), ("payment", "10")])
async def test_a_credit_the_invoice_cannot_take_leaves_the_request_open(
        about: str, amount: str, sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a request about an open invoice (nothing paid to credit), a paid one, or a payment
    world = await lifecycle.world(session)
    payment = await billing.payment(session, world.invoices[S.OPEN], 100)
    await session.commit()
    client = await lifecycle.viewer_of(session, world.client)
    target = ({"transactionId": gid("Transaction", payment)} if about == "payment" else
              {"invoiceId": gid("Invoice", world.invoices[S.OPEN if about == "open invoice" else S.PAID])})
    created = await execute(sessions, client, CREATE, {"input": {**target, "message": "Please check"}})
    request_id = created["correctionRequestCreate"]["correctionRequest"]["id"]
    before = await lifecycle.snapshot(sessions)

    # when the office tries to accept it with a credit it cannot give
    data = await execute(sessions, factories.office(), ANSWER, {"input": {
        "id": request_id, "answer": "Credited.", "creditAmount": amount}})

    # then the credit amount is refused in words, and nothing changed: no credit, the request still open
    [error] = data["correctionRequestAnswer"]["userErrors"]
    assert error["field"] == ["input", "creditAmount"]
    assert error["message"]
    assert await lifecycle.snapshot(sessions) == before
