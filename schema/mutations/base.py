"""How every mutation runs: one transaction, committed once, or rolled back with userErrors."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.relay import GlobalID

from auth.viewer import Viewer
from resolvers.errors import UserInputError, not_found
from resolvers.transactions import run_in_transaction
from schema.common import UserError, UserErrorCode
from schema.context import Info

T = TypeVar("T")


def user_errors(error: UserInputError) -> list[UserError]:
    return [
        UserError(field=list(problem.field) if problem.field else None, code=UserErrorCode(problem.code),
                  message=problem.message)
        for problem in error.problems
    ]


async def run_mutation(info: Info, work: Callable[[AsyncSession, Viewer], Awaitable[T]],
                       ) -> tuple[T | None, list[UserError]]:
    """Run `work` in one transaction. A UserInputError rolls everything back and becomes userErrors."""
    try:
        result = await run_in_transaction(info.context.sessions, info.context.viewer, work)
    except UserInputError as error:
        return None, user_errors(error)
    return result, []


def decode_id(global_id: GlobalID | str, type_name: str, field: str) -> int:
    """A global id of `type_name` to its database id; any other type's id is simply not found."""
    try:
        parsed = global_id if isinstance(global_id, GlobalID) else GlobalID.from_id(global_id)
        if parsed.type_name != type_name:
            raise ValueError(parsed.type_name)
        return int(parsed.node_id)
    except (ValueError, TypeError) as error:
        raise not_found(field, type_name[0].lower() + "".join(
            f" {ch.lower()}" if ch.isupper() else ch for ch in type_name[1:])) from error


def require(condition: bool, message: str = "You may not do this.") -> None:
    """Access checks for mutations: a plain GraphQL error, not a userError (DESIGN.md §6)."""
    if not condition:
        from schema.errors import PermissionDenied

        raise PermissionDenied(message)


Payload = Any
