"""POST /webhooks/stripe: only genuine, recent events count, each once, in whatever order they arrive.

Sessions are created through the real SDK against `tests/stripe_server.py`; events are signed here with
Stripe's algorithm (`t=…,v1=HMAC-SHA256(secret, f"{t}.{payload}")`) and posted to the real endpoint."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.routing import Route

from adapters.payments import gateway_from_settings
from app.settings import Settings
from app.webhooks import WEBHOOK_PATH, stripe_webhook_endpoint
from models import Activity, Allocation, Batch, Customer, Invoice, PaymentTransaction, StripeEvent
from models.enums import BatchStatus, InvoiceStatus, PaymentMethod, TransactionStatus
from resolvers.billing.online_payments import create_checkout
from resolvers.merge import merge_customers
from tests import factories
from tests import factories_billing as billing
from tests.factories_billing import CARD_FEE, TOTAL
from tests.stripe_server import (  # noqa: F401 - fixtures
    StripeServer,
    sign,
    stripe_configured_fixture,
    stripe_server_fixture,
)


@dataclass
class World:
    customer: Customer
    invoice: Invoice


@dataclass
class Stripe:
    """The test's side of Stripe: the API server, and a client that delivers signed events to our app."""

    server: StripeServer
    http: httpx.AsyncClient
    settings: Settings

    async def deliver(self, event: dict[str, Any], *, secret: str | None = None, timestamp: int | None = None,
                      signature: str | None = None) -> httpx.Response:
        payload = json.dumps(event)
        header = signature if signature is not None else sign(payload, secret or self.server.webhook_secret,
                                                              timestamp)
        return await self.http.post(WEBHOOK_PATH, content=payload,
                                    headers={"Stripe-Signature": header, "Content-Type": "application/json"})

    async def checkout(self, session: AsyncSession, *, method: PaymentMethod = PaymentMethod.CARD,
                       invoice: Invoice | None = None, batch: Batch | None = None) -> str:
        """A Checkout session created by our code (through the SDK), as the office would start it."""
        started = await create_checkout(
            session, factories.office(), gateway_from_settings(self.settings), method=method,
            public_url=self.settings.public_url, invoice_id=invoice.id if invoice else None,
            batch_id=batch.id if batch else None,
        )
        await session.commit()
        return started.session.id

    def completed(self, session_id: str, **payment: Any) -> dict[str, Any]:
        """The `checkout.session.completed` event of the session, paid on Stripe's page (`payment`: how)."""
        return self.server.event("checkout.session.completed", self.server.pay(session_id, **payment))

    async def pending_ach(self, session: AsyncSession, invoice: Invoice) -> str:
        """An ACH checkout for `invoice` that the customer completed, delivered while the debit still processes."""
        session_id = await self.checkout(session, invoice=invoice, method=PaymentMethod.ACH)
        await self.deliver(self.completed(session_id, payment_status="unpaid"))
        return session_id


def _settings(server: StripeServer) -> Settings:
    return Settings(stripe_secret_key=server.secret_key, stripe_webhook_secret=server.webhook_secret,
                    stripe_api_base=server.base_url)


@pytest.fixture
async def stripe(sessions: async_sessionmaker[AsyncSession], stripe_configured: StripeServer,
                 ) -> AsyncIterator[Stripe]:
    settings = _settings(stripe_configured)
    app = Starlette(routes=[Route(WEBHOOK_PATH, stripe_webhook_endpoint(sessions, settings), methods=["POST"])])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        yield Stripe(stripe_configured, http, settings)


async def _world(session: AsyncSession, **company: Any) -> World:
    await factories.company(session, **company)  # card fee 2.9 % + $0.30
    owner, invoice = await billing.customer_with_invoice(session)
    await session.commit()
    return World(owner, invoice)


async def _transactions(sessions: async_sessionmaker[AsyncSession]) -> list[PaymentTransaction]:
    async with sessions() as session:
        return list((await session.execute(sa.select(PaymentTransaction))).scalars())


