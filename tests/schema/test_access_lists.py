"""The office's access panel reads: `users` (portal users for the office, staff too for the owner) and
`apiTokens`, paged with their totals; everyone else is refused."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.tokens import create_api_token
from auth.viewer import Viewer
from models.base import utc_now
from models.enums import Role
from tests import factories
from tests.graphql import execute, execute_raw, gid

Sessions = async_sessionmaker[AsyncSession]

USERS = """query ($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { username role active finances customer { displayName } properties { name } }
  }
}"""
TOKENS = """query ($filter: ApiTokenFilter) {
  apiTokens(filter: $filter) { totalCount nodes { name active customer { displayName } } }
}"""


def names(result: dict[str, Any]) -> list[str]:
    return [row["username"] for row in result["users"]["nodes"]]


async def _people(session: AsyncSession) -> dict[str, object]:
    harbor = await factories.customer(session, display_name="Harbor Property Management")
    maple = await factories.customer(session, display_name="Maple Dental")
    await factories.user(session, Role.CUSTOMER, username="harbor.ann", customer_id=harbor.id, finances=False)
    await factories.user(session, Role.CUSTOMER, username="harbor.bob", customer_id=harbor.id, active=False)
    await factories.user(session, Role.CUSTOMER, username="maple.front", customer_id=maple.id, name="Front desk")
    await factories.user(session, Role.OFFICE, username="office.olga")
    await session.commit()
    return {"harbor": harbor, "maple": maple}


async def test_the_office_lists_portal_users_and_not_staff(sessions: Sessions, session: AsyncSession) -> None:
    # given three portal users of two customers and an office user
    await _people(session)
    # when the office lists users
    result = await execute(sessions, factories.office(), USERS)
    # then it gets the portal users, by username, with their customer, and not the staff
    users = result["users"]
    assert users["totalCount"] == 3
    assert [(row["username"], row["customer"]["displayName"]) for row in users["nodes"]] == [
        ("harbor.ann", "Harbor Property Management"), ("harbor.bob", "Harbor Property Management"),
        ("maple.front", "Maple Dental")]


async def test_the_owner_lists_staff_users_by_role(sessions: Sessions, session: AsyncSession) -> None:
    await _people(session)
    result = await execute(sessions, factories.owner(), USERS, {"filter": {"roles": ["OWNER", "OFFICE", "EMPLOYEE"]}})
    assert [(row["username"], row["role"]) for row in result["users"]["nodes"]] == [("office.olga", "OFFICE")]


async def test_users_filter_by_customer_search_and_status(sessions: Sessions, session: AsyncSession) -> None:
    # given portal users of two customers
    people = await _people(session)
    office = factories.office()
    # when the office narrows the list by customer, by a piece of a customer's or person's name, by status
    by_customer = await execute(sessions, office, USERS, {"filter": {"customerId": gid("Customer", people["maple"])}})
    by_customer_name = await execute(sessions, office, USERS, {"filter": {"search": "harbor prop"}})
    by_name = await execute(sessions, office, USERS, {"filter": {"search": "FRONT DESK"}})
    disabled = await execute(sessions, office, USERS, {"filter": {"active": False}})
    literal = await execute(sessions, office, USERS, {"filter": {"search": "%"}})  # taken literally, not "any"
    # then each list holds exactly the users that match
    assert names(by_customer) == ["maple.front"]
    assert names(by_customer_name) == ["harbor.ann", "harbor.bob"]
    assert names(by_name) == ["maple.front"]
    assert names(disabled) == ["harbor.bob"]
    assert names(literal) == []


async def test_users_page_through_all_with_the_total(sessions: Sessions, session: AsyncSession) -> None:
    await _people(session)
    first = await execute(sessions, factories.office(), USERS, {"first": 2})
    rest = await execute(sessions, factories.office(), USERS,
                         {"first": 2, "after": first["users"]["pageInfo"]["endCursor"]})
    assert first["users"]["totalCount"] == rest["users"]["totalCount"] == 3
    assert first["users"]["pageInfo"]["hasNextPage"] is True
    assert [row["username"] for row in first["users"]["nodes"] + rest["users"]["nodes"]] == [
        "harbor.ann", "harbor.bob", "maple.front"]


async def test_api_tokens_newest_first_filtered_by_customer_and_state(sessions: Sessions,
                                                                     session: AsyncSession) -> None:
    # given two tokens for Harbor (one revoked) and one for Maple
    people = await _people(session)
    async with sessions() as s, s.begin():
        old, _ = await create_api_token(s, factories.office(), customer_id=people["harbor"].id, name="Old PM")  # type: ignore[attr-defined]
        old.revoked_at = utc_now()
        await create_api_token(s, factories.office(), customer_id=people["harbor"].id, name="PM software")  # type: ignore[attr-defined]
        await create_api_token(s, factories.office(), customer_id=people["maple"].id, name="Booking")  # type: ignore[attr-defined]
    office = factories.office()
    # when the office lists Harbor's tokens, and only the valid ones
    harbor = await execute(sessions, office, TOKENS, {"filter": {"customerId": gid("Customer", people["harbor"])}})
    valid = await execute(sessions, office, TOKENS, {"filter": {"customerId": gid("Customer", people["harbor"]),
                                                                "active": True}})
    # then the lists say how many there are and which still work
    assert harbor["apiTokens"]["totalCount"] == 2
    assert {(row["name"], row["active"]) for row in harbor["apiTokens"]["nodes"]} == {
        ("Old PM", False), ("PM software", True)}
    assert [row["name"] for row in valid["apiTokens"]["nodes"]] == ["PM software"]


@pytest.mark.parametrize("who", ["client", "field", "nobody"])
async def test_users_and_tokens_are_refused_outside_the_office(who: str, sessions: Sessions,
                                                               session: AsyncSession) -> None:
    # given users and someone outside the office
    people = await _people(session)
    viewer = {"client": factories.client_of(people["harbor"]),  # type: ignore[arg-type]
              "field": factories.field_worker(await factories.employee(session)),
              "nobody": Viewer()}[who]
    for query in (USERS, TOKENS):
        # when they ask for the lists
        result = await execute_raw(sessions, viewer, query)
        # then they are refused with nothing in `data`
        assert result.data is None
        assert [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"]
