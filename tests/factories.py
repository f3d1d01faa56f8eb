"""Factories for test data: each makes one believable row with sensible defaults, overridable by keyword."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.settings import PROJECT_ROOT
from auth.viewer import Viewer
from models import (
    Company,
    Customer,
    Employee,
    Invoice,
    InvoiceJob,
    InvoiceLine,
    Job,
    JobAssignment,
    JobLine,
    Property,
    Service,
    User,
)
from models.deployment import Deployment
from models.enums import InvoiceStatus, JobStatus, Role
from resolvers.billing.arithmetic import LineInput, invoice_totals, line_amount

_sequence = itertools.count(1)

DEPLOYMENT = Deployment(public_url="http://127.0.0.1:8000", signing_key="test-signing-key",
                        uploads_dir=PROJECT_ROOT / "var" / "files")
"""The deployment business code runs in during tests (bound to the `sessions` fixture, in test contexts)."""


def _id(row: Any) -> int:
    assert row.id is not None, "flush the row first"
    return int(row.id)


def _n() -> int:
    return next(_sequence)


async def _save(session: AsyncSession, row: Any) -> Any:
    session.add(row)
    await session.flush()
    return row


async def company(session: AsyncSession, **fields: Any) -> Company:
    defaults: dict[str, Any] = {"name": "Sparkle Test Co.", "tax_rate": Decimal("8.875"),
                                "card_fee_percent": Decimal("2.9"), "card_fee_fixed_cents": 30}
    return await _save(session, Company(**(defaults | fields)))  # type: ignore[no-any-return]


async def customer(session: AsyncSession, **fields: Any) -> Customer:
    n = _n()
    defaults: dict[str, Any] = {"display_name": f"Customer {n}", "emails": [f"customer{n}@example.com"]}
    return await _save(session, Customer(**(defaults | fields)))  # type: ignore[no-any-return]


async def property_(session: AsyncSession, owner: Customer, **fields: Any) -> Property:
    n = _n()
    defaults: dict[str, Any] = {"customer_id": owner.id, "name": f"Property {n}",
                                "address_line1": f"{n} Main St", "city": "Springfield"}
    return await _save(session, Property(**(defaults | fields)))  # type: ignore[no-any-return]


async def employee(session: AsyncSession, **fields: Any) -> Employee:
    n = _n()
    return await _save(session, Employee(**({"name": f"Employee {n}"} | fields)))  # type: ignore[no-any-return]


async def service(session: AsyncSession, **fields: Any) -> Service:
    n = _n()
    defaults: dict[str, Any] = {"name": f"Service {n}", "default_price_cents": 12_000, "taxable": True}
    return await _save(session, Service(**(defaults | fields)))  # type: ignore[no-any-return]


async def job(session: AsyncSession, place: Property, *, status: JobStatus = JobStatus.PENDING,
              lines: list[tuple[str, Decimal, int, bool]] | None = None, employees: list[Employee] = (),  # type: ignore[assignment]
              scheduled_start: datetime | None = None, **fields: Any) -> Job:
    start = scheduled_start or datetime.now(UTC) + timedelta(days=1)
    row = await _save(session, Job(customer_id=place.customer_id, property_id=_id(place), status=status,
                                   scheduled_start=start, scheduled_end=start + timedelta(hours=2), **fields))
    for position, (description, quantity, price, taxable) in enumerate(
            lines if lines is not None else [("Standard clean", Decimal("1"), 12_000, True)]):
        session.add(JobLine(job_id=row.id, description=description, quantity=quantity, unit_price_cents=price,
                            taxable=taxable, position=position))
    for worker in employees:
        session.add(JobAssignment(job_id=row.id, employee_id=_id(worker)))
    await session.flush()
    return row  # type: ignore[no-any-return]


async def invoice(session: AsyncSession, jobs: list[Job], *, number: int | None = None,
                  status: InvoiceStatus = InvoiceStatus.OPEN, tax_rate: Decimal = Decimal("8.875"),
                  **fields: Any) -> Invoice:
    """An issued invoice billing `jobs` (one line per job, priced at `price` cents)."""
    price = fields.pop("price", 10_000)
    totals = invoice_totals([LineInput(Decimal("1"), price, True) for _ in jobs], tax_rate)
    row = await _save(session, Invoice(
        number=number or 1000 + _n(), customer_id=jobs[0].customer_id, property_id=jobs[0].property_id,
        status=status, issued_on=datetime.now(UTC).date(), due_on=datetime.now(UTC).date() + timedelta(days=30),
        tax_rate=tax_rate, subtotal_cents=totals.subtotal_cents, tax_cents=totals.tax_cents,
        total_cents=totals.total_cents, **fields,
    ))
    for position, billed in enumerate(jobs):
        session.add(InvoiceJob(invoice_id=row.id, job_id=_id(billed)))
        session.add(InvoiceLine(invoice_id=row.id, job_id=billed.id, description=f"Job {billed.id}",
                                quantity=Decimal("1"), unit_price_cents=price,
                                amount_cents=line_amount(Decimal("1"), price), taxable=True, position=position))
    await session.flush()
    return row  # type: ignore[no-any-return]


async def user(session: AsyncSession, role: Role, **fields: Any) -> User:
    n = _n()
    defaults: dict[str, Any] = {"username": f"user{n}", "email": f"user{n}@example.com", "role": role}
    return await _save(session, User(**(defaults | fields)))  # type: ignore[no-any-return]


def office() -> Viewer:
    return Viewer(user_id=None, role=Role.OFFICE)


def owner() -> Viewer:
    return Viewer(user_id=None, role=Role.OWNER)


def client_of(customer: Customer, *, finances: bool = True, property_ids: frozenset[int] | None = None) -> Viewer:
    return Viewer(role=Role.CUSTOMER, customer_id=customer.id, finances=finances, property_ids=property_ids)


def field_worker(worker: Employee) -> Viewer:
    return Viewer(role=Role.EMPLOYEE, employee_id=worker.id)
