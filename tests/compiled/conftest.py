"""What the HTTP tests of the compiled read path arrange alike: an office session and a customer's page that
compiles (`office_page`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from auth.sessions import start_session
from models.enums import Role
from tests import factories
from tests.auth.helpers import staff_user
from tests.graphql import gid

PAGE = """query Page($id: ID!) { node(id: $id) { __typename id ... on Customer { displayName
  properties(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { name address { city } } } } } }"""
"""A customer's node with a page of its properties: all of it compiles."""


@dataclass(frozen=True)
class OfficePage:
    """An office user's session (its row's id, its bearer token) and the body asking `PAGE` for a customer whose
    name needs escaping in JSON and who has three properties, named B, A and C."""

    session_id: int
    token: str
    body: dict[str, Any]


@pytest.fixture
async def office_page(session: AsyncSession) -> OfficePage:
    office = await staff_user(session, Role.OFFICE, username="compiled-office")
    assert office.id is not None
    row, token = await start_session(session, office.id)
    owner = await factories.customer(session, display_name="Émile & Co \"quoted\"")
    for name in ("B", "A", "C"):
        await factories.property_(session, owner, name=name)
    await session.commit()
    assert row.id is not None
    return OfficePage(row.id, token, {"query": PAGE, "variables": {"id": gid("Customer", owner)}})
