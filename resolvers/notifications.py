"""Telling a customer's portal users about their money: a `Notification` row per user and an e-mail each.

Who is told mirrors who may read the record (`auth.scope`): active CUSTOMER users of the customer with
finances; a user limited to some properties only about invoices for one of those properties (batches and
payments belong to the whole account, which such a user does not see). Everything is written in the
caller's transaction (the e-mail through the outbox), so a rolled-back change tells nobody.

Live delivery: each notification is handed to `subscriptions.events.publish_notification_after_commit` (it
publishes once the transaction has committed).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from adapters.mail import company_name, enqueue_mail, render_mail
from auth.scope import readable
from auth.viewer import Viewer
from models import Batch, Company, Invoice, Notification, PaymentTransaction, User, UserProperty
from models.base import row_id
from models.deployment import deployment_of
from models.enums import NotificationKind, Role
from models.money import Money
from models.problems import Problem, ProblemCode, UserInputError
from subscriptions import events

log = logging.getLogger(__name__)

__all__ = [
    "mark_read",
    "notifications_statement",
    "notify_batch_ready",
    "notify_invoice_issued",
    "notify_office",
    "notify_payment_recorded",
    "recipients",
]


@dataclass(frozen=True, slots=True)
class Recipient:
    user_id: int
    email: str
    name: str | None


async def recipients(session: AsyncSession, customer_id: int, *, property_id: int | None = None,
                     account_wide: bool = False) -> list[Recipient]:
    """Active portal users of the customer who may read the record.

    `account_wide` (batches, payments): only users who see the whole account. Otherwise (an invoice for
    `property_id`, None when it spans several): users not limited to properties, and limited users whose
    properties include `property_id`.
    """
    limited = sa.select(col(UserProperty.user_id)).where(col(UserProperty.user_id) == col(User.id))
    statement = sa.select(User).where(
        col(User.customer_id) == customer_id, col(User.role) == Role.CUSTOMER,
        col(User.active).is_(True), col(User.finances).is_(True),
    ).order_by(col(User.id))
    if account_wide or property_id is None:
        statement = statement.where(~sa.exists(limited))
    else:
        statement = statement.where(sa.or_(
            ~sa.exists(limited),
            sa.exists(limited.where(col(UserProperty.property_id) == property_id)),
        ))
    users = (await session.execute(statement)).scalars().all()
    return [Recipient(user_id=int(user.id), email=user.email, name=user.name)  # type: ignore[arg-type]
            for user in users]


async def _company(session: AsyncSession) -> Company | None:
    statement = sa.select(Company).order_by(col(Company.id)).limit(1)
    company: Company | None = (await session.execute(statement)).scalar()
    return company


def _dollars(cents: int, currency: str) -> str:
    amount = Money(cents=cents, currency=currency).amount
    sign = "-" if amount < 0 else ""
    symbol = "$" if currency == "USD" else ""
    suffix = "" if symbol else f" {currency}"
    return f"{sign}{symbol}{abs(amount):,.2f}{suffix}"


def _portal_url(session: AsyncSession, path: str) -> str:
    return deployment_of(session).url(path)


def _publish(session: AsyncSession, notification: Notification) -> None:
    """Hand the notification to live delivery (it publishes once the transaction has committed)."""
    events.publish_notification_after_commit(session, notification)


async def _notify(session: AsyncSession, people: Sequence[Recipient], *, kind: NotificationKind, title: str,
                  body: str, subject: Any, template: str, mail_subject: str, **context: Any) -> list[Notification]:
    if not people:
        return []
    name = await company_name(session)
    created: list[Notification] = []
    for person in people:
        notification = Notification(user_id=person.user_id, kind=kind, title=title, body=body,
                                    subject_type=type(subject).__name__, subject_id=subject.id)
        session.add(notification)
        created.append(notification)
        mail = render_mail(template, mail_subject, company_name=name, name=person.name, title=title,
                           body=body, **context)
        enqueue_mail(session, person.email, mail.subject, mail.text, mail.html)
    await session.flush()
    for notification in created:
        _publish(session, notification)
    return created


async def notify_invoice_issued(session: AsyncSession, invoice: Invoice) -> list[Notification]:
    """"Invoice generated": for the users who may read this invoice."""
    company = await _company(session)
    currency = company.currency if company else "USD"
    prefix = company.invoice_prefix if company else ""
    number = f"{prefix}{invoice.number}"
    total = _dollars(invoice.total_cents, currency)
    due = f", due {invoice.due_on:%b} {invoice.due_on.day}, {invoice.due_on.year}" if invoice.due_on else ""
    people = await recipients(session, invoice.customer_id, property_id=invoice.property_id)
    return await _notify(
        session, people, kind=NotificationKind.INVOICE_GENERATED, title=f"Invoice {number}",
        body=f"{total}{due}", subject=invoice, template="invoice_generated",
        mail_subject=f"Invoice {number}: {total}", number=number, total=total,
        due_on=invoice.due_on.isoformat() if invoice.due_on else None,
        url=_portal_url(session, f"/invoices/{invoice.id}"),
    )


async def notify_batch_ready(session: AsyncSession, batch: Batch) -> list[Notification]:
    """"Batch ready": for the users who see the whole account."""
    company = await _company(session)
    currency = company.currency if company else "USD"
    totals = (await session.execute(
        sa.select(sa.func.coalesce(sa.func.sum(col(Invoice.total_cents)), 0), sa.func.count())
        .where(col(Invoice.batch_id) == batch.id, col(Invoice.status) != "VOID")
    )).one()
    total = _dollars(int(totals[0]), currency)
    count = int(totals[1])
    people = await recipients(session, batch.customer_id, account_wide=True)
    invoices = "invoice" if count == 1 else "invoices"
    return await _notify(
        session, people, kind=NotificationKind.BATCH_READY, title=f"Batch #{batch.number} is ready",
        body=f"{count} {invoices}, {total}", subject=batch, template="batch_ready",
        mail_subject=f"Batch #{batch.number} is ready: {total}", number=batch.number, total=total,
        count=count, url=_portal_url(session, f"/batches/{batch.id}"),
    )


async def notify_payment_recorded(session: AsyncSession, transaction: PaymentTransaction) -> list[Notification]:
    """"Payment recorded": for the users who see the whole account (payments are account-wide).

    For any completed payment: recorded by the office, a client's report approved, or a Stripe payment.
    """
    company = await _company(session)
    currency = company.currency if company else "USD"
    amount = _dollars(transaction.amount_cents, currency)
    method = transaction.method.value.replace("_", " ").lower()
    people = await recipients(session, transaction.customer_id, account_wide=True)
    return await _notify(
        session, people, kind=NotificationKind.PAYMENT_RECORDED, title="Payment recorded",
        body=f"{amount} by {method}", subject=transaction, template="payment_recorded",
        mail_subject=f"Payment received: {amount}", amount=amount, method=method,
        url=_portal_url(session, "/transactions"),
    )


async def notify_office(session: AsyncSession, *, kind: NotificationKind, title: str, body: str, subject: Any,
                        path: str, flush: bool = True) -> list[Notification]:
    """An in-app notification and an e-mail for every active owner and office user (a failed autopay
    charge, a problem a client flagged). `flush=False`: the caller flushes and publishes."""
    users = list((await session.execute(sa.select(User).where(
        col(User.role).in_([Role.OWNER, Role.OFFICE]), col(User.active).is_(True)).order_by(col(User.id)))).scalars())
    name = await company_name(session)
    url = _portal_url(session, path)
    created: list[Notification] = []
    for user in users:
        notification = Notification(user_id=row_id(user), kind=kind, title=title, body=body,
                                    subject_type=type(subject).__name__, subject_id=subject.id)
        session.add(notification)
        created.append(notification)
        mail = render_mail("office_alert", title, company_name=name, name=user.name, title=title, body=body, url=url)
        enqueue_mail(session, user.email, mail.subject, mail.text, mail.html)
    if flush:
        await session.flush()
        for notification in created:
            _publish(session, notification)
    return created


# ---------------------------------------------------------------------------------------------- reading


def notifications_statement(viewer: Viewer, *, unread_only: bool = False) -> sa.Select[Any]:
    """The viewer's own notifications, newest first (through `auth.scope`: nobody reads another's; nothing for
    a token or anonymous)."""
    statement = readable(viewer, Notification)
    if unread_only:
        statement = statement.where(col(Notification.read_at).is_(None))
    return statement.order_by(col(Notification.created_at).desc(), col(Notification.id).desc())


async def mark_read(session: AsyncSession, viewer: Viewer, notification_ids: Sequence[int] | None,
                    ) -> list[Notification]:
    """Mark the viewer's listed notifications read (all unread ones when `notification_ids` is None).

    An id that is not the viewer's is NOT_FOUND, like one that does not exist; already-read ones keep their
    time.
    """
    statement = readable(viewer, Notification)
    if notification_ids is None:
        statement = statement.where(col(Notification.read_at).is_(None))
    else:
        statement = statement.where(col(Notification.id).in_(list(notification_ids)))
    rows = list((await session.execute(
        statement.order_by(col(Notification.id).desc()).with_for_update()
    )).scalars())
    if notification_ids is not None:
        found = {row.id for row in rows}
        missing = [Problem(("input", "notificationIds", str(index)), ProblemCode.NOT_FOUND,
                           "No notification with this id. Check the id and try again.")
                   for index, value in enumerate(notification_ids) if value not in found]
        if missing:
            raise UserInputError(missing)
    now = datetime.now(UTC)
    for row in rows:
        if row.read_at is None:
            row.read_at = now
            session.add(row)
    await session.flush()
    return rows
