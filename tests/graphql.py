"""Running GraphQL operations in tests against the real schema, as a given viewer."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID

from adapters.files import FileStore
from adapters.payments import gateway_from_settings
from app.settings import get_settings
from auth.viewer import Viewer
from schema import build_schema
from schema.context import Context, build_context
from tests.factories import DEPLOYMENT

SCHEMA = build_schema()


def context_for(viewer: Viewer, sessions: async_sessionmaker[AsyncSession]) -> Context:
    """A request's context wired as the app wires it: the tests' deployment, and the file store and payment
    gateway from the environment's settings (read now, so a test that changes `STRIPE_*` or `FILES_DIR` and
    clears the settings cache sees its change)."""
    settings = get_settings()
    return build_context(viewer, sessions, deployment=DEPLOYMENT, files=FileStore(settings.uploads_dir),
                         payments=gateway_from_settings(settings))


async def execute(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, query: str,
                  variables: dict[str, Any] | None = None, *, schema: strawberry.Schema = SCHEMA) -> dict[str, Any]:
    """Execute and return `data`, failing the test with the errors if there are any."""
    result = await schema.execute(query, variable_values=variables,
                                  context_value=context_for(viewer, sessions))
    assert result.errors is None, [error.formatted for error in result.errors]
    assert result.data is not None
    return result.data


async def execute_raw(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, query: str,
                      variables: dict[str, Any] | None = None, *, schema: strawberry.Schema = SCHEMA) -> Any:
    """Execute and return the whole result (data and errors) for tests that expect errors."""
    return await schema.execute(query, variable_values=variables, context_value=context_for(viewer, sessions))


def gid(type_name: str, row: Any) -> str:
    """The global id of a row as the API shows it."""
    return str(GlobalID(type_name, str(row.id)))
