"""PostgreSQL LISTEN/NOTIFY as a broadcast backend, on psycopg 3 async.

Not broadcaster's own PostgresBackend: it shares one asyncpg connection between
listening and publishing and fails under concurrent publishes. Here one dedicated
autocommit connection only listens (it is the one the supervisor reconnects) and
another only publishes, behind a lock, so concurrent publishes are serialised and
a broken publish connection is replaced once, not by every caller at the same time.

Limits, checked before anything is sent (ValueError):
- a payload is at most 7999 bytes once UTF-8 encoded (PostgreSQL refuses 8000 and
  more with the default 8 kB block size): send an id and let clients fetch the rest;
- a channel name is at most 63 bytes (longer identifiers would be silently
  truncated by LISTEN but refused by pg_notify).

Publishing retries on a broken connection (`publish_attempts`, backoff between
attempts) and then raises `BroadcastUnavailable`. A retry after a connection lost
mid-commit can deliver that event twice: consumers must treat events as idempotent.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, LiteralString, Unpack
from urllib.parse import urlsplit, urlunsplit

import psycopg
from broadcaster._base import Event
from psycopg import sql
from psycopg.abc import Params
from psycopg.conninfo import conninfo_to_dict

from subscriptions.backends import (
    BroadcastUnavailable,
    ListenerConnectionLost,
    ReconnectingBackend,
    ReconnectOptions,
    backoff_delay,
    one_line,
    redact_url,
    stop_task,
)

log = logging.getLogger(__name__)

#: The largest NOTIFY payload PostgreSQL accepts, in bytes (it must be shorter than 8000).
MAX_PAYLOAD_BYTES = 7999
#: The longest channel name, in bytes (NAMEDATALEN - 1).
MAX_CHANNEL_BYTES = 63

_RETRYABLE = (psycopg.OperationalError, psycopg.InterfaceError, TimeoutError)


def check_payload(message: Any) -> str:
    """The payload as sent, or ValueError/TypeError before anything reaches the server."""
    if not isinstance(message, str):
        raise TypeError(f"broadcast payloads are str (JSON text), not {type(message).__name__}")
    size = len(message.encode("utf-8"))
    if size > MAX_PAYLOAD_BYTES:
        raise ValueError(
            f"NOTIFY payload is {size} bytes; PostgreSQL accepts at most {MAX_PAYLOAD_BYTES}: "
            "publish an id and let subscribers fetch the details"
        )
    if "\x00" in message:
        raise ValueError("NOTIFY payload cannot contain NUL characters")
    return message


def libpq_conninfo(url: str) -> str:
    """Accept SQLAlchemy-style `postgresql+driver://` URLs too; libpq knows only the plain schemes."""
    parts = urlsplit(url)
    if parts.scheme.startswith("postgresql+") or parts.scheme.startswith("postgres+"):
        return urlunsplit(parts._replace(scheme="postgresql"))
    return url


async def execute_or_close(
    conn: psycopg.AsyncConnection[Any],
    query: LiteralString | sql.Composed,
    params: Params | None = None,
    *,
    deadline: float,
) -> None:
    """Run `query`, closing the connection if no answer comes within `deadline` seconds.

    The query runs in a task of its own that is never cancelled: psycopg answers a
    cancellation by sending a cancel request and waiting for the query to end (up
    to 10 s more on a link that no longer answers), and a NOTIFY whose caller went
    away may as well complete. Closing a dead connection ends the query at once.
    """
    task = asyncio.ensure_future(conn.execute(query, params))
    task.add_done_callback(_retrieve)
    done, _ = await asyncio.wait({task}, timeout=deadline)
    if not done:
        await conn.close()
        raise TimeoutError(f"PostgreSQL did not answer within {deadline} s")
    task.result()


def _retrieve(task: asyncio.Future[Any]) -> None:
    """Mark a background query's failure as seen: whoever awaited it reported it, or left."""
    if not task.cancelled():
        task.exception()


