"""`/metrics` (Prometheus text format) after real requests, a real WebSocket and a real job move, on uvicorn.

The metrics are per process and other tests move them too, so each test compares scrapes taken before and
after what it does.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.asgi import create_app
from app.settings import Settings
from models import OutboxMail
from models.base import utc_now
from tests.subscriptions.conftest import JOB_EVENT_FIELDS, GraphQLWS, LiveServer, People, ready, set_status
from tests.subscriptions.conftest import live_server as live_server
from tests.subscriptions.conftest import people as people

pytestmark = pytest.mark.timeout(90)

Sample = tuple[str, frozenset[tuple[str, str]]]
ALL_MOVES = f"subscription {{ jobStatusChanged {{ {JOB_EVENT_FIELDS} }} }}"


async def scrape(base_url: str) -> dict[Sample, float]:
    async with httpx.AsyncClient(timeout=10) as http:
        response = await http.get(f"{base_url}/metrics")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return {(sample.name, frozenset(sample.labels.items())): sample.value
            for family in text_string_to_metric_families(response.text) for sample in family.samples}


def value(samples: dict[Sample, float], name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def total(samples: dict[Sample, float], name: str) -> float:
    return sum(found for (sample, _labels), found in samples.items() if sample == name)


async def post(base_url: str, query: str) -> httpx.Response:
    async with httpx.AsyncClient(timeout=10) as http:
        return await http.post(f"{base_url}/graphql", json={"query": query})


async def test_graphql_requests_are_counted_by_operation_and_outcome_with_their_latency(
        live_server: LiveServer, people: People) -> None:
    async with live_server() as base:
        before = await scrape(base)
        # when one named query succeeds twice, one fails validation, and one body is malformed
        for _ in range(2):
            assert (await post(base, "query MetricsProbe { __typename }")).status_code == 200
        failing = await post(base, "query MetricsBroken { noSuchField }")
        assert failing.json()["errors"]
        async with httpx.AsyncClient(timeout=10) as http:
            malformed = await http.post(f"{base}/graphql", content=b"null",
                                        headers={"content-type": "application/json"})
        assert malformed.status_code == 400
        after = await scrape(base)

    def moved(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    # then each is counted under its operation name and outcome, with a latency observation each
    assert moved("dop_graphql_requests_total", operation="MetricsProbe", outcome="ok") == 2
    assert moved("dop_graphql_request_duration_seconds_count", operation="MetricsProbe", outcome="ok") == 2
    assert moved("dop_graphql_requests_total", operation="MetricsBroken", outcome="error") == 1
    assert moved("dop_graphql_requests_total", operation="anonymous", outcome="refused") == 1


async def test_sockets_subscriptions_events_and_lag_are_measured(
        live_server: LiveServer, people: People, sessions: async_sessionmaker[AsyncSession]) -> None:
    # given two mails waiting in the outbox (not due yet, so no worker takes them meanwhile)
    async with sessions() as session, session.begin():
        for n in range(2):
            session.add(OutboxMail(to_address=f"later{n}@example.com", subject="Later", body_text="Later",
                                   next_attempt_at=utc_now() + timedelta(hours=1)))
    async with live_server() as base:
        before = await scrape(base)
        # when the client subscribes over a WebSocket and the crew moves the job
        async with GraphQLWS.open(base, people.client.token) as ws:
            await ws.subscribe(ALL_MOVES)
            await ready(ws)
            connected = await scrape(base)
            await set_status(base, people.employee.token, people.job, "ON_THE_WAY")
            assert (await ws.next_data())["jobStatusChanged"]["status"] == "ON_THE_WAY"
            delivered = await scrape(base)
        await ready(ws)
        closed = await scrape(base)

    # then the open socket and its subscription show while they run, and go when they end
    assert value(connected, "dop_websocket_connections") == value(before, "dop_websocket_connections") + 1
    assert value(connected, "dop_websocket_operations") == value(before, "dop_websocket_operations") + 1
    assert value(closed, "dop_websocket_connections") == value(before, "dop_websocket_connections")
    assert value(closed, "dop_websocket_operations") == value(before, "dop_websocket_operations")
    # and the move was published, delivered to the subscriber, and its lag measured
    assert total(delivered, "dop_events_published_total") > total(before, "dop_events_published_total")
    assert total(delivered, "dop_events_delivered_total") > total(before, "dop_events_delivered_total")
    assert value(delivered, "dop_broadcast_lag_seconds_count") > value(before, "dop_broadcast_lag_seconds_count")
    # and the outbox backlog and the database pool are read at scrape time
    assert value(delivered, "dop_outbox_backlog") == 2
    assert value(delivered, "dop_db_pool_size") >= 1
    assert ("dop_db_pool_in_use", frozenset()) in delivered


async def test_metrics_need_the_token_when_one_is_configured(migrated_database_url: str) -> None:
    app = create_app(Settings(database_url=migrated_database_url, app_env="production", smtp_host=None,
                              metrics_token="scrape-me"))
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as http:
            assert (await http.get("/metrics")).status_code == 401
            assert (await http.get("/metrics", headers={"Authorization": "Bearer wrong"})).status_code == 401
            allowed = await http.get("/metrics", headers={"Authorization": "Bearer scrape-me"})
        assert allowed.status_code == 200 and "dop_graphql_requests_total" in allowed.text
    finally:
        await app.state.runtime.engine.dispose()
