"""DataLoaders, created per request: every read batched and scoped, one short session per batch.

strawberry resolves sibling fields concurrently and an AsyncSession must never serve two coroutines, so
each batch opens its own session. Loaders return table models, never GraphQL types.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased
from strawberry.dataloader import DataLoader

from auth.scope import readable_condition
from auth.viewer import Viewer
from resolvers.pagination import Page, Window

M = TypeVar("M")
T = TypeVar("T")

_UNFINISHED: set[asyncio.Task[Any]] = set()
"""Reads still running after the field that awaited them was cancelled: asyncio keeps only weak references to
tasks, so one nobody awaits any more is kept here until it ends."""


async def to_the_end(read: Coroutine[Any, Any, T]) -> T:
    """`await read`, which runs to its end even when the field awaiting it is cancelled.

    graphql-core cancels the fields still running beside one whose error nulls their parent (a refused non-null
    root field, say an office list asked for by a client). A statement cancelled mid-flight leaves its connection
    in a state SQLAlchemy cannot know, so it throws that pooled connection away, and every such sibling cost a new
    PostgreSQL connection. Shielded, the read ends as usual and its session returns the connection; only its
    answer is dropped. A read takes no locks and changes nothing, so finishing it is harmless.
    """
    task = asyncio.ensure_future(read)
    _UNFINISHED.add(task)
    task.add_done_callback(_ended)
    return await asyncio.shield(task)


def _ended(task: asyncio.Task[Any]) -> None:
    _UNFINISHED.discard(task)
    if not task.cancelled():
        task.exception()  # marked retrieved: the awaiting field raised it, or was cancelled and drops it


@dataclass(frozen=True, slots=True)
class Children:
    """How to find a model's rows under a parent: `parent_key` IN (ids), ordered by `order_by`.

    `join` adds a link table when the parent is reached through one (job → invoices via invoice_job).
    """

    name: str
    model: type[Any]
    parent_key: Any
    order_by: tuple[Any, ...]
    join: tuple[Any, Any] | None = None
    where: Any = None


@dataclass
class Loaders:
    """The request's loaders; a loader caches per request, so one object is read once per request."""

    viewer: Viewer
    sessions: async_sessionmaker[AsyncSession]
    _by_id: dict[type[Any], DataLoader[int, Any]] = field(default_factory=dict)
    _pages: dict[str, DataLoader[tuple[int, Window], Page[Any]]] = field(default_factory=dict)
    _lists: dict[str, DataLoader[int, list[Any]]] = field(default_factory=dict)
    _values: dict[str, DataLoader[Any, Any]] = field(default_factory=dict)

    def by_id(self, model: type[M]) -> DataLoader[int, M | None]:
        """Rows by primary key, as the viewer may read them (None for missing or out of scope)."""
        loader = self._by_id.get(model)
        if loader is None:

            async def load(ids: list[int]) -> list[Any]:
                statement = sa.select(model).where(
                    model.id.in_(ids),  # type: ignore[attr-defined]
                    readable_condition(self.viewer, model),
                )
                rows = await self.fetch_all(statement)
                found = {row.id: row for row in rows}
                return [found.get(key) for key in ids]

            loader = self._by_id[model] = DataLoader(load_fn=load)
        return loader

    def page(self, children: Children) -> DataLoader[tuple[int, Window], Page[Any]]:
        """A page of children per parent, for all parents of a level in one windowed statement."""
        loader = self._pages.get(children.name)
        if loader is None:

            async def load(keys: list[tuple[int, Window]]) -> list[Page[Any]]:
                by_window: dict[Window, list[int]] = defaultdict(list)
                for parent_id, window in keys:
                    by_window[window].append(parent_id)
                pages: dict[tuple[int, Window], Page[Any]] = {}
                for window, parent_ids in by_window.items():
                    pages.update(await self._load_pages(children, window, parent_ids))
                return [pages[key] for key in keys]

            loader = self._pages[children.name] = DataLoader(load_fn=load)
        return loader

    def all_children(self, children: Children) -> DataLoader[int, list[Any]]:
        """Every child per parent, for short bounded lists (job lines, checklist, status history)."""
        loader = self._lists.get(children.name)
        if loader is None:

            async def load(parent_ids: list[int]) -> list[list[Any]]:
                parent = children.parent_key.label("parent_id")
                statement = sa.select(children.model, parent).where(
                    children.parent_key.in_(parent_ids), readable_condition(self.viewer, children.model)
                )
                if children.join is not None:
                    statement = statement.join(*children.join)
                if children.where is not None:
                    statement = statement.where(children.where)
                statement = statement.order_by(*children.order_by)
                grouped: dict[int, list[Any]] = defaultdict(list)
                for row, parent_id in await self.fetch_rows(statement):
                    grouped[parent_id].append(row)
                return [grouped.get(parent_id, []) for parent_id in parent_ids]

            loader = self._lists[children.name] = DataLoader(load_fn=load)
        return loader

    def values(self, name: str, statement_for: Any, default: Any = None) -> DataLoader[Any, Any]:
        """A computed value per key: `statement_for(keys)` selects (key, value) rows."""
        loader = self._values.get(name)
        if loader is None:

            async def load(keys: list[Any]) -> list[Any]:
                found = dict((key, value) for key, value in await self.fetch_rows(statement_for(keys)))
                return [found.get(key, default) for key in keys]

            loader = self._values[name] = DataLoader(load_fn=load)
        return loader

    async def _load_pages(self, children: Children, window: Window, parent_ids: list[int],
                          ) -> dict[tuple[int, Window], Page[Any]]:
        parent = children.parent_key
        inner = sa.select(
            children.model,
            parent.label("parent_id"),
            sa.func.row_number().over(partition_by=parent, order_by=children.order_by).label("position"),
            sa.func.count().over(partition_by=parent).label("total"),
        ).where(parent.in_(parent_ids), readable_condition(self.viewer, children.model))
        if children.join is not None:
            inner = inner.join(*children.join)
        if children.where is not None:
            inner = inner.where(children.where)
        subquery = inner.subquery()
        row_alias = aliased(children.model, subquery)
        statement = (
            sa.select(row_alias, subquery.c.parent_id, subquery.c.total)
            .where(subquery.c.position > window.offset, subquery.c.position <= window.offset + window.limit + 1)
            .order_by(subquery.c.parent_id, subquery.c.position)
        )
        grouped: dict[int, list[Any]] = defaultdict(list)
        totals: dict[int, int] = {}
        for row, parent_id, total in await self.fetch_rows(statement):
            grouped[parent_id].append(row)
            totals[parent_id] = total
        return {
            (parent_id, window): page_of(grouped.get(parent_id, []), window, totals.get(parent_id, 0))
            for parent_id in parent_ids
        }

    async def fetch_all(self, statement: Any) -> list[Any]:
        return await to_the_end(self._fetch_all(statement))

    async def fetch_rows(self, statement: Any) -> Sequence[Any]:
        return await to_the_end(self._fetch_rows(statement))

    async def _fetch_all(self, statement: Any) -> list[Any]:
        async with self.sessions() as session:
            return list((await session.execute(statement)).scalars().all())

    async def _fetch_rows(self, statement: Any) -> Sequence[Any]:
        async with self.sessions() as session:
            return (await session.execute(statement)).all()


