"""`POST /webhooks/stripe`: Stripe's signed events, each applied exactly once.

The signature is checked on the raw body (Stripe's own `construct_event`, 300-second tolerance) before
anything is parsed or stored. A genuine event is then applied by `resolvers.billing.stripe_events
.process_event` in one transaction that also stores its id, so a redelivery is answered 200 and does nothing.

Answers: 200 (applied, ignored or a duplicate: Stripe stops retrying), 400 (forged, stale or malformed:
never retried into success), 413 (absurdly large), 503 (online payment not set up: no keys configured),
500 (our failure: the transaction rolled back, the event was not stored, and Stripe retries later).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from adapters.payments import InvalidWebhook, gateway_from_settings
from app.settings import Settings
from resolvers.billing.online_payments import WEBHOOK_VIEWER
from resolvers.billing.stripe_events import process_event
from resolvers.transactions import run_in_transaction

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/webhooks/stripe"
MAX_BODY_BYTES = 1024 * 1024
"""Stripe's events are a few kilobytes; anything near this is not from Stripe."""


def stripe_webhook_endpoint(sessions: async_sessionmaker[AsyncSession], settings: Settings,
                            ) -> Callable[[Request], Awaitable[Response]]:
    """The Starlette endpoint for `POST /webhooks/stripe`, bound to the app's sessions and settings."""

    async def stripe_webhook(request: Request) -> Response:
        gateway = gateway_from_settings(settings)
        if gateway is None:
            return JSONResponse({"error": "Online payment is not set up."}, status_code=503)
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return JSONResponse({"error": "Too large."}, status_code=413)
        payload = await request.body()
        if len(payload) > MAX_BODY_BYTES:
            return JSONResponse({"error": "Too large."}, status_code=413)
        try:
            event = gateway.verify_event(payload, request.headers.get("stripe-signature"))
        except InvalidWebhook as error:
            log.warning("Refused a Stripe webhook delivery: %s", error)
            return JSONResponse({"error": "Invalid signature or payload."}, status_code=400)

        outcome: Any = await run_in_transaction(sessions, WEBHOOK_VIEWER,
                                                lambda session, _viewer: process_event(session, event))
        log.info("Stripe event %s (%s): %s", event["id"], event["type"], outcome)
        return JSONResponse({"received": True, "outcome": outcome})

    return stripe_webhook
