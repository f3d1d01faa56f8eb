"""Prometheus metrics, served at `/metrics` (text format; `prometheus-client`).

* `dop_graphql_requests_total{operation,outcome}` and `dop_graphql_request_duration_seconds{operation,outcome}`:
  GraphQL over HTTP. `operation` is the operation's name (`anonymous` without one, `other` once
  `MAX_OPERATION_NAMES` names were seen: the label is the client's to choose, so it is bounded). `outcome` is
  `ok`, `error` (the result carries errors), `refused` (HTTP 4xx) or `failed` (5xx).
* `dop_websocket_connections`, `dop_websocket_operations`: open GraphQL WebSockets and the subscriptions
  (operations) running on them.
* `dop_events_published_total{kind}`, `dop_events_delivered_total{kind}` (one per subscriber it reached),
  `dop_broadcast_lag_seconds`: from this process's publish to its fan-out (through the backend: memory,
  PostgreSQL NOTIFY or Redis). `kind` is the channel's prefix (`job`, `customer`, …), never an id.
* `dop_outbox_backlog`: mails not delivered yet; `dop_db_pool_in_use` / `dop_db_pool_size`: the database pool.
  Read at scrape time.
* `dop_request_bodies_refused_total{kind}`: bodies over their limit (413).

With `METRICS_TOKEN` set, a scrape must send `Authorization: Bearer <token>`.
"""

from __future__ import annotations

import hmac
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, Final

import sqlalchemy as sa
from broadcaster import Event
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from models import OutboxMail
from subscriptions.broadcast import DEFAULT_QUEUE_SIZE
from subscriptions.runtime import LiveBroadcaster

__all__ = [
    "REGISTRY",
    "InstrumentedBroadcaster",
    "metrics_endpoint",
    "operation_label",
    "record_graphql_request",
]

log = logging.getLogger(__name__)

REGISTRY: Final = CollectorRegistry()
MAX_OPERATION_NAMES: Final = 500

GRAPHQL_REQUESTS: Final = Counter("dop_graphql_requests", "GraphQL requests over HTTP.",
                                  ["operation", "outcome"], registry=REGISTRY)
GRAPHQL_LATENCY: Final = Histogram("dop_graphql_request_duration_seconds", "GraphQL request latency over HTTP.",
                                   ["operation", "outcome"], registry=REGISTRY)
WEBSOCKETS_OPEN: Final = Gauge("dop_websocket_connections", "Open GraphQL WebSocket connections.",
                               registry=REGISTRY)
WEBSOCKET_OPERATIONS: Final = Gauge("dop_websocket_operations",
                                    "Subscriptions (operations) running on GraphQL WebSockets.", registry=REGISTRY)
EVENTS_PUBLISHED: Final = Counter("dop_events_published", "Live events this process published.", ["kind"],
                                  registry=REGISTRY)
EVENTS_DELIVERED: Final = Counter("dop_events_delivered", "Live events handed to this process's subscribers "
                                  "(one per subscriber).", ["kind"], registry=REGISTRY)
BROADCAST_LAG: Final = Histogram("dop_broadcast_lag_seconds", "From publishing an event to its fan-out here.",
                                 buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
                                 registry=REGISTRY)
OUTBOX_BACKLOG: Final = Gauge("dop_outbox_backlog", "Mails in the outbox not delivered yet.", registry=REGISTRY)
DB_POOL_IN_USE: Final = Gauge("dop_db_pool_in_use", "Database connections checked out of the pool.",
                              registry=REGISTRY)
DB_POOL_SIZE: Final = Gauge("dop_db_pool_size", "Database connections the pool keeps.", registry=REGISTRY)
BODIES_REFUSED: Final = Counter("dop_request_bodies_refused", "Request bodies refused for their size (413).",
                                ["kind"], registry=REGISTRY)

_NAME: Final = re.compile(r"[_A-Za-z][_0-9A-Za-z]{0,63}")
_OPERATION_IN_DOCUMENT: Final = re.compile(r"\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)")
_seen_operations: set[str] = set()


