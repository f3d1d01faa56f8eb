"""The demo company: its shape, its named sign-ins, seeding once, and the same demo for the same day.

The rules the demo goes through (statuses, totals, balances, numbering, history) are the business
functions' own and are proved by their tests; these tests only check that the replay produced the demo.
Seeding takes a while, so the read-only checks share one seed (module scope, truncated at the end).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlmodel import SQLModel, col

import demo.records
from app.database import create_session_factory as _plain_factory
from app.database import transaction
from auth.codes import request_login_code, sign_in
from demo.build import DEMO_USERNAMES, DemoReport, seed_demo
from demo.snapshot import snapshot
from models import Invoice, Job, OutboxMail, PaymentTransaction, User
from models.deployment import DEPLOYMENT_KEY, bind_deployment
from models.enums import InvoiceStatus, JobStatus, PaymentMethod, Role, TransactionStatus
from tests import factories

TODAY = date(2026, 3, 18)  # a Wednesday


def create_session_factory(engine: AsyncEngine) -> Any:
    """The app's session factory, bound to the tests' deployment as `app.runtime.Runtime` binds the app's."""
    sessions = _plain_factory(engine)
    bind_deployment(sessions, factories.DEPLOYMENT)
    return sessions


def _tables() -> str:
    return ", ".join(f'"{table.name}"' for table in SQLModel.metadata.sorted_tables)


@pytest.fixture(scope="module")
async def seeded(engine: AsyncEngine) -> AsyncIterator[DemoReport]:
    """The demo for TODAY, committed once for this module's read-only tests."""
    async with transaction(create_session_factory(engine)) as session:
        report = await seed_demo(session, today=TODAY)
    yield report
    async with engine.begin() as connection:
        await connection.execute(sa.text(f"TRUNCATE {_tables()} RESTART IDENTITY CASCADE"))


@asynccontextmanager
async def empty_database(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    """A session on emptied tables, inside a transaction that is rolled back at the end."""
    async with engine.connect() as connection:
        outer = await connection.begin()
        await connection.execute(sa.text(f"TRUNCATE {_tables()} CASCADE"))
        session = AsyncSession(bind=connection, expire_on_commit=False, info={DEPLOYMENT_KEY: factories.DEPLOYMENT},
                               join_transaction_mode="create_savepoint")
        try:
            yield session
        finally:
            await session.close()
            await outer.rollback()


async def counts(engine: AsyncEngine) -> dict[str, int]:
    async with engine.connect() as connection:
        return await snapshot(connection)


async def test_the_demo_has_every_status_method_and_named_user(seeded: DemoReport, engine: AsyncEngine) -> None:
    shape = await counts(engine)

    assert (seeded.customers, seeded.properties, seeded.batches, seeded.users) == (10, 61, 12, 12)
    assert 550 <= seeded.jobs <= 650 and 420 <= seeded.invoices <= 520 and 150 <= seeded.transactions <= 200
    for column, values in (("job.status", JobStatus), ("invoice.status", InvoiceStatus),
                           ("payment_transaction.method", PaymentMethod),
                           ("payment_transaction.status", TransactionStatus)):
        assert {value for value in values if shape.get(f"{column}={value.value}")} == set(values), column
    assert shape["job_status_change.to_status=FINISHED"] == shape["job.status=FINISHED"]
    assert shape["job_status_change.to_status=PENDING"] == shape["job"]
    assert shape["notification"] > 0 and shape["note"] == 9 and shape["notice"] == 3
    # three office reminders, and the follow-up of the one review that flagged a problem
    assert shape["reminder"] == 4 and shape["job_review"] == 4
    assert shape["saved_payment_method"] == 1 and shape["autopay_charge"] == 0
    async with create_session_factory(engine)() as session:
        names = set((await session.execute(sa.select(col(User.username)))).scalars())
        unsent = (await session.execute(sa.select(sa.func.count()).select_from(OutboxMail)
                                        .where(col(OutboxMail.sent_at).is_(None)))).scalar_one()
    assert set(DEMO_USERNAMES) <= names
    assert unsent == 0, "the replayed year's mail must not go out when the server starts"


async def test_every_named_user_signs_in_with_an_emailed_code(seeded: DemoReport, engine: AsyncEngine) -> None:
    sessions = create_session_factory(engine)
    for username in DEMO_USERNAMES:
        async with transaction(sessions) as session:
            await request_login_code(session, username, client_address=f"203.0.113.{len(username)}")
        async with sessions() as session:
            subject = (await session.execute(
                sa.select(col(OutboxMail.subject)).where(col(OutboxMail.to_address) == f"{username}@example.com")
                .order_by(col(OutboxMail.id).desc()).limit(1))).scalar_one()
        async with transaction(sessions) as session:
            outcome = await sign_in(session, username, subject.rsplit(" ", 1)[-1])

        assert outcome.problem is None, (username, outcome.problem)
        assert outcome.user is not None and outcome.user.username == username


async def test_seeding_again_changes_nothing(seeded: DemoReport, engine: AsyncEngine) -> None:
    before = await counts(engine)

    async with transaction(create_session_factory(engine)) as session:
        again = await seed_demo(session, today=TODAY + timedelta(days=3))

    assert again.already_seeded and again.lines()[0].startswith("Demo data already present")
    assert (again.jobs, again.invoices) == (seeded.jobs, seeded.invoices)
    assert await counts(engine) == before


async def test_an_existing_owner_user_counts_as_seeded(engine: AsyncEngine) -> None:
    async with empty_database(engine) as session:
        session.add(User(username="OWNER", email="someone@example.com", role=Role.OWNER))
        await session.flush()

        report = await seed_demo(session)

        assert report.already_seeded and report.customers == 0 and report.users == 1


async def _fingerprint(session: AsyncSession) -> list[Any]:
    jobs = (await session.execute(sa.select(col(Job.scheduled_start), col(Job.status)).order_by(col(Job.id)))).all()
    invoices = (await session.execute(sa.select(col(Invoice.number), col(Invoice.status), col(Invoice.total_cents),
                                                col(Invoice.created_at)).order_by(col(Invoice.number)))).all()
    payments = (await session.execute(
        sa.select(col(PaymentTransaction.occurred_at), col(PaymentTransaction.amount_cents),
                  col(PaymentTransaction.external_id)).order_by(col(PaymentTransaction.id)))).all()
    return [list(jobs), list(invoices), list(payments)]


SIGN_IN_TABLES = ("login_code", "user_session", "outbox_mail")
"""What the sign-in test above adds to the shared seed."""


def _without_sign_ins(shape: dict[str, int]) -> dict[str, int]:
    return {key: count for key, count in shape.items() if not key.startswith(SIGN_IN_TABLES)}


async def test_the_same_day_gives_the_same_demo(seeded: DemoReport, engine: AsyncEngine) -> None:
    async with create_session_factory(engine)() as session:
        first = await _fingerprint(session)
    shape = _without_sign_ins(await counts(engine))

    async with empty_database(engine) as session:
        await seed_demo(session, today=TODAY)
        await session.flush()

        assert await _fingerprint(session) == first
        assert _without_sign_ins(await snapshot(await session.connection())) == shape


async def test_a_failure_halfway_leaves_nothing_once_the_caller_rolls_back(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo.records, "past_jobs", broken)  # after customers, before billing
    async with empty_database(engine) as session:
        savepoint = await session.begin_nested()
        with pytest.raises(RuntimeError, match="disk full"):
            await seed_demo(session, today=TODAY)
        await savepoint.rollback()

        assert set((await snapshot(await session.connection())).values()) == {0}
