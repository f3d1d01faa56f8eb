"""Saved cards and autopay: cards saved on Stripe's page (never card data here), default and removal, autopay
with consent, issued invoices charged off-session once, and Stripe's word on each charge applied once.

The real `stripe` SDK talks to `tests/stripe_server.py` (customers, setup sessions, payment methods, off-session
payment intents with Stripe's declining and authentication-requiring test cards); webhook events are signed
with Stripe's algorithm and posted to the real endpoint; mail goes through a real SMTP server (`tests/smtp.py`).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
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
from auth.viewer import Viewer
from models import (
    Activity,
    AutopayCharge,
    Customer,
    Invoice,
    Notification,
    PaymentTransaction,
    Property,
    SavedPaymentMethod,
    User,
)
from models.base import row_id
from models.enums import AutopayChargeStatus, InvoiceStatus, NotificationKind, Role, TransactionStatus
from resolvers.billing import autopay
from tests import factories
from tests import factories_billing as billing
from tests.factories_billing import CARD_FEE, TOTAL
from tests.graphql import execute, execute_raw, gid
from tests.smtp import SMTPServer, smtp_server_fixture  # noqa: F401 - fixture
from tests.stripe_server import (  # noqa: F401 - fixtures
    DECLINING,
    NEEDS_AUTHENTICATION,
    StripeServer,
    sign,
    stripe_configured_fixture,
    stripe_server_fixture,
)

SETUP = """
mutation ($input: PaymentMethodSetupCreateInput!) {
  paymentMethodSetupCreate(input: $input) { setup { stripeSessionId url } userErrors { field code message } }
}
"""
METHODS = """
query ($id: ID!) { node(id: $id) { ... on Customer {
  paymentMethods { id kind brand last4 expMonth expYear isDefault label }
  autopay { enabled consentText changedAt changedByName }
} } }
"""
SET_DEFAULT = """
mutation ($input: PaymentMethodSetDefaultInput!) {
  paymentMethodSetDefault(input: $input) { paymentMethod { id isDefault } userErrors { field code message } }
}
"""
REMOVE = """
mutation ($input: PaymentMethodRemoveInput!) {
  paymentMethodRemove(input: $input) { customer { paymentMethods { id isDefault } } userErrors { field code message } }
}
"""
AUTOPAY = """
mutation ($input: AutopaySetInput!) {
  autopaySet(input: $input) { customer { autopay { enabled consentText changedByName } }
                              userErrors { field code message } }
}
"""
ISSUE = """
mutation ($input: InvoiceIssueInput!) {
  invoiceIssue(input: $input) { invoice { id status } userErrors { field code message } }
}
"""
CONSENT = "I authorise Sparkle Test Co. to charge my saved card for each invoice when it is issued."


@dataclass
class Stripe:
    """The test's side of Stripe: the API server, and a client delivering signed events to our endpoint."""

    server: StripeServer
    http: httpx.AsyncClient

    async def deliver(self, event: dict[str, Any]) -> str:
        payload = json.dumps(event)
        response = await self.http.post(WEBHOOK_PATH, content=payload, headers={
            "Stripe-Signature": sign(payload, self.server.webhook_secret), "Content-Type": "application/json"})
        assert response.status_code == 200, response.text
        outcome: str = response.json()["outcome"]
        return outcome


@pytest.fixture
async def stripe(sessions: async_sessionmaker[AsyncSession], stripe_configured: StripeServer,
                 ) -> AsyncIterator[Stripe]:
    settings = Settings(stripe_secret_key=stripe_configured.secret_key,
                        stripe_webhook_secret=stripe_configured.webhook_secret,
                        stripe_api_base=stripe_configured.base_url)
    app = Starlette(routes=[Route(WEBHOOK_PATH, stripe_webhook_endpoint(sessions, settings), methods=["POST"])])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        yield Stripe(stripe_configured, http)


@dataclass
class World:
    customer: Customer
    place: Property
    client: User
    office: User

    @property
    def viewer(self) -> Viewer:
        return Viewer(user_id=self.client.id, role=Role.CUSTOMER, customer_id=self.customer.id)

    @property
    def office_viewer(self) -> Viewer:
        return Viewer(user_id=self.office.id, role=Role.OFFICE)


async def _world(session: AsyncSession) -> World:
    await factories.company(session)  # card fee 2.9 % + $0.30
    owner, place = await billing.customer_with_property(session)
    client = await factories.user(session, Role.CUSTOMER, customer_id=owner.id, name="Casey Client",
                                  email="casey@example.com")
    office = await factories.user(session, Role.OFFICE, name="Olive Office", email="olive@example.com")
    await session.commit()
    return World(owner, place, client, office)


