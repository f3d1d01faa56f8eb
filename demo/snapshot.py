"""Counts per table and per status: the shape of the demo, to compare two builders (or two runs)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import SQLModel

import models  # noqa: F401 - every table on the metadata

# Columns whose distinct values are part of the shape (counted per value).
_SPLIT = ("status", "method", "kind", "role", "visibility", "verb", "to_status", "type", "active",
          "reported_by_client")


async def snapshot(connection: AsyncConnection) -> dict[str, int]:
    """``{"job": 612, "job.status=FINISHED": 540, …}`` for every table of the metadata."""
    counts: dict[str, int] = {}
    for table in SQLModel.metadata.sorted_tables:
        total = (await connection.execute(sa.select(sa.func.count()).select_from(table))).scalar_one()
        counts[table.name] = int(total)
        for name in _SPLIT:
            if name not in table.c:
                continue
            column = table.c[name]
            rows = await connection.execute(sa.select(column, sa.func.count()).group_by(column))
            for value, count in rows:
                shown = getattr(value, "value", value)
                counts[f"{table.name}.{name}={shown}"] = int(count)
    return counts
