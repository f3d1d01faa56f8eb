"""Broadcast backends that survive their server going away.

broadcaster's own network backends stop listening for good when their connection
drops: the listener task dies and subscribers wait forever. The backends here keep
one dedicated listening connection under a supervisor task that reconnects with
capped exponential backoff, re-subscribes every channel still wanted, and logs
how long delivery was down. Events published while the listener was down are lost
(pub/sub keeps no history): clients that care refetch after a reconnect.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any, Generic, TypedDict, TypeVar
from urllib.parse import urlsplit, urlunsplit

from broadcaster._backends.base import BroadcastBackend
from broadcaster._base import Event

log = logging.getLogger(__name__)

ConnT = TypeVar("ConnT")


class BroadcastUnavailable(ConnectionError):
    """The broadcast server could not be reached, even after retrying.

    Raised by `connect()` at start-up (a wrong URL should fail loudly) and by
    `publish()` once its retries are spent, so the caller decides whether losing
    that one event matters.
    """


class ListenerConnectionLost(ConnectionError):
    """The listening connection stopped answering; the supervisor reconnects."""


def backoff_delay(attempt: int, *, minimum: float, maximum: float) -> float:
    """Capped exponential delay with jitter, so many processes don't reconnect in lockstep."""
    ceiling = min(maximum, minimum * 2 ** min(attempt, 32))
    return random.uniform(ceiling / 2, ceiling)


def one_line(error: BaseException) -> str:
    """libpq's messages span lines; a log line shouldn't."""
    return " ".join(str(error).split()) or type(error).__name__


def redact_url(url: str) -> str:
    """The URL (or libpq `key=value` string) without its password, fit for logs."""
    if "://" not in url:
        return re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", url)
    parts = urlsplit(url)
    if parts.password is not None:
        host = parts.netloc.rsplit("@", 1)[1]
        parts = parts._replace(netloc=f"{parts.username or ''}:***@{host}")
    return urlunsplit(parts._replace(query=re.sub(r"(password=)[^&]*", r"\1***", parts.query)))


async def stop_task(task: asyncio.Task[Any]) -> None:
    """Cancel `task` and wait for it; re-raise its own failure if it failed first.

    `asyncio.wait` is used instead of awaiting the task so that the task's
    cancellation is not mistaken for our own.
    """
    task.cancel()
    await asyncio.wait({task})
    if not task.cancelled() and (error := task.exception()) is not None:
        raise error


class ReconnectOptions(TypedDict, total=False):
    """How a `ReconnectingBackend` retries, pings and waits; a subclass takes them as `**options`."""

    min_backoff: float
    max_backoff: float
    ping_interval: float
    command_timeout: float
    publish_attempts: int


