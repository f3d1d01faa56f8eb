"""invoiceIssue: a draft becomes OPEN, dated today, and the client's users who may see it are told."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Invoice
from models.enums import InvoiceStatus
from resolvers.billing.numbering import company_today
from tests import factories
from tests import factories_billing as billing
from tests import factories_lifecycle as lifecycle
from tests.graphql import execute, execute_raw, gid
from tests.smtp import SMTPServer, smtp_server_fixture  # noqa: F401

ISSUE = """
mutation ($input: InvoiceIssueInput!) {
  invoiceIssue(input: $input) {
    invoice { id status issuedOn dueOn balance { cents } }
    userErrors { field code message }
  }
}
"""
S = InvoiceStatus


async def test_a_draft_is_issued_today_due_after_the_terms_and_its_users_are_told(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given a draft invoice at a property, and the customer's portal users of every kind
    world = await lifecycle.world(session)
    draft = world.invoices[S.DRAFT]

    # when the office issues it
    data = await execute(sessions, factories.office(), ISSUE, {"input": {"invoiceId": gid("Invoice", draft)}})

    # then it is open, dated today and due after the 14-day terms, with its whole total owed
    payload = data["invoiceIssue"]
    assert payload["userErrors"] == []
    today = company_today(world.company)
    assert payload["invoice"]["status"] == "OPEN"
    assert payload["invoice"]["issuedOn"] == today.isoformat()
    assert payload["invoice"]["dueOn"] == (today + timedelta(days=14)).isoformat()
    assert payload["invoice"]["balance"]["cents"] == lifecycle.TOTAL

    # and the users who may see it (finances; all properties or this one) are notified, nobody else
    told = {user_id for user_id, kind, subject, subject_id in await lifecycle.notified(sessions)
            if (kind, subject, subject_id) == ("INVOICE_GENERATED", "Invoice", draft.id)}
    assert told == {world.client.id, world.site_user.id}

    # and each of them receives an e-mail with the number and the amount, and nobody else does
    await smtp_server.deliver(sessions)
    assert {r for rcpts in smtp_server.recipients for r in rcpts} == {world.client.email, world.site_user.email}
    text = smtp_server.text_of(smtp_server.last_to(world.client.email))
    assert f"INV-{draft.number}" in text and "$108.88" in text and "Jordan" in text


async def test_a_given_due_date_is_kept(sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    due = (company_today(world.company) + timedelta(days=3)).isoformat()

    data = await execute(sessions, factories.office(), ISSUE,
                         {"input": {"invoiceId": gid("Invoice", world.invoices[S.DRAFT]), "dueOn": due}})

    assert data["invoiceIssue"]["invoice"]["dueOn"] == due


@pytest.mark.parametrize("status", [S.OPEN, S.PARTIALLY_PAID, S.PAID, S.VOID, S.BAD_DEBT])
async def test_only_a_draft_can_be_issued(status: InvoiceStatus, sessions: async_sessionmaker[AsyncSession],
                                          session: AsyncSession) -> None:
    # given an invoice that is not a draft
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    # when the office tries to issue it
    data = await execute(sessions, factories.office(), ISSUE,
                         {"input": {"invoiceId": gid("Invoice", world.invoices[status])}})

    # then it is refused at the invoice, and nothing changed (no notification, no mail)
    [error] = data["invoiceIssue"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_ALLOWED")
    assert data["invoiceIssue"]["invoice"] is None
    assert await lifecycle.snapshot(sessions) == before


async def test_a_due_date_in_the_past_is_refused(sessions: async_sessionmaker[AsyncSession],
                                                 session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)
    past = (company_today(world.company) - timedelta(days=1)).isoformat()

    data = await execute(sessions, factories.office(), ISSUE,
                         {"input": {"invoiceId": gid("Invoice", world.invoices[S.DRAFT]), "dueOn": past}})

    [error] = data["invoiceIssue"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "dueOn"], "INVALID")
    assert await lifecycle.snapshot(sessions) == before


async def test_an_unknown_or_foreign_typed_id_is_not_found(sessions: async_sessionmaker[AsyncSession],
                                                           session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    for invoice_id in (billing.unknown_id("Invoice"), gid("Customer", world.customer)):
        data = await execute(sessions, factories.office(), ISSUE, {"input": {"invoiceId": invoice_id}})
        [error] = data["invoiceIssue"]["userErrors"]
        assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_FOUND")
    assert await lifecycle.snapshot(sessions) == before


async def test_a_client_may_not_issue(sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    before = await lifecycle.snapshot(sessions)

    result = await execute_raw(sessions, await lifecycle.viewer_of(session, world.client), ISSUE,
                               {"input": {"invoiceId": gid("Invoice", world.invoices[S.DRAFT])}})

    assert result.errors and "office" in result.errors[0].message
    assert await lifecycle.snapshot(sessions) == before


async def test_invoice_create_with_issue_notifies_and_a_draft_does_not(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given two finished jobs at the customer's property
    world = await lifecycle.world(session)
    jobs = [await billing.finished_job(session, world.place) for _ in range(2)]
    await session.commit()
    create = """mutation ($input: InvoiceCreateInput!) { invoiceCreate(input: $input) {
      invoice { id } userErrors { code } } }"""

    # when one is invoiced as a draft and the other issued at once
    for job, issue in ((jobs[0], False), (jobs[1], True)):
        await execute(sessions, factories.office(), create, {"input": {
            "customerId": gid("Customer", world.customer), "jobIds": [gid("Job", job)], "issue": issue}})

    # then only the issued one was announced, to the users who may see it
    kinds = await lifecycle.notified(sessions)
    assert len(kinds) == 2 and {user_id for user_id, *_ in kinds} == {world.client.id, world.site_user.id}
    async with sessions() as check:
        [subject] = {subject_id for *_, subject_id in kinds}
        issued = await check.get(Invoice, subject)
        assert issued is not None and issued.status is S.OPEN
