"""propertyUpdate: the office edits a property, or moves it to another customer before it has history."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col

from models import Activity
from models.enums import CustomerStatus, JobStatus
from tests import factories
from tests.factories_jobs import database_state, ghost, mutate, mutate_raw, office_user, only_error
from tests.graphql import gid

PROPERTY = """property { id name type accessNotes description internalNotes
    address { line1 line2 city region postalCode country } customer { displayName } }"""


async def update(sessions: async_sessionmaker[AsyncSession], viewer: Any, place: Any, **fields: Any,
                 ) -> dict[str, Any]:
    return await mutate(sessions, viewer, "propertyUpdate", "PropertyUpdateInput",
                        {"id": gid("Property", place)} | fields, PROPERTY)


async def scene(session: AsyncSession) -> dict[str, Any]:
    """Ada's property with notes everywhere, and Grace, another customer."""
    ada = await factories.customer(session, display_name="Ada")
    grace = await factories.customer(session, display_name="Grace")
    place = await factories.property_(session, ada, name="Main house", address_line1="1 Elm St",
                                      address_line2="Apt 2", city="Springfield", region="IL",
                                      access_notes="Key under mat", description="Blue door",
                                      internal_notes="Dog bites")
    viewer = await office_user(session)
    await session.commit()
    return {"ada": ada, "grace": grace, "place": place, "viewer": viewer}


async def test_a_partial_update_changes_only_what_is_given(sessions: async_sessionmaker[AsyncSession],
                                                           session: AsyncSession) -> None:
    # given Ada's property
    s = await scene(session)

    # when only the name and access notes change (access notes cleared with null)
    payload = await update(sessions, s["viewer"], s["place"], name=" Lake house ", accessNotes=None)

    # then the rest stays as it was
    assert payload["userErrors"] == []
    place = payload["property"]
    assert (place["name"], place["accessNotes"], place["description"], place["internalNotes"], place["type"]) == (
        "Lake house", None, "Blue door", "Dog bites", "RESIDENTIAL")
    assert place["address"]["line2"] == "Apt 2"
    assert place["customer"] == {"displayName": "Ada"}
    # and the activity trail names the fields
    async with sessions() as check:
        [activity] = (await check.execute(sa.select(Activity))).scalars().all()
    assert (activity.verb, activity.details["fields"]) == ("property.updated", ["access_notes", "name"])


async def test_an_address_replaces_the_whole_address(sessions: async_sessionmaker[AsyncSession],
                                                     session: AsyncSession) -> None:
    s = await scene(session)
    payload = await update(sessions, s["viewer"], s["place"], type="BUSINESS",
                           address={"line1": "9 Oak Ave", "city": "Shelbyville"})
    assert payload["property"]["type"] == "BUSINESS"
    assert payload["property"]["address"] == {"line1": "9 Oak Ave", "line2": None, "city": "Shelbyville",
                                              "region": None, "postalCode": None, "country": "US"}


async def test_nothing_to_change_records_nothing(sessions: async_sessionmaker[AsyncSession],
                                                 session: AsyncSession) -> None:
    s = await scene(session)
    before = await database_state(sessions)
    payload = await update(sessions, s["viewer"], s["place"], name="Main house")
    assert payload["userErrors"] == [] and payload["property"]["name"] == "Main house"
    assert await database_state(sessions) == before


async def test_a_property_without_history_moves_to_another_customer(sessions: async_sessionmaker[AsyncSession],
                                                                     session: AsyncSession) -> None:
    # given a property with no jobs or invoices
    s = await scene(session)
    # when it is moved to Grace
    payload = await update(sessions, s["viewer"], s["place"], customerId=gid("Customer", s["grace"]))
    # then it is Grace's, and both customers' trails say so
    assert payload["userErrors"] == []
    assert payload["property"]["customer"] == {"displayName": "Grace"}
    async with sessions() as check:
        trail = (await check.execute(sa.select(Activity).order_by(col(Activity.id)))).scalars().all()
    assert [(a.verb, a.customer_id) for a in trail] == [("property.moved", s["ada"].id),
                                                         ("property.updated", s["grace"].id)]


