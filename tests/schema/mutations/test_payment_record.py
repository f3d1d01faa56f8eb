"""paymentRecord: money received is applied exactly once, oldest first, the rest kept as credit."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Batch, Customer, Invoice
from models.enums import BatchStatus, InvoiceStatus
from tests import factories
from tests import factories_billing as billing
from tests.graphql import execute, execute_raw, gid

RECORD = """
mutation ($input: PaymentRecordInput!) {
  paymentRecord(input: $input) {
    transaction { id method status reference note occurredAt amount { amount cents } fee { cents }
      batch { number } customer { id }
      allocations { amount { cents } invoice { number status amountPaid { cents } balance { amount cents } } } }
    unappliedAmount { amount cents currency }
    userErrors { field code message }
  }
}
"""
BATCH = """
mutation ($input: BatchCreateInput!) { batchCreate(input: $input) { batch { id } userErrors { code } } }
"""
READ_BATCH = """
query ($id: ID!) { node(id: $id) { ... on Batch { status balance { cents }
  invoices { number status balance { cents } } } } }
"""
TOTAL = 10_888  # each invoice: $100.00 + 8.875 % tax


@dataclass
class World:
    customer: Customer
    march: Invoice
    january: Invoice
    february: Invoice
    by_status: dict[InvoiceStatus, Invoice]
    others_invoice: Invoice
    others_batch: Batch
    void_batch: Batch


async def _world(session: AsyncSession) -> World:
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    march = await billing.issued_invoice(session, place, issued_on=date(2025, 3, 1), number=103)
    january = await billing.issued_invoice(session, place, issued_on=date(2025, 1, 1), number=101)
    february = await billing.issued_invoice(session, place, issued_on=date(2025, 2, 1), number=102)
    by_status = {status: await billing.issued_invoice(session, place, status=status)
                 for status in (InvoiceStatus.DRAFT, InvoiceStatus.VOID, InvoiceStatus.BAD_DEBT)}
    other, elsewhere = await billing.customer_with_property(session)
    others_invoice = await billing.issued_invoice(session, elsewhere)
    others_batch = Batch(number=900, customer_id=other.id, status=BatchStatus.OPEN)  # type: ignore[arg-type]
    void_batch = Batch(number=901, customer_id=owner.id, status=BatchStatus.VOID)  # type: ignore[arg-type]
    session.add_all([others_batch, void_batch])
    await session.commit()
    return World(owner, march, january, february, by_status, others_invoice, others_batch, void_batch)


def _input(world: World, amount: str, **extra: Any) -> dict[str, Any]:
    return {"input": {"customerId": gid("Customer", world.customer), "amount": amount, "method": "CHECK",
                      **extra}}


def _ids(*rows: Invoice) -> list[str]:
    return [gid("Invoice", row) for row in rows]


async def test_a_partial_payment_leaves_the_invoice_partly_paid_with_its_balance_at_the_cent(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given an open invoice of $108.88
    world = await _world(session)

    # when a check of $33.33 is recorded against it
    data = await execute(sessions, factories.office(), RECORD, _input(
        world, "33.33", invoiceIds=_ids(world.march), reference=" #1045 ", note="Mailed"))

    # then the whole check is applied, the invoice is partly paid and owes $75.55
    payload = data["paymentRecord"]
    assert payload["userErrors"] == []
    transaction = payload["transaction"]
    assert (transaction["method"], transaction["status"], transaction["reference"], transaction["note"]) == (
        "CHECK", "COMPLETED", "#1045", "Mailed")
    assert transaction["amount"] == billing.money("33.33")
    assert transaction["fee"]["cents"] == 0
    assert transaction["customer"]["id"] == gid("Customer", world.customer)
    [allocation] = transaction["allocations"]
    assert allocation["amount"]["cents"] == 3_333
    assert allocation["invoice"] == {"number": 103, "status": "PARTIALLY_PAID", "amountPaid": {"cents": 3_333},
                                     "balance": {"amount": "75.55", "cents": 7_555}}
    assert payload["unappliedAmount"] == {"amount": "0.00", "cents": 0, "currency": "USD"}


async def test_without_a_target_the_oldest_open_invoices_are_paid_first(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await _world(session)

    data = await execute(sessions, factories.office(), RECORD, _input(world, "150.00", method="ZELLE"))

    allocations = data["paymentRecord"]["transaction"]["allocations"]
    assert [(a["invoice"]["number"], a["amount"]["cents"], a["invoice"]["status"]) for a in allocations] == [
        (101, TOTAL, "PAID"), (102, 15_000 - TOTAL, "PARTIALLY_PAID")]


async def test_given_invoices_are_paid_in_the_given_order(sessions: async_sessionmaker[AsyncSession],
                                                          session: AsyncSession) -> None:
    world = await _world(session)

    data = await execute(sessions, factories.office(), RECORD,
                         _input(world, "150.00", invoiceIds=_ids(world.march, world.january)))

    allocations = data["paymentRecord"]["transaction"]["allocations"]
    assert [(a["invoice"]["number"], a["amount"]["cents"]) for a in allocations] == [
        (103, TOTAL), (101, 15_000 - TOTAL)]


async def test_an_overpayment_is_reported_as_unapplied_credit(sessions: async_sessionmaker[AsyncSession],
                                                              session: AsyncSession) -> None:
    world = await _world(session)

    data = await execute(sessions, factories.office(), RECORD,
                         _input(world, "200", invoiceIds=_ids(world.january), method="CASH"))

    payload = data["paymentRecord"]
    assert payload["transaction"]["amount"]["cents"] == 20_000
    assert [a["amount"]["cents"] for a in payload["transaction"]["allocations"]] == [TOTAL]
    assert payload["unappliedAmount"] == {"amount": "91.12", "cents": 20_000 - TOTAL, "currency": "USD"}


async def test_a_batch_payment_spreads_oldest_first_and_marks_each_invoice_and_the_batch(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a batch of March, January and February
    world = await _world(session)
    made = await execute(sessions, factories.office(), BATCH, {"input": {
        "customerId": gid("Customer", world.customer), "invoiceIds": _ids(world.march, world.january,
                                                                           world.february)}})
    batch_id = made["batchCreate"]["batch"]["id"]

    # when $250 is paid on the batch
    data = await execute(sessions, factories.office(), RECORD, _input(world, "250.00", batchId=batch_id,
                                                                      method="BANK_TRANSFER"))

    # then January and February are paid, March partly, and the batch is partly paid
    transaction = data["paymentRecord"]["transaction"]
    assert transaction["batch"] is not None
    assert [(a["invoice"]["number"], a["amount"]["cents"]) for a in transaction["allocations"]] == [
        (101, TOTAL), (102, TOTAL), (103, 25_000 - 2 * TOTAL)]
    batch = (await execute(sessions, factories.office(), READ_BATCH, {"id": batch_id}))["node"]
    assert batch["status"] == "PARTIALLY_PAID"
    assert [(row["number"], row["status"], row["balance"]["cents"]) for row in batch["invoices"]] == [
        (101, "PAID", 0), (102, "PAID", 0), (103, "PARTIALLY_PAID", 3 * TOTAL - 25_000)]
    assert batch["balance"]["cents"] == 3 * TOTAL - 25_000

    # and when the rest is paid, the batch is paid
    rest = f"{(3 * TOTAL - 25_000) / 100:.2f}"
    await execute(sessions, factories.office(), RECORD, _input(world, rest, batchId=batch_id))
    batch = (await execute(sessions, factories.office(), READ_BATCH, {"id": batch_id}))["node"]
    assert batch["status"] == "PAID"
    assert {row["status"] for row in batch["invoices"]} == {"PAID"}


@pytest.mark.committed
async def test_two_full_payments_at_once_pay_the_invoice_once_and_keep_the_other_as_credit(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given an open invoice, held for a moment so both payments are under way before either ends
    world = await _world(session)

    # when two payments of its whole balance arrive at once
    async with billing.row_locked(sessions, "invoice", world.january.id):  # type: ignore[arg-type]
        both = asyncio.gather(*(execute(sessions, factories.office(), RECORD,
                                        _input(world, "108.88", invoiceIds=_ids(world.january)))
                                for _ in range(2)))
        await billing.wait_for_lock_waiters(sessions, 2)
    results = [data["paymentRecord"] for data in await both]

    # then the total applied is the invoice's total, and the second payment became credit
    assert sorted(result["unappliedAmount"]["cents"] for result in results) == [0, TOTAL]
    assert await billing.paid_cents(sessions, world.january) == TOTAL
    assert (await billing.reread(sessions, Invoice, world.january.id)).status is InvoiceStatus.PAID  # type: ignore[arg-type]


def _future() -> str:
    return (datetime.now(UTC) + timedelta(days=2)).isoformat()


BAD_INPUTS: list[tuple[str, Callable[[World], dict[str, Any]], list[str], str, str]] = [
    ("zero", lambda w: _input(w, "0"), ["input", "amount"], "INVALID", "more than zero"),
    ("negative", lambda w: _input(w, "-10.00"), ["input", "amount"], "INVALID", "more than zero"),
    ("fractions of a cent", lambda w: _input(w, "10.005"), ["input", "amount"], "INVALID", "two decimals"),
    ("both targets", lambda w: _input(w, "10", invoiceIds=_ids(w.january), batchId=gid("Batch", w.void_batch)),
     ["input", "batchId"], "INVALID", "not both"),
    ("unknown invoice", lambda w: _input(w, "10", invoiceIds=[*_ids(w.january),
                                                             billing.unknown_id("Invoice")]),
     ["input", "invoiceIds", "1"], "NOT_FOUND", "No invoice"),
    ("another type's id", lambda w: _input(w, "10", invoiceIds=[gid("Customer", w.customer)]),
     ["input", "invoiceIds", "0"], "NOT_FOUND", "No invoice"),
    ("another customer's invoice", lambda w: _input(w, "10", invoiceIds=_ids(w.others_invoice)),
     ["input", "invoiceIds", "0"], "INVALID", "another customer"),
    ("draft", lambda w: _input(w, "10", invoiceIds=_ids(w.by_status[InvoiceStatus.DRAFT])),
     ["input", "invoiceIds", "0"], "INVALID", "is a draft"),
    ("void", lambda w: _input(w, "10", invoiceIds=_ids(w.by_status[InvoiceStatus.VOID])),
     ["input", "invoiceIds", "0"], "INVALID", "is void"),
    ("bad debt", lambda w: _input(w, "10", invoiceIds=_ids(w.by_status[InvoiceStatus.BAD_DEBT])),
     ["input", "invoiceIds", "0"], "INVALID", "bad debt"),
    ("unknown batch", lambda w: _input(w, "10", batchId=billing.unknown_id("Batch")), ["input", "batchId"],
     "NOT_FOUND", "No batch"),
    ("another customer's batch", lambda w: _input(w, "10", batchId=gid("Batch", w.others_batch)),
     ["input", "batchId"], "INVALID", "another customer"),
    ("void batch", lambda w: _input(w, "10", batchId=gid("Batch", w.void_batch)), ["input", "batchId"],
     "INVALID", "void"),
    ("unknown customer", lambda w: {"input": {"customerId": billing.unknown_id("Customer"),
                                              "amount": "10", "method": "CASH"}},
     ["input", "customerId"], "NOT_FOUND", "No customer"),
    ("in the future", lambda w: _input(w, "10", occurredAt=_future()), ["input", "occurredAt"], "INVALID",
     "in the future"),
    ("blank idempotency key", lambda w: _input(w, "10", idempotencyKey="  "), ["input", "idempotencyKey"],
     "INVALID", "UUID"),
    ("idempotency key too long", lambda w: _input(w, "10", idempotencyKey="k" * 101), ["input", "idempotencyKey"],
     "INVALID", "at most 100"),
    ("idempotency key with spaces", lambda w: _input(w, "10", idempotencyKey="my key"),
     ["input", "idempotencyKey"], "INVALID", "UUID"),
]


@billing.each_bad_input(BAD_INPUTS)
async def test_bad_input_is_refused_and_changes_nothing(sessions: async_sessionmaker[AsyncSession],
                                                        session: AsyncSession, bad: billing.BadInput[World]) -> None:
    # given a customer's open, draft, void and bad-debt invoices, a void batch, and another customer's records
    world = await _world(session)

    # when the office sends the bad input, then one userError says what to fix and nothing changed
    payload = await billing.office_refused(sessions, RECORD, bad, world)

    # and no transaction comes back
    assert (payload["transaction"], payload["unappliedAmount"]) == (None, None)


@pytest.mark.parametrize("who", ["client", "anonymous"])
async def test_only_the_office_may_record_payments(sessions: async_sessionmaker[AsyncSession],
                                                   session: AsyncSession, who: str) -> None:
    world = await _world(session)
    viewer = factories.client_of(world.customer) if who == "client" else Viewer()
    before = await billing.snapshot(sessions)

    result = await execute_raw(sessions, viewer, RECORD, _input(world, "10", invoiceIds=_ids(world.january)))

    assert result.errors and result.errors[0].message == "Only office staff may do this."
    assert await billing.snapshot(sessions) == before
