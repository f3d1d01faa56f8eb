"""The typed per-request context every resolver receives."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
import strawberry
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from adapters.files import FileStore
from adapters.payments import StripeGateway
from auth.viewer import Viewer
from models import Company
from models.deployment import Deployment
from resolvers.loaders import Loaders


@dataclass
class Context:
    """Who asks (`viewer`), how to open sessions, the request's loaders, and the HTTP objects if any."""

    viewer: Viewer
    sessions: async_sessionmaker[AsyncSession]
    loaders: Loaders
    deployment: Deployment
    """The deployment (public URL, signing key, page cap…), built once by the app from its settings."""
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
    _company: asyncio.Task[Company] | None = field(default=None, repr=False)

    async def company(self) -> Company:
        """The company's settings (currency, time zone), read once per request however many ask at once."""
        if self._company is None:
            self._company = asyncio.ensure_future(self._read_company())
        return await self._company

    async def _read_company(self) -> Company:
        async with self.sessions() as session:
            company = (await session.execute(sa.select(Company).order_by(col(Company.id)).limit(1))).scalar()
        return company or Company(name="Unnamed company")

    @property
    def public_url(self) -> str:
        """The address clients reach the app at, for links handed out (Stripe return pages, e-mails)."""
        return self.deployment.public_url

    def become(self, viewer: Viewer) -> None:
        """Switch to the viewer a WebSocket's `connection_init` authenticated, with fresh loaders."""
        self.viewer = viewer
        self.loaders = Loaders(viewer=viewer, sessions=self.sessions)


def build_context(viewer: Viewer, sessions: async_sessionmaker[AsyncSession], *, deployment: Deployment,
                  request: Any = None, response: Any = None, broadcast: Any = None, files: FileStore | None = None,
                  payments: StripeGateway | None = None) -> Context:
    return Context(viewer=viewer, sessions=sessions, loaders=Loaders(viewer=viewer, sessions=sessions),
                   deployment=deployment, request=request, response=response, broadcast=broadcast, files=files,
                   payments=payments)


Info = strawberry.Info[Context, None]
