"""Billing notifications: the right users are told (notification and e-mail), nobody else, nothing internal."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from models import Batch, Notification, PaymentTransaction
from models.enums import BatchStatus, InvoiceStatus, NotificationKind, Role
from resolvers import notifications
from resolvers.transactions import run_in_transaction
from tests import factories
from tests import factories_billing as billing
from tests import factories_lifecycle as lifecycle
from tests.graphql import execute, gid
from tests.smtp import SMTPServer, smtp_server_fixture  # noqa: F401

S = InvoiceStatus


async def test_an_invoice_is_announced_to_finance_users_who_may_see_its_property(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given an invoice at one property with internal notes, and portal users of every kind
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    invoice.internal_notes = "Client is slow to pay, chase after 10 days"
    await session.commit()

    # when it is announced
    async with sessions() as writing, writing.begin():
        created = await notifications.notify_invoice_issued(writing, invoice)

    # then the all-properties finance user and the user of that property are told; not the user of another
    # property, without finances, inactive, or of another customer
    assert {row.user_id for row in created} == {world.client.id, world.site_user.id}
    assert {row.kind for row in created} == {NotificationKind.INVOICE_GENERATED}
    assert all(row.subject_type == "Invoice" and row.subject_id == invoice.id for row in created)

    # and each gets an e-mail with the amount, never the internal notes
    await smtp_server.deliver(sessions)
    assert sorted(r for rcpts in smtp_server.recipients for r in rcpts) == sorted(
        [world.client.email, world.site_user.email])
    for message in smtp_server.messages:
        text = smtp_server.text_of(message)
        html = smtp_server.html_of(message) or ""
        assert "$108.88" in text and "$108.88" in html
        assert "chase" not in text and "chase" not in html


async def test_an_invoice_for_several_properties_is_announced_only_to_users_of_the_whole_account(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    invoice = world.invoices[S.OPEN]
    invoice.property_id = None
    await session.commit()

    async with sessions() as writing, writing.begin():
        created = await notifications.notify_invoice_issued(writing, invoice)

    assert {row.user_id for row in created} == {world.client.id}


async def test_batches_and_payments_are_announced_to_users_of_the_whole_account_only(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession, smtp_server: SMTPServer) -> None:
    # given a batch and a completed payment of the customer
    world = await lifecycle.world(session)
    batch = Batch(number=31, customer_id=world.customer.id, status=BatchStatus.OPEN)  # type: ignore[arg-type]
    session.add(batch)
    await session.flush()
    world.invoices[S.OPEN].batch_id = batch.id
    payment = await billing.payment(session, world.invoices[S.OPEN], 2_500)
    await session.commit()

    # when both are announced (the Stripe work calls notify_payment_recorded the same way)
    async with sessions() as writing, writing.begin():
        ready = await notifications.notify_batch_ready(writing, batch)
        paid = await notifications.notify_payment_recorded(writing, payment)

    # then only the user who sees the whole account with its money is told, and e-mailed
    assert [row.user_id for row in ready] == [world.client.id]
    assert [row.user_id for row in paid] == [world.client.id]
    assert (ready[0].title, ready[0].body) == ("Batch #31 is ready", "1 invoice, $108.88")
    assert (paid[0].title, paid[0].body) == ("Payment recorded", "$25.00 by cash")
    await smtp_server.deliver(sessions)
    assert [r for rcpts in smtp_server.recipients for r in rcpts] == [world.client.email] * 2
    subjects = sorted(str(message["Subject"]) for message in smtp_server.messages)
    assert subjects == ["Batch #31 is ready: $108.88", "Payment received: $25.00"]


async def test_a_batch_create_announces_the_batch(sessions: async_sessionmaker[AsyncSession],
                                                  session: AsyncSession) -> None:
    world = await lifecycle.world(session)

    await execute(sessions, factories.office(), """mutation ($input: BatchCreateInput!) {
      batchCreate(input: $input) { batch { id } userErrors { code } } }""", {"input": {
        "customerId": gid("Customer", world.customer),
        "invoiceIds": [gid("Invoice", world.invoices[S.OPEN]), gid("Invoice", world.invoices[S.PARTIALLY_PAID])]}})

    assert [(user_id, kind) for user_id, kind, *_ in await lifecycle.notified(sessions)] == [
        (world.client.id, "BATCH_READY")]


async def test_a_rolled_back_change_tells_nobody(sessions: async_sessionmaker[AsyncSession],
                                                 session: AsyncSession) -> None:
    world = await lifecycle.world(session)

    class Boom(Exception):
        pass

    async def work(writing: AsyncSession, viewer: Any) -> None:
        await notifications.notify_invoice_issued(writing, world.invoices[S.OPEN])
        raise Boom

    with pytest.raises(Boom):
        await run_in_transaction(sessions, factories.office(), work)

    snapshot = await lifecycle.snapshot(sessions)
    assert (snapshot["Notification"], snapshot["OutboxMail"]) == (0, 0)


async def test_each_notification_is_handed_to_live_delivery(sessions: async_sessionmaker[AsyncSession],
                                                            session: AsyncSession,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # given live delivery that records what it is handed
    import subscriptions.events

    handed: list[int | None] = []
    monkeypatch.setattr(subscriptions.events, "publish_notification_after_commit",
                        lambda _session, notification: handed.append(notification.id), raising=False)
    world = await lifecycle.world(session)

    # when a payment is announced
    payment = await billing.payment(session, world.invoices[S.OPEN], 100)
    await session.commit()
    async with sessions() as writing, writing.begin():
        created = await notifications.notify_payment_recorded(writing, payment)

    # then each notification (flushed, with its id) was handed over
    assert handed == [row.id for row in created] and all(handed)


MARK = """
mutation ($input: NotificationMarkReadInput!) {
  notificationMarkRead(input: $input) { notifications { id readAt } userErrors { field code } }
}
"""


async def test_a_user_marks_their_own_notifications_read_and_no_one_elses(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    # given two notifications for the client and one for another user
    world = await lifecycle.world(session)
    mine = [Notification(user_id=world.client.id, kind=NotificationKind.INVOICE_GENERATED,  # type: ignore[arg-type]
                         title=f"Invoice {n}") for n in (1, 2)]
    theirs = Notification(user_id=world.site_user.id, kind=NotificationKind.BATCH_READY,  # type: ignore[arg-type]
                          title="Batch")
    session.add_all([*mine, theirs])
    await session.commit()
    client = await lifecycle.viewer_of(session, world.client)
    global_ids = [str(gid("Notification", row)) for row in mine]

    # when the client marks another user's notification read, nothing is marked
    data = await execute(sessions, client, MARK, {"input": {"notificationIds": [gid("Notification", theirs)]}})
    assert data["notificationMarkRead"]["userErrors"] == [
        {"field": ["input", "notificationIds", "0"], "code": "NOT_FOUND"}]

    # when they mark one of theirs, then that one only
    data = await execute(sessions, client, MARK, {"input": {"notificationIds": [global_ids[0]]}})
    [row] = data["notificationMarkRead"]["notifications"]
    assert row["id"] == global_ids[0] and row["readAt"] is not None

    # when they mark all, then the other one too, and no one else's
    data = await execute(sessions, client, MARK, {"input": {}})
    assert [row["id"] for row in data["notificationMarkRead"]["notifications"]] == [global_ids[1]]
    async with sessions() as check:
        unread = (await check.execute(sa.select(col(Notification.user_id)).where(
            col(Notification.read_at).is_(None)))).scalars().all()
    assert unread == [world.site_user.id]


async def test_an_office_user_does_not_mark_a_clients_notifications(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    world = await lifecycle.world(session)
    staff = await factories.user(session, Role.OFFICE)
    notification = Notification(user_id=world.client.id, kind=NotificationKind.INVOICE_GENERATED,  # type: ignore[arg-type]
                                title="Invoice")
    session.add(notification)
    await session.commit()
    office = await lifecycle.viewer_of(session, staff)

    data = await execute(sessions, office, MARK, {"input": {"notificationIds": [gid("Notification", notification)]}})

    assert data["notificationMarkRead"]["userErrors"][0]["code"] == "NOT_FOUND"
    assert (await billing.reread(sessions, Notification, notification.id)).read_at is None  # type: ignore[arg-type]


async def test_a_payment_the_office_records_is_announced(sessions: async_sessionmaker[AsyncSession],
                                                         session: AsyncSession) -> None:
    world = await lifecycle.world(session)

    await execute(sessions, factories.office(), """mutation ($input: PaymentRecordInput!) {
      paymentRecord(input: $input) { userErrors { code } } }""", {"input": {
        "customerId": gid("Customer", world.customer), "amount": "20", "method": "CHECK"}})

    async with sessions() as check:
        payment = (await check.execute(sa.select(PaymentTransaction.id))).scalars().all()  # type: ignore[call-overload]
    told = await lifecycle.notified(sessions)
    assert [(user_id, kind, subject) for user_id, kind, subject, _ in told] == [
        (world.client.id, "PAYMENT_RECORDED", "PaymentTransaction")]
    assert told[0][3] == max(payment)
