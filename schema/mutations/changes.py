"""Update inputs: a field left out (UNSET) keeps the stored value; anything given (null too) is the change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import strawberry

from resolvers.values import KEEP, Keep

T = TypeVar("T")
U = TypeVar("U")


def given(value: Any) -> Any:
    """The change, or KEEP when the field was left out."""
    return KEEP if value is strawberry.UNSET else value


def changed(value: T | None, convert: Callable[[T], U]) -> U | Keep | None:
    """KEEP when left out, None when null, else the converted value."""
    if value is strawberry.UNSET:
        return KEEP
    return None if value is None else convert(value)


def given_list(values: list[T] | None) -> list[T] | Keep:
    """A whole new list (null clears it, as []), or KEEP when left out."""
    return KEEP if values is strawberry.UNSET else list(values or [])