async def _save_card(sessions: async_sessionmaker[AsyncSession], stripe: Stripe, world: World,
                     number: str = "4242424242424242", **card: Any) -> str:
    """The client starts a setup, enters `number` on Stripe's page, and Stripe's event arrives."""
    data = await execute(sessions, world.viewer, SETUP, {"input": {"customerId": gid("Customer", world.customer)}})
    setup = data["paymentMethodSetupCreate"]["setup"]
    method = stripe.server.save_card(setup["stripeSessionId"], number=number, **card)
    assert await stripe.deliver(stripe.server.attached_event(method)) == "applied"
    return str(method["id"])


async def _methods(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, world: World) -> dict[str, Any]:
    data = await execute(sessions, viewer, METHODS, {"id": gid("Customer", world.customer)})
    node: dict[str, Any] = data["node"]
    return node


async def _autopay_on(sessions: async_sessionmaker[AsyncSession], world: World) -> None:
    data = await execute(sessions, world.viewer, AUTOPAY, {"input": {
        "customerId": gid("Customer", world.customer), "enabled": True, "consentText": CONSENT}})
    assert data["autopaySet"]["userErrors"] == []


async def _draft(session: AsyncSession, world: World) -> Invoice:
    invoice = await billing.issued_invoice(session, world.place, status=InvoiceStatus.DRAFT)
    await session.commit()
    return invoice


async def _issue(sessions: async_sessionmaker[AsyncSession], invoice: Invoice) -> dict[str, Any]:
    data = await execute(sessions, factories.office(), ISSUE, {"input": {"invoiceId": gid("Invoice", invoice)}})
    issued: dict[str, Any] = data["invoiceIssue"]
    return issued


async def _rows(sessions: async_sessionmaker[AsyncSession], model: type[Any], *where: Any) -> list[Any]:
    async with sessions() as session:
        return list((await session.execute(sa.select(model).where(*where).order_by(model.id))).scalars())


# --- saving cards ------------------------------------------------------------------------------------------------