def operation_label(name: object, query: object = None) -> str:
    """A bounded label for an operation: its name (given, or the document's first), `anonymous` or `other`."""
    if not isinstance(name, str) or not name:
        found = _OPERATION_IN_DOCUMENT.match(query[:200]) if isinstance(query, str) else None
        if found is None:
            return "anonymous"
        name = found.group(1)
    if not _NAME.fullmatch(name):
        return "other"
    if name not in _seen_operations:
        if len(_seen_operations) >= MAX_OPERATION_NAMES:
            return "other"
        _seen_operations.add(name)
    return name


def outcome_of(status: int, result_outcome: object) -> str:
    if status >= 500:
        return "failed"
    if status >= 400:
        return "refused"
    return result_outcome if isinstance(result_outcome, str) and result_outcome in ("ok", "error") else "ok"


def record_graphql_request(operation: str, outcome: str, seconds: float) -> None:
    GRAPHQL_REQUESTS.labels(operation, outcome).inc()
    GRAPHQL_LATENCY.labels(operation, outcome).observe(seconds)


def channel_kind(channel: str) -> str:
    kind = channel.split(":", 1)[0]
    return kind if _NAME.fullmatch(kind) else "other"


class InstrumentedBroadcaster(LiveBroadcaster):
    """A `LiveBroadcaster` that counts events published and delivered, and measures the broadcast lag."""

    MAX_IN_FLIGHT: Final = 10_000

    def __init__(self, url: str | None = None, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> None:
        super().__init__(url, queue_size=queue_size)
        self._in_flight: OrderedDict[tuple[str, str], float] = OrderedDict()

    async def publish(self, channel: str, message: Any) -> None:
        await self.publish_many((channel,), message)

    async def publish_many(self, channels: tuple[str, ...], message: Any) -> None:
        keys = [(channel, message) for channel in channels] if isinstance(message, str) else []
        now = time.monotonic()
        for key in keys:
            self._in_flight[key] = now
        while len(self._in_flight) > self.MAX_IN_FLIGHT:
            self._in_flight.popitem(last=False)
        try:
            await super().publish_many(channels, message)
        except BaseException:
            for key in keys:
                self._in_flight.pop(key, None)
            raise
        for channel in channels:
            EVENTS_PUBLISHED.labels(channel_kind(channel)).inc()

    def _deliver(self, event: Event) -> None:
        sent = self._in_flight.pop((event.channel, event.message), None)
        if sent is not None:
            BROADCAST_LAG.observe(time.monotonic() - sent)
        subscribers = len(self._channels.get(event.channel, ()))
        super()._deliver(event)
        if subscribers:
            EVENTS_DELIVERED.labels(channel_kind(event.channel)).inc(subscribers)


async def _read_gauges(engine: AsyncEngine) -> None:
    pool: Any = engine.sync_engine.pool
    if hasattr(pool, "checkedout"):
        DB_POOL_IN_USE.set(pool.checkedout())
    if hasattr(pool, "size"):
        DB_POOL_SIZE.set(pool.size())
    try:
        async with engine.connect() as connection:
            backlog = await connection.scalar(
                sa.select(sa.func.count()).select_from(OutboxMail).where(sa.column("sent_at").is_(None)))
        OUTBOX_BACKLOG.set(int(backlog or 0))
    except Exception:
        log.warning("metrics: could not read the outbox backlog", exc_info=True)


def metrics_endpoint(engine: AsyncEngine, token: str | None) -> Callable[[Request], Awaitable[Response]]:
    """`GET /metrics` for the app on `engine` (with `token`: only for `Authorization: Bearer <token>`)."""

    async def metrics(request: Request) -> Response:
        if token:
            scheme, _, given = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
                return PlainTextResponse("Metrics need the metrics token.", status_code=401,
                                         headers={"WWW-Authenticate": "Bearer"})
        await _read_gauges(engine)
        return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)

    return metrics
