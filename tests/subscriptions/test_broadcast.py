"""The broadcast layer: delivery, ordering, reconnects and slow subscribers, on every backend.

Postgres tests use the `postgres_server_url` fixture; Redis tests need REDIS_URL
and are skipped without it. Every wait is bounded, so a regression fails fast
instead of hanging the run.
"""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager, suppress
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from broadcaster._backends.base import BroadcastBackend
from broadcaster._backends.memory import MemoryBackend
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from redis.asyncio import Redis

from subscriptions.backends import (
    BroadcastUnavailable,
    ReconnectingBackend,
    ReconnectOptions,
    backoff_delay,
    redact_url,
)
from subscriptions.backends.postgres import MAX_PAYLOAD_BYTES, PostgresBackend
from subscriptions.backends.redis import RedisBackend
from subscriptions.broadcast import (
    SLOW_CONSUMER_CLOSE_CODE,
    BoundedSubscriber,
    Broadcaster,
    SubscriberTooSlow,
    create_broadcast,
)

pytestmark = pytest.mark.timeout(60)  # the first Postgres test may start the embedded server

WAIT = 5.0  # the longest any single wait in these tests may take

OpenBroadcast = Callable[..., Awaitable[Broadcaster]]
B = TypeVar("B", bound=BroadcastBackend)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


async def receive(subscriber: BoundedSubscriber, count: int) -> list[str]:
    """The next `count` messages, or a TimeoutError naming how many arrived."""
    received: list[str] = []
    try:
        async with asyncio.timeout(WAIT):
            while len(received) < count:
                received.append((await subscriber.get()).message)
    except TimeoutError:
        raise TimeoutError(f"received {len(received)} of {count} messages within {WAIT} s") from None
    return received


async def publish_until_received(broadcast: Broadcaster, subscriber: BoundedSubscriber, channel: str) -> str:
    """Publish every 50 ms until one arrives: events published while a listener is down are lost."""
    async with asyncio.timeout(WAIT):
        for attempt in range(10_000):
            message = f"probe-{attempt}"
            with suppress(BroadcastUnavailable):
                await broadcast.publish(channel, message)
            try:
                async with asyncio.timeout(0.05):
                    return (await subscriber.get()).message
            except TimeoutError:
                continue
    raise AssertionError("unreachable")


async def wait_for(condition: Callable[[], bool], what: str) -> None:
    try:
        async with asyncio.timeout(WAIT):
            while not condition():  # noqa: ASYNC110 - polls backend state, no event to wait on
                await asyncio.sleep(0.01)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what}") from None


# -- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("REDIS_URL not set: Redis backend not tested")
    return url


@pytest.fixture(params=["memory", "postgres", "redis"])
def backend_url(request: pytest.FixtureRequest) -> str:
    """Each backend's URL; resolved lazily so memory tests don't start PostgreSQL."""
    if request.param == "memory":
        return "memory://"
    if request.param == "postgres":
        url: str = request.getfixturevalue("postgres_server_url")
        return url
    url = request.getfixturevalue("redis_url")
    return url


@pytest.fixture
def postgres_url(postgres_server_url: str) -> str:
    return postgres_server_url


SHORT_TIMINGS: ReconnectOptions = {"min_backoff": 0.05, "max_backoff": 0.5, "command_timeout": 3.0,
                                   "publish_attempts": 2}


def make_backend(url: str, name: str) -> BroadcastBackend:
    """A backend with short timings, and connection names unique to this test."""
    if url.startswith("memory"):
        return MemoryBackend(url)
    if url.startswith("redis"):
        return RedisBackend(url, client_name=name, **SHORT_TIMINGS)
    return PostgresBackend(url, application_name=name, **SHORT_TIMINGS)


@pytest.fixture
async def open_broadcast() -> AsyncIterator[OpenBroadcast]:
    """Connect Broadcasters for the test and disconnect them all after it."""
    async with AsyncExitStack() as stack:

        async def open_one(url: str, *, queue_size: int = 1000, backend: BroadcastBackend | None = None) -> Broadcaster:
            broadcast = Broadcaster(backend=backend or make_backend(url, unique("dop-test")), queue_size=queue_size)
            await broadcast.connect()
            stack.push_async_callback(broadcast.disconnect)
            return broadcast

        yield open_one


# -- delivery and order, on every backend ---------------------------------------------------


