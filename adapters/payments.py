"""Online payment through Stripe: hosted Checkout sessions out, signed webhook events in.

The rest of the code never imports `stripe`: it asks this module for a `StripeGateway` built from the
settings (`gateway_from_settings`), which is `None` when `STRIPE_SECRET_KEY` / `STRIPE_WEBHOOK_SECRET`
are unset, so online payment is shown as not configured and nothing pretends to take money.

`STRIPE_API_BASE` points the real SDK at another Stripe-compatible server (the tests' `tests/stripe_server.py`):
it becomes the client's `api` base address. Each call uses a fresh `StripeClient` over an httpx async
client that is closed afterwards, so nothing is bound to one event loop or shared between requests.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import stripe

__all__ = [
    "WEBHOOK_TOLERANCE_SECONDS",
    "CheckoutLine",
    "CheckoutRequest",
    "CheckoutSession",
    "InvalidWebhook",
    "OffSessionCharge",
    "OffSessionOutcome",
    "PaymentServiceError",
    "SetupRequest",
    "StripeGateway",
    "StripeSettings",
    "UnknownStripeCustomer",
    "decline_message",
    "gateway_from_settings",
]

WEBHOOK_TOLERANCE_SECONDS = stripe.Webhook.DEFAULT_TOLERANCE
"""300 s: a signed event older than this is refused (a replayed capture of an old delivery)."""
NETWORK_RETRIES = 2
"""The SDK retries network failures and 409/5xx answers, re-sending the same Idempotency-Key."""
TIMEOUT_SECONDS = 20.0


class PaymentServiceError(Exception):
    """Stripe (or the network to it) failed; the message is safe to show a person."""


class UnknownStripeCustomer(PaymentServiceError):
    """The Stripe Customer we keep for a customer does not exist on this Stripe account (keys switched from test
    to live, the customer deleted in Stripe's dashboard): make a new one."""


class InvalidWebhook(Exception):
    """A webhook delivery that is not a genuine, recent Stripe event: bad or missing signature, too old,
    or not JSON."""


@dataclass(frozen=True, slots=True)
class CheckoutLine:
    """One line the payer sees on Stripe's page."""

    name: str
    amount_cents: int
    description: str | None = None


@dataclass(frozen=True, slots=True)
class CheckoutRequest:
    """What to charge, how, and where to send the payer afterwards."""

    lines: Sequence[CheckoutLine]
    currency: str
    payment_method_types: Sequence[str]
    success_url: str
    cancel_url: str
    idempotency_key: str
    metadata: Mapping[str, str] = field(default_factory=dict)
    """Copied onto the session and its payment intent, so webhooks need no local mapping table."""
    client_reference_id: str | None = None
    customer_email: str | None = None


@dataclass(frozen=True, slots=True)
class CheckoutSession:
    """The created session: where to send the payer."""

    id: str
    url: str


@dataclass(frozen=True, slots=True)
class SetupRequest:
    """Save a payment method for later on Stripe's page (Checkout in `setup` mode), for one Stripe customer."""

    stripe_customer_id: str
    payment_method_types: Sequence[str]
    success_url: str
    cancel_url: str
    idempotency_key: str
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OffSessionCharge:
    """Charge a saved method while the payer is away (autopay)."""

    stripe_customer_id: str
    stripe_payment_method_id: str
    amount_cents: int
    currency: str
    idempotency_key: str
    description: str
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OffSessionOutcome:
    """What Stripe answered to an off-session charge: accepted (`succeeded` or `processing`), or refused with
    Stripe's code (`card_declined`, `authentication_required`, …) and a message safe to show the payer."""

    payment_intent_id: str | None
    status: str
    failure_code: str | None = None
    failure_message: str | None = None

    @property
    def failed(self) -> bool:
        return self.failure_code is not None


class StripeGateway:
    """The Stripe account of the deployment: its API key, webhook signing secret and API address."""

    def __init__(self, *, secret_key: str, webhook_secret: str, api_base: str | None = None) -> None:
        self._secret_key = secret_key
        self._webhook_secret = webhook_secret
        self._api_base = api_base.rstrip("/") if api_base else None

    def _client(self) -> tuple[stripe.StripeClient, stripe.HTTPXClient]:
        http = stripe.HTTPXClient(timeout=TIMEOUT_SECONDS)
        addresses: Any = {"api": self._api_base} if self._api_base else None
        client = stripe.StripeClient(self._secret_key, base_addresses=addresses, http_client=http,
                                     max_network_retries=NETWORK_RETRIES)
        return client, http

    async def create_checkout_session(self, request: CheckoutRequest) -> CheckoutSession:
        """A Stripe-hosted Checkout session in payment mode. The same idempotency key returns the same
        session (a double click does not make two)."""
        metadata = dict(request.metadata)
        params: dict[str, Any] = {
            "mode": "payment",
            "payment_method_types": list(request.payment_method_types),
            "line_items": [
                {
                    "quantity": 1,
                    "price_data": {
                        "currency": request.currency.lower(),
                        "unit_amount": line.amount_cents,
                        "product_data": {"name": line.name,
                                         **({"description": line.description} if line.description else {})},
                    },
                }
                for line in request.lines
            ],
            "success_url": request.success_url,
            "cancel_url": request.cancel_url,
            "metadata": metadata,
            "payment_intent_data": {"metadata": metadata},
        }
        if request.client_reference_id:
            params["client_reference_id"] = request.client_reference_id
        if request.customer_email:
            params["customer_email"] = request.customer_email
        client, http = self._client()
        try:
            session = await client.v1.checkout.sessions.create_async(
                params,  # type: ignore[arg-type]
                {"idempotency_key": request.idempotency_key},
            )
        except stripe.StripeError as error:
            raise PaymentServiceError(_explain(error)) from error
        finally:
            await http.close_async()  # type: ignore[no-untyped-call]
        if not session.id or not session.url:
            raise PaymentServiceError("The payment service answered without a checkout page. Try again later.")
        return CheckoutSession(id=str(session.id), url=str(session.url))

    async def ensure_customer(self, *, name: str, email: str | None, idempotency_key: str,
                              metadata: Mapping[str, str]) -> str:
        """A Stripe Customer for one of our customers (saved methods hang off it); its id (cus_…). The same
        idempotency key returns the same Customer."""
        params: dict[str, Any] = {"name": name, "metadata": dict(metadata)}
        if email:
            params["email"] = email
        client, http = self._client()
        try:
            customer = await client.v1.customers.create_async(
                params,  # type: ignore[arg-type]
                {"idempotency_key": idempotency_key},
            )
        except stripe.StripeError as error:
            raise PaymentServiceError(_explain(error)) from error
        finally:
            await http.close_async()  # type: ignore[no-untyped-call]
        return str(customer.id)

    async def create_setup_session(self, request: SetupRequest) -> CheckoutSession:
        """A Stripe-hosted Checkout session in `setup` mode: the payer enters a card (or bank account) on
        Stripe's page; Stripe attaches it to the customer and tells us by webhook (`payment_method.attached`)."""
        metadata = dict(request.metadata)
        params: dict[str, Any] = {
            "mode": "setup", "customer": request.stripe_customer_id, "currency": "usd",
            "payment_method_types": list(request.payment_method_types),
            "success_url": request.success_url, "cancel_url": request.cancel_url,
            "metadata": metadata, "setup_intent_data": {"metadata": metadata},
        }
        client, http = self._client()
        try:
            session = await client.v1.checkout.sessions.create_async(
                params,  # type: ignore[arg-type]
                {"idempotency_key": request.idempotency_key},
            )
        except stripe.InvalidRequestError as error:
            if error.code == "resource_missing" and error.param == "customer":
                raise UnknownStripeCustomer(_explain(error)) from error
            raise PaymentServiceError(_explain(error)) from error
        except stripe.StripeError as error:
            raise PaymentServiceError(_explain(error)) from error
        finally:
            await http.close_async()  # type: ignore[no-untyped-call]
        if not session.id or not session.url:
            raise PaymentServiceError("The payment service answered without a page to add the card. Try again later.")
        return CheckoutSession(id=str(session.id), url=str(session.url))

    async def detach_payment_method(self, payment_method_id: str) -> None:
        """Forget a saved method at Stripe (it can't be charged again). One already detached counts as done."""
        client, http = self._client()
        try:
            await client.v1.payment_methods.detach_async(payment_method_id)
        except stripe.InvalidRequestError as error:
            if error.code not in ("resource_missing", "payment_method_not_attached") \
                    and "not attached" not in str(error.user_message or ""):
                raise PaymentServiceError(_explain(error)) from error
        except stripe.StripeError as error:
            raise PaymentServiceError(_explain(error)) from error
        finally:
            await http.close_async()  # type: ignore[no-untyped-call]

    async def charge_off_session(self, charge: OffSessionCharge) -> OffSessionOutcome:
        """A PaymentIntent confirmed at once, off session, on a saved method. A decline or a bank asking for
        authentication is an answer (`failed`), not an exception; only a failure to reach Stripe raises
        `PaymentServiceError` (then try again with the same idempotency key: still one charge)."""
        params: dict[str, Any] = {
            "amount": charge.amount_cents, "currency": charge.currency.lower(),
            "customer": charge.stripe_customer_id, "payment_method": charge.stripe_payment_method_id,
            "off_session": True, "confirm": True, "description": charge.description,
            "metadata": dict(charge.metadata),
        }
        client, http = self._client()
        try:
            intent = await client.v1.payment_intents.create_async(
                params,  # type: ignore[arg-type]
                {"idempotency_key": charge.idempotency_key},
            )
        except stripe.CardError as error:
            payload = error.error
            refused = getattr(payload, "payment_intent", None) if payload is not None else None
            intent_id = refused.get("id") if isinstance(refused, Mapping) else getattr(refused, "id", None)
            return OffSessionOutcome(payment_intent_id=str(intent_id) if intent_id else None,
                                     status="requires_payment_method", failure_code=error.code or "card_declined",
                                     failure_message=decline_message(error.code))
        except stripe.StripeError as error:
            raise PaymentServiceError(_explain(error)) from error
        finally:
            await http.close_async()  # type: ignore[no-untyped-call]
        status = str(intent.status)
        if status in ("succeeded", "processing"):
            return OffSessionOutcome(payment_intent_id=str(intent.id), status=status)
        code = "authentication_required" if status == "requires_action" else "payment_failed"
        return OffSessionOutcome(payment_intent_id=str(intent.id), status=status, failure_code=code,
                                 failure_message=decline_message(code))

    def verify_event(self, payload: bytes, signature: str | None) -> dict[str, Any]:
        """The event in a webhook delivery, after checking its `Stripe-Signature` (HMAC-SHA256 of
        `"{t}.{raw body}"` with the endpoint's secret) and that `t` is at most 300 s old."""
        try:
            stripe.Webhook.construct_event(payload, signature, self._webhook_secret,
                                           tolerance=WEBHOOK_TOLERANCE_SECONDS)
        except stripe.SignatureVerificationError as error:
            raise InvalidWebhook(str(error)) from error
        except (ValueError, UnicodeDecodeError) as error:
            raise InvalidWebhook("The body is not a JSON event.") from error
        # The signature covers these exact bytes: read them as plain JSON, not the SDK's objects.
        event = json.loads(payload)
        if not isinstance(event, dict) or not isinstance(event.get("id"), str) \
                or not isinstance(event.get("type"), str):
            raise InvalidWebhook("The body is not a Stripe event.")
        return event


def _explain(error: stripe.StripeError) -> str:
    if isinstance(error, stripe.APIConnectionError):
        return "The payment service can't be reached right now. Try again in a minute."
    if isinstance(error, stripe.AuthenticationError | stripe.PermissionError):
        return "Online payment is not set up correctly. Ask the office to check the Stripe keys."
    return "The payment service refused to start the payment. Try again later or contact the office."


def decline_message(code: str | None) -> str:
    if code == "authentication_required":
        return "Your bank asked you to confirm this payment, so it could not be taken automatically."
    if code == "expired_card":
        return "The saved card has expired."
    if code == "insufficient_funds":
        return "The card was declined for insufficient funds."
    return "The saved card was declined."


class StripeSettings(Protocol):
    """Where the Stripe account is configured (the app passes its `app.settings.Settings`)."""

    @property
    def stripe_secret_key(self) -> str | None: ...
    @property
    def stripe_webhook_secret(self) -> str | None: ...
    @property
    def stripe_api_base(self) -> str | None: ...


def gateway_from_settings(settings: StripeSettings) -> StripeGateway | None:
    """The gateway when both the API key and the webhook secret are set; otherwise online payment is off
    (a checkout whose payment never reaches us would take money we never record)."""
    secret_key = (settings.stripe_secret_key or "").strip()
    webhook_secret = (settings.stripe_webhook_secret or "").strip()
    if not secret_key or not webhook_secret:
        return None
    return StripeGateway(secret_key=secret_key, webhook_secret=webhook_secret, api_base=settings.stripe_api_base)
