"""The migrations and the table classes describe the same database."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from app.migrations import is_up_to_date, sync_url


def test_migrations_reach_head(migrated_database_url: str) -> None:
    assert is_up_to_date(migrated_database_url)


def test_models_match_the_migrated_schema(migrated_database_url: str) -> None:
    engine = create_engine(sync_url(migrated_database_url))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert differences == [], "models changed without a migration: run `dop makemigration`"