class PostgresBackend(ReconnectingBackend[psycopg.AsyncConnection[Any]]):
    """LISTEN/NOTIFY with a reconnecting listener; channel names are quoted, so any text works."""

    kind = "postgres"

    def __init__(
        self,
        url: str,
        *,
        application_name: str = "dop-broadcast",
        **options: Unpack[ReconnectOptions],
    ) -> None:
        super().__init__(libpq_conninfo(url), **options)
        #: `application_name` of the listening connection, to find it in pg_stat_activity.
        self.listen_application_name = f"{application_name}-listen"
        #: `application_name` of the publishing connection.
        self.publish_application_name = f"{application_name}-publish"
        self._publisher: psycopg.AsyncConnection[Any] | None = None
        self._publish_lock = asyncio.Lock()

    def _check_channel(self, channel: str) -> None:
        super()._check_channel(channel)
        if len(channel.encode("utf-8")) > MAX_CHANNEL_BYTES:
            raise ValueError(f"channel name longer than {MAX_CHANNEL_BYTES} bytes: {channel!r}")
        if "\x00" in channel:
            raise ValueError("channel name cannot contain NUL characters")

    async def _connect(self, application_name: str) -> psycopg.AsyncConnection[Any]:
        given = conninfo_to_dict(self.url)
        # Keepalives notice a peer that vanished without closing the socket
        # (the ping in the supervisor catches the rest); the URL may override them.
        options: dict[str, Any] = {
            "connect_timeout": max(2, round(self.command_timeout)),
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
        }
        options = {key: value for key, value in options.items() if key not in given}
        return await psycopg.AsyncConnection.connect(
            self.url, autocommit=True, application_name=application_name, **options
        )

    # -- listening -------------------------------------------------------------------

    async def _open_listener(self) -> psycopg.AsyncConnection[Any]:
        return await self._connect(self.listen_application_name)

    async def _close_listener(self, conn: psycopg.AsyncConnection[Any]) -> None:
        try:
            await conn.close()
        except Exception:
            log.debug("closing the listening connection failed", exc_info=True)

    async def _read(self, conn: psycopg.AsyncConnection[Any]) -> None:
        async for notify in conn.notifies():
            self._events.put_nowait(Event(channel=notify.channel, message=notify.payload))
        raise ListenerConnectionLost("the notification stream ended")

    async def _sync(self, conn: psycopg.AsyncConnection[Any], *, ping: bool) -> None:
        # notifies() holds the connection's lock while it waits, so the reader must
        # stop before LISTEN can run. Cancelling it only interrupts the wait for the
        # socket: notifications already read are queued, the ones arriving now stay
        # in psycopg's backlog and the next notifies() yields them first.
        if self._reader is not None:
            reader, self._reader = self._reader, None
            await stop_task(reader)
        if ping:
            await execute_or_close(conn, "SELECT 1", deadline=self.command_timeout)
        add = self._wanted - self._listening
        remove = self._listening - self._wanted
        statements = [sql.SQL("LISTEN {}").format(sql.Identifier(channel)) for channel in sorted(add)]
        statements += [sql.SQL("UNLISTEN {}").format(sql.Identifier(channel)) for channel in sorted(remove)]
        if statements:
            # One round trip whatever the number of channels (a reconnect re-listens them all).
            await execute_or_close(conn, sql.SQL("; ").join(statements), deadline=self.command_timeout)
            self._listening |= add
            self._listening -= remove
        self._reader = asyncio.create_task(self._read(conn), name="postgres-broadcast-reader")

    # -- publishing ------------------------------------------------------------------

    async def _open_publisher(self) -> None:
        self._publisher = await self._connect(self.publish_application_name)

    async def _close_publisher(self) -> None:
        publisher, self._publisher = self._publisher, None
        if publisher is not None:
            try:
                await publisher.close()
            except Exception:
                log.debug("closing the publishing connection failed", exc_info=True)

    async def publish(self, channel: str, message: Any) -> None:
        """NOTIFY `channel`; ValueError for an oversize payload, BroadcastUnavailable after retries."""
        await self.publish_many((channel,), message)

    async def publish_many(self, channels: tuple[str, ...], message: Any) -> None:
        """NOTIFY every one of `channels` with the same `message` in one statement (one round trip, where a
        job's move is announced on its customer's channel and on `jobs.all`); the same errors as `publish`."""
        for channel in channels:
            self._check_channel(channel)
        payload = check_payload(message)
        self._check_connected()
        if not channels:
            return
        query = sql.SQL("SELECT {}").format(sql.SQL(", ").join(
            sql.SQL("pg_notify({}, {})").format(sql.Literal(channel), sql.Placeholder()) for channel in channels))
        params = [payload] * len(channels)
        async with self._publish_lock:
            last_error: BaseException | None = None
            for attempt in range(self.publish_attempts):
                if attempt:
                    await asyncio.sleep(backoff_delay(attempt - 1, minimum=self.min_backoff, maximum=self.max_backoff))
                try:
                    if self._publisher is None or self._publisher.closed:
                        await self._close_publisher()
                        async with asyncio.timeout(self.command_timeout):
                            await self._open_publisher()
                    assert self._publisher is not None
                    await execute_or_close(self._publisher, query, params, deadline=self.command_timeout)
                    return
                except _RETRYABLE as error:
                    last_error = error
                    log.info(
                        "postgres broadcast: publish attempt %d/%d failed (%s: %s)",
                        attempt + 1,
                        self.publish_attempts,
                        type(error).__name__,
                        one_line(error),
                    )
                    await self._close_publisher()
            raise BroadcastUnavailable(
                f"cannot publish to {redact_url(self.url)} after {self.publish_attempts} attempt(s): "
                f"{one_line(last_error) if last_error else 'no attempt made'}"
            ) from last_error
