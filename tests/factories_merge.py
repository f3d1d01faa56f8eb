"""Factories and checks for the reminder, merge and delete tests (see tests/factories.py for the basics)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.sessions import start_session
from auth.tokens import create_api_token
from auth.viewer import Viewer
from models import (
    Batch,
    Contact,
    CorrectionRequest,
    Customer,
    CustomerTag,
    InvoiceJob,
    JobStatusChange,
    Note,
    Notice,
    PaymentTransaction,
    Property,
    Reminder,
    StoredFile,
    Tag,
    User,
)
from models.base import row_id, utc_now
from models.billing import Invoice
from models.enums import (
    BatchStatus,
    ContactRole,
    FileKind,
    InvoiceStatus,
    JobStatus,
    PaymentMethod,
    Role,
    TransactionStatus,
)
from tests import factories
from tests.factories_billing import issued_invoice, payment
from tests.factories_jobs import database_state

# Every table a reminder, merge or delete may write: "nothing changed" compares all of their rows.
CRM_TABLES = ("customer", "reminder", "activity", "notification", "property", "job", "invoice", "batch",
              "payment_transaction", "contact", "note", "notice", "customer_tag", "app_user", "api_token",
              "stored_file", "correction_request", "job_status_change")


async def table_state(sessions: async_sessionmaker[AsyncSession],
                      tables: tuple[str, ...] = CRM_TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of `tables`, in id order: compare before and after a refused write."""
    return await database_state(sessions, tables)


async def staff(session: AsyncSession, role: Role = Role.OFFICE, **fields: Any) -> tuple[User, Viewer]:
    """A staff user row and its viewer (an employee user gets an employee)."""
    if role is Role.EMPLOYEE and "employee_id" not in fields:
        fields["employee_id"] = (await factories.employee(session)).id
    user = await factories.user(session, role, **fields)
    return user, Viewer(user_id=user.id, role=role, employee_id=user.employee_id)


async def reminder(session: AsyncSession, about: Customer, *, assignee: User | None, text: str = "Call back",
                   due_at: datetime | None = None, **fields: Any) -> Reminder:
    row = Reminder(customer_id=about.id, text=text,  # type: ignore[arg-type]
                   due_at=due_at or utc_now() + timedelta(days=2),
                   assigned_user_id=None if assignee is None else assignee.id, **fields)
    session.add(row)
    await session.flush()
    return row


async def trail(sessions: async_sessionmaker[AsyncSession], customer_id: int | None = None,
                ) -> list[tuple[str, str, int, dict[str, Any]]]:
    """(verb, subject type, subject id, details) of the activity, oldest first (of one customer if given)."""
    statement = "SELECT verb, subject_type, subject_id, details, customer_id FROM activity ORDER BY id"
    async with sessions() as session:
        rows = (await session.execute(sa.text(statement))).all()
    return [(row[0], row[1], row[2], row[3]) for row in rows if customer_id is None or row[4] == customer_id]


# ------------------------------------------------------------------------------------------------ merge


@dataclass
class History:
    """A customer with one of everything a merge moves, and the credentials of its portal user and token."""

    customer: Customer
    place: Property
    invoices: list[Invoice]
    user: User
    session_token: str
    api_token: str


# Every table with a customer_id column, and what a merge must do with it.
CUSTOMER_TABLES = ("property", "job", "job_status_change", "invoice", "batch", "payment_transaction",
                   "correction_request", "stored_file", "contact", "note", "customer_tag", "reminder", "notice",
                   "app_user", "api_token", "activity")


