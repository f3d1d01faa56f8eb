"""Offset windows for cursor connections, and the one place page size is capped."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
DEFAULT_PAGE_SIZE = 20
CURSOR_PREFIX = "offset:"


class InvalidCursor(ValueError):
    """An `after` cursor we did not hand out."""


def encode_cursor(position: int, prefix: str = CURSOR_PREFIX) -> str:
    """The one cursor codec: an opaque `base64(prefix + position)`; each kind of list has its own prefix."""
    return base64.urlsafe_b64encode(f"{prefix}{position}".encode()).decode()


def decode_cursor(cursor: str, prefix: str = CURSOR_PREFIX, source: str = "a previous page") -> int:
    """The position behind a cursor of `encode_cursor(…, prefix)`; InvalidCursor for anything we did not hand
    out (`source` tells the client where a good one comes from)."""
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        if not text.startswith(prefix):
            raise ValueError(text)
        position = int(text[len(prefix):])
    except (ValueError, UnicodeDecodeError) as error:
        raise InvalidCursor(f"Invalid cursor {cursor!r}: pass a cursor from {source}.") from error
    if position < 0:
        raise InvalidCursor(f"Invalid cursor {cursor!r}: pass a cursor from {source}.")
    return position


@dataclass(frozen=True, slots=True)
class Window:
    """Rows `offset` to `offset + limit` of an ordered list (one more is fetched to know if more exist)."""

    offset: int
    limit: int

    @classmethod
    def of(cls, first: int | None, after: str | None, *, max_page_size: int) -> Window:
        """Rows after the `after` cursor, `first` of them (default DEFAULT_PAGE_SIZE, at most `max_page_size`)."""
        cap = max_page_size
        if first is not None and first < 0:
            raise ValueError("`first` must not be negative.")
        if first is not None and first > cap:
            raise ValueError(f"`first` may be at most {cap}; page through with `after`.")
        offset = decode_cursor(after) + 1 if after else 0
        return cls(offset=offset, limit=DEFAULT_PAGE_SIZE if first is None else first)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of rows, where it starts, and how many rows there are in all."""

    rows: list[T]
    offset: int
    total_count: int
    has_next_page: bool

    @property
    def has_previous_page(self) -> bool:
        return self.offset > 0
