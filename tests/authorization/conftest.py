"""A live server for the transport tests: the real app (`app.asgi.create_app`) in its production
configuration, on uvicorn at a random 127.0.0.1 port, over this run's migrated database with the demo data.

The demo data is seeded once per module (`live_demo`) and the tables are emptied when the module is done,
so these fixtures do not use the per-test `sessions` fixture (which would empty the tables after each test).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import uvicorn
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import SQLModel

from app.asgi import create_app
from app.database import create_session_factory
from app.settings import Settings
from demo.build import seed_demo
from models.deployment import bind_deployment
from tests import factories


@dataclass(frozen=True)
class LiveServer:
    """Where the app listens: `http_url` for POSTs, `ws_url` for WebSockets."""

    host: str

    @property
    def http_url(self) -> str:
        return f"http://{self.host}/graphql"

    @property
    def ws_url(self) -> str:
        return f"ws://{self.host}/graphql"


async def start_server(settings: Settings) -> tuple[LiveServer, uvicorn.Server, asyncio.Task[None]]:
    """Serve `create_app(settings)` on a free port in this event loop, lifespan included."""
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        assert not task.done(), "uvicorn did not start (see the log above)"
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    return LiveServer(f"127.0.0.1:{port}"), server, task


async def stop_server(server: uvicorn.Server, task: asyncio.Task[None]) -> None:
    server.should_exit = True
    await asyncio.wait_for(task, 15)


@pytest.fixture(scope="module")
async def live_demo(engine: AsyncEngine) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """The demo data, seeded once for the module; every table is emptied afterwards."""
    sessions = create_session_factory(engine)
    bind_deployment(sessions, factories.DEPLOYMENT)
    async with sessions() as seeding, seeding.begin():
        await seed_demo(seeding)
    yield sessions
    tables = ", ".join(f'"{table.name}"' for table in SQLModel.metadata.sorted_tables)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(scope="module")
async def live_server(migrated_database_url: str, live_demo: async_sessionmaker[AsyncSession]
                      ) -> AsyncIterator[LiveServer]:
    """The real app with `APP_ENV=production` (limits, masking, no GET, no IDE), mail to the console."""
    settings = Settings(database_url=migrated_database_url, app_env="production", smtp_host=None,
                        broadcast_url="memory://", rate_limit_url="memory://")
    live, server, task = await start_server(settings)
    try:
        yield live
    finally:
        await stop_server(server, task)
