"""Which errors a client may read: the ones written for it, and nothing about our internals.

A resolver's ``KeyError``, a database error or a bug must never show SQL, values or tracebacks to the
client; a refusal we wrote on purpose (a limit, a permission, a business rule raised as
`schema.errors.PublicError`) must reach it as written. :class:`PublicErrorMask` is strawberry's own ``MaskErrors``
with that rule, used in production only.
"""

from __future__ import annotations

import re
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

from schema.errors import PublicError

_SUGGESTION = re.compile(r"\s*Did you mean\b.*$", re.DOTALL)


def limit_error(message: str, code: str, nodes: Any = None, **extra: Any) -> GraphQLError:
    """A refusal of the request itself (no ``original_error``), with a machine-readable ``code``."""
    return GraphQLError(message, nodes, extensions={"code": code, **extra})


def is_public_error(error: GraphQLError, public_types: tuple[type[BaseException], ...] = ()) -> bool:
    """Whether ``error``'s message may be shown to the client as it is.

    * no ``original_error``: graphql-core (or one of our rules) produced it about the request itself:
      syntax, validation, variable coercion, limits;
    * the original error is a :class:`PublicError`, or one of ``public_types``;
    * the original error is a ``GraphQLError`` raised deliberately with an ``extensions.code``;
    * the original error is a ``GraphQLError`` and the error has no ``path``: graphql-core reporting on the
      request before execution, e.g. a variable whose value doesn't coerce (``original_error`` is the
      coercion's error).

    Anything else (a ``KeyError`` in a resolver, a database error, a bug, an output value graphql-core can't
    serialise) is not.
    """
    original = error.original_error
    if original is None:
        return True
    if isinstance(original, PublicError) or (public_types and isinstance(original, public_types)):
        return True
    if isinstance(original, GraphQLError):
        return error.path is None or isinstance((original.extensions or {}).get("code"), str)
    return False


def strip_suggestions(message: str) -> str:
    """``"Cannot query field 'nme' on type 'Query'. Did you mean 'name'?"`` → ``"... type 'Query'."``"""
    return _SUGGESTION.sub("", message)


class PublicErrorMask(MaskErrors):
    """Strawberry's ``MaskErrors``, letting public errors through (see :func:`is_public_error`).

    Masked errors become ``"Unexpected error."`` with ``extensions.code = "INTERNAL_SERVER_ERROR"``: no
    traceback, no exception text, no internal extensions (strawberry still logs the original error first).
    Suggestions ("Did you mean ...?") are removed from the public ones, for the errors graphql-core makes
    during execution (e.g. an unknown enum value in a variable), which ``hide_suggestions`` does not reach.
    """

    def __init__(self, public_types: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__(should_mask_error=lambda error: not is_public_error(error, public_types))

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR"}
        return masked

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        return [_without_suggestions(error) for error in super()._process_errors(errors)]


def _without_suggestions(error: GraphQLError) -> GraphQLError:
    message = strip_suggestions(error.message)
    if message == error.message:
        return error
    return GraphQLError(message, error.nodes, error.source, error.positions, error.path, error.original_error,
                        error.extensions)
