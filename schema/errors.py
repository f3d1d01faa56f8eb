"""Errors we raise on purpose: safe to show as they are, also in production (not masked)."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError


class PublicError(GraphQLError):
    """A deliberate error whose message is written for the user and reveals nothing internal."""

    code = "BAD_REQUEST"

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, extensions={"code": self.code}, **kwargs)


class PermissionDenied(PublicError):
    code = "FORBIDDEN"


class NotAuthenticated(PublicError):
    code = "UNAUTHENTICATED"
