"""What the app holds while it runs, and who is asking: shared by the GraphQL endpoint, downloads and PDFs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from adapters.files import FileStore
from adapters.payments import StripeGateway
from app.database import retry_disconnect
from app.settings import Settings
from app.ws_access import LiveConnections
from auth.authenticate import viewer_for_request
from auth.viewer import ANONYMOUS, Viewer
from models.deployment import Deployment, bind_deployment
from subscriptions.reads import bind_live_reads
from subscriptions.runtime import LiveBroadcaster


@dataclass
class Runtime:
    """Engine, session factory, file store, payment gateway and (once started) the broadcaster.

    The settings are read once, here: business code gets the `deployment` they yield (through the GraphQL
    context, and bound to `sessions` for rules that only have a session).
    """

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    files: FileStore
    payments: StripeGateway | None
    broadcast: LiveBroadcaster | None = None
    connections: LiveConnections | None = None
    """The open WebSockets, re-checked on every operation and on every access change (`app.ws_access`)."""
    autocommit: AsyncEngine | None = None
    """The engine in autocommit mode, for single statements that need no transaction of their own (the viewer's
    lookup, compiled reads): no BEGIN and COMMIT round trips. Used only while `sessions` is bound to `engine`
    (tests run the app inside one rolled-back transaction of theirs: then such statements run in a session)."""
    deployment: Deployment = field(init=False)

    def __post_init__(self) -> None:
        self.deployment = self.settings.deployment()
        bind_deployment(self.sessions, self.deployment)
        bind_live_reads(self.sessions, self.autocommit_engine())  # a live event's reads: one round trip each

    def autocommit_engine(self) -> AsyncEngine | None:
        """`autocommit` while the sessions are the app's own (on `engine`), else None."""
        return self.autocommit if self.sessions.kw.get("bind") is self.engine else None


def bearer_token(headers: Any) -> str | None:
    value = headers.get("authorization") or ""
    scheme, _, token = value.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


async def resolve_viewer(runtime: Runtime, *, session_token: str | None, bearer: str | None) -> Viewer:
    """The request's viewer: one statement (lookup and sliding expiry), autocommitted when the app owns its
    sessions."""
    if not session_token and not bearer:
        return ANONYMOUS
    autocommit = runtime.autocommit_engine()
    if autocommit is not None:
        async def lookup() -> Viewer:
            async with runtime.sessions(bind=autocommit) as session:
                return await viewer_for_request(session, session_token=session_token, bearer_token=bearer)

        return await retry_disconnect(lookup)
    async with runtime.sessions() as session, session.begin():
        return await viewer_for_request(session, session_token=session_token, bearer_token=bearer)
