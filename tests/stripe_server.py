"""A small Stripe-compatible HTTP server for tests: the real `stripe` SDK talks to it over loopback.

It implements what our code calls, the way Stripe answers it:

* `POST /v1/checkout/sessions` (form-encoded, nested `a[b][0]` keys): validates the basics, returns a
  `checkout.session` with an id `cs_test_…` and a `url`; the `Idempotency-Key` header is honoured like
  Stripe does (same key and same parameters → the same session, replayed; same key, other parameters → 400
  `idempotency_error`).
* `GET /v1/checkout/sessions/{id}`: the session, or 404 `resource_missing`.
* `GET /pay/{id}`: a stand-in for Stripe's hosted page (plain HTML), so a browser can follow the `url`.
* Saved methods: `POST /v1/customers` (`cus_test_…`); Checkout sessions in `setup` mode (a `customer` and no
  line items; a `setup_intent` `seti_test_…`); `POST /v1/payment_methods/{id}/detach`.
* Off-session charges: `POST /v1/payment_intents` with `confirm` and `off_session`, idempotent like the
  sessions. The saved method decides the answer as Stripe's test cards do: `4242…` succeeds, `0341…`
  (`DECLINING`) is declined (402 `card_error`, `card_declined`, with the failed intent), `3184…`
  (`NEEDS_AUTHENTICATION`) needs the cardholder (402 `authentication_required`).

Tests finish a setup with `save_card(session_id, number=…)` (the method attached to the session's customer;
the `payment_method.attached` event to deliver is `attached_event(pm)`), and build the events of an intent
with `intent_event(type, intent_id)`.

Every request is recorded (`requests`) for assertions. Tests drive the rest of a payment themselves:
`pay(session_id)` marks a session paid (or, for ACH, `processing`) and gives it a payment intent id;
`event(type, obj)` builds an event; `sign(payload, secret)` signs it exactly as Stripe does
(`t=…,v1=HMAC-SHA256(secret, f"{t}.{payload}")`).

Use it through the fixtures (import the fixture functions into a test module or conftest)::

    from tests.stripe_server import stripe_configured_fixture, stripe_server_fixture  # noqa: F401

    async def test_something(stripe_configured):        # STRIPE_* point the app at this server
        ...
        assert stripe_configured.created_sessions()

`stripe_server` runs uvicorn in a thread of its own (one per test run), so it serves whatever event loop the
test uses; `stripe_configured` resets it and sets `STRIPE_SECRET_KEY`, `STRIPE_WEBHOOK_SECRET` and
`STRIPE_API_BASE` for one test (`app.settings.get_settings()` re-read); `stripe_unconfigured` unsets them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from app.settings import get_settings

__all__ = ["RecordedRequest", "StripeServer", "sign", "stripe_configured_fixture", "stripe_server_fixture",
           "stripe_unconfigured_fixture"]

TEST_SECRET_KEY = "sk_test_dop_0123456789"
TEST_WEBHOOK_SECRET = "whsec_dop_test_0123456789abcdef"
SUCCEEDING = "4242424242424242"
DECLINING = "4000000000000341"
"""Attaches fine, and every charge is declined (`card_declined`), as Stripe's test card does."""
NEEDS_AUTHENTICATION = "4000002760003184"
"""Every off-session charge needs the cardholder to authenticate (`authentication_required`)."""


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    params: dict[str, Any]
    """The form (or query) parameters decoded into nested dicts and lists, as Stripe reads them."""


