"""Open WebSockets follow their credentials: re-checked on every operation and whenever access changes.

A WebSocket is authenticated at `connection_init` with a session (cookie or Bearer) or an API token and may
stay open for hours. `LiveConnections` keeps this process's acknowledged connections with the credentials
they opened with, and re-reads them (`recheck`):

* before every operation started on the socket (`authorize`, called for each ``subscribe`` message:
  queries and mutations too);
* when another transaction, in any process, ends or narrows access (sign-out, API token revoked, user
  disabled or their e-mail changed, scope narrowed, portal access removed): announced on
  `subscriptions.access.ACCESS_CHANNEL`, which `watch` listens to;
* all of them, when that listening comes back after an interruption (announcements may have been lost).

Every read of credentials here (and `connection_init`'s, through `resolve`) waits for one of
`CHECKS_AT_ONCE` slots: when 10,000 clients come back at once after a restart, or everyone is re-checked after
an interruption, the reads queue here instead of all asking the pool at once, which would open and close its
overflow connections over and over and make every read wait longer than the pool's own timeout.

A connection whose credentials no longer hold is closed with 4403 (its subscriptions stop with it). One whose
viewer changed (e.g. fewer properties, no finances) switches to the new viewer, and its running subscriptions
end with an ``error`` whose ``extensions.code`` is ``ACCESS_CHANGED``: the client subscribes again and gets
what it may see now.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from app.graphql_http import FORBIDDEN_CLOSE_CODE, GuardedTransportWSHandler
from auth.sessions import AccessChanges
from auth.viewer import Viewer
from schema.context import Context
from subscriptions.access import ACCESS_CHANNEL, decode_access_changes
from subscriptions.backends import backoff_delay, stop_task
from subscriptions.broadcast import Broadcaster, BroadcastInterrupted, BroadcastUnavailable, SubscriberTooSlow
from subscriptions.channels import BadMessage

__all__ = ["ACCESS_CHANGED", "CHECKS_AT_ONCE", "CREDENTIALS_KEY", "Credentials", "LiveConnections"]

log = logging.getLogger(__name__)

ACCESS_CHANGED = "ACCESS_CHANGED"
"""`extensions.code` of the error that ends a subscription whose viewer's access changed."""
CREDENTIALS_KEY = "dop.credentials"
"""Where `connection_init` leaves the socket's credentials (in the ASGI scope) for `LiveConnections`."""
ENDED_REASON = "Forbidden: the session or token has ended, or access was removed"
CHECKS_AT_ONCE = 5
"""Credential reads in flight at once: half the connections the autocommit pool keeps
(`app.database.AUTOCOMMIT_POOL_SIZE`); the rest stay for snapshots, live reads and HTTP requests' viewers."""


@dataclass(frozen=True, slots=True)
class Credentials:
    """What a socket authenticated with: the session cookie and/or the ``authorization`` Bearer token."""

    session_token: str | None = None
    bearer: str | None = None


Resolve = Callable[[Credentials], Awaitable[Viewer]]
Handler = GuardedTransportWSHandler[Context, None]


@dataclass(eq=False, slots=True)
class LiveConnection:
    handler: Handler
    credentials: Credentials

    @property
    def context(self) -> Context:
        return self.handler.context

    @property
    def viewer(self) -> Viewer:
        return self.handler.context.viewer


