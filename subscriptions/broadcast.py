"""Fan-out of broadcast events to in-process subscribers, with bounded queues.

broadcaster's `Broadcast` gives every subscriber an unbounded queue and awaits
`queue.put`, so one client that stops reading grows memory without limit (and a
bounded queue would stall delivery to everyone). Here each subscriber has at most
`queue_size` pending events; the one that overflows is cut off, alone: its
iterator raises `SubscriberTooSlow` and the WebSocket layer closes that client
with `SLOW_CONSUMER_CLOSE_CODE`, while the listener keeps delivering to the others
without ever waiting.

Usage::

    broadcast = create_broadcast(settings.broadcast_url)
    await broadcast.connect()  # BroadcastUnavailable if the server can't be reached
    async with broadcast.subscribe("job:42") as subscriber:
        async for event in subscriber:  # raises SubscriberTooSlow if it falls behind
            ...
    await broadcast.publish("job:42", json.dumps({...}))

Delivery is at most once: events published while a listening connection is down
(it reconnects by itself, see `subscriptions.backends`) are lost, and a publish
retried after a lost connection may, rarely, arrive twice. Payloads are JSON
text; on PostgreSQL at most `MAX_NOTIFY_PAYLOAD_BYTES` (ValueError beyond), so
publish ids and let clients fetch the rest. `publish` raises BroadcastUnavailable
once its retries are spent.

Built with ``end_on_interruption=True`` (the app's `LiveBroadcaster` is), a lost
listening connection ends every subscriber with `BroadcastInterrupted` instead of
leaving it waiting for events that will never come, and `subscribe` raises
BroadcastUnavailable until the connection is back: the WebSocket layer closes such
clients with `INTERRUPTED_CLOSE_CODE` (1013, "try again later") so that they
reconnect and catch up.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Self
from urllib.parse import urlsplit

from broadcaster import Broadcast, Event
from broadcaster._backends.base import BroadcastBackend
from broadcaster._backends.memory import MemoryBackend
from broadcaster._base import Subscriber, Unsubscribed

from subscriptions.backends import BroadcastUnavailable, stop_task
from subscriptions.backends.postgres import MAX_PAYLOAD_BYTES as MAX_NOTIFY_PAYLOAD_BYTES
from subscriptions.backends.postgres import PostgresBackend
from subscriptions.backends.redis import RedisBackend

__all__ = [
    "DEFAULT_QUEUE_SIZE",
    "INTERRUPTED_CLOSE_CODE",
    "MAX_NOTIFY_PAYLOAD_BYTES",
    "SLOW_CONSUMER_CLOSE_CODE",
    "BoundedSubscriber",
    "BroadcastInterrupted",
    "BroadcastUnavailable",
    "Broadcaster",
    "Event",
    "SubscriberTooSlow",
    "create_backend",
    "create_broadcast",
]

log = logging.getLogger(__name__)

#: WebSocket close code for a client cut off for reading too slowly (private-use
#: range 4000-4999; mirrors 1008 "policy violation").
SLOW_CONSUMER_CLOSE_CODE = 4008

#: WebSocket close code for clients whose live updates were interrupted (the broadcast
#: server went away): 1013 "Try Again Later". Reconnect with backoff, then catch up.
INTERRUPTED_CLOSE_CODE = 1013

DEFAULT_QUEUE_SIZE = 1000


class BroadcastInterrupted(Exception):
    """The listening connection was lost: events may have been missed; the subscriber must start over."""

    close_code = INTERRUPTED_CLOSE_CODE

    def __init__(self, channel: str) -> None:
        super().__init__(f"live updates on {channel!r} were interrupted (the broadcast server went away): "
                         "reconnect and catch up")
        self.channel = channel


class SubscriberTooSlow(Exception):
    """The subscriber let `queue_size` events pile up; it was dropped and must be closed."""

    close_code = SLOW_CONSUMER_CLOSE_CODE

    def __init__(self, channel: str, queue_size: int) -> None:
        super().__init__(
            f"subscriber to {channel!r} fell {queue_size} events behind and was cut off "
            f"(close the connection with code {SLOW_CONSUMER_CLOSE_CODE})"
        )
        self.channel = channel
        self.queue_size = queue_size


class BoundedSubscriber(Subscriber):
    """A subscriber that holds at most `queue_size` pending events, read by one consumer.

    Not an `asyncio.Queue`: a queue brings three deques and an Event (~3 KiB) to every subscriber, 10,000 of
    which mostly wait with nothing pending. Here the pending events live in a deque made when the first one
    arrives and dropped once it is read empty, and the one reader waits on a future of its own. The
    end-of-stream marker (None) is never refused, so closing never has to wait or drop it.
    """

    __slots__ = ("_closed", "_interrupted", "_items", "_overflowed", "_waiter", "channel", "queue_size")

    def __init__(self, channel: str, queue_size: int) -> None:
        self.channel = channel
        self.queue_size = queue_size
        self._items: deque[Event | None] | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._overflowed = False
        self._closed = False
        self._interrupted = False

    @property
    def overflowed(self) -> bool:
        return self._overflowed

    @property
    def interrupted(self) -> bool:
        return self._interrupted

    @property
    def pending(self) -> int:
        """Events (and end marker) waiting to be read."""
        return len(self._items) if self._items is not None else 0

    def _push(self, item: Event | None) -> None:
        if self._items is None:
            self._items = deque()
        self._items.append(item)
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def offer(self, event: Event) -> bool:
        """Queue `event` without waiting; False when this subscriber is (now) cut off or closed."""
        if self._overflowed or self._closed:
            return False
        if self.pending >= self.queue_size:
            self._overflowed = True
            self._items = None  # free the memory now: nothing queued will be read any more
            self._push(None)  # wakes a reader, which then raises
            return False
        self._push(event)
        return True

    def close(self) -> None:
        """End the stream after what is queued (unsubscribe, or the broadcast disconnected)."""
        if not self._closed and not self._overflowed:
            self._closed = True
            self._push(None)

    def interrupt(self) -> None:
        """End the stream after what is queued with BroadcastInterrupted (the listening connection was lost)."""
        if not self._closed and not self._overflowed:
            self._interrupted = True
            self.close()

    async def get(self) -> Event:
        if self._overflowed:
            raise SubscriberTooSlow(self.channel, self.queue_size)
        while not self._items:
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        item = self._items[0]
        if item is None:  # the end marker stays, so that every later get() ends too
            if self._overflowed:
                raise SubscriberTooSlow(self.channel, self.queue_size)
            if self._interrupted:
                raise BroadcastInterrupted(self.channel)
            raise Unsubscribed()
        self._items.popleft()
        if not self._items:
            self._items = None
        return item

    async def __aiter__(self) -> AsyncGenerator[Event, None]:
        """Events until unsubscribed; SubscriberTooSlow if this subscriber was cut off, BroadcastInterrupted if
        the listening connection was lost."""
        try:
            while True:
                yield await self.get()
        except Unsubscribed:
            return


def create_backend(url: str) -> BroadcastBackend:
    """The backend for `url`: memory://, postgres(ql)://, or redis(s)://."""
    scheme = urlsplit(url).scheme
    if scheme == "memory":
        return MemoryBackend(url)
    if scheme in ("postgres", "postgresql") or scheme.startswith(("postgres+", "postgresql+")):
        return PostgresBackend(url)
    if scheme in ("redis", "rediss"):
        return RedisBackend(url)
    raise ValueError(f"unsupported broadcast URL scheme {scheme!r}: use memory://, postgresql:// or redis://")


