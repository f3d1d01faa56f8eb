"""Offset windows for cursor connections, and the one place page size is capped."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Generic, TypeVar

from app.settings import get_settings

T = TypeVar("T")
DEFAULT_PAGE_SIZE = 20
CURSOR_PREFIX = "offset:"


class InvalidCursor(ValueError):
    """An `after` cursor we did not hand out."""


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{CURSOR_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        if not text.startswith(CURSOR_PREFIX):
            raise ValueError(text)
        offset = int(text[len(CURSOR_PREFIX):])
    except (ValueError, UnicodeDecodeError) as error:
        raise InvalidCursor(f"Invalid cursor {cursor!r}: pass a cursor from a previous page.") from error
    if offset < 0:
        raise InvalidCursor(f"Invalid cursor {cursor!r}: pass a cursor from a previous page.")
    return offset


@dataclass(frozen=True, slots=True)
class Window:
    """Rows `offset` to `offset + limit` of an ordered list (one more is fetched to know if more exist)."""

    offset: int
    limit: int

    @classmethod
    def of(cls, first: int | None, after: str | None) -> Window:
        cap = get_settings().max_page_size
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