class LiveConnections:
    """This process's acknowledged WebSocket connections, kept in step with their credentials."""

    def __init__(self, resolve: Resolve, *, checks_at_once: int = CHECKS_AT_ONCE, min_backoff: float = 0.2,
                 max_backoff: float = 5.0) -> None:
        self._resolve = resolve
        self._slots = asyncio.Semaphore(checks_at_once)
        #: Credential reads running now, and the most ever running at once (never above `checks_at_once`).
        self.checking = self.most_checking = 0
        self._connections: dict[Handler, LiveConnection] = {}
        self._watcher: asyncio.Task[None] | None = None
        self.min_backoff = min_backoff
        self.max_backoff = max_backoff
        #: Times `watch` started listening again after an interruption.
        self.resumed = 0

    def __len__(self) -> int:
        return len(self._connections)

    # -- registry ------------------------------------------------------------------------

    def opened(self, handler: Handler) -> None:
        websocket = getattr(handler.websocket, "ws", None)
        credentials = websocket.scope.get(CREDENTIALS_KEY) if websocket is not None else None
        self._connections[handler] = LiveConnection(handler, credentials or Credentials())

    def closed(self, handler: Handler) -> None:
        self._connections.pop(handler, None)

    # -- checks ----------------------------------------------------------------------------

    async def resolve(self, credentials: Credentials) -> Viewer:
        """The viewer `credentials` stand for now, read once a slot is free (see the module's docstring)."""
        async with self._slots:
            self.checking += 1
            self.most_checking = max(self.most_checking, self.checking)
            try:
                return await self._resolve(credentials)
            finally:
                self.checking -= 1

    async def authorize(self, handler: Handler) -> bool:
        """Before an operation: whether the socket's credentials still hold (else it is closed with 4403)."""
        connection = self._connections.get(handler)
        if connection is None:  # acknowledged without our hook: nothing to re-check against
            return handler.context.viewer.is_authenticated
        return await self.recheck(connection, close=False)

    async def recheck(self, connection: LiveConnection, *, close: bool = True) -> bool:
        """Re-read the connection's credentials: False (and closed with 4403 when `close`) if they ended."""
        viewer = await self.resolve(connection.credentials)
        if not viewer.is_authenticated:
            self._connections.pop(connection.handler, None)
            if close:
                await connection.handler.close_quietly(FORBIDDEN_CLOSE_CODE, ENDED_REASON)
            return False
        if viewer != connection.viewer:
            connection.context.become(viewer)
            await connection.handler.stop_subscriptions(
                "Your access changed: subscribe again to receive what you may see now.", ACCESS_CHANGED)
        return True

    async def apply(self, changes: AccessChanges) -> int:
        """Re-check every connection `changes` concerns; returns how many were re-checked."""
        concerned = [connection for connection in list(self._connections.values())
                     if changes.concerns(connection.viewer)]
        await self._recheck_all(concerned)
        return len(concerned)

    async def recheck_everyone(self) -> None:
        await self._recheck_all(list(self._connections.values()))

    async def _recheck_all(self, connections: list[LiveConnection]) -> None:
        results = await asyncio.gather(*(self.recheck(connection) for connection in connections),
                                       return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                log.error("re-checking a WebSocket's access failed", exc_info=result)

    # -- listening to access changes from every process -------------------------------------

    def start(self, broadcast: Broadcaster) -> None:
        if self._watcher is None:
            self._watcher = asyncio.create_task(self.watch(broadcast), name="websocket-access-watch")

    async def stop(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            await stop_task(watcher)

    async def watch(self, broadcast: Broadcaster) -> None:
        """Apply every announced access change, until cancelled; start over after an interruption."""
        attempt = 0
        interrupted = False
        while True:
            try:
                async with broadcast.subscribe(ACCESS_CHANNEL) as subscriber:
                    if interrupted:
                        # Announcements made while we were not listening are lost: check everyone.
                        self.resumed += 1
                        interrupted = False
                        await self.recheck_everyone()
                    attempt = 0
                    async for event in subscriber:
                        await self._handle(event.message)
                return  # the broadcast disconnected: the app is stopping
            except (BroadcastInterrupted, BroadcastUnavailable, SubscriberTooSlow) as error:
                interrupted = True
                log.info("WebSocket access watch: %s; listening again shortly", error)
            except Exception:
                interrupted = True
                log.exception("WebSocket access watch failed; listening again shortly")
            await asyncio.sleep(backoff_delay(attempt, minimum=self.min_backoff, maximum=self.max_backoff))
            attempt += 1

    async def _handle(self, raw: Any) -> None:
        try:
            changes = decode_access_changes(raw)
        except BadMessage:
            log.warning("WebSocket access watch: ignoring a foreign message on %r", ACCESS_CHANNEL)
            return
        await self.apply(changes)
