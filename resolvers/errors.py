"""Expected business failures: raised by rules, returned to the user as `userErrors`, never committed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing to fix: which input field (a path), a code, and a message for a person."""

    field: tuple[str, ...] | None
    code: str
    message: str
    data: Any = None


@dataclass
class UserInputError(Exception):
    """Raised by a business rule; the mutation's transaction is rolled back and the problems returned."""

    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def one(cls, field: str | tuple[str, ...] | None, code: str, message: str, data: Any = None) -> UserInputError:
        path = (field,) if isinstance(field, str) else field
        return cls([Problem(field=path, code=code, message=message, data=data)])

    def __str__(self) -> str:
        return "; ".join(problem.message for problem in self.problems)


def not_found(field: str, what: str) -> UserInputError:
    """The same answer for "does not exist" and "not yours": scope must not be observable."""
    return UserInputError.one(field, "NOT_FOUND", f"No {what} with this id. Check the id and try again.")
