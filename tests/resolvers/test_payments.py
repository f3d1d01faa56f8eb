"""Recording payments as plain rules: balances, where money goes, statuses, and never applying twice."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.viewer import Viewer
from models import Allocation, Batch, Invoice, PaymentTransaction
from models.enums import BatchStatus, InvoiceStatus, PaymentMethod, TransactionStatus
from models.problems import UserInputError
from resolvers.billing import batches, payments
from resolvers.transactions import run_in_transaction
from tests import factories
from tests import factories_billing as billing

TOTAL = 10_888  # a $100.00 invoice with 8.875 % tax


async def _pay(sessions: async_sessionmaker[AsyncSession], customer_id: int, amount: str,
               **kwargs: Any) -> payments.RecordedPayment:
    async def work(session: AsyncSession, viewer: Viewer) -> payments.RecordedPayment:
        return await payments.record_payment(session, viewer, customer_id=customer_id, amount=Decimal(amount),
                                             method=kwargs.pop("method", PaymentMethod.CHECK), **kwargs)

    return await run_in_transaction(sessions, factories.office(), work)


async def _statuses(sessions: async_sessionmaker[AsyncSession], *rows: Invoice) -> list[InvoiceStatus]:
    return [(await billing.reread(sessions, Invoice, row.id)).status for row in rows]  # type: ignore[arg-type]


async def test_paid_cents_count_completed_payments_only(sessions: async_sessionmaker[AsyncSession],
                                                        session: AsyncSession) -> None:
    # given an invoice with a completed, a pending and a failed payment, and an invoice with none
    await factories.company(session)
    _, place = await billing.customer_with_property(session)
    paid, unpaid = await billing.issued_invoice(session, place), await billing.issued_invoice(session, place)
    await billing.payment(session, paid, 1_000)
    await billing.payment(session, paid, 2_500)
    await billing.payment(session, paid, 4_000, status=TransactionStatus.PENDING)
    await billing.payment(session, paid, 4_000, status=TransactionStatus.FAILED)
    await session.commit()

    # when their paid amounts are read, then only completed money counts, and no payment is zero
    assert await payments.invoice_paid_cents(session, [paid.id, unpaid.id]) == {  # type: ignore[list-item]
        paid.id: 3_500, unpaid.id: 0}
    assert await payments.invoice_paid_cents(session, []) == {}


async def test_without_a_target_the_oldest_open_invoices_are_paid_first(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given open invoices issued in March, January and February (created in that order), a draft and a void
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    march = await billing.issued_invoice(session, place, issued_on=date(2025, 3, 1))
    january = await billing.issued_invoice(session, place, issued_on=date(2025, 1, 1))
    february = await billing.issued_invoice(session, place, issued_on=date(2025, 2, 1))
    draft = await billing.issued_invoice(session, place, status=InvoiceStatus.DRAFT, issued_on=date(2024, 1, 1))
    void = await billing.issued_invoice(session, place, status=InvoiceStatus.VOID, issued_on=date(2024, 1, 1))
    await session.commit()

    # when a payment covering one and a half invoices is recorded for the customer
    recorded = await _pay(sessions, owner.id, "163.32")  # type: ignore[arg-type]

    # then January is paid, February partly, March and the others untouched
    assert [(allocation.invoice_id, allocation.amount_cents) for allocation in recorded.allocations] == [
        (january.id, TOTAL), (february.id, 16_332 - TOTAL)]
    assert recorded.unapplied_cents == 0
    assert await _statuses(sessions, january, february, march, draft, void) == [
        InvoiceStatus.PAID, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.OPEN, InvoiceStatus.DRAFT,
        InvoiceStatus.VOID]
    assert await billing.paid_cents(sessions, february) == 5_444


async def test_given_invoices_are_paid_in_the_given_order(sessions: async_sessionmaker[AsyncSession],
                                                          session: AsyncSession) -> None:
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    older = await billing.issued_invoice(session, place, issued_on=date(2025, 1, 1))
    newer = await billing.issued_invoice(session, place, issued_on=date(2025, 2, 1))
    await session.commit()

    recorded = await _pay(sessions, owner.id, "120.00", invoice_ids=[newer.id, older.id])  # type: ignore[arg-type]

    assert [(a.invoice_id, a.amount_cents) for a in recorded.allocations] == [
        (newer.id, TOTAL), (older.id, 12_000 - TOTAL)]


async def test_an_overpayment_is_kept_as_credit(sessions: async_sessionmaker[AsyncSession],
                                                session: AsyncSession) -> None:
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    invoice = await billing.issued_invoice(session, place)
    await session.commit()

    recorded = await _pay(sessions, owner.id, "150.00", invoice_ids=[invoice.id])  # type: ignore[arg-type]

    assert recorded.unapplied_cents == 15_000 - TOTAL
    assert recorded.transaction.amount_cents == 15_000
    assert await billing.paid_cents(sessions, invoice) == TOTAL
    assert await _statuses(sessions, invoice) == [InvoiceStatus.PAID]


async def test_a_payment_with_nothing_open_is_all_credit(sessions: async_sessionmaker[AsyncSession],
                                                         session: AsyncSession) -> None:
    await factories.company(session)
    owner = await factories.customer(session)
    await session.commit()

    recorded = await _pay(sessions, owner.id, "40.00")  # type: ignore[arg-type]

    assert (recorded.allocations, recorded.unapplied_cents) == ([], 4_000)
    assert recorded.transaction.status is TransactionStatus.COMPLETED


async def test_a_batch_payment_spreads_oldest_first_and_settles_the_batch(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a batch of a February and a January invoice
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    february = await billing.issued_invoice(session, place, issued_on=date(2025, 2, 1))
    january = await billing.issued_invoice(session, place, issued_on=date(2025, 1, 1))
    await session.commit()

    async def gather(session: AsyncSession, viewer: Viewer) -> Batch:
        return await batches.create_batch(session, viewer, customer_id=owner.id,  # type: ignore[arg-type]
                                          invoice_ids=[february.id, january.id])  # type: ignore[list-item]

    batch = await run_in_transaction(sessions, factories.office(), gather)

    # when part of it is paid, then January is paid first and the batch is partly paid
    first = await _pay(sessions, owner.id, "150.00", batch_id=batch.id)  # type: ignore[arg-type]
    assert [(a.invoice_id, a.amount_cents) for a in first.allocations] == [
        (january.id, TOTAL), (february.id, 15_000 - TOTAL)]
    assert first.transaction.batch_id == batch.id
    assert (await billing.reread(sessions, Batch, batch.id)).status is BatchStatus.PARTIALLY_PAID  # type: ignore[arg-type]

    # and when the rest is paid, February and the batch are paid
    rest = 2 * TOTAL - 15_000
    second = await _pay(sessions, owner.id, str(Decimal(rest) / 100), batch_id=batch.id)  # type: ignore[arg-type]
    assert [(a.invoice_id, a.amount_cents) for a in second.allocations] == [(february.id, rest)]
    assert await _statuses(sessions, january, february) == [InvoiceStatus.PAID, InvoiceStatus.PAID]
    assert (await billing.reread(sessions, Batch, batch.id)).status is BatchStatus.PAID  # type: ignore[arg-type]


async def test_paying_a_batched_invoice_directly_updates_its_batch(sessions: async_sessionmaker[AsyncSession],
                                                                   session: AsyncSession) -> None:
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    invoice = await billing.issued_invoice(session, place)
    await session.commit()

    async def gather(session: AsyncSession, viewer: Viewer) -> Batch:
        return await batches.create_batch(session, viewer, customer_id=owner.id,  # type: ignore[arg-type]
                                          invoice_ids=[invoice.id])  # type: ignore[list-item]

    batch = await run_in_transaction(sessions, factories.office(), gather)
    await _pay(sessions, owner.id, "108.88", invoice_ids=[invoice.id])  # type: ignore[arg-type]

    assert (await billing.reread(sessions, Batch, batch.id)).status is BatchStatus.PAID  # type: ignore[arg-type]


async def test_a_time_without_zone_is_the_company_s_local_time(sessions: async_sessionmaker[AsyncSession],
                                                               session: AsyncSession) -> None:
    await factories.company(session, time_zone="America/New_York")
    owner = await factories.customer(session)
    await session.commit()

    recorded = await _pay(sessions, owner.id, "10.00",  # type: ignore[arg-type]
                          occurred_at=datetime(2025, 1, 15, 9, 30))

    assert recorded.transaction.occurred_at == datetime(2025, 1, 15, 14, 30, tzinfo=UTC)


@pytest.mark.committed
async def test_two_full_payments_at_once_never_apply_more_than_the_total(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given an open invoice, locked for a moment by someone else so both payments start before either ends
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    invoice = await billing.issued_invoice(session, place)
    await session.commit()

    # when two payments of its whole balance are recorded at once
    async with billing.row_locked(sessions, "invoice", invoice.id):  # type: ignore[arg-type]
        both = asyncio.gather(*(_pay(sessions, owner.id, "108.88", invoice_ids=[invoice.id])  # type: ignore[arg-type]
                                for _ in range(2)))
        await billing.wait_for_lock_waiters(sessions, 2)
    results = await both

    # then the invoice is paid exactly once and the other payment is the customer's credit
    assert sorted(result.unapplied_cents for result in results) == [0, TOTAL]
    assert await billing.paid_cents(sessions, invoice) == TOTAL
    assert await _statuses(sessions, invoice) == [InvoiceStatus.PAID]
    async with sessions() as check:
        assert (await check.execute(sa.select(sa.func.count()).select_from(PaymentTransaction))).scalar_one() == 2
        assert (await check.execute(sa.select(sa.func.count()).select_from(Allocation))).scalar_one() == 1


@pytest.mark.committed
async def test_two_payments_on_two_invoices_of_one_batch_at_once_leave_the_batch_paid(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given a batch of two invoices
    await factories.company(session)
    owner, place = await billing.customer_with_property(session)
    first, second = await billing.issued_invoice(session, place), await billing.issued_invoice(session, place)
    await session.commit()

    async def gather(session: AsyncSession, viewer: Viewer) -> Batch:
        return await batches.create_batch(session, viewer, customer_id=owner.id,  # type: ignore[arg-type]
                                          invoice_ids=[first.id, second.id])  # type: ignore[list-item]

    batch = await run_in_transaction(sessions, factories.office(), gather)

    # when each invoice is paid in full at the same time
    async with billing.row_locked(sessions, "batch", batch.id):  # type: ignore[arg-type]
        both = asyncio.gather(*(_pay(sessions, owner.id, "108.88", invoice_ids=[row.id])  # type: ignore[arg-type]
                                for row in (first, second)))
        await billing.wait_for_lock_waiters(sessions, 2)
    await both

    # then the batch saw both payments
    assert (await billing.reread(sessions, Batch, batch.id)).status is BatchStatus.PAID  # type: ignore[arg-type]


@pytest.mark.parametrize(("amount", "message"), [("0", "more than zero"), ("-5.00", "more than zero"),
                                                 ("10.001", "two decimals"), ("1000000000.00", "too large")])
async def test_amounts_that_are_not_money_are_refused(sessions: async_sessionmaker[AsyncSession],
                                                      session: AsyncSession, amount: str, message: str) -> None:
    await factories.company(session)
    owner = await factories.customer(session)
    await session.commit()

    with pytest.raises(UserInputError) as raised:
        await _pay(sessions, owner.id, amount)  # type: ignore[arg-type]

    problem = raised.value.problems[0]
    assert (problem.field, problem.code) == (("input", "amount"), "INVALID")
    assert message in problem.message
