"""Running GraphQL operations in tests against the real schema, as a given viewer."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.relay import GlobalID

from auth.viewer import Viewer
from schema import build_schema
from schema.context import build_context

SCHEMA = build_schema()


async def execute(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, query: str,
                  variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """Execute and return `data`, failing the test with the errors if there are any."""
    result = await SCHEMA.execute(query, variable_values=variables,
                                  context_value=build_context(viewer, sessions))
    assert result.errors is None, [error.formatted for error in result.errors]
    assert result.data is not None
    return result.data


async def execute_raw(sessions: async_sessionmaker[AsyncSession], viewer: Viewer, query: str,
                      variables: dict[str, Any] | None = None) -> Any:
    """Execute and return the whole result (data and errors) for tests that expect errors."""
    return await SCHEMA.execute(query, variable_values=variables, context_value=build_context(viewer, sessions))


def gid(type_name: str, row: Any) -> str:
    """The global id of a row as the API shows it."""
    return str(GlobalID(type_name, str(row.id)))