async def test_message_reaches_every_subscriber_of_its_channel_and_no_other(
    backend_url: str, open_broadcast: OpenBroadcast
) -> None:
    broadcast = await open_broadcast(backend_url)
    jobs, invoices = unique("jobs"), unique("invoices")
    async with (
        broadcast.subscribe(jobs) as first,
        broadcast.subscribe(jobs) as second,
        broadcast.subscribe(invoices) as other,
    ):
        await broadcast.publish(jobs, '{"job": 1}')
        await broadcast.publish(invoices, '{"invoice": 7}')
        await broadcast.publish(jobs, '{"job": 2}')

        assert await receive(first, 2) == ['{"job": 1}', '{"job": 2}']
        assert await receive(second, 2) == ['{"job": 1}', '{"job": 2}']
        # Channels share one ordered stream, so had the job events leaked to
        # `other`, the first would come before the invoice.
        assert await receive(other, 1) == ['{"invoice": 7}']
        await broadcast.publish(invoices, "next")
        assert await receive(other, 1) == ["next"]


async def test_messages_of_a_channel_arrive_in_publish_order(backend_url: str, open_broadcast: OpenBroadcast) -> None:
    broadcast = await open_broadcast(backend_url)
    channel = unique("jobs")
    sent = [f'{{"seq": {n}}}' for n in range(200)]
    async with broadcast.subscribe(channel) as subscriber:
        for message in sent:
            await broadcast.publish(channel, message)
        assert await receive(subscriber, 200) == sent


async def test_concurrent_publishes_all_arrive_each_in_its_publishers_order(
    backend_url: str, open_broadcast: OpenBroadcast
) -> None:
    broadcast = await open_broadcast(backend_url)
    channel = unique("jobs")
    publishers, each = 4, 50

    async def publish_all(publisher: int) -> None:
        for n in range(each):
            await broadcast.publish(channel, f"{publisher}:{n}")

    async with broadcast.subscribe(channel) as subscriber:
        async with asyncio.timeout(WAIT):
            await asyncio.gather(*(publish_all(p) for p in range(publishers)))
        received = await receive(subscriber, publishers * each)

    assert sorted(received) == sorted(f"{p}:{n}" for p in range(publishers) for n in range(each))
    for publisher in range(publishers):
        mine = [int(m.split(":")[1]) for m in received if m.startswith(f"{publisher}:")]
        assert mine == list(range(each))


async def test_slow_subscriber_is_cut_off_while_a_reading_one_gets_everything(
    backend_url: str, open_broadcast: OpenBroadcast
) -> None:
    broadcast = await open_broadcast(backend_url, queue_size=10)
    channel = unique("jobs")
    sent = [str(n) for n in range(50)]
    async with broadcast.subscribe(channel) as slow, broadcast.subscribe(channel) as reader:
        reading = asyncio.create_task(receive(reader, len(sent)))
        for message in sent:
            await broadcast.publish(channel, message)
        assert await reading == sent

        with pytest.raises(SubscriberTooSlow) as cut_off:
            async with asyncio.timeout(WAIT):
                async for _ in slow:
                    pass
        assert cut_off.value.close_code == SLOW_CONSUMER_CLOSE_CODE == 4008
        assert cut_off.value.channel == channel
        assert slow.overflowed

        # The reader is unaffected by its neighbour being dropped.
        await broadcast.publish(channel, "after")
        assert await receive(reader, 1) == ["after"]


# -- reconnects -----------------------------------------------------------------------------


async def broadcast_on(kind: type[B], url: str, open_broadcast: OpenBroadcast) -> tuple[B, Broadcaster]:
    """A `kind` backend of `url` with short timings (`make_backend`), and a broadcast over it."""
    backend = make_backend(url, unique("dop-test"))
    assert isinstance(backend, kind)
    return backend, await open_broadcast(url, backend=backend)


@asynccontextmanager
async def delivering(broadcast: Broadcaster, channel: str) -> AsyncIterator[BoundedSubscriber]:
    """A subscriber of `channel` that has received a first message, "before": the link works."""
    async with broadcast.subscribe(channel) as subscriber:
        await broadcast.publish(channel, "before")
        assert await receive(subscriber, 1) == ["before"]
        yield subscriber


async def terminate_postgres_connection(postgres_url: str, application_name: str) -> None:
    """pg_terminate_backend on the one connection of `application_name`."""
    async with await psycopg.AsyncConnection.connect(postgres_url, autocommit=True) as admin:
        cursor = await admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            (application_name,),
        )
        assert await cursor.fetchall() == [(True,)]


