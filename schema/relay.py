"""Relay plumbing: cursor connections with `totalCount`, `edges` and `nodes`, built from a Page."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import strawberry

from resolvers.pagination import Page, Window, encode_cursor
from schema.context import Info
from schema.errors import PublicError

NodeT = TypeVar("NodeT")


@strawberry.type(description="Where a page sits in the whole list.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether rows follow this page.")
    has_previous_page: bool = strawberry.field(description="Whether rows precede this page.")
    start_cursor: str | None = strawberry.field(description="Cursor of the first row of this page.")
    end_cursor: str | None = strawberry.field(description="Cursor of the last row; pass it as `after`.")


@strawberry.type(description="A row of a connection and its cursor.")
class Edge(Generic[NodeT]):
    cursor: str = strawberry.field(description="Opaque position of this row; pass it as `after`.")
    node: NodeT = strawberry.field(description="The row.")


@strawberry.type(description="A page of a list that can grow: `first`/`after` to page, `totalCount` for all.")
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]] = strawberry.field(description="The rows with their cursors.")
    nodes: list[NodeT] = strawberry.field(description="The rows alone (one level shallower than edges).")
    page_info: PageInfo = strawberry.field(description="Paging information.")
    total_count: int = strawberry.field(description="How many rows the whole list has.")


def connection(page: Page[Any]) -> Any:
    """The GraphQL connection of a page of models (the node types read the models' attributes)."""
    edges = [Edge(cursor=encode_cursor(page.offset + index), node=row) for index, row in enumerate(page.rows)]
    return Connection(
        edges=edges,
        nodes=list(page.rows),
        page_info=PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=page.total_count,
    )


def window(info: Info, first: int | None, after: str | None) -> Window:
    """The requested page, or an error the user can act on (too large a page, a foreign cursor)."""
    try:
        return Window.of(first, after, max_page_size=info.context.deployment.max_page_size)
    except ValueError as error:
        raise PublicError(str(error)) from None