async def full_history(session: AsyncSession, name: str, *, tags: tuple[str, ...], batch_number: int,
                       office: Viewer) -> History:
    """`name` with a property, three invoiced jobs (one paid, one half paid, one in a batch), a job status
    change, a correction request, a file, a default billing contact, a note, tags, a reminder, a notice, a
    portal user signed in, an API token and activity."""
    customer = await factories.customer(session, display_name=name)
    place = await factories.property_(session, customer, name=f"{name} HQ")
    paid = await issued_invoice(session, place, price=10_000)
    half = await issued_invoice(session, place, price=20_000)
    batched = await issued_invoice(session, place, price=30_000)
    await payment(session, paid, paid.total_cents)
    paid.status = InvoiceStatus.PAID
    transaction = await payment(session, half, half.total_cents // 2)
    half.status = InvoiceStatus.PARTIALLY_PAID
    credit = PaymentTransaction(customer_id=row_id(customer), amount_cents=1_234, method=PaymentMethod.CHECK,
                                status=TransactionStatus.COMPLETED, occurred_at=utc_now(), idempotency_key="same-key")
    session.add(credit)
    batch = Batch(number=batch_number, customer_id=row_id(customer), status=BatchStatus.OPEN)
    session.add(batch)
    await session.flush()
    batched.batch_id = batch.id
    job_id = (await session.execute(sa.select(InvoiceJob.job_id).where(  # type: ignore[call-overload]
        InvoiceJob.invoice_id == paid.id))).scalar_one()
    session.add_all([
        JobStatusChange(job_id=job_id, customer_id=row_id(customer), property_id=row_id(place),
                        from_status=JobStatus.STARTED, to_status=JobStatus.FINISHED),
        CorrectionRequest(customer_id=row_id(customer), transaction_id=row_id(transaction), message="Paid more"),
        StoredFile(job_id=job_id, customer_id=row_id(customer), kind=FileKind.AFTER_PHOTO, filename="after.jpg",
                   content_type="image/jpeg", size_bytes=10, sha256="0" * 64, storage_key=f"{name}/after.jpg"),
        Contact(customer_id=row_id(customer), name=f"{name} Billing", role=ContactRole.BILLING,
                is_default_billing=True),
        Note(customer_id=row_id(customer), body=f"{name} pays by check"),
        Notice(customer_id=row_id(customer), text=f"{name}: gate code 1234"),
    ])
    for tag_name in tags:
        tag = (await session.execute(sa.select(Tag).where(Tag.name == tag_name))).scalar()  # type: ignore[arg-type]
        if tag is None:
            tag = Tag(name=tag_name)
            session.add(tag)
            await session.flush()
        session.add(CustomerTag(customer_id=row_id(customer), tag_id=row_id(tag)))
    user = await factories.user(session, Role.CUSTOMER, customer_id=customer.id)
    _, session_token = await start_session(session, row_id(user))
    _, api_token = await create_api_token(session, office, customer_id=row_id(customer), name=f"{name} PM software")
    await reminder(session, customer, assignee=None, text=f"Call {name}")
    await session.flush()
    return History(customer=customer, place=place, invoices=[paid, half, batched], user=user,
                   session_token=session_token, api_token=api_token)


async def rows_by_customer(sessions: async_sessionmaker[AsyncSession]) -> dict[str, dict[int, list[int]]]:
    """For every table with a customer_id: which row ids each customer has."""
    found: dict[str, dict[int, list[int]]] = {}
    async with sessions() as session:
        for table in CUSTOMER_TABLES:
            rows = await session.execute(sa.text(f'SELECT customer_id, id FROM "{table}" ORDER BY id'))
            by_customer: dict[int, list[int]] = {}
            for customer_id, row in rows:
                by_customer.setdefault(customer_id, []).append(row)
            found[table] = by_customer
    return found


async def money_totals(sessions: async_sessionmaker[AsyncSession]) -> dict[str, Any]:
    """Sums no merge may change: invoice totals, payments, allocations, and each invoice's paid amount."""
    async with sessions() as session:
        totals = (await session.execute(sa.text(
            "SELECT (SELECT sum(total_cents) FROM invoice), (SELECT sum(amount_cents) FROM payment_transaction), "
            "(SELECT sum(amount_cents) FROM allocation), (SELECT count(*) FROM batch)"))).one()
        paid = (await session.execute(sa.text(
            "SELECT i.id, i.total_cents, i.status, i.batch_id, coalesce(sum(a.amount_cents), 0) FROM invoice i "
            "LEFT JOIN allocation a ON a.invoice_id = i.id GROUP BY i.id ORDER BY i.id"))).all()
    return {"totals": tuple(totals), "invoices": [tuple(row) for row in paid]}


OUTSIDERS = ("field employee", "client", "property-scoped client", "no-finance client", "integration token",
             "nobody signed in")
"""Everyone but the office (OWNER, OFFICE): none of them may touch reminders, merges or deletes."""


def outsider(who: str, customer: Customer, employee: Viewer) -> Viewer:
    """The viewer named `who` (one of OUTSIDERS), as close to `customer` as it can be."""
    return {
        "field employee": employee,
        "client": factories.client_of(customer),
        "property-scoped client": factories.client_of(customer, property_ids=frozenset({0})),
        "no-finance client": factories.client_of(customer, finances=False),
        "integration token": Viewer(role=Role.CUSTOMER, customer_id=customer.id, api_token_id=1),
        "nobody signed in": Viewer(),
    }[who]
