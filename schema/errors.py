"""Errors we raise on purpose: safe to show as they are, also in production (not masked)."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError

from models.problems import Forbidden


class PublicError(GraphQLError):
    """A deliberate error whose message is written for the user and reveals nothing internal."""

    code = "BAD_REQUEST"

    def __init__(self, message: str, *, code: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, extensions={"code": code or self.code}, **kwargs)


class NotAuthenticated(PublicError):
    code = "UNAUTHENTICATED"


def access_denied(denied: Forbidden) -> PublicError:
    """The one GraphQL error for access denied (`extensions.code` FORBIDDEN), whoever raised the `Forbidden`:
    a mutation's declared permission or a business rule."""
    return PublicError(denied.message, code="FORBIDDEN")
