"""The one way a mutation is written.

A mutation is its input type, a body that calls one business function, and a payload implementing
`MutationPayload`; `@mutation(permission=..., description=...)` owns everything else:

* the declared permission (a class from `auth.permissions`), checked before anything runs;
* the one transaction: committed once when the body returns, rolled back when it raises;
* business failures (`models.problems.UserInputError`) → the payload's `userErrors`, every path below `input`;
* `models.problems.Forbidden` (from the permission or a business rule) → the one FORBIDDEN GraphQL error;
* input ids: `input_id`/`input_ids` decode global ids, reporting NOT_FOUND at `["input", "<argument>"]`
  (and `["input", "<argument>", "<index>"]` in lists), the argument's name read from the schema.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Self, TypeVar, get_type_hints

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.permission import BasePermission
from strawberry.types.base import get_object_definition
from strawberry.types.field import StrawberryField
from strawberry.utils.str_converters import to_camel_case

from auth.viewer import Viewer
from models.problems import Forbidden, Path, Problem, ProblemCode, UserInputError, not_found
from resolvers.transactions import run_in_transaction
from schema.context import Context, Info
from schema.enums import UserErrorCode
from schema.errors import access_denied
from schema.relay import WrongId, decode_global_id

InputT = TypeVar("InputT")
PayloadT = TypeVar("PayloadT", bound="MutationPayload")

INPUT = "input"
PERMISSION = "permission"
"""The key of a mutation field's `metadata` that holds its declared permission class."""


@strawberry.type(description="An expected failure: which input field, a code, and what to fix.")
class UserError:
    field: list[str] | None = strawberry.field(
        description="Path to the input field at fault, if one is: always starts with \"input\".")
    code: UserErrorCode = strawberry.field(description="Machine-readable reason.")
    message: str = strawberry.field(description="What went wrong and how to fix it, for a person.")


def user_errors(problems: Sequence[Problem]) -> list[UserError]:
    """Problems as `userErrors`: a field path is always below the mutation's `input` argument."""
    return [UserError(field=_input_path(problem.field), code=problem.code, message=problem.message)
            for problem in problems]


def _input_path(path: Path | None) -> list[str] | None:
    if path is None:
        return None
    return list(path) if path[:1] == (INPUT,) else [INPUT, *path]


@strawberry.interface(description="What every mutation returns: the changed objects, or `userErrors` saying what "
                                  "to fix (then nothing was saved).")
class MutationPayload:
    user_errors: list[UserError] = strawberry.field(
        default_factory=list, description="What to fix; empty when it worked.")

    @classmethod
    def refused(cls, problems: Sequence[Problem]) -> Self:
        """The payload of a refused mutation: its `userErrors`, every other field at its default or null."""
        unset = {field.name: None for field in dataclasses.fields(cls)  # type: ignore[arg-type]
                 if field.name != "user_errors" and field.default is dataclasses.MISSING
                 and field.default_factory is dataclasses.MISSING}
        return cls(**unset, user_errors=user_errors(problems))


@dataclass(frozen=True, slots=True)
class Call:
    """What a mutation's body gets: the request's context, and the one transaction's session and viewer."""

    info: Info
    session: AsyncSession
    viewer: Viewer

    @property
    def context(self) -> Context:
        return self.info.context


Body = Callable[[Call, InputT], Awaitable[PayloadT]]


def mutation(*, permission: type[BasePermission], description: str,
             ) -> Callable[[Body[Any, Any]], StrawberryField]:
    """Make `body(call, input) -> Payload` a mutation field; see the module's docstring for what it owns."""

    def register(body: Body[Any, Any]) -> StrawberryField:
        hints = get_type_hints(body, include_extras=True)
        payload_type: type[MutationPayload] = hints["return"]
        parameters = list(inspect.signature(body).parameters.values())
        if len(parameters) != 2 or parameters[1].name != INPUT:
            raise TypeError(f"{body.__qualname__} must take (call, input)")
        if not (isinstance(payload_type, type) and issubclass(payload_type, MutationPayload)):
            raise TypeError(f"{body.__qualname__} must return a MutationPayload")

        async def resolve(info: Info, input: Any) -> Any:
            try:
                allowed = permission().has_permission(None, info)
                if not (await allowed if inspect.isawaitable(allowed) else allowed):
                    raise Forbidden(permission.message or "You may not do this.")
                return await run_in_transaction(info.context.sessions, info.context.viewer,
                                                lambda session, viewer: body(Call(info, session, viewer), input))
            except UserInputError as error:
                return payload_type.refused(error.problems)
            except Forbidden as denied:
                raise access_denied(denied) from None

        resolve.__name__ = body.__name__
        resolve.__qualname__ = body.__qualname__
        resolve.__module__ = body.__module__
        resolve.__doc__ = body.__doc__
        input_parameter = parameters[1].replace(annotation=hints[INPUT])
        resolve.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [inspect.Parameter("info", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Info), input_parameter],
            return_annotation=payload_type)
        resolve.__annotations__ = {"info": Info, INPUT: hints[INPUT], "return": payload_type}
        field: StrawberryField = strawberry.mutation(resolver=resolve, description=description,
                                                     metadata={PERMISSION: permission})
        return field

    return register


# --- input ids -----------------------------------------------------------------------------------------------


def input_path(source: object, name: str, at: Path = ()) -> Path:
    """`("input", *at, "<argumentName>")` for the attribute `name` of an input object (its GraphQL name)."""
    definition = get_object_definition(type(source), strict=True)
    for field in definition.fields:
        if field.python_name == name:
            return (INPUT, *at, field.graphql_name or to_camel_case(name))
    raise AttributeError(f"{type(source).__name__} has no input field {name!r}")


def _what(type_name: str) -> str:
    """`ApiToken` → "API token"-like words for messages: `CorrectionRequest` → "correction request"."""
    words = "".join(f" {ch.lower()}" if ch.isupper() else ch for ch in type_name).strip()
    return words.replace("api token", "API token")


def input_id(source: object, name: str, type_name: str, *, at: Path = ()) -> int:
    """The database id in the global id at `source.name`; NOT_FOUND at its input path for another type's id."""
    try:
        return decode_global_id(getattr(source, name), type_name)
    except WrongId:
        raise not_found(input_path(source, name, at), _what(type_name)) from None


def optional_input_id(source: object, name: str, type_name: str, *, at: Path = ()) -> int | None:
    """`input_id`, where the argument may be null (then None)."""
    return None if getattr(source, name) is None else input_id(source, name, type_name, at=at)


def input_ids(source: object, name: str, type_name: str, *, at: Path = ()) -> list[int]:
    """The database ids of a list of global ids; every wrong one reported, each NOT_FOUND at its index."""
    path = input_path(source, name, at)
    ids: list[int] = []
    problems: list[Problem] = []
    for index, value in enumerate(getattr(source, name)):
        try:
            ids.append(decode_global_id(value, type_name))
        except WrongId:
            problems.append(Problem((*path, str(index)), ProblemCode.NOT_FOUND,
                                    f"No {_what(type_name)} with this id. Check the id and try again."))
    if problems:
        raise UserInputError(problems)
    return ids


def optional_input_ids(source: object, name: str, type_name: str, *, at: Path = ()) -> list[int] | None:
    """`input_ids`, where the argument may be null (then None)."""
    return None if getattr(source, name) is None else input_ids(source, name, type_name, at=at)

