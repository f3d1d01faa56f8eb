"""The real app for HTTP tests in this process: `create_app` with in-memory broadcast and rate limits and no
SMTP, and an httpx client that reaches it over ASGI from a given client address."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from starlette.applications import Starlette

from app.asgi import create_app
from app.settings import Settings


@asynccontextmanager
async def real_app(database_url: str, app_env: str, **settings: Any) -> AsyncIterator[Starlette]:
    """The app as `app_env` runs it (`settings` on top); its database engine is disposed of at the end."""
    application = create_app(Settings(database_url=database_url, app_env=app_env, smtp_host=None,
                                      broadcast_url="memory://", rate_limit_url="memory://", **settings))
    try:
        yield application
    finally:
        await application.state.runtime.engine.dispose()


@asynccontextmanager
async def client_of(app: Starlette, address: tuple[str, int]) -> AsyncIterator[httpx.AsyncClient]:
    """A client of `app` at http://127.0.0.1:8000 whose requests come from `address` (host, port)."""
    transport = httpx.ASGITransport(app=app, client=address)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client:
        yield client
