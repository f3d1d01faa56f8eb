"""Billing test helpers: finished jobs, issued invoices and payments, a snapshot of everything billing
writes (to prove a refused mutation changed nothing), and waiting for sessions blocked on a row lock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID

from models import (
    Activity,
    Allocation,
    Batch,
    Company,
    Customer,
    Invoice,
    InvoiceJob,
    InvoiceLine,
    Job,
    PaymentTransaction,
    Property,
)
from models.base import row_id
from models.enums import BatchStatus, InvoiceStatus, JobStatus, PaymentMethod, TransactionStatus
from tests import factories
from tests.graphql import execute

_numbers = iter(range(50_000, 10**9))
TOTAL = 10_888  # an `issued_invoice` at its default price: $100.00 + 8.875 % tax
CARD_FEE = 346  # the default company's card fee on TOTAL: 2.9 % of 10 888 = 315.752 → 316, + 30 fixed


async def finished_job(session: AsyncSession, place: Property, **fields: Any) -> Job:
    return await factories.job(session, place, status=JobStatus.FINISHED, **fields)


async def issued_invoice(session: AsyncSession, place: Property, *, price: int = 10_000,
                         status: InvoiceStatus = InvoiceStatus.OPEN, issued_on: date | None = None,
                         number: int | None = None, **fields: Any) -> Invoice:
    """An invoice billing one new finished job (total = price + 8.875 % tax), numbered far from the
    company's sequence so it never collides with numbers taken by the code under test."""
    done = await finished_job(session, place)
    invoice = await factories.invoice(session, [done], number=number or next(_numbers), status=status, price=price,
                                      **fields)
    if issued_on is not None:
        invoice.issued_on = issued_on
        invoice.due_on = issued_on
        await session.flush()
    return invoice


async def payment(session: AsyncSession, invoice: Invoice, cents: int,
                  status: TransactionStatus = TransactionStatus.COMPLETED) -> PaymentTransaction:
    """A payment of `cents` applied entirely to `invoice` (its status is left to the caller)."""
    row = PaymentTransaction(customer_id=invoice.customer_id, amount_cents=cents, method=PaymentMethod.CASH,
                             status=status, occurred_at=datetime.now(UTC))
    session.add(row)
    await session.flush()
    session.add(Allocation(transaction_id=row_id(row), invoice_id=row_id(invoice), amount_cents=cents))
    await session.flush()
    return row


async def open_batch(session: AsyncSession, customer: Customer, *invoices: Invoice, number: int) -> Batch:
    """An open batch of `customer` holding `invoices`, committed."""
    batch = Batch(number=number, customer_id=customer.id, status=BatchStatus.OPEN)  # type: ignore[arg-type]
    session.add(batch)
    await session.flush()
    for invoice in invoices:
        invoice.batch_id = batch.id
    await session.commit()
    return batch


async def snapshot(sessions: async_sessionmaker[AsyncSession]) -> dict[str, Any]:
    """Every billing row and sequence, read fresh: equal before and after means nothing changed."""
    async with sessions() as session:
        state: dict[str, Any] = {}
        for model in (Invoice, InvoiceLine, InvoiceJob, Batch, PaymentTransaction, Allocation, Activity):
            state[model.__name__] = (await session.execute(
                sa.select(sa.func.count()).select_from(model))).scalar_one()
        state["invoices"] = sorted((await session.execute(
            sa.select(Invoice.id, Invoice.status, Invoice.batch_id))).all())  # type: ignore[call-overload]
        state["batches"] = sorted((await session.execute(sa.select(Batch.id, Batch.status))).all())  # type: ignore[call-overload]
        state["sequences"] = (await session.execute(
            sa.select(Company.next_invoice_number, Company.next_batch_number))).all()  # type: ignore[call-overload]
        return state


W = TypeVar("W")


