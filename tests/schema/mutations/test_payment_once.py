"""A payment is recorded once: a double click, a retry or twenty identical requests at once have one effect.

`paymentRecord` (the office) and `paymentReport` (a client) take an `idempotencyKey`: the same key again returns
the same payment, with other details it is refused (IDEMPOTENCY_KEY_REUSED). Without a key, a second standing
payment with the same method and reference is refused (DUPLICATE_REFERENCE), naming the first.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.database import create_engine, create_session_factory
from auth.viewer import Viewer
from models import Invoice, PaymentTransaction
from models.deployment import bind_deployment
from models.enums import InvoiceStatus, PaymentMethod, TransactionStatus
from tests import factories
from tests import factories_billing as billing
from tests import factories_lifecycle as lifecycle
from tests.graphql import execute, gid

pytestmark = pytest.mark.committed  # concurrent requests on separate connections must see the arranged rows

AT_ONCE = 20
RECORD = """
mutation ($input: PaymentRecordInput!) {
  paymentRecord(input: $input) {
    transaction { id status amount { cents } allocations { amount { cents } } }
    unappliedAmount { cents }
    userErrors { field code message }
  }
}
"""
REPORT = """
mutation ($input: PaymentReportInput!) {
  paymentReport(input: $input) {
    transaction { id status amount { cents } allocations { amount { cents } } }
    userErrors { field code message }
  }
}
"""
MUTATIONS = ("paymentRecord", "paymentReport")


@pytest.fixture
async def wide_sessions(migrated_database_url: str, sessions: async_sessionmaker[AsyncSession],
                        ) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions from a pool wide enough for twenty requests at once, a lock holder and a watcher (the default
    pool would queue some requests before they reach the database). Tables are emptied by `sessions`."""
    engine = create_engine(migrated_database_url, pool_size=AT_ONCE + 2, max_overflow=4)
    try:
        factory = create_session_factory(engine)
        bind_deployment(factory, factories.DEPLOYMENT)
        yield factory
    finally:
        await engine.dispose()


class Payer:
    """One of the two money mutations, as its user sends it, for the lifecycle world's open invoice."""

    def __init__(self, mutation: str, world: lifecycle.World, viewer: Viewer) -> None:
        self.mutation, self.world, self.viewer = mutation, world, viewer
        self.invoice = world.invoices[InvoiceStatus.OPEN]

    def variables(self, amount: str = "108.88", method: str = "ZELLE", **extra: Any) -> dict[str, Any]:
        fields: dict[str, Any] = {"amount": amount, "method": method}
        if self.mutation == "paymentRecord":
            fields |= {"customerId": gid("Customer", self.world.customer), "invoiceIds": [gid("Invoice", self.invoice)]}
        else:
            fields["invoiceId"] = gid("Invoice", self.invoice)
        return {"input": fields | extra}

    async def send(self, sessions: async_sessionmaker[AsyncSession], variables: dict[str, Any]) -> dict[str, Any]:
        query = RECORD if self.mutation == "paymentRecord" else REPORT
        payload: dict[str, Any] = (await execute(sessions, self.viewer, query, variables))[self.mutation]
        return payload


async def _payer(session: AsyncSession, mutation: str) -> Payer:
    world = await lifecycle.world(session)
    viewer = factories.office() if mutation == "paymentRecord" else await lifecycle.viewer_of(session, world.client)
    await session.commit()
    return Payer(mutation, world, viewer)


async def _count_new(sessions: async_sessionmaker[AsyncSession], before: int) -> int:
    async with sessions() as session:
        total = (await session.execute(sa.select(sa.func.count()).select_from(PaymentTransaction))).scalar_one()
    return int(total) - before


async def _count(sessions: async_sessionmaker[AsyncSession]) -> int:
    return await _count_new(sessions, 0)