class Broadcaster(Broadcast):
    """broadcaster's `Broadcast` with bounded per-subscriber queues and a listener that never waits."""

    def __init__(
        self,
        url: str | None = None,
        *,
        backend: BroadcastBackend | None = None,
        queue_size: int = DEFAULT_QUEUE_SIZE,
        end_on_interruption: bool = False,
    ) -> None:
        if queue_size < 1:
            raise ValueError("queue_size must be at least 1")
        super().__init__(url, backend=backend)
        self.queue_size = queue_size
        self.end_on_interruption = end_on_interruption
        self._channels: dict[str, set[BoundedSubscriber]] = {}
        self._subscribe_lock = asyncio.Lock()
        self._fan_out_task: asyncio.Task[None] | None = None
        self._watching_interruptions = False
        #: Subscribers cut off so far for letting `queue_size` events pile up (their connections get 4008).
        self.cut_off = 0

    def _create_backend(self, url: str) -> BroadcastBackend:
        return create_backend(url)

    @property
    def backend(self) -> BroadcastBackend:
        return self._backend

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    @property
    def available(self) -> bool:
        """Whether events are being received right now (a backend without a connection always is)."""
        return bool(getattr(self._backend, "connected", True))

    async def connect(self) -> None:
        on_interruption = getattr(self._backend, "on_interruption", None)
        if self.end_on_interruption and on_interruption is not None and not self._watching_interruptions:
            on_interruption(self._interrupt)
            self._watching_interruptions = True
        await self._backend.connect()
        self._fan_out_task = asyncio.create_task(self._listener(), name="broadcast-fan-out")

    async def disconnect(self) -> None:
        task, self._fan_out_task = self._fan_out_task, None
        if task is not None:
            await stop_task(task)
        await self._backend.disconnect()
        for subscribers in self._channels.values():
            for subscriber in subscribers:
                subscriber.close()

    async def _listener(self) -> None:
        while True:
            try:
                event = await self._backend.next_published()
            except Exception:
                # Never let the fan-out die: that would silence every subscriber.
                log.exception("broadcast: reading the next event failed")
                await asyncio.sleep(0.1)
                continue
            self._deliver(event)
            # Let subscribers run between events: a burst already in the backend's
            # queue would otherwise be fanned out in one go and overflow readers
            # that are keeping up.
            await asyncio.sleep(0)

    def _deliver(self, event: Event) -> None:
        for subscriber in list(self._channels.get(event.channel, ())):
            if not subscriber.offer(event) and subscriber.overflowed:
                self.cut_off += 1
                log.warning(
                    "broadcast: a subscriber to %r let %d events pile up; cutting it off",
                    event.channel,
                    subscriber.queue_size,
                )
                self._channels[event.channel].discard(subscriber)

    def _interrupt(self) -> None:
        """The backend lost its listening connection: end every subscriber (they missed events)."""
        interrupted = 0
        for subscribers in self._channels.values():
            for subscriber in subscribers:
                subscriber.interrupt()
                interrupted += 1
        if interrupted:
            log.warning("broadcast: listening was interrupted; ended %d subscriber(s) so they reconnect", interrupted)

    async def publish(self, channel: str, message: Any) -> None:
        """Send `message` (JSON text) to every subscriber of `channel`, in every process."""
        if not isinstance(message, str):
            raise TypeError(f"broadcast payloads are str (JSON text), not {type(message).__name__}")
        await self._backend.publish(channel, message)

    async def publish_many(self, channels: tuple[str, ...], message: Any) -> None:
        """Send the same `message` on each of `channels`: in one round trip where the backend can."""
        if not isinstance(message, str):
            raise TypeError(f"broadcast payloads are str (JSON text), not {type(message).__name__}")
        many = getattr(self._backend, "publish_many", None)
        if many is not None:
            await many(channels, message)
            return
        for channel in channels:
            await self._backend.publish(channel, message)

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[BoundedSubscriber]:
        """Events published on `channel` from when this returns until the block exits.

        With `end_on_interruption`, BroadcastUnavailable while the listening connection is down.
        """
        if self.end_on_interruption and not self.available:
            raise BroadcastUnavailable("live updates are interrupted (the broadcast server can't be reached); "
                                       "try again later")
        subscriber = BoundedSubscriber(channel, self.queue_size)
        # The lock makes a second subscriber of a new channel wait until the
        # backend really listens, instead of returning early and missing events.
        async with self._subscribe_lock:
            if channel not in self._channels:
                await self._backend.subscribe(channel)
                self._channels[channel] = set()
            self._channels[channel].add(subscriber)
        try:
            yield subscriber
        finally:
            subscriber.close()
            subscribers = self._channels.get(channel)
            if subscribers is not None:
                subscribers.discard(subscriber)
                if not subscribers:
                    del self._channels[channel]
                    await self._backend.unsubscribe(channel)


def create_broadcast(url: str, *, queue_size: int = DEFAULT_QUEUE_SIZE, end_on_interruption: bool = False,
                     ) -> Broadcaster:
    """A not-yet-connected Broadcaster for `url` (memory://, postgresql://, redis://)."""
    return Broadcaster(url, queue_size=queue_size, end_on_interruption=end_on_interruption)
