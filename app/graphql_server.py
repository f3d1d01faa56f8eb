"""The schema as the server runs it: the same SDL plus the per-request limits of the endpoint."""

from __future__ import annotations

import strawberry

from app.graphql_limits import limit_extensions, viewer_is_staff
from app.settings import Settings
from schema import build_schema


def build_server_schema(settings: Settings) -> strawberry.Schema:
    return build_schema(extensions=list(limit_extensions(production=settings.is_production,
                                                         allow_introspection=viewer_is_staff)))
