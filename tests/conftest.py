"""Shared fixtures: a real PostgreSQL for the whole run, a fresh database per run, and per test either one
rolled-back transaction (the default) or real commits on tables emptied afterwards (`@pytest.mark.committed`).

Rolled back (the default): `sessions` is bound to one connection per test that holds an outer transaction;
every session the test or the app under test opens from it works in a SAVEPOINT of that transaction (SQLAlchemy's
"Joining a Session into an External Transaction" recipe, `join_transaction_mode="create_savepoint"`), so the
app's own `commit()` and `rollback()` behave as usual, and the test ends with one ROLLBACK: nothing to empty.

The app's concurrent sessions (sibling fields, loader batches) share that connection: a session takes its
savepoint only where it nests properly (see `JoinedSession`). Id sequences restart at 1 for each test, as
TRUNCATE … RESTART IDENTITY did. The app itself joins through `create_app(settings, sessions=sessions)`.

Committed (`@pytest.mark.committed` on a test or module): the rows must be seen by other connections — a
server in another process, a uvicorn app with its own engine, LISTEN/NOTIFY, row locks between concurrent
sessions, VACUUM — so sessions commit for real and every table is emptied after the test.

The demo (`demo.build.seed_demo`, a year of history through the business functions: seconds of work) is seeded
once per run into a template database (`demo_template`); a module that reads the demo gets a copy of its own
(`demo_database`, `CREATE DATABASE … TEMPLATE`, a file copy), dropped when the module is done, and per test
`demo_sessions`, one rolled-back transaction on that copy.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session, SessionTransaction
from sqlmodel import SQLModel

import models  # noqa: F401 - every table on the metadata
from app.database import EmbeddedPostgres, create_engine, create_session_factory, libpq_url
from app.garbage import tune_garbage_collection
from demo.build import seed_demo
from models.deployment import bind_deployment
from tests import factories

COMMITTED = "committed"
DEMO_TEMPLATE = pytest.StashKey[str]()
"""The name of this run's demo template database, the same in every xdist worker (the controller picks it)."""
DEMO_TEMPLATE_INPUT = "dop_demo_template"


def pytest_configure(config: pytest.Config) -> None:
    # The apps started here (and the servers they spawn) keep CPython's collector as it is: freezing the heap
    # once per app would keep every object alive then, test data included, for the rest of the run.
    os.environ.setdefault("TUNE_GC", "false")
    config.addinivalue_line(
        "markers", f"{COMMITTED}: the test's rows must be committed for real (other processes or connections read "
        "them); tables are emptied after it instead of rolling back one transaction")
    workerinput = getattr(config, "workerinput", None)
    config.stash[DEMO_TEMPLATE] = (workerinput[DEMO_TEMPLATE_INPUT] if workerinput
                                   else f"dop_demo_{uuid.uuid4().hex[:12]}")


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """xdist: every worker uses the controller's template name, so workers on one server share one seed."""
    node.workerinput[DEMO_TEMPLATE_INPUT] = node.config.stash[DEMO_TEMPLATE]


