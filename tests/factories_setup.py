"""Helpers for the company set-up tests (company settings, employees, teams, services, checklist templates):
the viewers who may not set anything up, a snapshot of every set-up table, uploads for the logo, and a
files directory of the test's own."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.datastructures import UploadFile

from app.settings import get_settings
from auth.viewer import ANONYMOUS, Viewer
from models.enums import Role
from tests import factories
from tests.graphql import execute_raw

Sessions = async_sessionmaker[AsyncSession]

SETUP_TABLES = ("company", "employee", "team", "team_member", "service", "checklist_template_item", "app_user",
                "activity", "job", "job_line", "checklist_item", "invoice")
"""Every table a set-up mutation may write (and those it must never touch): compared around refused writes."""
USER_ERRORS = "userErrors { field code message }"


async def setup_state(sessions: Sessions, tables: tuple[str, ...] = SETUP_TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the set-up tables, in id order, read fresh: equal before and after = nothing changed."""
    state: dict[str, list[tuple[Any, ...]]] = {}
    async with sessions() as session:
        for table in tables:
            rows = await session.execute(sa.text(f'SELECT * FROM "{table}" ORDER BY id'))
            state[table] = [tuple(row) for row in rows]
    return state


@dataclass(frozen=True, slots=True)
class Refused:
    """A viewer who may not set up the company, named for the test id."""

    name: str
    viewer: Viewer


async def not_the_owner(session: AsyncSession) -> list[Refused]:
    """Everyone but the owner: office, a field employee, a client (with and without finances, limited to a
    property), an integration token, and nobody signed in."""
    customer = await factories.customer(session)
    place = await factories.property_(session, customer)
    worker = await factories.employee(session)
    return [
        Refused("office", Viewer(role=Role.OFFICE)),
        Refused("employee", factories.field_worker(worker)),
        Refused("client", factories.client_of(customer)),
        Refused("client without finances", factories.client_of(customer, finances=False)),
        Refused("property-limited client", factories.client_of(customer, property_ids=frozenset({place.id or 0}))),
        Refused("integration", Viewer(role=Role.CUSTOMER, customer_id=customer.id, api_token_id=1)),
        Refused("anonymous", ANONYMOUS),
    ]


async def assert_forbidden_to_all_but_the_owner(sessions: Sessions, session: AsyncSession, mutation: str,
                                                variables: dict[str, Any]) -> None:
    """Each viewer but the owner gets the one FORBIDDEN error for `mutation`, and nothing changes."""
    refused = await not_the_owner(session)
    await session.commit()
    before = await setup_state(sessions)
    for who in refused:
        result = await execute_raw(sessions, who.viewer, mutation, variables)
        assert result.errors, who.name
        assert [error.extensions for error in result.errors] == [{"code": "FORBIDDEN"}], (who.name, result.errors)
    assert await setup_state(sessions) == before


def upload(content: bytes, filename: str = "logo.png") -> UploadFile:
    """An uploaded file as the GraphQL multipart handler hands it to a resolver."""
    return UploadFile(file=io.BytesIO(content), filename=filename, size=len(content))


@pytest.fixture
def files_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """FILES_DIR for this test only: the API stores uploads there, and the PDF routes read them from there."""
    directory = tmp_path / "files"
    monkeypatch.setenv("FILES_DIR", str(directory))
    get_settings.cache_clear()
    yield directory
    monkeypatch.undo()
    get_settings.cache_clear()


def files_on_disk(root: Path) -> list[str]:
    if not root.exists():
        return []
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())
