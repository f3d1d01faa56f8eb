"""duplicateCandidates: search before create over GraphQL (on a schema with the query merged in)."""

from __future__ import annotations

from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from strawberry.tools import merge_types

from auth.viewer import Viewer
from models.enums import CustomerStatus
from schema import NODE_TYPES
from schema.context import build_context
from schema.duplicates import DuplicateQueries
from schema.mutations import Mutation
from schema.query import Query
from tests import factories
from tests.factories import DEPLOYMENT
from tests.factories_customers import CANDIDATE_FIELDS
from tests.graphql import gid

Sessions = async_sessionmaker[AsyncSession]
SCHEMA = strawberry.Schema(query=merge_types("Query", (Query, DuplicateQueries)), mutation=Mutation,
                           types=NODE_TYPES)
QUERY = f"""
query ($name: String, $billingName: String, $email: String, $phone: String) {{
  duplicateCandidates(name: $name, billingName: $billingName, email: $email, phone: $phone) {{
    {CANDIDATE_FIELDS}
  }}
}}
"""


async def _run(sessions: Sessions, viewer: Viewer, **typed: str) -> Any:
    return await SCHEMA.execute(QUERY, variable_values=typed, context_value=build_context(viewer, sessions,
                                                                                           deployment=DEPLOYMENT))


async def _candidates(sessions: Sessions, **typed: str) -> list[dict[str, Any]]:
    result = await _run(sessions, factories.office(), **typed)
    assert result.errors is None, result.errors
    return result.data["duplicateCandidates"]  # type: ignore[no-any-return]


async def test_the_office_finds_a_client_by_anything_it_types(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer with a name, billing name, e-mail and phone
    obrien = await factories.customer(session, display_name="OBrien Cleaning", billing_name="O'Brien & Sons LLC",
                                      emails=["pat@obrien.example.com"], phones=["+15550102030"])
    await session.commit()

    # when the office types each of them differently
    found = [await _candidates(sessions, **typed) for typed in (
        {"name": "  o'brien  cleaning "}, {"billingName": "OBRIEN AND SONS"}, {"name": "obrien & sons, llc"},
        {"email": "Pat@OBrien.Example.com"}, {"phone": "555.010.2030"})]

    # then the customer is found every time, saying why
    assert [[(c["customer"]["id"], c["reasons"][0]) for c in each] for each in found] == [
        [(gid("Customer", obrien), "NAME")], [(gid("Customer", obrien), "SIMILAR_NAME")],
        [(gid("Customer", obrien), "BILLING_NAME")], [(gid("Customer", obrien), "EMAIL")],
        [(gid("Customer", obrien), "PHONE")]]


async def test_a_typo_ranks_the_near_match_first(sessions: Sessions, session: AsyncSession) -> None:
    # given two customers with "Cleaning" in their names
    await factories.customer(session, display_name="Bright Cleaning Crew")
    await factories.customer(session, display_name="Sparkle Cleaning Co")
    await session.commit()

    # when the office types "Sparkel Cleaning Co"
    found = await _candidates(sessions, name="Sparkel Cleaning Co")

    # then the near match first, with a higher score, neither of them blocking
    assert [(c["customer"]["displayName"], c["reasons"], c["exact"]) for c in found] == [
        ("Sparkle Cleaning Co", ["SIMILAR_NAME"], False), ("Bright Cleaning Crew", ["SIMILAR_NAME"], False)]
    assert found[0]["score"] > found[1]["score"]


async def test_archived_customers_are_marked_and_merged_ones_left_out(sessions: Sessions,
                                                                      session: AsyncSession) -> None:
    # given an archived customer and a merged one with the same e-mail
    archived = await factories.customer(session, display_name="Old Account", emails=["kim@example.com"],
                                        status=CustomerStatus.ARCHIVED)
    await factories.customer(session, display_name="Older Account", emails=["kim@example.com"],
                             merged_into_id=archived.id)
    await session.commit()

    # when the office types that e-mail
    found = await _candidates(sessions, email="KIM@example.com")

    # then only the archived customer, marked
    assert [(c["customer"]["displayName"], c["archived"], c["matchedEmails"]) for c in found] == [
        ("Old Account", True, ["kim@example.com"])]


async def test_half_typed_values_are_ignored_not_refused(sessions: Sessions, session: AsyncSession) -> None:
    # given a customer
    await factories.customer(session, display_name="Ada Park", emails=["ada@example.com"])
    await session.commit()

    # when the office is still typing the phone and the e-mail
    found = await _candidates(sessions, phone="555-01", email="ada@exa")

    # then no error and nothing found
    assert found == []


async def test_clients_and_employees_may_not_search_for_duplicates(sessions: Sessions,
                                                                   session: AsyncSession) -> None:
    # given a customer, its portal user and a field employee
    own = await factories.customer(session, display_name="Client Co")
    worker = await factories.employee(session)
    await session.commit()

    for viewer in (factories.client_of(own), factories.field_worker(worker)):
        # when either searches
        result = await _run(sessions, viewer, name="Client Co")

        # then a permission error and no data
        assert result.data is None
        assert [error.extensions["code"] for error in result.errors] == ["FORBIDDEN"]