async def refused(sessions: async_sessionmaker[AsyncSession], s: dict[str, Any], **fields: Any,
                  ) -> tuple[tuple[list[str] | None, str], str]:
    before = await database_state(sessions)
    payload = await update(sessions, s["viewer"], s["place"], **fields)
    assert payload["property"] is None
    assert await database_state(sessions) == before
    return only_error(payload), payload["userErrors"][0]["message"]


async def test_a_property_with_jobs_stays_with_its_customer(sessions: async_sessionmaker[AsyncSession],
                                                           session: AsyncSession) -> None:
    # given a property with a (cancelled) job
    s = await scene(session)
    await factories.job(session, s["place"], status=JobStatus.CANCELLED)
    await session.commit()
    # when it is moved to Grace; then CONFLICT on customerId and nothing changes
    error, message = await refused(sessions, s, customerId=gid("Customer", s["grace"]), name="Renamed")
    assert error == (["input", "customerId"], "CONFLICT")
    assert "already has jobs" in message


async def test_a_property_cannot_move_to_an_archived_merged_or_unknown_customer(
        sessions: async_sessionmaker[AsyncSession], session: AsyncSession) -> None:
    s = await scene(session)
    archived = await factories.customer(session, status=CustomerStatus.ARCHIVED)
    merged = await factories.customer(session, merged_into_id=s["grace"].id)
    await session.commit()
    assert (await refused(sessions, s, customerId=gid("Customer", archived)))[0] == (
        ["input", "customerId"], "CONFLICT")
    assert (await refused(sessions, s, customerId=gid("Customer", merged)))[0] == (
        ["input", "customerId"], "CONFLICT")
    assert (await refused(sessions, s, customerId=ghost("Customer")))[0] == (["input", "customerId"], "NOT_FOUND")
    assert (await refused(sessions, s, customerId=gid("Property", s["grace"])))[0] == (
        ["input", "customerId"], "NOT_FOUND")
    assert (await refused(sessions, s, customerId=None))[0] == (["input", "customerId"], "REQUIRED")


async def test_required_fields_cannot_be_blanked(sessions: async_sessionmaker[AsyncSession],
                                                 session: AsyncSession) -> None:
    s = await scene(session)
    assert (await refused(sessions, s, name=None))[0] == (["input", "name"], "REQUIRED")
    assert (await refused(sessions, s, name="  "))[0] == (["input", "name"], "REQUIRED")
    assert (await refused(sessions, s, type=None))[0] == (["input", "type"], "REQUIRED")
    assert (await refused(sessions, s, address=None))[0] == (["input", "address"], "REQUIRED")
    assert (await refused(sessions, s, address={"line1": "1 A St"}))[0] == (["input", "address", "city"],
                                                                           "REQUIRED")


async def test_an_unknown_property_is_not_found(sessions: async_sessionmaker[AsyncSession],
                                                session: AsyncSession) -> None:
    s = await scene(session)
    before = await database_state(sessions)
    for property_id in [ghost("Property"), gid("Customer", s["place"])]:
        payload = await mutate(sessions, s["viewer"], "propertyUpdate", "PropertyUpdateInput",
                               {"id": property_id, "name": "x"}, "property { id }")
        assert only_error(payload) == (["input", "id"], "NOT_FOUND")
    assert await database_state(sessions) == before


async def test_only_the_office_changes_properties(sessions: async_sessionmaker[AsyncSession],
                                                  session: AsyncSession) -> None:
    s = await scene(session)
    before = await database_state(sessions)
    result = await mutate_raw(sessions, factories.client_of(s["ada"]), "propertyUpdate", "PropertyUpdateInput",
                              {"id": gid("Property", s["place"]), "accessNotes": "new code"}, "property { id }")
    assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"
    assert await database_state(sessions) == before
