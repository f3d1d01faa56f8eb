"""Each verified Stripe webhook event, applied once: the one dispatch for every kind we act on.

Paying through Checkout (`online_payments.HANDLERS`) and saved methods and autopay (`autopay.HANDLERS`) each
say what their events do; this module stores the event id and calls the one handler, in the caller's
transaction, so a redelivery finds the id stored and does nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from models import StripeEvent
from resolvers.billing import autopay, online_payments

__all__ = ["HANDLERS", "process_event"]

Handler = Callable[[AsyncSession, Mapping[str, Any], datetime | None], Awaitable[str]]
HANDLERS: dict[str, Handler] = {**online_payments.HANDLERS, **autopay.HANDLERS}


async def process_event(session: AsyncSession, event: Mapping[str, Any]) -> str:
    """Apply one verified Stripe event exactly once, in the caller's transaction.

    Returns what happened: "duplicate" (seen before: nothing done), "ignored" (not an event we act on, or
    not one of ours; stored all the same) or "applied".
    """
    event_id, event_type = str(event["id"]), str(event["type"])
    stored = await session.execute(
        insert(StripeEvent).values(event_id=event_id, type=event_type, payload=dict(event),
                                   processed_at=datetime.now(UTC))
        .on_conflict_do_nothing(index_elements=["event_id"]).returning(col(StripeEvent.id))
    )
    if stored.scalar() is None:
        return "duplicate"
    data = event.get("data")
    obj = data.get("object") if isinstance(data, Mapping) else None
    handler = HANDLERS.get(event_type)
    if handler is None or not isinstance(obj, Mapping):
        return "ignored"
    return await handler(session, obj, _event_time(event))


def _event_time(event: Mapping[str, Any]) -> datetime | None:
    """When Stripe created the event (never later than now: a payment is never recorded in the future)."""
    created = event.get("created")
    if not isinstance(created, int) or isinstance(created, bool):
        return None
    return min(datetime.fromtimestamp(created, UTC), datetime.now(UTC))
