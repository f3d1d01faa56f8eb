"""The typed per-request context every resolver receives."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
import strawberry
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.files import FileStore
from adapters.payments import StripeGateway
from auth.viewer import Viewer
from models import Company
from resolvers.loaders import Loaders


@dataclass
class Context:
    """Who asks (`viewer`), how to open sessions, the request's loaders, and the HTTP objects if any."""

    viewer: Viewer
    sessions: async_sessionmaker[AsyncSession]
    loaders: Loaders
    request: Any = None
    response: Any = None
    connection_params: dict[str, Any] | None = None
    """The `connection_init` payload, over WebSocket."""
    broadcast: Any = None
    """The process's `subscriptions.runtime.LiveBroadcaster` (None where live events are off)."""
    files: FileStore | None = None
    """The deployment's file store, built once by the app (uploads land where downloads look)."""
    payments: StripeGateway | None = None
    """The deployment's Stripe account; None where online payment is not configured."""
    public_url: str = "http://127.0.0.1:8000"
    """The address clients reach the app at, for links handed out (Stripe return pages, e-mails)."""
    _company: asyncio.Task[Company] | None = field(default=None, repr=False)

    async def company(self) -> Company:
        """The company's settings (currency, time zone), read once per request however many ask at once."""
        if self._company is None:
            self._company = asyncio.ensure_future(self._read_company())
        return await self._company

    async def _read_company(self) -> Company:
        async with self.sessions() as session:
            company = (await session.execute(sa.select(Company).order_by(sa.column("id")).limit(1))).scalar()
        return company or Company(name="Unnamed company")

    def become(self, viewer: Viewer) -> None:
        """Switch to the viewer a WebSocket's `connection_init` authenticated, with fresh loaders."""
        self.viewer = viewer
        self.loaders = Loaders(viewer=viewer, sessions=self.sessions)


def build_context(viewer: Viewer, sessions: async_sessionmaker[AsyncSession], *, request: Any = None,
                  response: Any = None, broadcast: Any = None, files: FileStore | None = None,
                  payments: StripeGateway | None = None, public_url: str | None = None) -> Context:
    context = Context(viewer=viewer, sessions=sessions, loaders=Loaders(viewer=viewer, sessions=sessions),
                      request=request, response=response, broadcast=broadcast, files=files, payments=payments)
    if public_url is not None:
        context.public_url = public_url
    return context


Info = strawberry.Info[Context, None]
