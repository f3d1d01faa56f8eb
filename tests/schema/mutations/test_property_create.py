"""propertyCreate: the office adds a service location to a customer in use."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Activity, Property
from models.enums import CustomerStatus
from tests import factories
from tests.factories_jobs import database_state, ghost, mutate, mutate_raw, office_user
from tests.graphql import gid

PROPERTY = """property { id name type accessNotes description internalNotes active
    address { line1 line2 city region postalCode country } customer { displayName } }"""


async def create(sessions: async_sessionmaker[AsyncSession], viewer: Any, **fields: Any) -> dict[str, Any]:
    return await mutate(sessions, viewer, "propertyCreate", "PropertyCreateInput", fields, PROPERTY)


async def scene(session: AsyncSession) -> dict[str, Any]:
    owner = await factories.customer(session, display_name="Ada Lovelace")
    viewer = await office_user(session)
    await session.commit()
    return {"owner": owner, "viewer": viewer}


def base_input(s: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    return {"customerId": gid("Customer", s["owner"]), "name": "Main house",
            "address": {"line1": "12 Elm St", "city": "Springfield"}} | overrides


async def test_the_office_adds_a_property_to_a_customer(sessions: async_sessionmaker[AsyncSession],
                                                        session: AsyncSession) -> None:
    # given a customer
    s = await scene(session)

    # when the office adds a pool with every field, untidily typed
    payload = await create(sessions, s["viewer"], **base_input(
        s, name="  Pool house ", type="POOL", accessNotes="Gate code 1234", description=" Big pool ",
        internalNotes="Dog bites", address={"line1": " 12 Elm St ", "line2": "", "city": "Springfield",
                                            "region": "IL", "postalCode": "62701", "country": "us"}))

    # then it is saved, tidied, under that customer, with the country defaulted/upper-cased
    assert payload["userErrors"] == []
    place = payload["property"]
    assert (place["name"], place["type"], place["accessNotes"], place["description"], place["internalNotes"],
            place["active"]) == ("Pool house", "POOL", "Gate code 1234", "Big pool", "Dog bites", True)
    assert place["address"] == {"line1": "12 Elm St", "line2": None, "city": "Springfield", "region": "IL",
                                "postalCode": "62701", "country": "US"}
    assert place["customer"] == {"displayName": "Ada Lovelace"}
    # and the activity trail records it on the customer
    async with sessions() as check:
        [activity] = (await check.execute(sa.select(Activity))).scalars().all()
    assert (activity.verb, activity.subject_type, activity.customer_id, activity.actor_user_id) == (
        "property.created", "Property", s["owner"].id, s["viewer"].user_id)


async def test_type_and_country_have_defaults(sessions: async_sessionmaker[AsyncSession],
                                              session: AsyncSession) -> None:
    s = await scene(session)
    payload = await create(sessions, s["viewer"], **base_input(s))
    assert payload["property"]["type"] == "RESIDENTIAL"
    assert payload["property"]["address"]["country"] == "US"


async def refused(sessions: async_sessionmaker[AsyncSession], s: dict[str, Any], **overrides: Any,
                  ) -> list[tuple[list[str] | None, str]]:
    before = await database_state(sessions)
    payload = await create(sessions, s["viewer"], **base_input(s, **overrides))
    assert payload["property"] is None
    assert await database_state(sessions) == before
    return [(error["field"], error["code"]) for error in payload["userErrors"]]


async def test_an_unknown_customer_is_not_found(sessions: async_sessionmaker[AsyncSession],
                                                session: AsyncSession) -> None:
    s = await scene(session)
    place = await factories.property_(session, s["owner"])
    await session.commit()
    for customer_id in [ghost("Customer"), gid("Property", place), "not-an-id"]:
        assert await refused(sessions, s, customerId=customer_id) == [(["input", "customerId"], "NOT_FOUND")]


async def test_archived_or_merged_customers_get_no_new_properties(sessions: async_sessionmaker[AsyncSession],
                                                                  session: AsyncSession) -> None:
    s = await scene(session)
    archived = await factories.customer(session, status=CustomerStatus.ARCHIVED)
    merged = await factories.customer(session, merged_into_id=s["owner"].id)
    await session.commit()
    assert await refused(sessions, s, customerId=gid("Customer", archived)) == [
        (["input", "customerId"], "CONFLICT")]
    assert await refused(sessions, s, customerId=gid("Customer", merged)) == [
        (["input", "customerId"], "CONFLICT")]


async def test_the_name_street_and_city_are_required(sessions: async_sessionmaker[AsyncSession],
                                                     session: AsyncSession) -> None:
    s = await scene(session)
    assert await refused(sessions, s, name="  ", address={"line1": " ", "postalCode": "62701"}) == [
        (["input", "name"], "REQUIRED"), (["input", "address", "line1"], "REQUIRED"),
        (["input", "address", "city"], "REQUIRED")]


async def test_the_country_is_a_two_letter_code(sessions: async_sessionmaker[AsyncSession],
                                                session: AsyncSession) -> None:
    s = await scene(session)
    assert await refused(sessions, s, address={"line1": "1 A St", "city": "B", "country": "USA"}) == [
        (["input", "address", "country"], "INVALID")]


async def test_only_the_office_adds_properties(sessions: async_sessionmaker[AsyncSession],
                                               session: AsyncSession) -> None:
    s = await scene(session)
    worker = await factories.employee(session)
    await session.commit()
    before = await database_state(sessions)
    for viewer in [factories.client_of(s["owner"]), factories.field_worker(worker)]:
        result = await mutate_raw(sessions, viewer, "propertyCreate", "PropertyCreateInput", base_input(s),
                                  "property { id }")
        assert result.errors and result.errors[0].extensions["code"] == "FORBIDDEN"
    assert await database_state(sessions) == before
    async with sessions() as check:
        assert (await check.execute(sa.select(sa.func.count()).select_from(Property))).scalar() == 0