@dataclass(frozen=True, slots=True)
class BadInput(Generic[W]):
    """One row of a mutation's bad-input table: its name, its variables for a world `W`, and the one
    userError it must get (`code` on `field`, a message saying `message`)."""

    case: str
    variables: Callable[[W], dict[str, Any]]
    field: list[str] | None
    code: str
    message: str


def each_bad_input(cases: Sequence[tuple[str, Callable[[W], dict[str, Any]], list[str] | None, str, str]],
                   ) -> pytest.MarkDecorator:
    """Run the test once per row of `cases`, as its `bad: BadInput`, each named by the row's case."""
    return pytest.mark.parametrize("bad", [BadInput(*case) for case in cases], ids=[case[0] for case in cases])


async def office_refused(sessions: async_sessionmaker[AsyncSession], mutation: str, bad: BadInput[W], world: W,
                         ) -> dict[str, Any]:
    """The office sends `mutation` with the `bad` input for `world`: its payload (returned) carries the one
    userError `bad` expects, and no billing row or sequence changed."""
    before = await snapshot(sessions)
    data = await execute(sessions, factories.office(), mutation, bad.variables(world))
    [name] = data
    payload: dict[str, Any] = data[name]
    assert [(error["field"], error["code"]) for error in payload["userErrors"]] == [(bad.field, bad.code)]
    assert bad.message in payload["userErrors"][0]["message"]
    assert await snapshot(sessions) == before
    return payload


async def paid_cents(sessions: async_sessionmaker[AsyncSession], invoice: Invoice) -> int:
    async with sessions() as session:
        statement = (
            sa.select(sa.func.coalesce(sa.func.sum(Allocation.amount_cents), 0))
            .join(PaymentTransaction, PaymentTransaction.id == Allocation.transaction_id)  # type: ignore[arg-type]
            .where(Allocation.invoice_id == invoice.id,  # type: ignore[arg-type]
                   PaymentTransaction.status == TransactionStatus.COMPLETED)  # type: ignore[arg-type]
        )
        return int((await session.execute(statement)).scalar_one())


async def reread(sessions: async_sessionmaker[AsyncSession], model: type[Any], row_id: int) -> Any:
    async with sessions() as session:
        return await session.get(model, row_id)


@asynccontextmanager
async def row_locked(sessions: async_sessionmaker[AsyncSession], table: str, row_id: int) -> AsyncIterator[None]:
    """Hold a row lock (as a concurrent writer would) while the block runs; released at its end."""
    async with sessions() as blocker, blocker.begin():
        locked = await blocker.execute(sa.text(f"SELECT id FROM {table} WHERE id = :id FOR UPDATE"), {"id": row_id})
        assert locked.scalar_one() == row_id
        yield


async def wait_for_lock_waiters(sessions: async_sessionmaker[AsyncSession], count: int,
                                within: float = 10.0) -> None:
    """Until `count` other sessions are blocked waiting for a row lock (so they truly run at once)."""
    statement = sa.text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND wait_event_type = 'Lock'")
    deadline = asyncio.get_running_loop().time() + within
    async with sessions() as session:
        while True:
            waiting = (await session.execute(statement)).scalar_one()
            await session.rollback()
            if waiting >= count:
                return
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"only {waiting} of {count} sessions ever waited for the lock")
            await asyncio.sleep(0.02)


def unknown_id(type_name: str) -> str:
    """A well-formed global id of `type_name` that no row has."""
    return str(GlobalID(type_name, "987654"))


def money(amount: str) -> dict[str, Any]:
    """A Money as the API shows it, e.g. money("10.89")."""
    value = Decimal(amount)
    return {"amount": str(value), "cents": int(value * 100)}


async def customer_with_property(session: AsyncSession, **fields: Any) -> tuple[Customer, Property]:
    owner = await factories.customer(session, **fields)
    return owner, await factories.property_(session, owner)


async def customer_with_invoice(session: AsyncSession) -> tuple[Customer, Invoice]:
    """A customer with a property and one open invoice of TOTAL for it."""
    owner, place = await customer_with_property(session)
    return owner, await issued_invoice(session, place)
