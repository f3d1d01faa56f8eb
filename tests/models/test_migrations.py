"""The migrations and the table classes describe the same database, and every migration can be undone."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, pool
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from app.migrations import alembic_config, current_revision, head_revision, sync_url, upgrade


@pytest.fixture
def empty_database_url(postgres_server_url: str) -> Iterator[str]:
    """A database of this test's own (the run's shared one stays at head for every other test)."""
    server = make_url(postgres_server_url)
    name = f"dop_migrations_{uuid.uuid4().hex[:12]}"
    admin_url = server.render_as_string(hide_password=False)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def schema_of(url: str) -> dict[str, Any]:
    """What the database holds, table by table (columns, keys, indexes, constraints) and its enum types."""
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            inspector: Any = inspect(connection)
            tables: dict[str, Any] = {}
            for table in sorted(inspector.get_table_names()):
                if table == "alembic_version":
                    continue
                tables[table] = {
                    "columns": [(c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                                for c in inspector.get_columns(table)],
                    "primary_key": inspector.get_pk_constraint(table)["constrained_columns"],
                    "foreign_keys": sorted((fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"],
                                            str(fk.get("options"))) for fk in inspector.get_foreign_keys(table)),
                    "indexes": sorted((ix["name"], tuple(str(c) for c in ix["column_names"]), ix["unique"])
                                      for ix in inspector.get_indexes(table)),
                    "unique": sorted((uc["name"], tuple(uc["column_names"]))
                                     for uc in inspector.get_unique_constraints(table)),
                    "checks": sorted((ck["name"], ck["sqltext"]) for ck in inspector.get_check_constraints(table)),
                }
            enums = sorted((enum["name"], tuple(enum["labels"])) for enum in inspector.get_enums())
            return {"tables": tables, "enums": enums}
    finally:
        engine.dispose()


def test_every_migration_downgrades_to_the_schema_before_it(empty_database_url: str) -> None:
    url, config = empty_database_url, alembic_config(empty_database_url)
    revisions = [script.revision for script in reversed(list(ScriptDirectory.from_config(config).walk_revisions()))]
    assert revisions and revisions[-1] == head_revision(url)
    # given the schema after each migration, applied one at a time from an empty database
    before = schema_of(url)
    assert before == {"tables": {}, "enums": []} and current_revision(url) is None
    after: list[dict[str, Any]] = []
    for revision in revisions:
        upgrade(url, revision)
        after.append(schema_of(url))
        assert current_revision(url) == revision
    # when each is undone, from head down, then each downgrade leaves exactly the schema before it
    for index in reversed(range(len(revisions))):
        command.downgrade(config, "-1")
        assert schema_of(url) == (after[index - 1] if index else before), revisions[index]
    assert current_revision(url) is None
    # and upgrading again to head gives the same schema as the first time
    upgrade(url)
    assert schema_of(url) == after[-1] and current_revision(url) == revisions[-1]


def test_models_match_the_migrated_schema(migrated_database_url: str) -> None:
    engine = create_engine(sync_url(migrated_database_url))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert differences == [], "models changed without a migration: run `dop makemigration`"