@pytest.mark.parametrize("mutation", MUTATIONS)
async def test_twenty_identical_payments_at_once_with_one_reference_record_one(
        mutation: str, wide_sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a customer with a $108.88 open invoice, its row held for a moment so every request is under way
    payer = await _payer(session, mutation)
    before = await _count(wide_sessions)

    # when the same payment (same Zelle reference) is submitted twenty times at once
    async with billing.row_locked(wide_sessions, "customer", payer.world.customer.id):  # type: ignore[arg-type]
        sent = asyncio.gather(*(payer.send(wide_sessions, payer.variables(reference="ZL-7781"))
                                for _ in range(AT_ONCE)))
        await billing.wait_for_lock_waiters(wide_sessions, AT_ONCE)
    results = await sent

    # then one is recorded and the other nineteen are refused as duplicates of it
    recorded = [result for result in results if result["transaction"] is not None]
    refused = [result for result in results if result["userErrors"]]
    assert (len(recorded), len(refused)) == (1, AT_ONCE - 1)
    assert {(error["field"][1], error["code"]) for result in refused for error in result["userErrors"]} == {
        ("reference", "DUPLICATE_REFERENCE")}
    assert await _count_new(wide_sessions, before) == 1

    # and the invoice is paid once (by the office's payment), or awaits one approval (the client's report)
    paid = await billing.paid_cents(wide_sessions, payer.invoice)
    assert paid == (lifecycle.TOTAL if mutation == "paymentRecord" else 0)


@pytest.mark.parametrize("mutation", MUTATIONS)
async def test_twenty_identical_payments_at_once_with_one_key_record_one_and_each_gets_it(
        mutation: str, wide_sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a customer with a $108.88 open invoice, its row held for a moment so every request is under way
    payer = await _payer(session, mutation)
    key = str(uuid.uuid4())
    before = await _count(wide_sessions)

    # when one payment (no reference) is sent twenty times at once under one idempotency key
    async with billing.row_locked(wide_sessions, "customer", payer.world.customer.id):  # type: ignore[arg-type]
        sent = asyncio.gather(*(payer.send(wide_sessions, payer.variables(idempotencyKey=key))
                                for _ in range(AT_ONCE)))
        await billing.wait_for_lock_waiters(wide_sessions, AT_ONCE)
    results = await sent

    # then every request answers with the same payment, and there is one
    assert [result["userErrors"] for result in results] == [[]] * AT_ONCE
    assert len({result["transaction"]["id"] for result in results}) == 1
    assert {result["transaction"]["amount"]["cents"] for result in results} == {lifecycle.TOTAL}
    assert await _count_new(wide_sessions, before) == 1
    paid = await billing.paid_cents(wide_sessions, payer.invoice)
    assert paid == (lifecycle.TOTAL if mutation == "paymentRecord" else 0)
    if mutation == "paymentRecord":
        assert {result["unappliedAmount"]["cents"] for result in results} == {0}
        invoice = await billing.reread(wide_sessions, Invoice, payer.invoice.id)  # type: ignore[arg-type]
        assert invoice.status is InvoiceStatus.PAID


@pytest.mark.parametrize("mutation", MUTATIONS)
async def test_a_retried_key_returns_the_same_payment_and_writes_nothing(
        mutation: str, sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a payment of $50 sent under a key
    payer = await _payer(session, mutation)
    variables = payer.variables("50.00", reference="ZL-1", idempotencyKey=str(uuid.uuid4()))
    first = await payer.send(sessions, variables)
    assert first["userErrors"] == []
    after_first = await lifecycle.snapshot(sessions)

    # when the very same request is sent again (the answer was lost, the user clicked again)
    again = await payer.send(sessions, variables)

    # then it answers as the first did, and nothing is written: no payment, activity, notification or mail
    assert again == first
    assert await lifecycle.snapshot(sessions) == after_first


OTHER_DETAILS: list[tuple[str, dict[str, Any]]] = [
    ("amount", {"amount": "60.00"}),
    ("method", {"method": "CHECK"}),
    ("reference", {"reference": "ZL-2"}),
    ("time", {"occurredAt": "2026-01-02T10:00:00Z"}),
]


@pytest.mark.parametrize("mutation", MUTATIONS)
@pytest.mark.parametrize(("what", "changed"), OTHER_DETAILS, ids=[case[0] for case in OTHER_DETAILS])
async def test_the_same_key_with_other_details_is_refused_and_changes_nothing(
        mutation: str, what: str, changed: dict[str, Any], sessions: async_sessionmaker[AsyncSession],
        session: AsyncSession) -> None:
    # given a $50 payment sent under a key
    payer = await _payer(session, mutation)
    key = str(uuid.uuid4())
    first = await payer.send(sessions, payer.variables("50.00", reference="ZL-1", idempotencyKey=key))
    assert first["userErrors"] == []
    before = await lifecycle.snapshot(sessions)

    # when another payment is sent under the same key
    variables = payer.variables("50.00", reference="ZL-1", idempotencyKey=key)
    variables["input"] |= changed
    other = await payer.send(sessions, variables)

    # then it is refused at the key, and nothing is written
    assert other["transaction"] is None
    [error] = other["userErrors"]
    assert (error["field"], error["code"]) == (["input", "idempotencyKey"], "IDEMPOTENCY_KEY_REUSED")
    assert "new key" in error["message"]
    assert await lifecycle.snapshot(sessions) == before


async def test_a_key_used_for_a_report_is_not_a_key_for_the_offices_payment(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a client's report sent under a key
    reporter = await _payer(session, "paymentReport")
    office = Payer("paymentRecord", reporter.world, factories.office())
    key = str(uuid.uuid4())
    assert (await reporter.send(sessions, reporter.variables("50.00", idempotencyKey=key)))["userErrors"] == []
    before = await lifecycle.snapshot(sessions)

    # when the office records a payment of the same customer under that key
    answer = await office.send(sessions, office.variables("50.00", idempotencyKey=key))

    # then it is another request under a used key: refused, nothing written
    assert [error["code"] for error in answer["userErrors"]] == ["IDEMPOTENCY_KEY_REUSED"]
    assert await lifecycle.snapshot(sessions) == before


@pytest.mark.parametrize("mutation", MUTATIONS)
async def test_a_second_payment_with_the_same_reference_is_refused_naming_the_first(
        mutation: str, sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a $50 Zelle payment with reference "ZL-42 A" (recorded by the office on March 3)
    payer = await _payer(session, mutation)
    office = Payer("paymentRecord", payer.world, factories.office())
    first = await office.send(sessions, office.variables("50.00", reference="ZL-42 A",
                                                         occurredAt="2026-03-03T15:00:00Z"))
    assert first["userErrors"] == []
    before = await lifecycle.snapshot(sessions)

    # when another Zelle payment arrives with the same reference, typed differently, and its own key
    again = await payer.send(sessions, payer.variables("20.00", reference=" zl-42a ",
                                                       idempotencyKey=str(uuid.uuid4())))

    # then it is refused at the reference, naming the first payment's amount and date, and nothing is written
    assert again["transaction"] is None
    [error] = again["userErrors"]
    assert (error["field"], error["code"]) == (["input", "reference"], "DUPLICATE_REFERENCE")
    assert "$50.00" in error["message"] and "Mar 3, 2026" in error["message"]
    assert await lifecycle.snapshot(sessions) == before


@pytest.mark.parametrize("status", [TransactionStatus.FAILED, TransactionStatus.REFUNDED])
async def test_a_rejected_or_refunded_payment_does_not_hold_its_reference(
        status: TransactionStatus, sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a Zelle payment with reference ZL-9 that was rejected (or refunded)
    payer = await _payer(session, "paymentReport")
    session.add(PaymentTransaction(customer_id=payer.world.customer.id,  # type: ignore[arg-type]
                                   amount_cents=5_000, method=PaymentMethod.ZELLE, status=status,
                                   occurred_at=datetime.now(UTC), reference="ZL-9"))
    await session.commit()

    # when the client reports the payment again with that reference
    answer = await payer.send(sessions, payer.variables("50.00", reference="ZL-9"))

    # then it is taken
    assert answer["userErrors"] == []
    assert answer["transaction"]["status"] == "TO_APPROVAL"


async def test_the_same_reference_by_another_method_or_customer_is_another_payment(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    payer = await _payer(session, "paymentRecord")
    assert (await payer.send(sessions, payer.variables("10.00", method="CHECK", reference="1045")))["userErrors"] == []

    by_zelle = await payer.send(sessions, payer.variables("10.00", method="ZELLE", reference="1045"))
    other_customer = await payer.send(sessions, {"input": {
        "customerId": gid("Customer", payer.world.other_customer), "amount": "10.00", "method": "CHECK",
        "reference": "1045"}})

    assert (by_zelle["userErrors"], other_customer["userErrors"]) == ([], [])


async def test_a_key_taken_by_a_writer_without_the_lock_is_a_user_error_not_a_crash(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a writer that does not take the customer's lock, inserting a payment under a key, not committed yet
    payer = await _payer(session, "paymentRecord")
    key = str(uuid.uuid4())
    before = await _count(sessions)
    async with sessions() as writer, writer.begin():
        writer.add(PaymentTransaction(customer_id=payer.world.customer.id,  # type: ignore[arg-type]
                                      amount_cents=100, method=PaymentMethod.CASH, status=TransactionStatus.PENDING,
                                      occurred_at=datetime.now(UTC), idempotency_key=key,
                                      request_fingerprint="another request"))
        await writer.flush()
        # when the office records a payment under the same key meanwhile (its insert waits for the writer)
        sent = asyncio.ensure_future(payer.send(sessions, payer.variables("50.00", idempotencyKey=key)))
        await billing.wait_for_lock_waiters(sessions, 1)
    answer = await sent

    # then the unique index's refusal is the same userError as a reused key, and only the writer's row exists
    assert answer["transaction"] is None
    assert [(error["field"], error["code"]) for error in answer["userErrors"]] == [
        (["input", "idempotencyKey"], "IDEMPOTENCY_KEY_REUSED")]
    assert await _count_new(sessions, before) == 1