class ReconnectingBackend(BroadcastBackend, ABC, Generic[ConnT]):
    """The supervisor shared by the network backends.

    State is kept as the set of channels subscribers want (`_wanted`) and the set
    the current connection listens to (`_listening`); every change wakes the
    supervisor, which reconciles the two. Because `subscribe`/`unsubscribe` only
    change `_wanted` before their first `await`, concurrent calls can't reorder
    LISTEN/UNLISTEN, and a reconnect simply reconciles from an empty `_listening`.
    """

    kind = "broadcast"

    def __init__(
        self,
        url: str,
        *,
        min_backoff: float = 0.1,
        max_backoff: float = 5.0,
        ping_interval: float = 15.0,
        command_timeout: float = 5.0,
        publish_attempts: int = 3,
    ) -> None:
        # BroadcastBackend.__init__ only raises NotImplementedError: not called.
        if min_backoff <= 0 or max_backoff < min_backoff:
            raise ValueError("need 0 < min_backoff <= max_backoff")
        if publish_attempts < 1:
            raise ValueError("publish_attempts must be at least 1")
        self.url = url
        self.min_backoff = min_backoff
        self.max_backoff = max_backoff
        self.ping_interval = ping_interval
        self.command_timeout = command_timeout
        self.publish_attempts = publish_attempts
        #: Times the listening connection was re-established after a loss.
        self.reconnects = 0
        self._wanted: set[str] = set()
        self._listening: set[str] = set()
        self._events: asyncio.Queue[Event] = asyncio.Queue()
        self._wake = asyncio.Event()
        self._waiters: list[asyncio.Future[None]] = []
        self._up = False
        self._settled = asyncio.Event()  # the first connection's first sync is over
        self._supervisor: asyncio.Task[None] | None = None
        self._reader: asyncio.Task[None] | None = None
        self._interruption_callbacks: list[Callable[[], None]] = []

    # -- what each backend provides -------------------------------------------------

    @abstractmethod
    async def _open_listener(self) -> ConnT:
        """A new listening connection, or an exception."""

    @abstractmethod
    async def _close_listener(self, conn: ConnT) -> None:
        """Close a listening connection, broken or not, without raising."""

    @abstractmethod
    async def _read(self, conn: ConnT) -> None:
        """Put every received message on `self._events`; only ever ends by raising."""

    @abstractmethod
    async def _sync(self, conn: ConnT, *, ping: bool) -> None:
        """Subscribe/unsubscribe so `_listening` matches `_wanted`; with `ping`, prove the link is alive.

        Runs with `self._reader` possibly running; a backend whose connection can't
        read and execute at once stops and restarts the reader itself.
        """

    @abstractmethod
    async def _open_publisher(self) -> None:
        """Open the publishing side, raising if the server is unreachable."""

    @abstractmethod
    async def _close_publisher(self) -> None:
        """Close the publishing side without raising."""

    def _check_connected(self) -> None:
        """Publishing before `connect()` or after `disconnect()` is a bug, not an outage."""
        if self._supervisor is None:
            raise BroadcastUnavailable(f"the {self.kind} broadcast backend is not connected")

    def _check_channel(self, channel: str) -> None:
        """Reject a channel name the server would refuse (ValueError)."""
        if not isinstance(channel, str) or not channel:
            raise ValueError(f"channel must be a non-empty string, not {channel!r}")

    # -- BroadcastBackend --------------------------------------------------------------

    @property
    def connected(self) -> bool:
        """Whether the listening connection is up right now (for health checks)."""
        return self._up

    def on_interruption(self, callback: Callable[[], None]) -> None:
        """Call `callback` (from the supervisor; it must not block) each time a listening connection that
        was up is lost: events published from then until it is back are lost."""
        self._interruption_callbacks.append(callback)

    def _interrupted(self) -> None:
        for callback in list(self._interruption_callbacks):
            try:
                callback()
            except Exception:
                log.exception("%s broadcast: an interruption callback failed", self.kind)

    async def connect(self) -> None:
        """Open both sides once, raising BroadcastUnavailable if the server can't be reached."""
        if self._supervisor is not None:
            return
        conn: ConnT | None = None
        try:
            async with asyncio.timeout(self.command_timeout * 2):
                conn = await self._open_listener()
                await self._open_publisher()
        except Exception as error:
            if conn is not None:
                await self._close_listener(conn)
            await self._close_publisher()
            raise BroadcastUnavailable(
                f"cannot reach {self.kind} broadcast server {redact_url(self.url)}: {one_line(error)}"
            ) from error
        self._settled.clear()
        self._supervisor = asyncio.create_task(self._supervise(conn), name=f"{self.kind}-broadcast-listener")
        # Return only once subscriptions made before connect() are in force, so
        # that a subscribe() right after this waits for its LISTEN/SUBSCRIBE.
        settled = asyncio.ensure_future(self._settled.wait())
        try:
            await asyncio.wait({settled, self._supervisor}, return_when="FIRST_COMPLETED")
        finally:
            settled.cancel()

    async def disconnect(self) -> None:
        supervisor, self._supervisor = self._supervisor, None
        if supervisor is not None:
            await stop_task(supervisor)
        await self._close_publisher()

    async def subscribe(self, channel: str) -> None:
        """Returns once the server confirmed the subscription, or at once while it's unreachable."""
        self._check_channel(channel)
        self._wanted.add(channel)
        try:
            await self._request_sync()
        except BaseException:
            # Broadcaster subscribes a channel once, so nobody else wants it yet.
            self._wanted.discard(channel)
            self._wake.set()
            raise

    async def unsubscribe(self, channel: str) -> None:
        self._wanted.discard(channel)
        await self._request_sync()

    async def next_published(self) -> Event:
        return await self._events.get()

    # -- the supervisor ----------------------------------------------------------------

    async def _request_sync(self) -> None:
        self._wake.set()
        if not self._up:
            return  # applied when the connection comes (back) up
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        await waiter

    def _release(self, waiters: list[asyncio.Future[None]]) -> None:
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _sync_and_release(self, conn: ConnT, *, ping: bool) -> None:
        waiters, self._waiters = self._waiters, []
        self._wake.clear()
        try:
            # A ping and a LISTEN may each take up to command_timeout.
            async with asyncio.timeout(2 * self.command_timeout):
                await self._sync(conn, ping=ping)
        except TimeoutError as error:
            reason = str(error) or f"no answer within {2 * self.command_timeout} s"
            raise ListenerConnectionLost(reason) from error
        finally:
            # On failure too: the channels are re-subscribed after the reconnect.
            self._release(waiters)

    async def _supervise(self, first: ConnT) -> None:
        conn: ConnT | None = first
        attempt = 0  # drives the backoff; reset once a connection proved healthy
        tries = 0  # connection attempts since delivery stopped, for the log
        down_since: float | None = None
        up_since = 0.0
        try:
            while True:
                if conn is None:
                    tries += 1
                    try:
                        async with asyncio.timeout(self.command_timeout * 2):
                            conn = await self._open_listener()
                    except Exception as error:  # noqa: BLE001 - any failure means "try again later"
                        delay = backoff_delay(attempt, minimum=self.min_backoff, maximum=self.max_backoff)
                        attempt += 1
                        log.info(
                            "%s broadcast: reconnect attempt %d failed (%s); next in %.2f s",
                            self.kind,
                            tries,
                            one_line(error),
                            delay,
                        )
                        await asyncio.sleep(delay)
                        continue
                try:
                    self._listening.clear()
                    self._reader = asyncio.create_task(self._read(conn), name=f"{self.kind}-broadcast-reader")
                    await self._sync_and_release(conn, ping=False)
                    self._up = True
                    self._settled.set()
                    up_since = time.monotonic()
                    if down_since is not None:
                        self.reconnects += 1
                        log.warning(
                            "%s broadcast: listening again after %.2f s down (%d attempt(s)); "
                            "re-subscribed %d channel(s); events published meanwhile were lost",
                            self.kind,
                            time.monotonic() - down_since,
                            tries,
                            len(self._listening),
                        )
                        down_since = None
                    tries = 0
                    await self._pump(conn)
                except Exception as error:  # noqa: BLE001 - any failure means "reconnect"
                    was_up = self._up
                    if was_up:
                        log.warning(
                            "%s broadcast: listening connection lost (%s: %s); reconnecting",
                            self.kind,
                            type(error).__name__,
                            one_line(error),
                        )
                        self._up = False
                        self._interrupted()
                    else:
                        log.info("%s broadcast: re-subscribing failed (%s)", self.kind, one_line(error))
                    self._settled.set()
                    if down_since is None:
                        down_since = time.monotonic()
                    if was_up and time.monotonic() - up_since > 2 * self.max_backoff:
                        attempt = 0  # it had been healthy: start the backoff over
                finally:
                    self._up = False
                    if self._reader is not None:
                        await stop_task_quietly(self._reader)
                        self._reader = None
                    self._release(self._waiters)
                    self._waiters = []
                    await self._close_listener(conn)
                    conn = None
                delay = backoff_delay(attempt, minimum=self.min_backoff, maximum=self.max_backoff)
                attempt += 1
                await asyncio.sleep(delay)
        finally:
            self._up = False
            self._release(self._waiters)
            self._waiters = []
            if conn is not None:
                await self._close_listener(conn)

    async def _pump(self, conn: ConnT) -> None:
        """Wait for the reader to fail, a subscription change, or the ping timer."""
        while True:
            reader = self._reader
            assert reader is not None
            woken = asyncio.ensure_future(self._wake.wait())
            try:
                await asyncio.wait({reader, woken}, timeout=self.ping_interval, return_when="FIRST_COMPLETED")
            finally:
                woken.cancel()
            if reader.done():
                if not reader.cancelled() and (error := reader.exception()) is not None:
                    raise error
                raise ListenerConnectionLost("the reader stopped")
            await self._sync_and_release(conn, ping=not self._wake.is_set())


async def stop_task_quietly(task: asyncio.Task[Any]) -> None:
    """Like `stop_task`, for clean-up paths that must not raise."""
    task.cancel()
    await asyncio.wait({task})
    if not task.cancelled():
        task.exception()  # mark retrieved: its failure was already handled