def page_of(rows: list[M], window: Window, total_count: int) -> Page[M]:
    """Trim the one look-ahead row fetched to learn whether a next page exists."""
    return Page(
        rows=rows[: window.limit],
        offset=window.offset,
        total_count=total_count,
        has_next_page=len(rows) > window.limit,
    )


async def root_page(sessions: async_sessionmaker[AsyncSession], statement: sa.Select[Any], window: Window,
                    ) -> Page[Any]:
    """A root connection's page and its total in one statement (`count(*) OVER ()`)."""
    counted = statement.add_columns(sa.func.count().over().label("total")).offset(window.offset).limit(
        window.limit + 1
    )
    result, total = await to_the_end(_root_rows(sessions, counted, statement, window))
    if total is not None:
        return Page(rows=[], offset=window.offset, total_count=total, has_next_page=False)
    rows = [row[0] for row in result]
    total_count = result[0].total if result else 0
    return page_of(rows, window, total_count)


async def _root_rows(sessions: async_sessionmaker[AsyncSession], counted: sa.Select[Any], statement: sa.Select[Any],
                     window: Window) -> tuple[Sequence[Any], int | None]:
    """The counted page's rows; past the end (no rows at an offset), also the total, counted on its own."""
    async with sessions() as session:
        result = (await session.execute(counted)).all()
        if not result and window.offset > 0:
            total = (await session.execute(sa.select(sa.func.count()).select_from(statement.subquery()))).scalar_one()
            return result, total
    return result, None