def pytest_sessionfinish(session: pytest.Session) -> None:
    """The controller (or a run without workers) drops the shared demo template on `TEST_DATABASE_URL`'s server
    once every worker is done (an embedded server goes away with its data)."""
    configured = os.environ.get("TEST_DATABASE_URL")
    if hasattr(session.config, "workerinput") or not configured:
        return
    try:
        with psycopg.connect(libpq_url(configured), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{session.config.stash[DEMO_TEMPLATE]}" WITH (FORCE)')
    except psycopg.OperationalError:
        pass  # the server is gone: nothing left to drop


SERVED_ELSEWHERE = frozenset({"live_server", "dop_serve", "app_server"})
"""Fixtures that serve the app on an engine or in a process of its own: what the test arranges must be committed
for that server to see it, so a test using one is committed without having to say so."""


SLOWEST_FIRST = (
    "authorization/test_transports.py", "e2e/test_office.py", "e2e/test_cards.py", "app/test_demo_data.py",
    "e2e/test_portal.py", "authorization/test_transports_ws.py",
    "authorization/test_authorization.py", "subscriptions/test_access_changes.py",
    "subscriptions/test_two_processes.py", "subscriptions/test_job_status_changed.py",
    "subscriptions/test_ws_frames.py", "documents/test_document_scopes.py", "subscriptions/test_reminders_due.py",
    "schema/mutations/test_payment_once.py", "app/test_serve.py", "subscriptions/test_broadcast_outage.py",
    "documents/test_pdfs.py", "models/test_migrations.py",
)
"""The modules that take longest (measured with `--durations=0`, summed per file), longest first. `./run test`
hands whole files to the workers (`--dist loadfile`) in collection order (`--no-loadscope-reorder`), so these
go first and the short files fill the gaps at the end: otherwise a long file dealt last keeps one worker busy
while the other waits. The order changes nothing but the balance. (`test_demo_data` comes second so that the
other worker is busy with it while the first builds the demo template.)"""


def pytest_collection_finish(session: pytest.Session) -> None:
    """The test process's own start-up heap (every test module, the schema, the mappers) frozen once, and the
    young generation collected every 20,000 allocations: the same tuning a served app gets (`app.garbage`),
    once per pytest process, so the collector stops re-traversing the imports during every test."""
    tune_garbage_collection()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SERVED_ELSEWHERE.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(COMMITTED)
    tests_dir = Path(__file__).parent
    rank = {tests_dir / name: index for index, name in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path, len(rank)))


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    """The server tests run against: `TEST_DATABASE_URL` when set, else an embedded PostgreSQL.

    The embedded data lives in a directory of its own (not pytest's tmp_path, which a concurrent pytest
    run may clean up) and is removed afterwards.
    """
    configured = os.environ.get("TEST_DATABASE_URL")
    if configured:
        yield libpq_url(configured)
        return
    data_dir = Path(tempfile.mkdtemp(prefix="dop-test-pg-"))
    embedded = EmbeddedPostgres(data_dir / "data")
    url = embedded.start()
    try:
        yield url
    finally:
        embedded.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def database_url(postgres_server_url: str) -> Iterator[str]:
    """A database of this run's own, created empty and dropped at the end."""
    server = make_url(postgres_server_url)
    name = f"dop_test_{uuid.uuid4().hex[:12]}"
    admin_url = server.render_as_string(hide_password=False)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _create_database(admin_url: str, name: str, template: str | None = None) -> None:
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))


def _drop_database(admin_url: str, name: str) -> None:
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def migrated_database_url(database_url: str) -> str:
    """This run's database, migrated once to head through the real Alembic migrations."""
    from app.migrations import upgrade

    upgrade(database_url)
    return database_url


@pytest.fixture(scope="session")
async def demo_template(request: pytest.FixtureRequest, postgres_server_url: str) -> str:
    """This run's demo, migrated and seeded once on the server; returns the template database's name.

    Built under an advisory lock on the server, so the xdist workers sharing `TEST_DATABASE_URL` seed it once
    (the second waits and finds it ready); each worker's embedded server builds its own. Nobody connects to it
    afterwards (`ALLOW_CONNECTIONS false`), so copies can always be taken. Dropped by `pytest_sessionfinish`.
    """
    from app.migrations import upgrade

    name = request.config.stash[DEMO_TEMPLATE]
    server = make_url(postgres_server_url)
    admin_url = server.render_as_string(hide_password=False)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute("SELECT pg_advisory_lock(hashtext(%s))", (name,))
        try:
            if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                return name
            admin.execute(f'CREATE DATABASE "{name}"')
            url = server.set(database=name).render_as_string(hide_password=False)
            try:
                upgrade(url)
                engine = create_engine(url)
                try:
                    sessions = create_session_factory(engine)
                    bind_deployment(sessions, factories.DEPLOYMENT)
                    async with sessions() as seeding, seeding.begin():
                        await seed_demo(seeding)
                finally:
                    await engine.dispose()
                with psycopg.connect(url, autocommit=True) as template:
                    template.execute("VACUUM ANALYZE")  # copies keep the statistics; none would gather them
                admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            except BaseException:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                raise
        finally:
            admin.execute("SELECT pg_advisory_unlock(hashtext(%s))", (name,))
    return name


@dataclass(frozen=True)
class DemoDatabase:
    """A copy of the demo template for one module: its URL (for a server in another process) and an engine."""

    url: str
    engine: AsyncEngine

    def sessions(self) -> async_sessionmaker[AsyncSession]:
        """The app's own session factory on the copy (commits are real; the copy is dropped after the module)."""
        factory = create_session_factory(self.engine)
        bind_deployment(factory, factories.DEPLOYMENT)
        return factory


@pytest.fixture(scope="module")
async def demo_database(postgres_server_url: str, demo_template: str) -> AsyncIterator[DemoDatabase]:
    """The demo in a database of this module's own: a copy of the template, dropped afterwards."""
    server = make_url(postgres_server_url)
    admin_url = server.render_as_string(hide_password=False)
    name = f"{demo_template}_{uuid.uuid4().hex[:8]}"
    _create_database(admin_url, name, template=demo_template)
    url = server.set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    try:
        yield DemoDatabase(url, engine)
    finally:
        await engine.dispose()
        _drop_database(admin_url, name)