async def assert_listening_again(broadcast: Broadcaster, subscriber: BoundedSubscriber, channel: str,
                                 backend: ReconnectingBackend[Any], caplog: pytest.LogCaptureFixture) -> None:
    """Delivery on `channel` resumed, after one counted and logged reconnect."""
    assert (await publish_until_received(broadcast, subscriber, channel)).startswith("probe-")
    await wait_for(lambda: backend.reconnects == 1, "the reconnect to be counted")
    assert any("listening again after" in r.getMessage() for r in caplog.records)


async def test_postgres_delivery_resumes_after_the_listening_connection_is_terminated(
    postgres_url: str, open_broadcast: OpenBroadcast, caplog: pytest.LogCaptureFixture
) -> None:
    backend, broadcast = await broadcast_on(PostgresBackend, postgres_url, open_broadcast)
    channel = unique("jobs")
    async with delivering(broadcast, channel) as subscriber:
        caplog.set_level(logging.WARNING, logger="subscriptions.backends")
        await terminate_postgres_connection(postgres_url, backend.listen_application_name)

        await assert_listening_again(broadcast, subscriber, channel, backend, caplog)
        assert backend.connected

        # Still in order after the reconnect (a late probe may still come first).
        sent = [f"after-{n}" for n in range(20)]
        for message in sent:
            await broadcast.publish(channel, message)
        received: list[str] = []
        while len(received) < len(sent):
            received += [m for m in await receive(subscriber, 1) if not m.startswith("probe-")]
        assert received == sent


async def test_postgres_publish_reconnects_after_its_connection_is_terminated(
    postgres_url: str, open_broadcast: OpenBroadcast
) -> None:
    backend, broadcast = await broadcast_on(PostgresBackend, postgres_url, open_broadcast)
    channel = unique("jobs")
    async with broadcast.subscribe(channel) as subscriber:
        await broadcast.publish(channel, "before")
        await terminate_postgres_connection(postgres_url, backend.publish_application_name)
        await broadcast.publish(channel, "after")  # retried on a new connection, no error
        assert await receive(subscriber, 2) == ["before", "after"]


async def test_redis_delivery_resumes_after_the_pubsub_client_is_killed(
    redis_url: str, open_broadcast: OpenBroadcast, caplog: pytest.LogCaptureFixture
) -> None:
    backend, broadcast = await broadcast_on(RedisBackend, redis_url, open_broadcast)
    channel = unique("jobs")
    async with delivering(broadcast, channel) as subscriber:
        caplog.set_level(logging.WARNING, logger="subscriptions.backends")
        admin = Redis.from_url(redis_url)
        try:
            ours = [c for c in await admin.client_list(_type="pubsub") if c["name"] == backend.listen_client_name]
            assert len(ours) == 1
            # CLIENT KILL TYPE pubsub, narrowed to our client so parallel runs are spared.
            assert await admin.client_kill_filter(_type="pubsub", _id=ours[0]["id"]) == 1
        finally:
            await admin.aclose()

        await assert_listening_again(broadcast, subscriber, channel, backend, caplog)


class FlakyProxy:
    """A TCP proxy on 127.0.0.1 that a test takes down and brings back, like a server restart,
    or whose open connections it freezes, like a peer that vanished without closing them."""

    def __init__(self, connect: Callable[[], Awaitable[tuple[asyncio.StreamReader, asyncio.StreamWriter]]]):
        self._connect = connect
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._frozen: set[asyncio.StreamWriter] = set()
        self.port = 0

    def freeze(self) -> None:
        """Silently drop everything on the connections open now; new ones work."""
        self._frozen |= self._writers

    async def up(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def down(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()
        await self._server.wait_closed()

    async def _handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            server_reader, server_writer = await self._connect()
        except OSError:
            client_writer.transport.abort()
            return
        self._writers |= {client_writer, server_writer}

        async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                while data := await reader.read(65536):
                    if writer not in self._frozen:
                        writer.write(data)
                        await writer.drain()
            except OSError:
                pass
            finally:
                writer.transport.abort()

        await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))


def postgres_proxy(url: str) -> tuple[FlakyProxy, Callable[[int], str]]:
    params = conninfo_to_dict(url)
    host, port = str(params.get("host") or "localhost"), int(params.get("port") or 5432)
    if host.startswith("/"):
        path = f"{host}/.s.PGSQL.{port}"
        return FlakyProxy(lambda: asyncio.open_unix_connection(path)), lambda p: make_conninfo(
            url, host="127.0.0.1", port=str(p)
        )
    return FlakyProxy(lambda: asyncio.open_connection(host, port)), lambda p: make_conninfo(
        url, host="127.0.0.1", port=str(p)
    )


