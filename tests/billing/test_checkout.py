"""checkoutSessionCreate and paymentSettings: a Stripe-hosted Checkout for the current balance, the card fee
on its own line, one session per double click, nothing pretending to take money without Stripe keys.

The real `stripe` SDK talks to `tests/stripe_server.py`; what it sent is read back from the server."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.payments import StripeGateway
from auth.viewer import Viewer
from models import Batch, Company, Customer, Invoice
from models.enums import BatchStatus, InvoiceStatus, PaymentMethod, TransactionStatus
from models.problems import UserInputError
from resolvers.billing import online_payments
from resolvers.billing.online_payments import CheckoutQuote, idempotency_key, quote_checkout
from tests import factories
from tests import factories_billing as billing
from tests.factories_billing import CARD_FEE, TOTAL
from tests.graphql import execute, execute_raw, gid
from tests.stripe_server import (  # noqa: F401 - fixtures
    StripeServer,
    stripe_configured_fixture,
    stripe_server_fixture,
    stripe_unconfigured_fixture,
)

CREATE = """
mutation ($input: CheckoutSessionCreateInput!) {
  checkoutSessionCreate(input: $input) {
    checkoutSession { stripeSessionId url method amount { cents } fee { cents } total { cents amount currency } }
    userErrors { field code message }
  }
}
"""
SETTINGS = """
{ paymentSettings { onlinePaymentConfigured methods cardFeePercent cardFeeFixed { cents } achFeePercent
  achFeeFixed { cents } } }