async def _invoice(sessions: async_sessionmaker[AsyncSession], invoice: Invoice) -> Invoice:
    async with sessions() as session:
        found = await session.get(Invoice, invoice.id)
        assert found is not None
        return found


async def _count(sessions: async_sessionmaker[AsyncSession], model: type[Any]) -> int:
    async with sessions() as session:
        return int((await session.execute(sa.select(sa.func.count()).select_from(model))).scalar_one())


async def _paid_in_full_once(sessions: async_sessionmaker[AsyncSession], invoice: Invoice) -> None:
    """The invoice is PAID, by its whole total allocated once."""
    assert await _allocated(sessions) == [(invoice.id, TOTAL)]
    assert (await _invoice(sessions, invoice)).status is InvoiceStatus.PAID


async def _allocated(sessions: async_sessionmaker[AsyncSession]) -> list[tuple[int, int]]:
    async with sessions() as session:
        rows = await session.execute(sa.select(Allocation.invoice_id, Allocation.amount_cents)  # type: ignore[call-overload]
                                     .order_by(Allocation.id))
        return [(int(invoice_id), int(cents)) for invoice_id, cents in rows.all()]


# --- a card payment -----------------------------------------------------------------------------------------


async def test_a_paid_card_checkout_records_one_completed_card_payment_with_its_fee(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a card checkout for an open invoice of $108.88, paid on Stripe's page
    world = await _world(session)
    session_id = await stripe.checkout(session, invoice=world.invoice)
    paid = stripe.server.pay(session_id)

    # when Stripe tells us the session completed
    response = await stripe.deliver(stripe.server.event("checkout.session.completed", paid))

    # then one completed card payment is recorded under the payment intent, fee apart, and the invoice is paid
    assert response.status_code == 200
    assert response.json() == {"received": True, "outcome": "applied"}
    (transaction,) = await _transactions(sessions)
    assert (transaction.status, transaction.method) == (TransactionStatus.COMPLETED, PaymentMethod.CARD)
    assert (transaction.amount_cents, transaction.fee_cents) == (TOTAL, CARD_FEE)
    assert transaction.external_id == paid["payment_intent"]
    assert transaction.customer_id == world.customer.id
    assert session_id in (transaction.reference or "")
    await _paid_in_full_once(sessions, world.invoice)


async def test_the_same_event_delivered_three_times_has_one_effect(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a completed card checkout and its event
    world = await _world(session)
    session_id = await stripe.checkout(session, invoice=world.invoice)
    event = stripe.completed(session_id)

    # when Stripe delivers it three times (a replay, retries after timeouts)
    outcomes = [(await stripe.deliver(event)).json()["outcome"] for _ in range(3)]

    # then it was applied once and recognised twice; one transaction, one allocation, one stored event
    assert outcomes == ["applied", "duplicate", "duplicate"]
    assert len(await _transactions(sessions)) == 1
    assert await _allocated(sessions) == [(world.invoice.id, TOTAL)]
    assert await _count(sessions, StripeEvent) == 1


@pytest.mark.committed
async def test_the_same_event_delivered_concurrently_has_one_effect(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a completed card checkout and its event
    world = await _world(session)
    session_id = await stripe.checkout(session, invoice=world.invoice)
    event = stripe.completed(session_id)

    # when three deliveries of it arrive at the same moment
    responses = await asyncio.gather(*(stripe.deliver(event) for _ in range(3)))

    # then each is answered 200 and exactly one applied it
    assert [r.status_code for r in responses] == [200, 200, 200]
    assert sorted(r.json()["outcome"] for r in responses) == ["applied", "duplicate", "duplicate"]
    assert len(await _transactions(sessions)) == 1
    assert await _allocated(sessions) == [(world.invoice.id, TOTAL)]


@pytest.mark.committed
async def test_two_events_of_one_payment_make_one_transaction(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a paid card checkout, announced by two different events (completed, and async_payment_succeeded)
    world = await _world(session)
    session_id = await stripe.checkout(session, invoice=world.invoice)
    paid = stripe.server.pay(session_id)

    # when both arrive at once
    await asyncio.gather(stripe.deliver(stripe.server.event("checkout.session.completed", paid)),
                         stripe.deliver(stripe.server.event("checkout.session.async_payment_succeeded", paid)))

    # then there is one completed payment, applied once
    (transaction,) = await _transactions(sessions)
    assert transaction.status is TransactionStatus.COMPLETED
    assert await _allocated(sessions) == [(world.invoice.id, TOTAL)]


# --- signatures ---------------------------------------------------------------------------------------------


async def test_a_forged_event_is_refused_and_changes_nothing(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a genuine-looking event for a real session
    world = await _world(session)
    session_id = await stripe.checkout(session, invoice=world.invoice)
    event = stripe.completed(session_id)
    payload = json.dumps(event)
    tampered = dict(event, data={"object": dict(event["data"]["object"], amount_total=1)})

    # when it arrives signed with another secret, with no signature, with garbage, or altered after signing
    responses = [
        await stripe.deliver(event, secret="whsec_someone_else"),
        await stripe.deliver(event, signature=""),
        await stripe.deliver(event, signature="t=abc,v1=def"),
        await stripe.deliver(tampered, signature=sign(payload, stripe.server.webhook_secret)),
    ]

    # then every one is refused with 400, and nothing was stored or recorded
    assert [r.status_code for r in responses] == [400, 400, 400, 400]
    assert await _transactions(sessions) == []
    assert await _count(sessions, StripeEvent) == 0
    assert (await _invoice(sessions, world.invoice)).status is InvoiceStatus.OPEN


async def test_a_stale_event_is_refused_but_one_within_the_tolerance_is_accepted(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a genuine event
    world = await _world(session)
    session_id = await stripe.checkout(session, invoice=world.invoice)
    event = stripe.completed(session_id)
    now = int(time.time())

    # when a capture signed 6 minutes ago is replayed, and then one signed 4 minutes ago arrives
    stale = await stripe.deliver(event, timestamp=now - 360)
    nothing = await _transactions(sessions)
    recent = await stripe.deliver(event, timestamp=now - 240)

    # then the stale one is refused without effect; the recent one counts
    assert stale.status_code == 400
    assert nothing == []
    assert recent.status_code == 200
    assert len(await _transactions(sessions)) == 1


async def test_without_stripe_keys_the_webhook_is_not_available(
    sessions: async_sessionmaker[AsyncSession], stripe_configured: StripeServer,
) -> None:
    # given an app with no Stripe settings
    settings = Settings(stripe_secret_key=None, stripe_webhook_secret=None, stripe_api_base=None)
    app = Starlette(routes=[Route(WEBHOOK_PATH, stripe_webhook_endpoint(sessions, settings), methods=["POST"])])
    event = StripeServer.event("checkout.session.completed", {"id": "cs_test_x"})
    payload = json.dumps(event)

    # when an event arrives, even correctly signed with some secret
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        response = await http.post(WEBHOOK_PATH, content=payload,
                                   headers={"Stripe-Signature": sign(payload, stripe_configured.webhook_secret)})

    # then it is refused as unavailable, and nothing is stored
    assert response.status_code == 503
    assert await _count(sessions, StripeEvent) == 0


# --- ACH: pending, then cleared or failed, in any order -----------------------------------------------------


async def test_an_ach_payment_is_pending_until_it_clears(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given an ACH checkout the customer completed (the debit still processing)
    world = await _world(session, ach_fee_fixed_cents=100)
    session_id = await stripe.checkout(session, invoice=world.invoice, method=PaymentMethod.ACH)
    processing = stripe.server.pay(session_id, payment_status="unpaid")

    # when the session completes
    await stripe.deliver(stripe.server.event("checkout.session.completed", processing))

    # then a pending ACH transaction says what it is for, but the invoice is still open
    (pending,) = await _transactions(sessions)
    assert (pending.status, pending.method, pending.fee_cents) == (TransactionStatus.PENDING, PaymentMethod.ACH,
                                                                   100)
    assert (await _invoice(sessions, world.invoice)).status is InvoiceStatus.OPEN

    # and when the debit clears days later
    cleared = stripe.server.settle(session_id)
    await stripe.deliver(stripe.server.event("checkout.session.async_payment_succeeded", cleared))

    # then the same transaction is completed and the invoice paid
    (completed,) = await _transactions(sessions)
    assert (completed.id, completed.status) == (pending.id, TransactionStatus.COMPLETED)
    await _paid_in_full_once(sessions, world.invoice)


async def test_a_failed_ach_debit_leaves_the_invoice_open(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given an ACH payment pending
    world = await _world(session)
    session_id = await stripe.pending_ach(session, world.invoice)

    # when the debit fails (and a stray success for the same session arrives later)
    failed = stripe.server.settle(session_id, succeeded=False)
    await stripe.deliver(stripe.server.event("checkout.session.async_payment_failed", failed))
    await stripe.deliver(stripe.server.event("checkout.session.completed", failed))

    # then the transaction is FAILED and the invoice still owes everything
    (transaction,) = await _transactions(sessions)
    assert transaction.status is TransactionStatus.FAILED
    assert (await _invoice(sessions, world.invoice)).status is InvoiceStatus.OPEN


SUCCEEDED, COMPLETED = "async_payment_succeeded", "completed"


@pytest.mark.parametrize("order", [
    [SUCCEEDED, COMPLETED],
    [SUCCEEDED, SUCCEEDED, COMPLETED, COMPLETED],
    [SUCCEEDED, COMPLETED, SUCCEEDED, COMPLETED],
    [COMPLETED, SUCCEEDED, COMPLETED, SUCCEEDED],
], ids=lambda order: "-then-".join(order))
async def test_ach_events_out_of_order_and_repeated_end_with_one_completed_transaction(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe, order: list[str],
) -> None:
    # given an ACH payment that cleared, whose events Stripe delivers out of order, some twice
    world = await _world(session)
    session_id = await stripe.checkout(session, invoice=world.invoice, method=PaymentMethod.ACH)
    processing = stripe.server.pay(session_id, payment_status="unpaid")
    cleared = stripe.server.settle(session_id)
    events = {COMPLETED: stripe.server.event("checkout.session.completed", processing),
              SUCCEEDED: stripe.server.event("checkout.session.async_payment_succeeded", cleared)}

    # when they arrive in this order
    for name in order:
        assert (await stripe.deliver(events[name])).status_code == 200

    # then exactly one COMPLETED transaction paid the invoice once
    (transaction,) = await _transactions(sessions)
    assert transaction.status is TransactionStatus.COMPLETED
    await _paid_in_full_once(sessions, world.invoice)


async def test_a_pending_payment_that_clears_after_a_partial_payment_leaves_the_rest_as_credit(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given an ACH payment of the whole $108.88 pending, and meanwhile a $50.00 check recorded by the office
    world = await _world(session)
    session_id = await stripe.pending_ach(session, world.invoice)
    check = await billing.payment(session, world.invoice, 5_000)
    world.invoice.status = InvoiceStatus.PARTIALLY_PAID
    await session.commit()

    # when the ACH debit clears
    await stripe.deliver(stripe.server.event("checkout.session.async_payment_succeeded",
                                             stripe.server.settle(session_id)))

    # then it applies only the $58.88 still owed; the invoice is paid, never overpaid
    ach = next(t for t in await _transactions(sessions) if t.id != check.id)
    assert ach.status is TransactionStatus.COMPLETED
    async with sessions() as reading:
        applied = (await reading.execute(sa.select(sa.func.sum(Allocation.amount_cents))
                                         .where(Allocation.transaction_id == ach.id))).scalar_one()  # type: ignore[arg-type]
    assert applied == TOTAL - 5_000
    assert (await _invoice(sessions, world.invoice)).status is InvoiceStatus.PAID


# --- refunds ------------------------------------------------------------------------------------------------


async def test_a_refund_marks_the_payment_refunded_and_reopens_the_invoice(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given an invoice in a batch, paid by card online
    world = await _world(session)
    batch = await billing.open_batch(session, world.customer, world.invoice, number=5)
    session_id = await stripe.checkout(session, batch=batch)
    await stripe.deliver(stripe.completed(session_id))
    async with sessions() as reading:
        assert (await reading.get(Batch, batch.id)).status is BatchStatus.PAID  # type: ignore[union-attr]

    # when the office refunds it in Stripe (and Stripe sends the event twice)
    refund = stripe.server.event("charge.refunded", stripe.server.refunded_charge(session_id))
    outcomes = [(await stripe.deliver(refund)).json()["outcome"] for _ in range(2)]

    # then the payment is REFUNDED, the invoice and its batch owe everything again
    assert outcomes == ["applied", "duplicate"]
    (transaction,) = await _transactions(sessions)
    assert transaction.status is TransactionStatus.REFUNDED
    assert (await _invoice(sessions, world.invoice)).status is InvoiceStatus.OPEN
    async with sessions() as reading:
        assert (await reading.get(Batch, batch.id)).status is BatchStatus.OPEN  # type: ignore[union-attr]
        verbs = (await reading.execute(sa.select(Activity.verb))).scalars().all()  # type: ignore[call-overload]
    assert "payment.refunded" in verbs


async def test_a_refund_that_arrives_before_the_payment_still_ends_refunded(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a paid card checkout whose refund event overtakes its completed event
    world = await _world(session)
    session_id = await stripe.checkout(session, invoice=world.invoice)
    paid = stripe.server.pay(session_id)
    refund = stripe.server.event("charge.refunded", stripe.server.refunded_charge(session_id))

    # when the refund arrives first, then the completion
    first = (await stripe.deliver(refund)).json()["outcome"]
    await stripe.deliver(stripe.server.event("checkout.session.completed", paid))

    # then one transaction exists, REFUNDED, and the invoice is still open
    assert first == "ignored"
    (transaction,) = await _transactions(sessions)
    assert transaction.status is TransactionStatus.REFUNDED
    assert (await _invoice(sessions, world.invoice)).status is InvoiceStatus.OPEN


async def test_a_partial_refund_only_leaves_a_trace(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a paid card checkout
    world = await _world(session)
    session_id = await stripe.checkout(session, invoice=world.invoice)
    await stripe.deliver(stripe.completed(session_id))

    # when $10.00 of it is refunded
    await stripe.deliver(stripe.server.event("charge.refunded",
                                             stripe.server.refunded_charge(session_id, amount=1_000)))

    # then the payment stays completed (the office decides what to do), and the refund is in the activity
    (transaction,) = await _transactions(sessions)
    assert transaction.status is TransactionStatus.COMPLETED
    async with sessions() as reading:
        verbs = (await reading.execute(sa.select(Activity.verb))).scalars().all()  # type: ignore[call-overload]
    assert "payment.partially_refunded" in verbs


# --- batches, strangers, and what can no longer be paid -----------------------------------------------------


async def test_a_batch_payment_spreads_over_its_invoices_oldest_first(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a batch of two open invoices, paid online in one card payment
    world = await _world(session)
    place = await factories.property_(session, world.customer)
    newer = await billing.issued_invoice(session, place)
    world.invoice.issued_on, world.invoice.due_on = date(2025, 1, 1), date(2025, 1, 31)
    batch = await billing.open_batch(session, world.customer, world.invoice, newer, number=6)
    session_id = await stripe.checkout(session, batch=batch)

    # when the payment completes
    await stripe.deliver(stripe.completed(session_id))

    # then both invoices are paid, the older first, and the batch is paid; the fee was on the whole
    # (2.9 % of 21 776 = 631.504 → 632, + 30)
    (transaction,) = await _transactions(sessions)
    assert (transaction.amount_cents, transaction.fee_cents, transaction.batch_id) == (2 * TOTAL, 662, batch.id)
    assert await _allocated(sessions) == [(world.invoice.id, TOTAL), (newer.id, TOTAL)]
    async with sessions() as reading:
        assert (await reading.get(Batch, batch.id)).status is BatchStatus.PAID  # type: ignore[union-attr]


async def test_a_payment_for_an_invoice_voided_since_is_kept_as_credit(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a card checkout started, then the invoice voided by the office before the payment came in
    world = await _world(session)
    session_id = await stripe.checkout(session, invoice=world.invoice)
    world.invoice.status = InvoiceStatus.VOID
    await session.commit()

    # when the payment completes
    response = await stripe.deliver(stripe.completed(session_id))

    # then the money is recorded (never lost), applied to nothing: the customer's credit
    assert response.status_code == 200
    (transaction,) = await _transactions(sessions)
    assert (transaction.status, transaction.amount_cents) == (TransactionStatus.COMPLETED, TOTAL)
    assert await _allocated(sessions) == []
    assert (await _invoice(sessions, world.invoice)).status is InvoiceStatus.VOID


async def test_events_we_do_not_handle_or_sessions_we_did_not_create_are_stored_and_ignored(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given an event type we don't act on, and a session of another integration on the same account
    await _world(session)
    foreign: dict[str, Any] = {"id": "cs_test_other", "object": "checkout.session", "payment_status": "paid",
               "payment_intent": "pi_test_other", "amount_total": 500, "metadata": {"order": "42"}}

    # when they arrive
    deliveries: list[tuple[str, dict[str, Any]]] = [
        ("customer.created", {"id": "cus_1", "object": "customer"}), ("checkout.session.completed", foreign)]
    outcomes = [(await stripe.deliver(stripe.server.event(kind, obj))).json()["outcome"] for kind, obj in deliveries]

    # then both are acknowledged, remembered, and change nothing
    assert outcomes == ["ignored", "ignored"]
    assert await _count(sessions, StripeEvent) == 2
    assert await _transactions(sessions) == []


async def test_the_app_serves_the_webhook_route(
    migrated_database_url: str, stripe_configured: StripeServer,
) -> None:
    # given the real app, configured for Stripe
    from app.asgi import create_app

    app = create_app(Settings(database_url=migrated_database_url, stripe_secret_key=stripe_configured.secret_key,
                              stripe_webhook_secret=stripe_configured.webhook_secret,
                              stripe_api_base=stripe_configured.base_url))

    # when an unsigned event arrives at /webhooks/stripe
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        unsigned = await http.post(WEBHOOK_PATH, content=b"{}")
    await app.state.runtime.engine.dispose()

    # then the webhook endpoint is what answers, refusing it
    assert unsigned.status_code == 400
    assert unsigned.json() == {"error": "Invalid signature or payload."}


async def test_a_checkout_paid_after_its_customer_was_merged_pays_the_survivor(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a card checkout for an invoice, started before its customer was merged into another
    world = await _world(session)
    survivor = await factories.customer(session, display_name="The one to keep")
    await session.commit()
    session_id = await stripe.checkout(session, invoice=world.invoice)
    async with sessions() as merging, merging.begin():
        await merge_customers(merging, factories.office(), world.customer.id, survivor.id)  # type: ignore[arg-type]

    # when the payment completes afterwards
    response = await stripe.deliver(stripe.completed(session_id))

    # then it is recorded on the survivor, which now has the invoice, and pays the invoice once
    assert response.status_code == 200
    [transaction] = await _transactions(sessions)
    assert transaction.customer_id == survivor.id
    await _paid_in_full_once(sessions, world.invoice)