def decode_form(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """`line_items[0][price_data][currency]=usd` … → {"line_items": [{"price_data": {"currency": "usd"}}]}."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        head, _, rest = key.partition("[")
        path = [head] + ([part.rstrip("]") for part in rest.split("[")] if rest else [])
        node = root
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value
    decoded: dict[str, Any] = _lists(root)
    return decoded


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        converted = {key: _lists(item) for key, item in value.items()}
        if converted and all(key.isdigit() for key in converted):
            return [converted[key] for key in sorted(converted, key=int)]
        return converted
    return value


def _copy(value: dict[str, Any]) -> dict[str, Any]:
    copied: dict[str, Any] = json.loads(json.dumps(value))
    return copied


def _error(status: int, message: str, *, type_: str = "invalid_request_error", code: str | None = None,
           param: str | None = None) -> JSONResponse:
    body: dict[str, Any] = {"type": type_, "message": message}
    if code:
        body["code"] = code
    if param:
        body["param"] = param
    return JSONResponse({"error": body}, status_code=status)


def sign(payload: str, secret: str = TEST_WEBHOOK_SECRET, timestamp: int | None = None) -> str:
    """The `Stripe-Signature` header Stripe would send for `payload`, computed here (not by the SDK)."""
    t = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode(), f"{t}.{payload}".encode(), hashlib.sha256).hexdigest()
    return f"t={t},v1={mac}"


@dataclass
class StripeServer:
    secret_key: str = TEST_SECRET_KEY
    webhook_secret: str = TEST_WEBHOOK_SECRET
    base_url: str = ""
    webhook_url: str = ""
    """Where `deliver` posts signed events (our `/webhooks/stripe`), for a browser driving the hosted pages."""
    requests: list[RecordedRequest] = field(default_factory=list)
    sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    line_items: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Each session's line items as sent (Stripe only returns them when expanded)."""
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    payment_methods: dict[str, dict[str, Any]] = field(default_factory=dict)
    intents: dict[str, dict[str, Any]] = field(default_factory=dict)
    _idempotent: dict[str, tuple[dict[str, Any], str]] = field(default_factory=dict)
    _numbers: dict[str, str] = field(default_factory=dict)
    """The card number behind each saved method (Stripe never tells it; it decides how charges go)."""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- what tests use -----------------------------------------------------------------------------------

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.sessions.clear()
            self.line_items.clear()
            self.customers.clear()
            self.payment_methods.clear()
            self.intents.clear()
            self._idempotent.clear()

    def created_sessions(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method == "POST" and r.path == "/v1/checkout/sessions"]

    def pay(self, session_id: str, *, payment_status: str = "paid") -> dict[str, Any]:
        """The payer finished on the hosted page: the session completes with a payment intent.
        `payment_status="unpaid"` is an ACH debit still processing."""
        with self._lock:
            session = self.sessions[session_id]
            session["status"] = "complete"
            session["payment_status"] = payment_status
            session["payment_intent"] = session.get("payment_intent") or f"pi_test_{secrets.token_hex(12)}"
            return _copy(session)

    def settle(self, session_id: str, *, succeeded: bool = True) -> dict[str, Any]:
        """An ACH debit cleared (or failed) days later."""
        with self._lock:
            session = self.sessions[session_id]
            session["payment_status"] = "paid" if succeeded else "unpaid"
            return _copy(session)

    def refunded_charge(self, session_id: str, *, amount: int | None = None) -> dict[str, Any]:
        """The charge of a paid session after a refund (full unless `amount` says less)."""
        session = self.sessions[session_id]
        total = int(session["amount_total"])
        refunded = total if amount is None else amount
        return {"id": f"ch_test_{secrets.token_hex(12)}", "object": "charge", "amount": total,
                "amount_refunded": refunded, "refunded": refunded >= total, "currency": session["currency"],
                "payment_intent": session["payment_intent"], "status": "succeeded"}

    def created_intents(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method == "POST" and r.path == "/v1/payment_intents"]

    def save_card(self, session_id: str, *, number: str = SUCCEEDING, exp_month: int = 12,
                  exp_year: int = 2030, brand: str = "visa") -> dict[str, Any]:
        """The payer entered a card on the setup page: a PaymentMethod attached to the session's customer."""
        with self._lock:
            session = self.sessions[session_id]
            pm_id = f"pm_test_{secrets.token_hex(12)}"
            method = {"id": pm_id, "object": "payment_method", "type": "card", "customer": session["customer"],
                      "card": {"brand": brand, "last4": number[-4:], "exp_month": exp_month, "exp_year": exp_year,
                               "funding": "credit", "country": "US"},
                      "billing_details": {}, "livemode": False, "created": int(time.time()),
                      "metadata": {}}
            self.payment_methods[pm_id] = method
            self._numbers[pm_id] = number
            session["status"] = "complete"
            return _copy(method)

    def attached_event(self, method: dict[str, Any]) -> dict[str, Any]:
        return self.event("payment_method.attached", method)

    def intent_event(self, type_: str, intent_id: str) -> dict[str, Any]:
        """`payment_intent.succeeded` / `payment_intent.payment_failed` for an intent as it is now (for a
        failure, as Stripe sends it: `last_payment_error` filled)."""
        intent = _copy(self.intents[intent_id])
        if type_ == "payment_intent.succeeded":
            intent.update(status="succeeded", last_payment_error=None, amount_received=intent["amount"])
        return self.event(type_, intent)

    @staticmethod
    def event(type_: str, obj: dict[str, Any], *, event_id: str | None = None,
              created: int | None = None) -> dict[str, Any]:
        return {"id": event_id or f"evt_test_{secrets.token_hex(12)}", "object": "event",
                "api_version": "2025-01-27.acacia", "created": int(time.time()) if created is None else created,
                "livemode": False, "pending_webhooks": 1, "type": type_, "data": {"object": obj}}

    # --- the HTTP side ------------------------------------------------------------------------------------

    def app(self) -> Starlette:
        return Starlette(routes=[
            Route("/v1/checkout/sessions", self._create_session, methods=["POST"]),
            Route("/v1/checkout/sessions/{session_id}", self._get_session, methods=["GET"]),
            Route("/pay/{session_id}", self._hosted_page, methods=["GET"]),
            Route("/pay/{session_id}", self._hosted_submit, methods=["POST"]),
            Route("/v1/customers", self._create_customer, methods=["POST"]),
            Route("/v1/payment_methods/{pm_id}/detach", self._detach, methods=["POST"]),
            Route("/v1/payment_intents", self._create_intent, methods=["POST"]),
        ])

    async def _record(self, request: Request) -> RecordedRequest:
        body = (await request.body()).decode()
        pairs = parse_qsl(body, keep_blank_values=True) if request.method == "POST" else \
            list(request.query_params.multi_items())
        recorded = RecordedRequest(method=request.method, path=request.url.path,
                                   headers={k.lower(): v for k, v in request.headers.items()},
                                   params=decode_form(pairs))
        with self._lock:
            self.requests.append(recorded)
        return recorded

    def _authorized(self, recorded: RecordedRequest) -> bool:
        return recorded.headers.get("authorization") == f"Bearer {self.secret_key}"

    async def _create_session(self, request: Request) -> Response:
        recorded = await self._record(request)
        if not self._authorized(recorded):
            return _error(401, "Invalid API Key provided.")
        params = recorded.params
        key = recorded.headers.get("idempotency-key")
        with self._lock:
            if key and key in self._idempotent:
                first_params, session_id = self._idempotent[key]
                if first_params != params:
                    return _error(400, "Keys for idempotent requests can only be used with the same parameters "
                                       "they were first used with.", type_="idempotency_error")
                return JSONResponse(self.sessions[session_id], headers={"Idempotent-Replayed": "true"})
        problem = _invalid(params)
        if problem:
            return _error(400, problem[1], param=problem[0])
        session_id = f"cs_test_{secrets.token_hex(16)}"
        if params["mode"] == "setup":
            return self._setup_session(session_id, params, key)
        items = params["line_items"]
        amount = sum(int(item["price_data"]["unit_amount"]) * int(item.get("quantity", 1)) for item in items)
        session = {
            "id": session_id, "object": "checkout.session", "mode": params["mode"], "status": "open",
            "payment_status": "unpaid", "amount_subtotal": amount, "amount_total": amount,
            "currency": items[0]["price_data"]["currency"], "metadata": params.get("metadata", {}),
            "payment_method_types": params.get("payment_method_types", ["card"]), "payment_intent": None,
            "client_reference_id": params.get("client_reference_id"),
            "customer_email": params.get("customer_email"), "success_url": params["success_url"],
            "cancel_url": params["cancel_url"], "url": f"{self.base_url}/pay/{session_id}", "livemode": False,
            "created": int(time.time()), "expires_at": int(time.time()) + 86_400,
        }
        with self._lock:
            self.sessions[session_id] = session
            self.line_items[session_id] = items
            if key:
                self._idempotent[key] = (params, session_id)
        return JSONResponse(session)

    def _setup_session(self, session_id: str, params: dict[str, Any], key: str | None) -> Response:
        if params.get("customer") not in self.customers:
            return _error(400, f"No such customer: '{params.get('customer')}'", code="resource_missing",
                          param="customer")
        session = {
            "id": session_id, "object": "checkout.session", "mode": "setup", "status": "open",
            "payment_status": "no_payment_required", "customer": params["customer"],
            "setup_intent": f"seti_test_{secrets.token_hex(12)}", "metadata": params.get("metadata", {}),
            "payment_method_types": params.get("payment_method_types", ["card"]), "payment_intent": None,
            "success_url": params["success_url"], "cancel_url": params["cancel_url"],
            "url": f"{self.base_url}/pay/{session_id}", "livemode": False, "created": int(time.time()),
            "expires_at": int(time.time()) + 86_400, "amount_total": None, "currency": None,
        }
        with self._lock:
            self.sessions[session_id] = session
            if key:
                self._idempotent[key] = (params, session_id)
        return JSONResponse(session)

    def _replayed(self, key: str | None, params: dict[str, Any], store: dict[str, dict[str, Any]],
                  ) -> Response | None:
        """The first answer again for a repeated Idempotency-Key (400 if the parameters differ)."""
        with self._lock:
            if key and key in self._idempotent:
                first_params, object_id = self._idempotent[key]
                if first_params != params:
                    return _error(400, "Keys for idempotent requests can only be used with the same parameters "
                                       "they were first used with.", type_="idempotency_error")
                answer = store[object_id]
                if answer.get("last_payment_error"):
                    return self._card_error(answer)
                return JSONResponse(answer, headers={"Idempotent-Replayed": "true"})
        return None

    async def _create_customer(self, request: Request) -> Response:
        recorded = await self._record(request)
        if not self._authorized(recorded):
            return _error(401, "Invalid API Key provided.")
        key = recorded.headers.get("idempotency-key")
        replayed = self._replayed(key, recorded.params, self.customers)
        if replayed is not None:
            return replayed
        customer_id = f"cus_test_{secrets.token_hex(8)}"
        customer = {"id": customer_id, "object": "customer", "name": recorded.params.get("name"),
                    "email": recorded.params.get("email"), "metadata": recorded.params.get("metadata", {}),
                    "livemode": False, "created": int(time.time())}
        with self._lock:
            self.customers[customer_id] = customer
            if key:
                self._idempotent[key] = (recorded.params, customer_id)
        return JSONResponse(customer)

    async def _detach(self, request: Request) -> Response:
        recorded = await self._record(request)
        if not self._authorized(recorded):
            return _error(401, "Invalid API Key provided.")
        with self._lock:
            method = self.payment_methods.get(request.path_params["pm_id"])
            if method is None:
                return _error(404, "No such PaymentMethod", code="resource_missing", param="payment_method")
            if method["customer"] is None:
                return _error(400, "The payment method you provided is not attached to a customer so "
                                   "detachment is impossible.", code="payment_method_not_attached")
            method["customer"] = None
            return JSONResponse(_copy(method))

    async def _create_intent(self, request: Request) -> Response:
        recorded = await self._record(request)
        if not self._authorized(recorded):
            return _error(401, "Invalid API Key provided.")
        params = recorded.params
        key = recorded.headers.get("idempotency-key")
        replayed = self._replayed(key, params, self.intents)
        if replayed is not None:
            return replayed
        with self._lock:
            method = self.payment_methods.get(str(params.get("payment_method")))
        if method is None:
            return _error(400, f"No such PaymentMethod: '{params.get('payment_method')}'", code="resource_missing",
                          param="payment_method")
        if method["customer"] != params.get("customer"):
            return _error(400, "The provided PaymentMethod does not belong to this customer.",
                          param="payment_method")
        if not str(params.get("amount", "")).isdigit() or int(params["amount"]) < 50:
            return _error(400, "Amount must be at least 50 cents.", param="amount")
        intent_id = f"pi_test_{secrets.token_hex(12)}"
        number = self._numbers.get(method["id"], SUCCEEDING)
        failure = {DECLINING: ("card_declined", "Your card was declined."),
                   NEEDS_AUTHENTICATION: ("authentication_required",
                                          "Your card was declined. This transaction requires authentication.")
                   }.get(number)
        intent = {"id": intent_id, "object": "payment_intent", "amount": int(params["amount"]),
                  "currency": params.get("currency"), "customer": params.get("customer"),
                  "payment_method": method["id"], "metadata": params.get("metadata", {}),
                  "description": params.get("description"), "off_session": params.get("off_session"),
                  "status": "succeeded" if failure is None else "requires_payment_method",
                  "amount_received": int(params["amount"]) if failure is None else 0,
                  "last_payment_error": None if failure is None else {
                      "type": "card_error", "code": failure[0], "message": failure[1],
                      "decline_code": "generic_decline" if failure[0] == "card_declined" else None,
                      "payment_method": {"id": method["id"], "type": "card"}},
                  "livemode": False, "created": int(time.time())}
        with self._lock:
            self.intents[intent_id] = intent
            if key:
                self._idempotent[key] = (params, intent_id)
        if failure is not None:
            return self._card_error(intent)
        return JSONResponse(intent)

    @staticmethod
    def _card_error(intent: dict[str, Any]) -> JSONResponse:
        error = dict(intent["last_payment_error"])
        error["payment_intent"] = intent
        return JSONResponse({"error": error}, status_code=402)

    async def _get_session(self, request: Request) -> Response:
        recorded = await self._record(request)
        if not self._authorized(recorded):
            return _error(401, "Invalid API Key provided.")
        session = self.sessions.get(request.path_params["session_id"])
        if session is None:
            return _error(404, "No such checkout.session", code="resource_missing", param="session")
        return JSONResponse(session)

    async def deliver(self, event: dict[str, Any]) -> int:
        """Post `event`, signed, to `webhook_url` as Stripe does; the status code of the answer."""
        payload = json.dumps(event)
        async with httpx.AsyncClient(timeout=10) as client:
            response = await client.post(self.webhook_url, content=payload, headers={
                "Stripe-Signature": sign(payload, self.webhook_secret), "Content-Type": "application/json"})
        return response.status_code

    async def _hosted_submit(self, request: Request) -> Response:
        """The setup page's form: the card is saved, Stripe's event delivered, the payer sent back."""
        session = self.sessions.get(request.path_params["session_id"])
        if session is None or session.get("mode") != "setup" or session["status"] != "open":
            return HTMLResponse("<h1>This page has expired</h1>", status_code=404)
        form = dict(parse_qsl((await request.body()).decode()))
        method = self.save_card(session["id"], number=form.get("number", SUCCEEDING))
        if self.webhook_url:
            await self.deliver(self.attached_event(method))
        return RedirectResponse(session["success_url"], status_code=303)

    async def _hosted_page(self, request: Request) -> Response:
        session = self.sessions.get(request.path_params["session_id"])
        if session is None:
            return HTMLResponse("<h1>Not found</h1>", status_code=404)
        if session.get("mode") == "setup":
            return HTMLResponse(
                "<!doctype html><meta name=viewport content='width=device-width'><title>Save a card</title>"
                "<h1>Save a card (test Stripe)</h1><form method=post><label>Card number "
                "<select name=number><option value=4242424242424242>4242 4242 4242 4242 (succeeds)</option>"
                f"<option value={DECLINING}>4000 0000 0000 0341 (declined)</option>"
                f"<option value={NEEDS_AUTHENTICATION}>4000 0027 6000 3184 (needs authentication)</option>"
                "</select></label> <button type=submit>Save card</button></form>"
                f"<p><a href='{session['cancel_url']}'>Cancel</a></p>")
        return HTMLResponse(f"<h1>Pay {session['amount_total'] / 100:.2f} {session['currency'].upper()}</h1>")


def _invalid(params: dict[str, Any]) -> tuple[str, str] | None:
    """What Stripe would refuse in a Checkout session creation (the parts our code relies on)."""
    if params.get("mode") not in ("payment", "setup"):
        return "mode", "Missing or unsupported mode."
    for name in ("success_url", "cancel_url"):
        if not str(params.get(name, "")).startswith(("http://", "https://")):
            return name, f"Not a valid URL: {name}."
    if params["mode"] == "setup":
        if "line_items" in params:
            return "line_items", "You can not pass `line_items` in `setup` mode."
        if not params.get("customer"):
            return "customer", "A setup session for saving a method needs a customer."
        return None
    items = params.get("line_items")
    if not isinstance(items, list) or not items:
        return "line_items", "line_items must contain at least one item."
    for index, item in enumerate(items):
        data = item.get("price_data", {}) if isinstance(item, dict) else {}
        amount = str(data.get("unit_amount", ""))
        if not amount.isdigit() or not data.get("currency") or not data.get("product_data", {}).get("name"):
            return f"line_items[{index}][price_data]", "Each line needs currency, unit_amount and a product name."
    currencies = {item["price_data"]["currency"] for item in items}
    if len(currencies) != 1:
        return "line_items", "All line items must share one currency."
    return None


@pytest.fixture(name="stripe_server", scope="session")
def stripe_server_fixture() -> Iterator[StripeServer]:
    """A running StripeServer on a loopback port (one per test run; `reset()` between tests)."""
    server = StripeServer()
    config = uvicorn.Config(server.app(), host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, name="stripe-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not uv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the Stripe test server did not start"
        time.sleep(0.01)
    port = uv.servers[0].sockets[0].getsockname()[1]
    server.base_url = f"http://127.0.0.1:{port}"
    try:
        yield server
    finally:
        uv.should_exit = True
        thread.join(10)



STRIPE_VARIABLES = ("STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE")


@pytest.fixture(name="stripe_configured")
def stripe_configured_fixture(stripe_server: StripeServer, monkeypatch: pytest.MonkeyPatch,
                              ) -> Iterator[StripeServer]:
    """The settings (environment) point Stripe at the test server, which starts the test empty."""
    stripe_server.reset()
    monkeypatch.setenv("STRIPE_SECRET_KEY", stripe_server.secret_key)
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", stripe_server.webhook_secret)
    monkeypatch.setenv("STRIPE_API_BASE", stripe_server.base_url)
    get_settings.cache_clear()
    yield stripe_server
    get_settings.cache_clear()


@pytest.fixture(name="stripe_unconfigured")
def stripe_unconfigured_fixture(stripe_server: StripeServer, monkeypatch: pytest.MonkeyPatch,
                                ) -> Iterator[StripeServer]:
    """No Stripe keys at all (the embedded default); the server is there only to prove nobody called it."""
    stripe_server.reset()
    for name in STRIPE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    yield stripe_server
    get_settings.cache_clear()


def main() -> None:
    """Run it on its own for a browser: `python -m tests.stripe_server PORT WEBHOOK_URL` (then serve the app with
    STRIPE_API_BASE=http://127.0.0.1:PORT and the test keys above)."""
    import sys

    port, webhook = int(sys.argv[1]), sys.argv[2]
    server = StripeServer(base_url=f"http://127.0.0.1:{port}", webhook_url=webhook)
    uvicorn.run(server.app(), host="127.0.0.1", port=port, log_level="warning", lifespan="off")


if __name__ == "__main__":
    main()
