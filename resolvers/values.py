"""Small values every write rule shares: a typed address, and KEEP for "this field was not given"."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Literal


class Keep(enum.Enum):
    """An update field left as it is (the input did not mention it), as opposed to None (clear it)."""

    KEEP = "KEEP"


KEEP: Literal[Keep.KEEP] = Keep.KEEP


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address as typed (cleaned by the rule that stores it)."""

    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None