def redis_proxy(url: str) -> tuple[FlakyProxy, Callable[[int], str]]:
    parts = urlsplit(url)
    host, port = parts.hostname or "localhost", parts.port or 6379
    credentials = parts.netloc.rpartition("@")[0]

    def through(proxy_port: int) -> str:
        netloc = f"{credentials}@127.0.0.1:{proxy_port}" if credentials else f"127.0.0.1:{proxy_port}"
        return urlunsplit(parts._replace(netloc=netloc))

    return FlakyProxy(lambda: asyncio.open_connection(host, port)), through


@asynccontextmanager
async def proxied(kind: str, request: pytest.FixtureRequest) -> AsyncIterator[tuple[str, FlakyProxy, str]]:
    """The `kind` server's URL, a FlakyProxy to it (up) and the URL through the proxy; the proxy ends down."""
    url: str = request.getfixturevalue("postgres_url" if kind == "postgres" else "redis_url")
    proxy, through = postgres_proxy(url) if kind == "postgres" else redis_proxy(url)
    await proxy.up()
    try:
        yield url, proxy, through(proxy.port)
    finally:
        await proxy.down()


@pytest.mark.parametrize("kind", ["postgres", "redis"])
async def test_server_outage_backs_off_then_resubscribes_and_publish_fails_clearly_meanwhile(
    kind: str, request: pytest.FixtureRequest, open_broadcast: OpenBroadcast, caplog: pytest.LogCaptureFixture
) -> None:
    async with proxied(kind, request) as (url, proxy, proxied_url):
        backend = make_backend(proxied_url, unique("dop-test"))
        assert isinstance(backend, ReconnectingBackend)
        broadcast = await open_broadcast(url, backend=backend)
        first, second = unique("jobs"), unique("jobs")
        async with broadcast.subscribe(first) as one, broadcast.subscribe(second) as two:
            await broadcast.publish(first, "before")
            assert await receive(one, 1) == ["before"]

            caplog.set_level(logging.INFO, logger="subscriptions.backends")
            await proxy.down()
            await wait_for(lambda: not backend.connected, "the listener to notice the outage")
            with pytest.raises(BroadcastUnavailable, match="after 2 attempt"):
                async with asyncio.timeout(WAIT):
                    await broadcast.publish(first, "lost")
            await wait_for(
                lambda: any("reconnect attempt 2 failed" in r.getMessage() for r in caplog.records),
                "two failed reconnect attempts",
            )
            third = unique("jobs")
            async with broadcast.subscribe(third) as three:  # returns while the server is still away
                assert not backend.connected
                await proxy.up()

                # Every channel is subscribed on the new connection.
                assert (await publish_until_received(broadcast, one, first)).startswith("probe-")
                assert (await publish_until_received(broadcast, two, second)).startswith("probe-")
                assert (await publish_until_received(broadcast, three, third)).startswith("probe-")
                await wait_for(lambda: backend.reconnects == 1, "the reconnect to be counted")
                gap = [r.getMessage() for r in caplog.records if "listening again after" in r.getMessage()]
                assert len(gap) == 1 and "s down" in gap[0] and "re-subscribed 3 channel(s)" in gap[0]


@pytest.mark.parametrize("kind", ["postgres", "redis"])
async def test_a_silently_dead_link_is_noticed_by_the_ping_and_replaced(
    kind: str, request: pytest.FixtureRequest, open_broadcast: OpenBroadcast, caplog: pytest.LogCaptureFixture
) -> None:
    async with proxied(kind, request) as (url, proxy, proxied_url):
        name = unique("dop-test")
        backend: ReconnectingBackend[Any]
        if kind == "postgres":
            backend = PostgresBackend(proxied_url, application_name=name, ping_interval=0.2, command_timeout=0.5)
        else:
            backend = RedisBackend(proxied_url, client_name=name, ping_interval=0.2, command_timeout=0.5)
        broadcast = await open_broadcast(url, backend=backend)
        channel = unique("jobs")
        async with delivering(broadcast, channel) as subscriber:
            caplog.set_level(logging.WARNING, logger="subscriptions.backends")
            proxy.freeze()  # no FIN, no RST: only the ping can tell
            await wait_for(lambda: backend.reconnects == 1, "the ping to notice the dead link")
            # The publishing connection was frozen too: publish replaces it.
            assert (await publish_until_received(broadcast, subscriber, channel)).startswith("probe-")
            assert any("listening connection lost" in r.getMessage() for r in caplog.records)


