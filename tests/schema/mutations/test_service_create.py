"""serviceCreate: the owner adds a catalog service; names are unique ignoring case; prices are exact; nobody
else may."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Activity
from tests import factories
from tests.factories_jobs import mutate, only_error
from tests.factories_setup import assert_forbidden_to_all_but_the_owner, setup_state

Sessions = async_sessionmaker[AsyncSession]
SELECTION = "service { id name description defaultPrice { amount cents } taxable active checklistTemplate { label } }"
CREATE = f"""mutation ($input: ServiceCreateInput!) {{
  serviceCreate(input: $input) {{ {SELECTION} userErrors {{ field code message }} }} }}"""


async def create(sessions: Sessions, fields: dict[str, Any]) -> dict[str, Any]:
    return await mutate(sessions, factories.owner(), "serviceCreate", "ServiceCreateInput", fields, SELECTION)


async def test_the_owner_adds_a_service_to_the_catalog(sessions: Sessions) -> None:
    # when the owner adds a service with a price in dollars
    payload = await create(sessions, {"name": "  Deep   clean ", "defaultPrice": "189.50",
                                      "description": "Kitchen, baths, baseboards", "taxable": False})

    # then it is in the catalog, priced in cents, active, with no checklist yet
    assert payload["userErrors"] == []
    assert {key: value for key, value in payload["service"].items() if key != "id"} == {
        "name": "Deep clean", "description": "Kitchen, baths, baseboards",
        "defaultPrice": {"amount": "189.50", "cents": 18_950}, "taxable": False, "active": True,
        "checklistTemplate": []}
    # and the trail records it
    async with sessions() as check:
        [entry] = (await check.execute(sa.select(Activity))).scalars().all()
    assert (entry.verb, entry.subject_type, entry.details["default_price_cents"]) == ("service.created", "Service",
                                                                                        18_950)


@pytest.mark.parametrize(("fields", "field", "code"), [
    ({"name": "  "}, ["input", "name"], "REQUIRED"),
    ({"name": "x" * 121}, ["input", "name"], "INVALID"),
    ({"defaultPrice": "-1"}, ["input", "defaultPrice"], "INVALID"),
    ({"defaultPrice": "12.345"}, ["input", "defaultPrice"], "INVALID"),
    ({"defaultPrice": "100000000"}, ["input", "defaultPrice"], "INVALID"),
    ({"description": "x" * 2001}, ["input", "description"], "INVALID"),
    ({"name": "WINDOWS"}, ["input", "name"], "CONFLICT"),
])
async def test_bad_input_is_refused_and_nothing_changes(sessions: Sessions, session: AsyncSession,
                                                        fields: dict[str, Any], field: list[str], code: str) -> None:
    # given a service named Windows
    await factories.service(session, name="Windows")
    await session.commit()
    before = await setup_state(sessions)
    # when the owner adds a bad one, then it is refused and nothing changes
    payload = await create(sessions, {"name": "Oven", "defaultPrice": "40", **fields})
    assert payload["service"] is None and only_error(payload) == (field, code)
    assert await setup_state(sessions) == before


async def test_nobody_but_the_owner_may_add_a_service(sessions: Sessions, session: AsyncSession) -> None:
    await assert_forbidden_to_all_but_the_owner(sessions, session, CREATE, {"input": {"name": "Oven",
                                                                                      "defaultPrice": "40"}})