"""


@dataclass
class World:
    company: Company
    customer: Customer
    invoice: Invoice
    other: Customer
    others_invoice: Invoice


async def _world(session: AsyncSession, **company: Any) -> World:
    settings = await factories.company(session, **company)  # card fee 2.9 % + $0.30
    owner, invoice = await billing.customer_with_invoice(session)
    other, others_invoice = await billing.customer_with_invoice(session)
    await session.commit()
    return World(settings, owner, invoice, other, others_invoice)


def _pay(row: Invoice | Batch, method: str = "CARD") -> dict[str, Any]:
    kind = "Invoice" if isinstance(row, Invoice) else "Batch"
    return {"input": {f"{kind.lower()}Id": gid(kind, row), "method": method}}


async def _create(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, variables: dict[str, Any],
                  ) -> dict[str, Any]:
    data = await execute(sessions, viewer, CREATE, variables)
    payload: dict[str, Any] = data["checkoutSessionCreate"]
    return payload


async def test_a_card_checkout_charges_the_balance_with_the_card_fee_as_its_own_line(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given an open invoice of $108.88 and a company charging 2.9 % + $0.30 on cards
    world = await _world(session)

    # when the customer's portal user asks to pay it by card
    payload = await _create(sessions, factories.client_of(world.customer), _pay(world.invoice))

    # then they get Stripe's page for $108.88 + $3.46 card fee = $112.34
    assert payload["userErrors"] == []
    checkout = payload["checkoutSession"]
    assert checkout["amount"]["cents"] == TOTAL
    assert checkout["fee"]["cents"] == CARD_FEE
    assert checkout["total"] == {"cents": TOTAL + CARD_FEE, "amount": "112.34", "currency": "USD"}
    assert checkout["stripeSessionId"].startswith("cs_test_")
    assert checkout["url"] == f"{stripe_configured.base_url}/pay/{checkout['stripeSessionId']}"
    # and Stripe was asked, through the SDK, for exactly that
    (sent,) = stripe_configured.created_sessions()
    params = sent.params
    assert params["mode"] == "payment"
    assert params["payment_method_types"] == ["card"]
    assert [(item["price_data"]["product_data"]["name"], item["price_data"]["unit_amount"], item["quantity"])
            for item in params["line_items"]] == [
        (f"Invoice INV-{world.invoice.number}", str(TOTAL), "1"), ("Card fee", str(CARD_FEE), "1")]
    assert {item["price_data"]["currency"] for item in params["line_items"]} == {"usd"}
    assert params["metadata"] == {
        "purpose": "dop.checkout", "customer_id": str(world.customer.id), "invoice_id": str(world.invoice.id),
        "method": "CARD", "amount_cents": str(TOTAL), "fee_cents": str(CARD_FEE)}
    assert params["payment_intent_data"]["metadata"] == params["metadata"]
    assert params["success_url"].startswith("http://127.0.0.1:8000/")
    assert "{CHECKOUT_SESSION_ID}" in params["success_url"]
    assert params["cancel_url"].startswith("http://127.0.0.1:8000/")
    assert sent.headers["authorization"] == f"Bearer {stripe_configured.secret_key}"
    assert sent.headers["idempotency-key"].startswith("dop-checkout-")


async def test_the_balance_counts_only_completed_payments(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given an invoice with $8.88 paid and $50.00 of a payment still pending (an ACH debit in flight)
    world = await _world(session)
    await billing.payment(session, world.invoice, 888)
    await billing.payment(session, world.invoice, 5_000, status=TransactionStatus.PENDING)
    world.invoice.status = InvoiceStatus.PARTIALLY_PAID
    await session.commit()

    # when the office starts a card checkout for it
    payload = await _create(sessions, factories.office(), _pay(world.invoice))

    # then it charges the $100.00 still owed (the pending payment counts for nothing yet), fee on that
    assert payload["userErrors"] == []
    assert payload["checkoutSession"]["amount"]["cents"] == 10_000
    assert payload["checkoutSession"]["fee"]["cents"] == 290 + 30


@pytest.mark.parametrize(("balance", "percent", "fixed", "fee"), [
    (10_000, "2.9", 30, 320),      # exact
    (1_725, "2.9", 30, 80),        # 50.025 → 50 (rounded once, to the nearest cent)
    (1_750, "2.9", 30, 81),        # 50.75 → 51
    (17_250, "3.5", 0, 604),       # 603.75 → 604
    (10_050, "2.95", 25, 321),     # 296.475 → 296, + 25
    (1_000, "0", 45, 45),          # fixed fee only
])
async def test_the_card_fee_is_the_percentage_rounded_once_to_the_cent_plus_the_fixed_part(
    session: AsyncSession, balance: int, percent: str, fixed: int, fee: int,
) -> None:
    # given a company's card fee and an invoice whose balance is `balance`
    await factories.company(session, card_fee_percent=Decimal(percent), card_fee_fixed_cents=fixed)
    _, place = await billing.customer_with_property(session)
    invoice = await billing.issued_invoice(session, place)
    invoice.subtotal_cents, invoice.tax_cents, invoice.total_cents = balance, 0, balance
    await session.flush()

    # when the checkout is quoted for a card
    quote = await quote_checkout(session, factories.office(), method=PaymentMethod.CARD, invoice_id=invoice.id)

    # then the fee is right at the cent
    assert (quote.amount_cents, quote.fee_cents, quote.total_cents) == (balance, fee, balance + fee)


async def test_an_ach_checkout_offers_the_bank_debit_with_the_ach_fee(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given a company charging 0.8 % on ACH payments (and 2.9 % + $0.30 on cards)
    world = await _world(session, ach_fee_percent=Decimal("0.8"))

    # when the customer chooses to pay by bank transfer
    payload = await _create(sessions, factories.client_of(world.customer), _pay(world.invoice, "ACH"))

    # then Stripe offers a US bank account debit, with an "ACH fee" line of 0.8 % (87.104 → $0.87)
    assert payload["userErrors"] == []
    assert payload["checkoutSession"]["method"] == "ACH"
    assert payload["checkoutSession"]["fee"]["cents"] == 87
    (sent,) = stripe_configured.created_sessions()
    assert sent.params["payment_method_types"] == ["us_bank_account"]
    assert [(item["price_data"]["product_data"]["name"], item["price_data"]["unit_amount"])
            for item in sent.params["line_items"]] == [
        (f"Invoice INV-{world.invoice.number}", str(TOTAL)), ("ACH fee", "87")]
    assert sent.params["metadata"]["method"] == "ACH"


async def test_an_ach_checkout_without_an_ach_fee_has_no_fee_line(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given a company with a card fee but no ACH fee
    world = await _world(session)

    # when the customer pays by ACH
    payload = await _create(sessions, factories.client_of(world.customer), _pay(world.invoice, "ACH"))

    # then only the balance is charged
    assert payload["checkoutSession"]["fee"]["cents"] == 0
    (sent,) = stripe_configured.created_sessions()
    assert [item["price_data"]["unit_amount"] for item in sent.params["line_items"]] == [str(TOTAL)]


async def test_a_double_click_returns_the_same_session_through_the_idempotency_key(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given an open invoice
    world = await _world(session)
    viewer = factories.client_of(world.customer)

    # when the pay button is clicked twice
    first = await _create(sessions, viewer, _pay(world.invoice))
    second = await _create(sessions, viewer, _pay(world.invoice))

    # then both answers are the same Stripe session, created once on Stripe's side
    assert first["checkoutSession"] == second["checkoutSession"]
    requests = stripe_configured.created_sessions()
    assert len(requests) == 2
    assert requests[0].headers["idempotency-key"] == requests[1].headers["idempotency-key"]
    assert len(stripe_configured.sessions) == 1


async def test_another_method_or_a_changed_balance_gets_a_new_session(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given a card checkout already started for an invoice
    world = await _world(session)
    viewer = factories.client_of(world.customer)
    card = await _create(sessions, viewer, _pay(world.invoice))

    # when the payer switches to ACH, and later (after a partial payment) asks for a card again
    ach = await _create(sessions, viewer, _pay(world.invoice, "ACH"))
    await billing.payment(session, world.invoice, 888)
    await session.commit()
    card_again = await _create(sessions, viewer, _pay(world.invoice))

    # then each is a session of its own, for what is owed at the time
    ids = {card["checkoutSession"]["stripeSessionId"], ach["checkoutSession"]["stripeSessionId"],
           card_again["checkoutSession"]["stripeSessionId"]}
    assert len(ids) == 3
    assert card_again["checkoutSession"]["amount"]["cents"] == 10_000


def test_the_idempotency_key_changes_with_the_time_bucket_but_not_within_it() -> None:
    # given one quote
    quote = CheckoutQuote(customer_id=1, invoice_id=7, batch_id=None, label="Invoice INV-7",
                          method=PaymentMethod.CARD, amount_cents=10_000, fee_cents=320, currency="USD")
    start = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)

    # then a click a few seconds later reuses the key, one much later does not
    assert idempotency_key(quote, start) == idempotency_key(quote, start + timedelta(seconds=30))
    assert idempotency_key(quote, start) != idempotency_key(quote, start + timedelta(hours=1))


async def test_a_batch_checkout_charges_the_balance_of_all_its_invoices(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given a batch of two open invoices, one partly paid, and a void invoice that no longer counts
    world = await _world(session)
    place = await factories.property_(session, world.customer)
    second = await billing.issued_invoice(session, place)
    void = await billing.issued_invoice(session, place, status=InvoiceStatus.VOID)
    batch = Batch(number=77, customer_id=world.customer.id, status=BatchStatus.OPEN)  # type: ignore[arg-type]
    session.add(batch)
    await session.flush()
    for invoice in (world.invoice, second, void):
        invoice.batch_id = batch.id
    await billing.payment(session, second, 888)
    second.status = InvoiceStatus.PARTIALLY_PAID
    await session.commit()

    # when the customer pays the batch by card
    payload = await _create(sessions, factories.client_of(world.customer), _pay(batch))

    # then the checkout is for 108.88 + 100.00, with the card fee on that, and says it pays the batch
    assert payload["userErrors"] == []
    assert payload["checkoutSession"]["amount"]["cents"] == TOTAL + 10_000
    assert payload["checkoutSession"]["fee"]["cents"] == 606 + 30  # 2.9 % of 20 888 = 605.752 → 606
    (sent,) = stripe_configured.created_sessions()
    assert sent.params["line_items"][0]["price_data"]["product_data"]["name"] == "Batch 77"
    assert sent.params["metadata"]["batch_id"] == str(batch.id)
    assert "invoice_id" not in sent.params["metadata"]


@pytest.mark.parametrize("status", [InvoiceStatus.PAID, InvoiceStatus.VOID, InvoiceStatus.DRAFT,
                                    InvoiceStatus.BAD_DEBT])
async def test_an_invoice_with_nothing_to_pay_is_refused_without_asking_stripe(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
    status: InvoiceStatus,
) -> None:
    # given an invoice that is paid in full, void, a draft or written off
    world = await _world(session)
    if status is InvoiceStatus.PAID:
        await billing.payment(session, world.invoice, TOTAL)
    world.invoice.status = status
    await session.commit()
    before = await billing.snapshot(sessions)

    # when the customer tries to pay it online
    payload = await _create(sessions, factories.client_of(world.customer), _pay(world.invoice))

    # then a userError says there is nothing to pay, Stripe was not asked and nothing changed
    assert payload["checkoutSession"] is None
    (error,) = payload["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "INVALID")
    assert "nothing to pay" in error["message"] or "contact the office" in error["message"]
    assert stripe_configured.created_sessions() == []
    assert await billing.snapshot(sessions) == before


async def test_a_paid_or_void_batch_is_refused(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given a void batch, and a batch whose only invoice is paid
    world = await _world(session)
    void = Batch(number=80, customer_id=world.customer.id, status=BatchStatus.VOID)  # type: ignore[arg-type]
    paid = Batch(number=81, customer_id=world.customer.id, status=BatchStatus.PAID)  # type: ignore[arg-type]
    session.add_all([void, paid])
    await session.flush()
    world.invoice.batch_id = paid.id
    world.invoice.status = InvoiceStatus.PAID
    await billing.payment(session, world.invoice, TOTAL)
    await session.commit()

    # when the office tries to start a payment for either
    results = [await _create(sessions, factories.office(), _pay(batch)) for batch in (void, paid)]

    # then both are refused on batchId
    for payload in results:
        (error,) = payload["userErrors"]
        assert (error["field"], error["code"]) == (["input", "batchId"], "INVALID")
    assert stripe_configured.created_sessions() == []


async def test_another_customers_invoice_is_not_found(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given a portal user of one customer and another customer's open invoice
    world = await _world(session)
    before = await billing.snapshot(sessions)

    # when they try to pay the other customer's invoice, or a batch that does not exist
    foreign = await _create(sessions, factories.client_of(world.customer), _pay(world.others_invoice))
    missing = await _create(sessions, factories.client_of(world.customer),
                            {"input": {"batchId": gid("Batch", world.others_invoice), "method": "CARD"}})

    # then it is exactly as if it did not exist
    (error,) = foreign["userErrors"]
    assert (error["field"], error["code"]) == (["input", "invoiceId"], "NOT_FOUND")
    (error,) = missing["userErrors"]
    assert (error["field"], error["code"]) == (["input", "batchId"], "NOT_FOUND")
    assert stripe_configured.created_sessions() == []
    assert await billing.snapshot(sessions) == before


async def test_a_property_limited_user_cannot_pay_an_invoice_of_a_property_they_do_not_see(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given a site contact with finances but limited to another property of the same customer
    world = await _world(session)
    elsewhere = await factories.property_(session, world.customer)
    await session.commit()
    viewer = factories.client_of(world.customer, property_ids=frozenset({elsewhere.id}))  # type: ignore[arg-type]

    # when they try to pay the invoice of the property they don't see
    payload = await _create(sessions, viewer, _pay(world.invoice))

    # then it is not found
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(["input", "invoiceId"], "NOT_FOUND")]


@pytest.mark.parametrize("who", ["client without finances", "field employee", "anonymous"])
async def test_users_without_finances_may_not_start_a_payment(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer, who: str,
) -> None:
    # given an open invoice and a user who may not see money
    world = await _world(session)
    worker = await factories.employee(session)
    await session.commit()
    viewer = {"client without finances": factories.client_of(world.customer, finances=False),
              "field employee": factories.field_worker(worker), "anonymous": Viewer()}[who]

    # when they try to start a payment
    result = await execute_raw(sessions, viewer, CREATE, _pay(world.invoice))

    # then it is refused as access denied, and Stripe never hears of it
    assert result.errors, result
    assert result.errors[0].extensions["code"] == "FORBIDDEN"
    assert stripe_configured.created_sessions() == []


async def test_one_of_invoice_or_batch_must_be_given(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given an invoice in a batch
    world = await _world(session)
    batch = Batch(number=90, customer_id=world.customer.id, status=BatchStatus.OPEN)  # type: ignore[arg-type]
    session.add(batch)
    await session.commit()

    # when the office gives neither, or both
    neither = await _create(sessions, factories.office(), {"input": {"method": "CARD"}})
    both = await _create(sessions, factories.office(), {"input": {
        "invoiceId": gid("Invoice", world.invoice), "batchId": gid("Batch", batch), "method": "CARD"}})
    wrong_type = await _create(sessions, factories.office(), {"input": {
        "invoiceId": gid("Customer", world.customer), "method": "CARD"}})

    # then each is an input error, and Stripe was not asked
    assert [(e["field"], e["code"]) for e in neither["userErrors"]] == [(["input", "invoiceId"], "INVALID")]
    assert [(e["field"], e["code"]) for e in both["userErrors"]] == [(["input", "batchId"], "INVALID")]
    assert [(e["field"], e["code"]) for e in wrong_type["userErrors"]] == [(["input", "invoiceId"], "NOT_FOUND")]
    assert stripe_configured.created_sessions() == []


async def test_without_stripe_keys_online_payment_is_shown_as_not_set_up(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_unconfigured: StripeServer,
) -> None:
    # given a deployment with no STRIPE_* settings
    world = await _world(session)
    before = await billing.snapshot(sessions)
    viewer = factories.client_of(world.customer)

    # when the portal asks whether it can pay online, and tries anyway
    settings = (await execute(sessions, viewer, SETTINGS))["paymentSettings"]
    payload = await _create(sessions, viewer, _pay(world.invoice))

    # then online payment is off, the attempt is a NOT_ALLOWED userError, and nothing took any money
    assert settings["onlinePaymentConfigured"] is False
    assert settings["methods"] == []
    assert payload["checkoutSession"] is None
    (error,) = payload["userErrors"]
    assert error["code"] == "NOT_ALLOWED"
    assert error["message"].startswith("Online payment is not set up")
    assert stripe_unconfigured.requests == []
    assert await billing.snapshot(sessions) == before


async def test_payment_settings_show_the_fees_to_those_who_see_money(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given Stripe configured, a card fee of 2.9 % + $0.30 and an ACH fee of $1.50
    world = await _world(session, ach_fee_fixed_cents=150)
    worker = await factories.employee(session)
    await session.commit()

    # when a portal user with finances and a field employee read the payment settings
    client = (await execute(sessions, factories.client_of(world.customer), SETTINGS))["paymentSettings"]
    field = (await execute(sessions, factories.field_worker(worker), SETTINGS))["paymentSettings"]

    # then the client sees the methods and fees; the employee only that online payment exists
    assert client == {"onlinePaymentConfigured": True, "methods": ["CARD", "ACH"], "cardFeePercent": "2.900",
                      "cardFeeFixed": {"cents": 30}, "achFeePercent": "0.000", "achFeeFixed": {"cents": 150}}
    assert field == {"onlinePaymentConfigured": True, "methods": ["CARD", "ACH"], "cardFeePercent": None,
                     "cardFeeFixed": None, "achFeePercent": None, "achFeeFixed": None}


async def test_stripe_unreachable_is_a_user_error_to_try_again(
    sessions: async_sessionmaker[AsyncSession], session: AsyncSession, stripe_configured: StripeServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # given Stripe's address pointing at a port nobody listens on
    from app.settings import get_settings
    from tests.smtp import free_port

    world = await _world(session)
    monkeypatch.setenv("STRIPE_API_BASE", f"http://127.0.0.1:{free_port()}")
    get_settings.cache_clear()
    before = await billing.snapshot(sessions)

    # when the customer tries to pay
    payload = await _create(sessions, factories.client_of(world.customer), _pay(world.invoice))

    # then they are told to try again later, and nothing was recorded
    (error,) = payload["userErrors"]
    assert error["code"] == "CONFLICT"
    assert "Try again" in error["message"]
    assert await billing.snapshot(sessions) == before


async def test_a_wrong_api_key_is_reported_as_a_setup_problem(
    session: AsyncSession, stripe_configured: StripeServer,
) -> None:
    # given a gateway whose key Stripe does not accept
    world = await _world(session)
    gateway = StripeGateway(secret_key="sk_test_wrong", webhook_secret="whsec_x", api_base=stripe_configured.base_url)

    # when a checkout is started through it
    with pytest.raises(UserInputError) as raised:
        await online_payments.create_checkout(session, factories.office(), gateway, method=PaymentMethod.CARD,
                                              public_url="https://crm.example.com", invoice_id=world.invoice.id)

    # then the problem says to check the Stripe keys
    (problem,) = raised.value.problems
    assert problem.code == "CONFLICT"
    assert "Stripe keys" in problem.message