async def test_a_client_saves_a_card_on_stripes_page_and_sees_it_by_brand_and_last_four(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a client user with finances
    world = await _world(session)

    # when they ask to add a card twice (a double click), then enter it on Stripe's page
    first = await execute(sessions, world.viewer, SETUP, {"input": {"customerId": gid("Customer", world.customer)}})
    stripe_id = await _save_card(sessions, stripe, world, exp_month=8, exp_year=2031)

    # then both asks went to one Stripe customer and one setup page, in setup mode with our return address
    url = first["paymentMethodSetupCreate"]["setup"]["url"]
    assert url.startswith(stripe.server.base_url + "/pay/cs_test_")
    (created,) = [r for r in stripe.server.requests if r.path == "/v1/customers"]
    assert created.params["metadata"] == {"customer_id": str(world.customer.id)}
    setups = [r.params for r in stripe.server.created_sessions()]
    assert {s["mode"] for s in setups} == {"setup"} and len(stripe.server.sessions) == 1
    assert setups[0]["success_url"] == "http://127.0.0.1:8000/payment-methods?setup=done"
    # and the card is listed, the default (the first one), named as a person knows it: no card number anywhere
    methods = (await _methods(sessions, world.viewer, world))["paymentMethods"]
    assert [(m["kind"], m["brand"], m["last4"], m["expMonth"], m["expYear"], m["isDefault"], m["label"])
            for m in methods] == [("CARD", "visa", "4242", 8, 2031, True, "Visa ending 4242")]
    (row,) = await _rows(sessions, SavedPaymentMethod)
    assert row.stripe_payment_method_id == stripe_id
    assert "4242424242424242" not in json.dumps(row.model_dump(mode="json"))


async def test_the_same_attached_event_twice_saves_the_card_once(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a saved card
    world = await _world(session)
    stripe_id = await _save_card(sessions, stripe, world)

    # when Stripe's event about it arrives again under another id
    again = stripe.server.attached_event(stripe.server.payment_methods[stripe_id])

    # then nothing more is saved
    assert await stripe.deliver(again) == "applied"
    assert len(await _rows(sessions, SavedPaymentMethod)) == 1


async def test_the_office_saves_a_card_for_a_client_only_with_the_clients_consent_written_down(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given the office on a client's account
    world = await _world(session)
    customer_id = gid("Customer", world.customer)

    # when it starts saving a card without, then with, the client's consent
    refused = await execute(sessions, world.office_viewer, SETUP, {"input": {"customerId": customer_id}})
    consent = "Casey agreed by phone on Dec 3 to keep her Visa on file."
    done = await execute(sessions, world.office_viewer, SETUP, {"input": {"customerId": customer_id,
                                                                          "consentText": consent}})

    # then the first is refused before Stripe is asked, and the second is recorded with the consent
    assert refused["paymentMethodSetupCreate"]["userErrors"] == [{
        "field": ["input", "consentText"], "code": "REQUIRED",
        "message": "Write down the client's consent to saving a card for them: who agreed, how and when."}]
    assert done["paymentMethodSetupCreate"]["setup"]["url"]
    (started,) = await _rows(sessions, Activity, Activity.verb == "payment_method.setup_started")
    assert (started.actor_user_id, started.details["consent_text"], started.details["on_behalf"]) == (
        world.office.id, consent, True)


async def test_a_client_without_the_whole_accounts_finances_can_not_see_or_save_cards(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a saved card, and a site contact limited to one property
    world = await _world(session)
    await _save_card(sessions, stripe, world)
    limited = Viewer(user_id=world.client.id, role=Role.CUSTOMER, customer_id=world.customer.id,
                     property_ids=frozenset({row_id(world.place)}))
    # when they read the account's methods and try to add one
    node = await _methods(sessions, limited, world)
    result = await execute_raw(sessions, limited, SETUP, {"input": {"customerId": gid("Customer", world.customer)}})

    # then they see nothing and are refused
    assert (node["paymentMethods"], node["autopay"]) == ([], None)
    assert [e.extensions["code"] for e in result.errors] == ["FORBIDDEN"]


async def test_the_default_moves_and_a_removed_card_is_detached_at_stripe(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given two saved cards (the first is the default)
    world = await _world(session)
    first = await _save_card(sessions, stripe, world)
    await _save_card(sessions, stripe, world, number="5555555555554444", brand="mastercard")
    listed = (await _methods(sessions, world.viewer, world))["paymentMethods"]
    visa, mastercard = sorted(listed, key=lambda m: m["last4"])

    # when the mastercard is made the default, then the visa removed
    moved = await execute(sessions, world.viewer, SET_DEFAULT, {"input": {"paymentMethodId": mastercard["id"]}})
    removed = await execute(sessions, world.viewer, REMOVE, {"input": {"paymentMethodId": visa["id"]}})

    # then the mastercard is the one default left, and the visa was detached at Stripe (never chargeable again)
    assert moved["paymentMethodSetDefault"]["paymentMethod"] == {"id": mastercard["id"], "isDefault": True}
    assert removed["paymentMethodRemove"]["customer"]["paymentMethods"] == [{"id": mastercard["id"],
                                                                             "isDefault": True}]
    assert [r.path for r in stripe.server.requests if r.path.endswith("/detach")] == [
        f"/v1/payment_methods/{first}/detach"]
    assert stripe.server.payment_methods[first]["customer"] is None


async def test_the_only_card_autopay_charges_can_not_be_removed_while_autopay_is_on(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given autopay on with one saved card
    world = await _world(session)
    await _save_card(sessions, stripe, world)
    await _autopay_on(sessions, world)
    (card,) = (await _methods(sessions, world.viewer, world))["paymentMethods"]

    # when the client removes it
    data = await execute(sessions, world.viewer, REMOVE, {"input": {"paymentMethodId": card["id"]}})

    # then it is refused, nothing is detached, the card stays
    assert data["paymentMethodRemove"]["userErrors"][0]["code"] == "NOT_ALLOWED"
    assert not [r for r in stripe.server.requests if r.path.endswith("/detach")]
    assert len(await _rows(sessions, SavedPaymentMethod)) == 1


# --- autopay ---------------------------------------------------------------------------------------------------


async def test_autopay_needs_a_saved_card_and_the_consent_text_and_records_who_and_when(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a client with no card yet
    world = await _world(session)
    turn_on = {"customerId": gid("Customer", world.customer), "enabled": True, "consentText": CONSENT}

    # when they turn autopay on without a card, then without consent, then properly
    no_card = await execute(sessions, world.viewer, AUTOPAY, {"input": turn_on})
    await _save_card(sessions, stripe, world)
    no_consent = await execute(sessions, world.viewer, AUTOPAY, {"input": turn_on | {"consentText": "  "}})
    done = await execute(sessions, world.viewer, AUTOPAY, {"input": turn_on})

    # then the first two are refused with what to do, and the third records the text and who agreed
    assert no_card["autopaySet"]["userErrors"][0]["code"] == "NOT_ALLOWED"
    assert no_consent["autopaySet"]["userErrors"] == [{
        "field": ["input", "consentText"], "code": "REQUIRED",
        "message": "Autopay needs the client's consent: the text they agreed to."}]
    assert done["autopaySet"]["customer"]["autopay"] == {"enabled": True, "consentText": CONSENT,
                                                         "changedByName": "Casey Client"}
    (enabled,) = await _rows(sessions, Activity, Activity.verb == "autopay.enabled")
    assert (enabled.actor_user_id, enabled.details["consent_text"]) == (world.client.id, CONSENT)


async def test_issuing_an_autopay_customers_invoice_charges_the_default_card_once_and_the_webhook_pays_it(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given an autopay customer with a saved card and a draft invoice of $108.88
    world = await _world(session)
    card = await _save_card(sessions, stripe, world)
    await _autopay_on(sessions, world)
    invoice = await _draft(session, world)

    # when the office issues it
    issued = await _issue(sessions, invoice)

    # then one off-session charge of the balance plus the card fee went to Stripe, on the saved card
    assert issued["invoice"]["status"] == "OPEN"
    (sent,) = stripe.server.created_intents()
    assert (sent.params["amount"], sent.params["payment_method"], sent.params["off_session"],
            sent.params["confirm"]) == (str(TOTAL + CARD_FEE), card, "true", "true")
    assert sent.headers["idempotency-key"] == f"dop-autopay-invoice-{invoice.id}"
    (charge,) = await _rows(sessions, AutopayCharge)
    assert charge.status is AutopayChargeStatus.SUBMITTED

    # when Stripe's success event arrives (twice)
    event = stripe.server.intent_event("payment_intent.succeeded", str(charge.stripe_payment_intent_id))
    outcomes = [await stripe.deliver(event), await stripe.deliver(event)]

    # then it is applied once: one completed card payment with its fee, the invoice paid
    assert outcomes == ["applied", "duplicate"]
    (transaction,) = await _rows(sessions, PaymentTransaction)
    assert (transaction.status, transaction.amount_cents, transaction.fee_cents, transaction.external_id) == (
        TransactionStatus.COMPLETED, TOTAL, CARD_FEE, charge.stripe_payment_intent_id)
    assert (await billing.reread(sessions, Invoice, row_id(invoice))).status is InvoiceStatus.PAID
    assert (await _rows(sessions, AutopayCharge))[0].status is AutopayChargeStatus.SUCCEEDED


async def test_a_customer_without_autopay_is_not_charged_when_an_invoice_is_issued(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given a saved card but autopay off
    world = await _world(session)
    await _save_card(sessions, stripe, world)
    invoice = await _draft(session, world)

    # when the invoice is issued
    await _issue(sessions, invoice)

    # then nothing is charged
    assert stripe.server.created_intents() == []
    assert await _rows(sessions, AutopayCharge) == []


@pytest.mark.parametrize(("number", "code", "reason"), [
    (DECLINING, "card_declined", "The saved card was declined."),
    (NEEDS_AUTHENTICATION, "authentication_required",
     "Your bank asked you to confirm this payment, so it could not be taken automatically."),
])
async def test_a_refused_off_session_charge_tells_the_client_and_the_office_once_and_leaves_the_invoice_open(
    number: str, code: str, reason: str, sessions: async_sessionmaker[AsyncSession], session: AsyncSession,
    stripe: Stripe, smtp_server: SMTPServer,
) -> None:
    # given an autopay customer whose saved card will be refused
    world = await _world(session)
    await _save_card(sessions, stripe, world, number=number)
    await _autopay_on(sessions, world)
    invoice = await _draft(session, world)

    # when the invoice is issued, and Stripe's failure event follows (twice)
    await _issue(sessions, invoice)
    (charge,) = await _rows(sessions, AutopayCharge)
    event = stripe.server.intent_event("payment_intent.payment_failed", str(charge.stripe_payment_intent_id))
    outcomes = [await stripe.deliver(event), await stripe.deliver(event)]
    await smtp_server.deliver(sessions)

    # then the charge failed with Stripe's code, the invoice is open, no payment was recorded
    assert outcomes == ["applied", "duplicate"]
    assert (charge.status, charge.failure_code, charge.failure_message) == (AutopayChargeStatus.FAILED, code, reason)
    assert (await billing.reread(sessions, Invoice, row_id(invoice))).status is InvoiceStatus.OPEN
    assert await _rows(sessions, PaymentTransaction) == []
    # and the client and the office were each told once, in the app and by e-mail with a link to pay
    failed = await _rows(sessions, Notification, Notification.kind == NotificationKind.AUTOPAY_FAILED)
    assert sorted(n.user_id for n in failed) == sorted([row_id(world.client), row_id(world.office)])
    (mail,) = smtp_server.to("casey@example.com")[-1:]
    text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert reason in text and f"http://127.0.0.1:8000/invoices/{invoice.id}" in text
    assert "Payment not taken" in mail["Subject"]
    assert len(smtp_server.to("olive@example.com")) == 1


async def test_stripes_events_out_of_order_a_failure_then_a_success_twice_then_the_failure_again_pay_once(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given an autopay charge the bank first refused and the cardholder then confirmed at Stripe
    world = await _world(session)
    await _save_card(sessions, stripe, world, number=NEEDS_AUTHENTICATION)
    await _autopay_on(sessions, world)
    invoice = await _draft(session, world)
    await _issue(sessions, invoice)
    (charge,) = await _rows(sessions, AutopayCharge)
    intent = str(charge.stripe_payment_intent_id)
    failed = stripe.server.intent_event("payment_intent.payment_failed", intent)
    succeeded = stripe.server.intent_event("payment_intent.succeeded", intent)

    # when the events arrive out of order and repeated: success, success, the old failure
    outcomes = [await stripe.deliver(e) for e in (succeeded, succeeded, failed)]

    # then the payment is recorded once, the charge ends SUCCEEDED, and the late failure told nobody again
    assert outcomes == ["applied", "duplicate", "applied"]
    (transaction,) = await _rows(sessions, PaymentTransaction)
    assert transaction.external_id == intent
    assert (await _rows(sessions, AutopayCharge))[0].status is AutopayChargeStatus.SUCCEEDED
    assert (await billing.reread(sessions, Invoice, row_id(invoice))).status is InvoiceStatus.PAID
    told = await _rows(sessions, Notification, Notification.kind == NotificationKind.AUTOPAY_FAILED)
    assert len(told) == 2  # the client and the office, once, when the charge was first refused


@pytest.mark.committed
async def test_two_concurrent_issue_requests_charge_the_invoice_once(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given an autopay customer's draft invoice
    world = await _world(session)
    await _save_card(sessions, stripe, world)
    await _autopay_on(sessions, world)
    invoice = await _draft(session, world)

    # when two issue requests arrive at the same moment (a retry racing the original)
    results = await asyncio.gather(_issue(sessions, invoice), _issue(sessions, invoice))

    # then one issued it, the other was told it already was, and Stripe was asked for one charge
    assert sorted(bool(r["userErrors"]) for r in results) == [False, True]
    assert len(stripe.server.created_intents()) == 1
    assert len(await _rows(sessions, AutopayCharge)) == 1


@pytest.mark.committed
async def test_a_queued_charge_sent_by_two_processes_at_once_makes_one_payment_intent(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe: Stripe,
) -> None:
    # given an issued invoice whose charge is queued but not sent (the issuing process died after its commit)
    world = await _world(session)
    await _save_card(sessions, stripe, world)
    await _autopay_on(sessions, world)
    invoice = await billing.issued_invoice(session, world.place)
    charge_id = await autopay.queue_invoice_charge(session, invoice)
    await session.commit()
    gateway = gateway_from_settings(Settings(stripe_secret_key=stripe.server.secret_key,
                                             stripe_webhook_secret=stripe.server.webhook_secret,
                                             stripe_api_base=stripe.server.base_url))
    assert charge_id is not None and gateway is not None

    # when two processes' sweeps send it at once, and one sends it again later
    statuses = await asyncio.gather(autopay.send_charge(sessions, gateway, charge_id),
                                    autopay.send_charge(sessions, gateway, charge_id))
    again = await autopay.send_queued_charges(sessions, gateway, older_than_seconds=0)

    # then one of them sent it and Stripe has one payment intent; the later sweep found nothing to send
    assert sorted(str(s) for s in statuses) == ["None", "SUBMITTED"]
    assert len(stripe.server.created_intents()) == 1 and len(stripe.server.intents) == 1
    assert again == 0