@pytest.fixture
async def demo_sessions(demo_database: DemoDatabase) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on the module's demo copy in one transaction rolled back after the test (id sequences are left
    as the demo left them, so new rows do not collide with the demo's)."""
    async with demo_database.engine.connect() as connection, sessions_in_transaction(connection) as factory:
        bind_deployment(factory, factories.DEPLOYMENT)
        yield factory


@pytest.fixture(scope="session")
async def engine(migrated_database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(migrated_database_url)
    try:
        yield engine
    finally:
        await engine.dispose()


async def truncate_all(engine: AsyncEngine) -> None:
    """Empty every table (what a committed test leaves behind)."""
    tables = ", ".join(f'"{table.name}"' for table in SQLModel.metadata.sorted_tables)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


SAVEPOINTS = "dop.test_savepoints"
"""Where the test's connection keeps its stack of open session savepoints: (asyncio task, session transaction)."""


class JoinedSession(Session):
    """A session on the test's connection that works in a SAVEPOINT of the test's outer transaction.

    PostgreSQL savepoints are a stack: they must end in the reverse order they began. The app opens sessions
    concurrently (sibling fields and loader batches run as separate asyncio tasks), and their savepoints would
    end out of order. So a session takes a savepoint of its own only when no savepoint is open, or when the
    innermost open one was taken in the same task (that one nests properly); a session begun while another
    task's savepoint is open (a concurrent read) joins without one ("rollback_only": its commit and close
    emit nothing, it reads what the connection sees).
    """

    @property  # type: ignore[override]
    def join_transaction_mode(self) -> str:
        """Read once by SessionTransaction when it joins the connection: decide, and claim the savepoint."""
        connection = self.bind
        assert isinstance(connection, Connection)
        stack: list[tuple[asyncio.Task[Any] | None, SessionTransaction]] = connection.info[SAVEPOINTS]
        task = _current_task()
        if stack and stack[-1][0] is not task:
            return "rollback_only"
        transaction = self.get_transaction()
        assert transaction is not None
        stack.append((task, transaction))
        return "create_savepoint"

    @join_transaction_mode.setter
    def join_transaction_mode(self, value: str) -> None:
        """Session.__init__ sets the mode; ours is decided per transaction, above."""


def _current_task() -> asyncio.Task[Any] | None:
    try:
        return asyncio.current_task()
    except RuntimeError:
        return None


def _release_savepoint_claim(session: Session, transaction: SessionTransaction) -> None:
    bind = session.bind
    stack = bind.info.get(SAVEPOINTS) if isinstance(bind, Connection) else None
    if stack:
        stack[:] = [entry for entry in stack if entry[1] is not transaction]


sa_event.listen(JoinedSession, "after_transaction_end", _release_savepoint_claim)


@asynccontextmanager
async def sessions_in_transaction(connection: AsyncConnection) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on `connection` inside a transaction of their own (a savepoint if one is already open), which is
    rolled back at the end."""
    connection.sync_connection.info.setdefault(SAVEPOINTS, [])  # type: ignore[union-attr]
    transaction = await (connection.begin_nested() if connection.in_transaction() else connection.begin())
    try:
        yield async_sessionmaker(bind=connection, sync_session_class=JoinedSession, expire_on_commit=False,
                                 autoflush=False)
    finally:
        if transaction.is_active:
            await transaction.rollback()


RESTART_SEQUENCES = text(
    "SELECT count(setval(c.oid::regclass, 1, false)) FROM pg_class c "
    "WHERE c.relkind = 'S' AND c.relnamespace = 'public'::regnamespace"
)
"""Every id sequence back to 1, in one statement, as TRUNCATE … RESTART IDENTITY did (`setval` is not rolled back,
so this run's private database starts each test with the ids a fresh database has)."""


@asynccontextmanager
async def rolled_back_sessions(engine: AsyncEngine) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on a connection of their own whose one transaction is rolled back at the end; ids start at 1."""
    async with engine.connect() as connection, sessions_in_transaction(connection) as factory:
        await connection.execute(RESTART_SEQUENCES)
        yield factory


@asynccontextmanager
async def committed_sessions(engine: AsyncEngine) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """The app's own session factory on the run's database; every table is emptied afterwards."""
    try:
        yield create_session_factory(engine)
    finally:
        await truncate_all(engine)


@pytest.fixture
async def sessions(request: pytest.FixtureRequest, engine: AsyncEngine,
                   ) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """A session factory on clean tables: one rolled-back transaction, or real commits when marked committed."""
    committed = request.node.get_closest_marker(COMMITTED) is not None
    async with (committed_sessions if committed else rolled_back_sessions)(engine) as factory:
        bind_deployment(factory, factories.DEPLOYMENT)
        yield factory


@pytest.fixture
async def session(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """One session for arranging data and calling business rules directly."""
    async with sessions() as session:
        yield session

