"""What every table shares: an integer id, UTC timestamps, and enum columns the database checks."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

# Constraint names follow one convention so Alembic migrations name them the same everywhere.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(SQLModel):
    """An id and the two timestamps every table has (DESIGN.md §5)."""

    id: int | None = Field(default=None, primary_key=True, sa_type=sa.BigInteger)
    created_at: datetime = Field(
        default_factory=utc_now,
        sa_type=sa.DateTime(timezone=True),
        sa_column_kwargs={"server_default": sa.func.now(), "nullable": False},
    )
    updated_at: datetime = Field(
        default_factory=utc_now,
        sa_type=sa.DateTime(timezone=True),
        sa_column_kwargs={"server_default": sa.func.now(), "onupdate": utc_now, "nullable": False},
    )


def enum_type(enum_class: type[enum.Enum], *, name: str | None = None) -> sa.Enum:
    """A VARCHAR with a CHECK constraint holding the enum's values; migrations stay plain ALTERs.

    `name` tells the constraints apart when one table has two columns of the same enum.
    """
    return sa.Enum(
        enum_class,
        native_enum=False,
        create_constraint=True,
        length=32,
        name=name or enum_class.__name__.lower(),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def timestamp(*, nullable: bool = True, **kwargs: Any) -> Any:
    """A timezone-aware timestamp column (stored in UTC)."""
    return Field(
        default=None,
        sa_type=sa.DateTime(timezone=True),
        nullable=nullable,
        **kwargs,
    )


def foreign_key(target: str, *, nullable: bool = False, ondelete: str = "RESTRICT", index: bool = True) -> Any:
    """A BIGINT foreign key; RESTRICT by default so history is never deleted by accident."""
    return Field(
        default=None,
        foreign_key=target,
        ondelete=cast(Any, ondelete),
        sa_type=sa.BigInteger,
        nullable=nullable,
        index=index,
    )


def row_id(row: Any) -> int:
    """The id of a row that has been flushed (SQLModel types every id as optional)."""
    assert row.id is not None, f"{type(row).__name__} not flushed"
    return int(row.id)
