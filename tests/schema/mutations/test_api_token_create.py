"""apiTokenCreate: the office issues a token (shown once) that acts as a customer user with a scope."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.authenticate import viewer_for_request
from auth.sessions import hash_token
from models import ApiToken
from models.enums import Role
from tests import factories
from tests.auth.helpers import data, database_id, fresh_rate_limits, reload, run, snapshot
from tests.graphql import gid

__all__ = ["fresh_rate_limits"]

Sessions = async_sessionmaker[AsyncSession]
CREATE = """
mutation ($input: ApiTokenCreateInput!) {
  apiTokenCreate(input: $input) {
    token
    apiToken { id name prefix finances active lastUsedAt revokedAt customer { displayName } properties { name } }
    userErrors { field code message }
  }
}"""


async def test_issues_a_token_shown_once_that_acts_as_the_customer(sessions: Sessions,
                                                                   session: AsyncSession) -> None:
    # given a property manager with two buildings
    customer = await factories.customer(session, display_name="Harbor PM")
    tower = await factories.property_(session, customer, name="Tower")
    await factories.property_(session, customer, name="Annex")
    await session.commit()
    # when the office issues a token for the Tower, without finances
    result = await data(sessions, CREATE, {"input": {"customerId": gid("Customer", customer), "name": " PM sync ",
                                                     "finances": False, "propertyIds": [gid("Property", tower)]}},
                        viewer=factories.office())
    payload = result["apiTokenCreate"]
    token = payload["token"]
    # then the token is returned once, stored hashed, recognisable by its prefix
    assert payload["userErrors"] == [] and token.startswith("dop_") and len(token) > 40
    assert payload["apiToken"] | {"id": None} == {
        "id": None, "name": "PM sync", "prefix": token[:12], "finances": False, "active": True, "lastUsedAt": None,
        "revokedAt": None, "customer": {"displayName": "Harbor PM"}, "properties": [{"name": "Tower"}]}
    row = await reload(sessions, ApiToken, database_id(payload["apiToken"]["id"]))
    assert row.token_hash == hash_token(token)
    # and a request with it is a customer viewer with that scope
    async with sessions() as s, s.begin():
        viewer = await viewer_for_request(s, session_token=None, bearer_token=token)
    assert (viewer.role, viewer.customer_id, viewer.finances, viewer.property_ids) == (
        Role.CUSTOMER, customer.id, False, frozenset({tower.id}))


@pytest.mark.parametrize(("fields", "expected"), [
    ({"name": "  "}, [(["input", "name"], "REQUIRED")]),
    ({"name": "x" * 101}, [(["input", "name"], "INVALID")]),
    ({"customerId": "Q3VzdG9tZXI6OTk5OTk="}, [(["input", "customerId"], "NOT_FOUND")]),
])
async def test_bad_input_is_refused_and_nothing_changes(sessions: Sessions, session: AsyncSession,
                                                        fields: dict[str, Any], expected: list[Any]) -> None:
    customer = await factories.customer(session)
    await session.commit()
    before = await snapshot(sessions)
    result = await data(sessions, CREATE, {"input": {"customerId": gid("Customer", customer), "name": "PM",
                                                     "finances": True, **fields}}, viewer=factories.office())
    assert result["apiTokenCreate"]["token"] is None
    assert [(e["field"], e["code"]) for e in result["apiTokenCreate"]["userErrors"]] == expected
    assert await snapshot(sessions) == before


async def test_another_customers_property_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    customer, other = await factories.customer(session), await factories.customer(session)
    elsewhere = await factories.property_(session, other)
    await session.commit()
    before = await snapshot(sessions)
    result = await data(sessions, CREATE, {"input": {"customerId": gid("Customer", customer), "name": "PM",
                                                     "finances": True, "propertyIds": [gid("Property", elsewhere)]}},
                        viewer=factories.office())
    assert [(e["field"], e["code"]) for e in result["apiTokenCreate"]["userErrors"]] == [
        (["input", "propertyIds"], "NOT_FOUND")]
    assert await snapshot(sessions) == before


async def test_only_the_office_issues_tokens(sessions: Sessions, session: AsyncSession) -> None:
    customer = await factories.customer(session)
    await session.commit()
    result = await run(sessions, CREATE, {"input": {"customerId": gid("Customer", customer), "name": "PM",
                                                    "finances": True}}, viewer=factories.client_of(customer))
    assert result.errors and result.errors[0].extensions == {"code": "FORBIDDEN"}


async def test_a_merged_customer_gets_no_new_tokens(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer merged into another
    survivor = await factories.customer(session)
    merged = await factories.customer(session, merged_into_id=survivor.id)
    await session.commit()
    before = await snapshot(sessions)

    # when the office issues a token for the merged one
    result = await data(sessions, CREATE, {"input": {"customerId": gid("Customer", merged), "name": "PM",
                                                     "finances": True}}, viewer=factories.office())

    # then it is refused and nothing changed
    assert result["apiTokenCreate"]["token"] is None
    assert [(e["field"], e["code"]) for e in result["apiTokenCreate"]["userErrors"]] == [
        (["input", "customerId"], "CONFLICT")]
    assert await snapshot(sessions) == before
