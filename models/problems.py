"""Expected business failures, typed: raised by business rules, returned to the user as `userErrors`.

`ProblemCode` is the one list of reasons; the GraphQL `UserErrorCode` enum is generated from it
(`schema/enums.py`), so a code the schema does not know cannot be raised. `Forbidden` is the one
access-denied exception business code raises; the mutation pattern (`schema/mutations/base.py`) turns it into
one GraphQL error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum, auto
from typing import Any


class ProblemCode(StrEnum):
    """Why an input was refused. Each member's value is its name (the GraphQL enum value)."""

    @staticmethod
    def _generate_next_value_(name: str, start: int, count: int, last_values: list[Any]) -> str:
        return name

    INVALID = auto()
    """The value is malformed or out of range."""
    NOT_FOUND = auto()
    """No such object, or not one the viewer may see (the two are never told apart)."""
    REQUIRED = auto()
    """A value that must be given is missing or blank."""
    DUPLICATE_CANDIDATES = auto()
    """Another record looks like the same client; confirm to go on."""
    NOT_ALLOWED = auto()
    """The object's state (or a rate limit) does not allow this now."""
    CONFLICT = auto()
    """The change contradicts another record (taken name, linked already, merged)."""
    IDEMPOTENCY_KEY_REUSED = auto()
    """The idempotency key was already used for a request with different parameters: make a new key."""
    DUPLICATE_REFERENCE = auto()
    """A standing payment of the customer already has this method and reference: it would be recorded twice."""
    HAS_HISTORY = auto()
    """The record has history (jobs, invoices, payments…) and cannot be deleted: archive it instead."""


Path = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing to fix: which input field (a path below `input`), a typed code, a message for a person."""

    field: Path | None
    code: ProblemCode
    message: str
    data: Any = None


@dataclass
class UserInputError(Exception):
    """Raised by a business rule; the mutation's transaction is rolled back and the problems returned."""

    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def one(cls, field: str | Path | None, code: ProblemCode, message: str, data: Any = None) -> UserInputError:
        path = (field,) if isinstance(field, str) else field
        return cls([Problem(field=path, code=code, message=message, data=data)])

    def __str__(self) -> str:
        return "; ".join(problem.message for problem in self.problems)


class Forbidden(Exception):
    """Access denied: the viewer may see the object but may not do this. Never a userError, always one GraphQL
    error (FORBIDDEN), raised by business code and by a mutation's declared permission alike."""

    def __init__(self, message: str = "You may not do this.") -> None:
        super().__init__(message)
        self.message = message


def not_found(field: str | Path, what: str) -> UserInputError:
    """The same answer for "does not exist" and "not yours": scope must not be observable."""
    return UserInputError.one(field, ProblemCode.NOT_FOUND, f"No {what} with this id. Check the id and try again.")