async def test_connect_to_an_unreachable_server_fails_clearly() -> None:
    for backend in (
        PostgresBackend("postgresql://nobody:secret@127.0.0.1:1/none", command_timeout=2.0),
        RedisBackend("redis://:secret@127.0.0.1:1/0", command_timeout=2.0),
    ):
        with pytest.raises(BroadcastUnavailable, match="cannot reach") as error:
            async with asyncio.timeout(WAIT):
                await backend.connect()
        assert "secret" not in str(error.value)


# -- Postgres limits ----------------------------------------------------------------------


async def test_oversize_notify_payload_raises_value_error_and_sends_nothing(
    postgres_url: str, open_broadcast: OpenBroadcast
) -> None:
    broadcast = await open_broadcast(postgres_url)
    channel = unique("jobs")
    largest = "x" * MAX_PAYLOAD_BYTES
    async with broadcast.subscribe(channel) as subscriber:
        with pytest.raises(ValueError, match="at most 7999"):
            await broadcast.publish(channel, "x" * (MAX_PAYLOAD_BYTES + 1))
        with pytest.raises(ValueError, match="8000 bytes"):
            await broadcast.publish(channel, "é" * 4000)  # 4000 characters, 8000 bytes
        await broadcast.publish(channel, largest)
        assert await receive(subscriber, 1) == [largest]  # the first to arrive: nothing else was sent


async def test_postgres_channel_names_are_quoted_and_length_checked(
    postgres_url: str, open_broadcast: OpenBroadcast
) -> None:
    broadcast = await open_broadcast(postgres_url)
    channel = f'Job:{uuid.uuid4().hex[:6]}/"Status"; DROP ü'
    async with broadcast.subscribe(channel) as subscriber:
        await broadcast.publish(channel, "ok")
        assert await receive(subscriber, 1) == ["ok"]
    with pytest.raises(ValueError, match="63 bytes"):
        async with broadcast.subscribe("x" * 64):
            pass
    with pytest.raises(ValueError, match="63 bytes"):
        await broadcast.publish("x" * 64, "too long")


# -- the Broadcaster itself -----------------------------------------------------------------


async def test_subscribers_end_when_the_broadcast_disconnects() -> None:
    broadcast = create_broadcast("memory://")
    await broadcast.connect()
    channel = unique("jobs")
    async with broadcast.subscribe(channel) as subscriber:
        await broadcast.publish(channel, "last")

        async def drain() -> list[str]:
            return [event.message async for event in subscriber]

        draining = asyncio.create_task(drain())
        await asyncio.sleep(0.01)
        await broadcast.disconnect()
        async with asyncio.timeout(WAIT):
            assert await draining == ["last"]


async def test_payloads_must_be_text(open_broadcast: OpenBroadcast) -> None:
    broadcast = await open_broadcast("memory://")
    with pytest.raises(TypeError, match="str"):
        await broadcast.publish("jobs", {"job": 1})


def test_create_broadcast_picks_the_backend_by_url_scheme() -> None:
    assert isinstance(create_broadcast("memory://").backend, MemoryBackend)
    for url in ("postgres://u@h/db", "postgresql://u@h/db", "postgresql+psycopg://u@h/db"):
        assert isinstance(create_broadcast(url).backend, PostgresBackend)
    assert isinstance(create_broadcast("redis://localhost:6379/0").backend, RedisBackend)
    assert create_broadcast("memory://", queue_size=5).queue_size == 5
    with pytest.raises(ValueError, match="unsupported broadcast URL scheme 'kafka'"):
        create_broadcast("kafka://localhost")


def test_backoff_grows_exponentially_and_is_capped() -> None:
    for attempt, ceiling in [(0, 0.1), (1, 0.2), (2, 0.4), (5, 3.2), (6, 5.0), (60, 5.0)]:
        for _ in range(20):
            assert ceiling / 2 <= backoff_delay(attempt, minimum=0.1, maximum=5.0) <= ceiling


def test_logged_urls_hide_passwords() -> None:
    assert redact_url("postgresql://dop:s3cret@db:5432/dop") == "postgresql://dop:***@db:5432/dop"
    assert redact_url("redis://:s3cret@cache:6379/0") == "redis://:***@cache:6379/0"
    assert redact_url("postgresql://db/dop?password=s3cret&sslmode=require") == (
        "postgresql://db/dop?password=***&sslmode=require"
    )
    assert "s3cret" not in redact_url("host=db password=s3cret dbname=dop")
