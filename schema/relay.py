"""Relay plumbing: cursor connections with `totalCount`, `edges` and `nodes`, built from a Page."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import strawberry
from strawberry.relay import GlobalID

from resolvers.pagination import Page, Window, encode_cursor
from schema.context import Info
from schema.errors import PublicError

NodeT = TypeVar("NodeT")

MAX_DATABASE_ID = 2**63 - 1
"""Rows are numbered by PostgreSQL `bigint`s: a larger number (in a global id or a download URL) names nothing."""


def database_id_in_range(number: int) -> bool:
    """Whether `number` can be a row's id at all (1 to 2⁶³−1); check before it reaches a query."""
    return 0 < number <= MAX_DATABASE_ID


def fits_bigint(number: int) -> bool:
    """Whether `number` can be compared with a `bigint` column (a larger one fails in the database)."""
    return -MAX_DATABASE_ID - 1 <= number <= MAX_DATABASE_ID


class WrongId(ValueError):
    """A value that is not a global id of the expected type (garbage, or another type's id)."""


def decode_global_id(value: GlobalID | str, expected_type: str) -> int:
    """The database id inside a global id of `expected_type`; `WrongId` for anything else.

    The one decoder: mutations (through `schema.mutations.base`), `node` and query arguments all use it."""
    try:
        parsed = value if isinstance(value, GlobalID) else GlobalID.from_id(value)
        if parsed.type_name != expected_type:
            raise WrongId(f"not a {expected_type} id")
        number = int(parsed.node_id)
    except (ValueError, TypeError) as error:
        raise WrongId(f"not a {expected_type} id") from error
    if not database_id_in_range(number):
        raise WrongId(f"not a {expected_type} id")
    return number


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
