"""Test helpers for the invoice lifecycle, reported payments, corrections and notifications: portal users (with
their viewer), and a snapshot of everything these mutations write, to prove a refusal changed nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from auth.viewer import Viewer
from models import (
    Company,
    CorrectionRequest,
    Customer,
    Invoice,
    Notification,
    OutboxMail,
    PaymentTransaction,
    Property,
    User,
    UserProperty,
)
from models.enums import InvoiceStatus, Role
from tests import factories
from tests import factories_billing as billing


async def portal_user(session: AsyncSession, owner: Customer, *, finances: bool = True, active: bool = True,
                      properties: Iterable[Property] = (), **fields: Any) -> User:
    """A CUSTOMER user of `owner`, limited to `properties` when any are given."""
    user = await factories.user(session, Role.CUSTOMER, customer_id=owner.id, finances=finances, active=active,
                                **fields)
    for place in properties:
        session.add(UserProperty(user_id=user.id, property_id=place.id))  # type: ignore[arg-type]
    await session.flush()
    return user


async def viewer_of(session: AsyncSession, user: User) -> Viewer:
    """The viewer a signed-in `user` gets (as `auth.authenticate` builds it)."""
    limited = (await session.execute(
        sa.select(col(UserProperty.property_id)).where(col(UserProperty.user_id) == user.id)
    )).scalars().all()
    return Viewer(user_id=user.id, role=user.role, customer_id=user.customer_id, employee_id=user.employee_id,
                  finances=user.finances, property_ids=frozenset(limited) if limited else None)


async def snapshot(sessions: async_sessionmaker[AsyncSession]) -> dict[str, Any]:
    """`factories_billing.snapshot` plus what the lifecycle writes: dates, transactions' statuses, requests,
    notifications and mail."""
    state = await billing.snapshot(sessions)
    async with sessions() as session:
        for model in (Notification, OutboxMail, CorrectionRequest):
            state[model.__name__] = (await session.execute(
                sa.select(sa.func.count()).select_from(model))).scalar_one()
        state["invoice_dates"] = sorted((await session.execute(sa.select(
            col(Invoice.id), col(Invoice.issued_on), col(Invoice.due_on), col(Invoice.voided_at),
            col(Invoice.bad_debt_at), col(Invoice.total_cents),
        ))).all())
        state["transactions"] = sorted((await session.execute(sa.select(
            PaymentTransaction.id, PaymentTransaction.status, PaymentTransaction.note))).all())  # type: ignore[call-overload]
        state["requests"] = sorted((await session.execute(sa.select(
            CorrectionRequest.id, CorrectionRequest.status, CorrectionRequest.answer))).all())  # type: ignore[call-overload]
    return state


async def notified(sessions: async_sessionmaker[AsyncSession]) -> list[tuple[int, str, str, int | None]]:
    """Every notification as (user id, kind, subject type, subject id), in creation order."""
    async with sessions() as session:
        rows = (await session.execute(sa.select(
            Notification.user_id, Notification.kind, Notification.subject_type, Notification.subject_id,  # type: ignore[call-overload]
        ).order_by(Notification.id))).all()
    return [(row[0], row[1].value, row[2], row[3]) for row in rows]


TOTAL = 10_888
"""Each world invoice: $100.00 + 8.875 % tax."""


@dataclass
class World:
    """One customer with an invoice in every status at `place`, portal users of every kind, and another
    customer with an open invoice and a portal user of its own."""

    company: Company
    customer: Customer
    place: Property
    elsewhere: Property
    invoices: dict[InvoiceStatus, Invoice]
    client: User
    """Finances, every property."""
    site_user: User
    """Finances, limited to `place`."""
    other_site_user: User
    """Finances, limited to `elsewhere` (another property of the customer)."""
    no_finance: User
    inactive: User
    other_customer: Customer
    others_invoice: Invoice
    other_client: User


async def world(session: AsyncSession, **company: Any) -> World:
    settings = await factories.company(session, **({"payment_terms_days": 14} | company))
    owner, place = await billing.customer_with_property(session)
    elsewhere = await factories.property_(session, owner)
    invoices = {status: await billing.issued_invoice(session, place, status=status)
                for status in InvoiceStatus}
    draft = invoices[InvoiceStatus.DRAFT]
    draft.issued_on = None
    draft.due_on = None
    await billing.payment(session, invoices[InvoiceStatus.PARTIALLY_PAID], 5_000)
    await billing.payment(session, invoices[InvoiceStatus.PAID], TOTAL)
    await billing.payment(session, invoices[InvoiceStatus.BAD_DEBT], 1_000)
    client = await portal_user(session, owner, name="Jordan")
    site_user = await portal_user(session, owner, properties=[place])
    other_site_user = await portal_user(session, owner, properties=[elsewhere])
    no_finance = await portal_user(session, owner, finances=False)
    inactive = await portal_user(session, owner, active=False)
    other, far = await billing.customer_with_property(session)
    others_invoice = await billing.issued_invoice(session, far)
    other_client = await portal_user(session, other)
    await session.commit()
    return World(settings, owner, place, elsewhere, invoices, client, site_user, other_site_user, no_finance, inactive,
                 other, others_invoice, other_client)
