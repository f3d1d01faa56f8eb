"""The schema as the server runs it: the same SDL plus the per-request limits of the endpoint."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncEngine
from strawberry.exceptions import StrawberryInputCoercionError

from app.compiled import CompiledReads
from app.limits import DocumentCache, limit_extensions, viewer_is_staff
from app.settings import Settings
from schema import build_schema

PUBLIC_EXCEPTION_TYPES: tuple[type[BaseException], ...] = (StrawberryInputCoercionError,)
"""Errors meant for the client even when raised during execution: an argument strawberry could not convert,
such as a malformed global id (`Value cannot represent a GlobalID: "…"`), is the caller's mistake."""


def build_server_schema(settings: Settings, *,
                        autocommit: Callable[[], AsyncEngine | None] | None = None) -> strawberry.Schema:
    """The served schema. Its documents are parsed, validated and priced once each (`app.limits.documents`):
    the cache belongs to this schema and lives as long as it. With `settings.compiled_reads`, compilable
    queries are answered by one SQL statement each (`app.compiled`; `autocommit` gives the engine to run it on
    without a transaction, when there is one)."""
    extensions: list[Any] = list(limit_extensions(production=settings.is_production,
                                                  allow_introspection=viewer_is_staff,
                                                  public_exception_types=PUBLIC_EXCEPTION_TYPES,
                                                  documents=DocumentCache()))
    if settings.compiled_reads:
        extensions.append(CompiledReads.factory(autocommit=autocommit))
    return build_schema(extensions=extensions)
