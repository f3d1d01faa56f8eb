"""A live server for the transport tests: the real app (`app.asgi.create_app`) in its production
configuration, on uvicorn at a random 127.0.0.1 port, over a copy of the demo data of the module's own.

The demo data is the run's seeded template, copied once per module (`demo_database`, dropped when the
module is done), so these fixtures do not use the per-test `sessions` fixture (which is not on the demo).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
import uvicorn
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.asgi import create_app
from app.settings import Settings
from tests.conftest import DemoDatabase


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
def live_demo(demo_database: DemoDatabase) -> async_sessionmaker[AsyncSession]:
    """The app's own sessions on the module's copy of the demo: what they commit, the live server sees."""
    return demo_database.sessions()


@pytest.fixture(scope="module")
async def live_server(demo_database: DemoDatabase) -> AsyncIterator[LiveServer]:
    """The real app with `APP_ENV=production` (limits, masking, no GET, no IDE), mail to the console, over the
    module's copy of the demo."""
    settings = Settings(database_url=demo_database.url, app_env="production", smtp_host=None,
                        broadcast_url="memory://", rate_limit_url="memory://")
    live, server, task = await start_server(settings)
    try:
        yield live
    finally:
        await stop_server(server, task)
