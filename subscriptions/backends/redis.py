"""Redis pub/sub as a broadcast backend that survives Redis restarts.

broadcaster's RedisBackend leans on redis-py's own retry (3 attempts, a few
seconds in all): a `CLIENT KILL` is survived, but a Redis restart that takes
longer makes its listener task die silently and every subscriber wait forever.
Here the listening connection has no retry of its own; the supervisor in
`subscriptions.backends` replaces it with capped backoff and re-subscribes.

Publishing goes through a normal client whose retry policy makes
`publish_attempts` attempts with backoff, then raises `BroadcastUnavailable`.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from typing import Any, Unpack

from broadcaster._base import Event
from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff, NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from subscriptions.backends import (
    BroadcastUnavailable,
    ListenerConnectionLost,
    ReconnectingBackend,
    ReconnectOptions,
    one_line,
    redact_url,
)

log = logging.getLogger(__name__)


@dataclass
class _Listener:
    client: Redis
    pubsub: PubSub


class RedisBackend(ReconnectingBackend[_Listener]):
    """Redis SUBSCRIBE/PUBLISH with a reconnecting listener."""

    kind = "redis"

    def __init__(
        self,
        url: str,
        *,
        client_name: str = "dop-broadcast",
        **options: Unpack[ReconnectOptions],
    ) -> None:
        super().__init__(url, **options)
        #: CLIENT SETNAME of the listening connection, to find it in CLIENT LIST.
        self.listen_client_name = f"{client_name}-listen"
        #: CLIENT SETNAME of the publishing connections.
        self.publish_client_name = f"{client_name}-publish"
        self._publisher: Redis | None = None
        self._pongs: dict[bytes, asyncio.Future[None]] = {}

    # -- listening -------------------------------------------------------------------

    async def _open_listener(self) -> _Listener:
        client = Redis.from_url(
            self.url,
            # No retry (nor redis-py's reconnect-before-raising) of its own: a
            # failure must reach the supervisor, which reconnects with backoff
            # and logs the gap.
            retry=Retry(NoBackoff(), 0, supported_errors=()),
            socket_connect_timeout=self.command_timeout,
            socket_timeout=self.command_timeout,
            health_check_interval=0,
            client_name=self.listen_client_name,
        )
        pubsub = client.pubsub()
        try:
            await pubsub.connect()  # type: ignore[no-untyped-call]
        except BaseException:
            await self._close_listener(_Listener(client, pubsub))
            raise
        return _Listener(client, pubsub)

    async def _close_listener(self, conn: _Listener) -> None:
        try:
            await conn.pubsub.aclose()  # type: ignore[no-untyped-call]
            await conn.client.aclose()
        except Exception:
            log.debug("closing the listening connection failed", exc_info=True)

    async def _read(self, conn: _Listener) -> None:
        while True:
            message = await conn.pubsub.get_message(timeout=None)
            if message is None:
                continue
            kind = message["type"]
            if kind == "message":
                channel = message["channel"].decode("utf-8", errors="replace")
                data = message["data"].decode("utf-8", errors="replace")
                self._events.put_nowait(Event(channel=channel, message=data))
            elif kind == "pong":
                waiter = self._pongs.pop(message["data"], None)
                if waiter is not None and not waiter.done():
                    waiter.set_result(None)

    async def _sync(self, conn: _Listener, *, ping: bool) -> None:
        # Commands are written while the reader keeps reading: redis-py allows
        # one writer and one reader at once, and cancelling a read mid-reply
        # would break the connection.
        add = self._wanted - self._listening
        remove = self._listening - self._wanted
        if add:
            await conn.pubsub.subscribe(*sorted(add))
        if remove:
            await conn.pubsub.unsubscribe(*sorted(remove))
        self._listening |= add
        self._listening -= remove
        if add or ping:
            # Redis answers a connection's commands in order: once this PING is
            # answered, the SUBSCRIBEs before it are in force.
            await self._round_trip(conn)

    async def _round_trip(self, conn: _Listener) -> None:
        token = uuid.uuid4().hex.encode()
        waiter = asyncio.get_running_loop().create_future()
        self._pongs[token] = waiter
        try:
            await conn.pubsub.ping(token)
            reader = self._reader
            assert reader is not None
            await asyncio.wait({waiter, reader}, return_when="FIRST_COMPLETED")
            if not waiter.done():
                raise ListenerConnectionLost("the reader stopped before Redis answered PING")
        finally:
            self._pongs.pop(token, None)
            waiter.cancel()

    # -- publishing ------------------------------------------------------------------

    async def _open_publisher(self) -> None:
        self._publisher = Redis.from_url(
            self.url,
            retry=Retry(ExponentialBackoff(cap=self.max_backoff, base=self.min_backoff), self.publish_attempts - 1),
            socket_connect_timeout=self.command_timeout,
            socket_timeout=self.command_timeout,
            client_name=self.publish_client_name,
        )
        await self._publisher.ping()

    async def _close_publisher(self) -> None:
        publisher, self._publisher = self._publisher, None
        if publisher is not None:
            try:
                await publisher.aclose()
            except Exception:
                log.debug("closing the publishing client failed", exc_info=True)

    def _check_publish(self, channels: tuple[str, ...], message: Any) -> None:
        """Before a PUBLISH: valid channel names, a str payload, a live connection."""
        for channel in channels:
            self._check_channel(channel)
        if not isinstance(message, str):
            raise TypeError(f"broadcast payloads are str (JSON text), not {type(message).__name__}")
        self._check_connected()

    async def publish(self, channel: str, message: Any) -> None:
        """PUBLISH `channel`; BroadcastUnavailable once the client's retries are spent."""
        self._check_publish((channel,), message)
        assert self._publisher is not None
        try:
            await self._publisher.publish(channel, message)
        except (RedisConnectionError, RedisTimeoutError) as error:
            raise BroadcastUnavailable(
                f"cannot publish to {redact_url(self.url)} after {self.publish_attempts} attempt(s): {one_line(error)}"
            ) from error

    async def publish_many(self, channels: tuple[str, ...], message: Any) -> None:
        """PUBLISH `message` on every one of `channels` in one pipelined round trip; the same errors as
        `publish`."""
        self._check_publish(channels, message)
        assert self._publisher is not None
        try:
            async with self._publisher.pipeline(transaction=False) as pipe:
                for channel in channels:
                    pipe.publish(channel, message)
                await pipe.execute()
        except (RedisConnectionError, RedisTimeoutError) as error:
            raise BroadcastUnavailable(
                f"cannot publish to {redact_url(self.url)} after {self.publish_attempts} attempt(s): {one_line(error)}"
            ) from error
