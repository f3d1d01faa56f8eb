"""Shared fixtures: a real PostgreSQL for the whole run, a fresh database per run, clean tables per test."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlmodel import SQLModel

import models  # noqa: F401 - every table on the metadata
from app.database import EmbeddedPostgres, create_engine, create_session_factory, libpq_url
from models.deployment import bind_deployment
from tests import factories


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


@pytest.fixture(scope="session")
def migrated_database_url(database_url: str) -> str:
    """This run's database, migrated once to head through the real Alembic migrations."""
    from app.migrations import upgrade

    upgrade(database_url)
    return database_url


@pytest.fixture(scope="session")
async def engine(migrated_database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(migrated_database_url)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
async def sessions(engine: AsyncEngine) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """A session factory on clean tables.

    Tests commit for real (the app opens its own sessions, and other processes must see the rows), so
    instead of one rolled-back transaction per test every table is emptied afterwards.
    """
    factory = create_session_factory(engine)
    bind_deployment(factory, factories.DEPLOYMENT)
    yield factory
    tables = ", ".join(f'"{table.name}"' for table in SQLModel.metadata.sorted_tables)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
async def session(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """One session for arranging data and calling business rules directly."""
    async with sessions() as session:
        yield session
