"""batchCreate: open invoices of one customer gathered into one numbered batch invoice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Batch, Company, Customer, Invoice
from models.enums import BatchStatus, InvoiceStatus
from resolvers.billing.numbering import company_today
from tests import factories
from tests import factories_billing as billing
from tests.graphql import execute, execute_raw, gid

CREATE = """
mutation ($input: BatchCreateInput!) {
  batchCreate(input: $input) {
    batch { id number status issuedOn notes total { cents } amountPaid { cents } balance { cents }
      customer { id } invoices { id number status batch { number } } }
    userErrors { field code message }
  }
}
"""


@dataclass
class World:
    company: Company
    customer: Customer
    february: Invoice
    january: Invoice
    by_status: dict[InvoiceStatus, Invoice]
    others_invoice: Invoice
    credit_note: Invoice


async def _world(session: AsyncSession) -> World:
    company = await factories.company(session, next_batch_number=40)
    owner, place = await billing.customer_with_property(session)
    february = await billing.issued_invoice(session, place, issued_on=date(2025, 2, 1), number=102)
    january = await billing.issued_invoice(session, place, issued_on=date(2025, 1, 1), number=101)
    by_status = {status: await billing.issued_invoice(session, place, status=status)
                 for status in (InvoiceStatus.DRAFT, InvoiceStatus.PAID, InvoiceStatus.VOID,
                                InvoiceStatus.BAD_DEBT)}
    _, elsewhere = await billing.customer_with_property(session)
    others_invoice = await billing.issued_invoice(session, elsewhere)
    credit_note = await billing.issued_invoice(session, place, corrects_invoice_id=by_status[InvoiceStatus.PAID].id)
    credit_note.subtotal_cents = credit_note.total_cents = -5_000
    credit_note.tax_cents = 0
    await session.commit()
    return World(company, owner, february, january, by_status, others_invoice, credit_note)


def _input(world: World, invoices: list[Any], **extra: Any) -> dict[str, Any]:
    return {"input": {"customerId": gid("Customer", world.customer),
                      "invoiceIds": [row if isinstance(row, str) else gid("Invoice", row) for row in invoices],
                      **extra}}


async def test_open_invoices_are_gathered_into_a_numbered_batch(sessions: async_sessionmaker[AsyncSession],
                                                                 session: AsyncSession) -> None:
    # given a customer's open February and January invoices
    world = await _world(session)

    # when the office batches them
    data = await execute(sessions, factories.office(), CREATE,
                         _input(world, [world.february, world.january], notes="March statement"))

    # then an open batch, numbered from the sequence and dated today, holds both, oldest first
    payload = data["batchCreate"]
    assert payload["userErrors"] == []
    batch = payload["batch"]
    assert (batch["number"], batch["status"], batch["issuedOn"], batch["notes"]) == (
        40, "OPEN", company_today(world.company).isoformat(), "March statement")
    assert [(row["number"], row["batch"]["number"]) for row in batch["invoices"]] == [(101, 40), (102, 40)]
    assert (batch["total"]["cents"], batch["amountPaid"]["cents"], batch["balance"]["cents"]) == (
        21_776, 0, 21_776)
    assert batch["customer"]["id"] == gid("Customer", world.customer)
    assert (await billing.snapshot(sessions))["sequences"] == [(1001, 41)]


async def test_a_batch_with_a_partly_paid_invoice_is_partly_paid(sessions: async_sessionmaker[AsyncSession],
                                                                 session: AsyncSession) -> None:
    # given one open invoice and one with $20 paid
    world = await _world(session)
    await billing.payment(session, world.january, 2_000)
    world.january.status = InvoiceStatus.PARTIALLY_PAID
    session.add(world.january)
    await session.commit()

    # when both are batched
    data = await execute(sessions, factories.office(), CREATE, _input(world, [world.january, world.february]))

    # then the batch starts partly paid
    batch = data["batchCreate"]["batch"]
    assert batch["status"] == "PARTIALLY_PAID"
    assert (batch["amountPaid"]["cents"], batch["balance"]["cents"]) == (2_000, 21_776 - 2_000)


async def test_an_invoice_of_a_void_batch_can_be_batched_again(sessions: async_sessionmaker[AsyncSession],
                                                               session: AsyncSession) -> None:
    world = await _world(session)
    old = Batch(number=5, customer_id=world.customer.id, status=BatchStatus.VOID)  # type: ignore[arg-type]
    session.add(old)
    await session.flush()
    world.january.batch_id = old.id
    session.add(world.january)
    await session.commit()

    data = await execute(sessions, factories.office(), CREATE, _input(world, [world.january]))

    assert data["batchCreate"]["userErrors"] == []
    assert data["batchCreate"]["batch"]["invoices"][0]["batch"]["number"] == 40


async def _in_open_batch(session: AsyncSession, world: World) -> None:
    batch = Batch(number=9, customer_id=world.customer.id, status=BatchStatus.OPEN)  # type: ignore[arg-type]
    session.add(batch)
    await session.flush()
    world.january.batch_id = batch.id
    session.add(world.january)
    await session.commit()


BAD_INPUTS: list[tuple[str, Callable[[World], dict[str, Any]], list[str], str, str]] = [
    ("unknown invoice", lambda w: _input(w, [w.january, billing.unknown_id("Invoice")]),
     ["input", "invoiceIds", "1"], "NOT_FOUND", "No invoice"),
    ("another type's id", lambda w: _input(w, [gid("Customer", w.customer)]), ["input", "invoiceIds", "0"],
     "NOT_FOUND", "No invoice"),
    ("another customer's invoice", lambda w: _input(w, [w.january, w.others_invoice]),
     ["input", "invoiceIds", "1"], "INVALID", "another customer"),
    ("draft", lambda w: _input(w, [w.by_status[InvoiceStatus.DRAFT]]), ["input", "invoiceIds", "0"], "INVALID",
     "is a draft"),
    ("paid", lambda w: _input(w, [w.by_status[InvoiceStatus.PAID]]), ["input", "invoiceIds", "0"], "INVALID",
     "already paid"),
    ("void", lambda w: _input(w, [w.by_status[InvoiceStatus.VOID]]), ["input", "invoiceIds", "0"], "INVALID",
     "is void"),
    ("bad debt", lambda w: _input(w, [w.by_status[InvoiceStatus.BAD_DEBT]]), ["input", "invoiceIds", "0"],
     "INVALID", "bad debt"),
    ("credit note", lambda w: _input(w, [w.january, w.credit_note]), ["input", "invoiceIds", "1"], "INVALID",
     "is a credit note"),
    ("no invoices", lambda w: _input(w, []), ["input", "invoiceIds"], "REQUIRED", "at least one"),
    ("unknown customer", lambda w: {"input": {"customerId": billing.unknown_id("Customer"),
                                              "invoiceIds": [gid("Invoice", w.january)]}},
     ["input", "customerId"], "NOT_FOUND", "No customer"),
]


@billing.each_bad_input(BAD_INPUTS)
async def test_bad_input_is_refused_and_changes_nothing(sessions: async_sessionmaker[AsyncSession],
                                                        session: AsyncSession, bad: billing.BadInput[World]) -> None:
    # given open, draft, paid, void and bad-debt invoices of a customer, and another customer's invoice
    world = await _world(session)

    # when the office sends the bad input, then one userError says what to fix and nothing changed
    payload = await billing.office_refused(sessions, CREATE, bad, world)

    # and no batch comes back
    assert payload["batch"] is None


async def test_an_invoice_already_in_an_open_batch_is_a_conflict(sessions: async_sessionmaker[AsyncSession],
                                                                 session: AsyncSession) -> None:
    # given January already in open batch 9
    world = await _world(session)
    await _in_open_batch(session, world)
    before = await billing.snapshot(sessions)

    # when it is batched again with February
    data = await execute(sessions, factories.office(), CREATE, _input(world, [world.february, world.january]))

    # then the conflict names the batch, and nothing changed
    [error] = data["batchCreate"]["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceIds", "1"], "CONFLICT")
    assert "open batch 9" in error["message"]
    assert await billing.snapshot(sessions) == before


@pytest.mark.parametrize("who", ["client", "anonymous"])
async def test_only_the_office_may_batch(sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
                                         who: str) -> None:
    world = await _world(session)
    viewer = factories.client_of(world.customer) if who == "client" else Viewer()
    before = await billing.snapshot(sessions)

    result = await execute_raw(sessions, viewer, CREATE, _input(world, [world.january]))

    assert result.errors and result.errors[0].message == "Only office staff may do this."
    assert await billing.snapshot(sessions) == before
