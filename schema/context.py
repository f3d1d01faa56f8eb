"""The typed per-request context every resolver receives."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
import strawberry
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

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
                  response: Any = None, broadcast: Any = None) -> Context:
    return Context(viewer=viewer, sessions=sessions, loaders=Loaders(viewer=viewer, sessions=sessions),
                   request=request, response=response, broadcast=broadcast)


Info = strawberry.Info[Context, None]
