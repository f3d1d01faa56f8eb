"""Errors we raise on purpose: safe to show as they are, also in production (not masked)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from graphql import GraphQLError

from models.problems import Forbidden


class PublicError(GraphQLError):
    """A deliberate error whose message is written for the user and reveals nothing internal: it passes error
    masking in production (`app.limits.errors`). Its `code` ends up in `extensions.code`, e.g.
    ``raise PublicError("This invoice is already paid.", code="INVOICE_PAID")``."""

    code: ClassVar[str] = "BAD_REQUEST"

    def __init__(self, message: str, *, code: str | None = None, extensions: Mapping[str, Any] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(message, extensions={**(extensions or {}), "code": code or type(self).code}, **kwargs)


class NotAuthenticated(PublicError):
    code = "UNAUTHENTICATED"


def access_denied(denied: Forbidden) -> PublicError:
    """The one GraphQL error for access denied (`extensions.code` FORBIDDEN), whoever raised the `Forbidden`:
    a mutation's declared permission or a business rule."""
    return PublicError(denied.message, code="FORBIDDEN")
