"""contactCreate: people on an account, normalised like customers, one default billing contact, office only."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests import factories
from tests.factories_crm import CRM_TABLES, Scene, Sessions, assert_refused_to_outsiders, db_id, rows, scene
from tests.factories_customers import activities
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import gid

CONTACT = "contact { id name role email phone isDefaultBilling }"


async def create(sessions: Sessions, s: Scene, **fields: Any) -> dict[str, Any]:
    return await mutate(sessions, s.office, "contactCreate", "ContactCreateInput",
                        {"customerId": gid("Customer", s.ada)} | fields, CONTACT)


async def refused(sessions: Sessions, s: Scene, **fields: Any) -> tuple[list[str] | None, str]:
    before = await database_state(sessions, CRM_TABLES)
    payload = await create(sessions, s, **fields)
    assert payload["contact"] is None
    assert await database_state(sessions, CRM_TABLES) == before
    return only_error(payload)


async def test_a_contact_is_saved_with_its_email_and_phone_normalised(sessions: Sessions,
                                                                     session: AsyncSession) -> None:
    # given Ada's account
    s = await scene(session)

    # when the office adds her bookkeeper, typed loosely
    payload = await create(sessions, s, name="  Charles   Babbage ", role="BILLING",
                           email=" Charles@Example.COM ", phone="(555) 010-2030")

    # then the contact is stored the way customers' e-mails and phones are, and the trail says who was added
    assert payload["userErrors"] == []
    contact = payload["contact"]
    assert (contact["name"], contact["role"], contact["email"], contact["phone"], contact["isDefaultBilling"]) == (
        "Charles Babbage", "BILLING", "charles@example.com", "+15550102030", False)
    assert await activities(sessions) == [
        ("contact.created", db_id(contact["id"]), {"name": "Charles Babbage", "role": "BILLING"})]


async def test_a_retried_create_returns_the_same_contact(sessions: Sessions, session: AsyncSession) -> None:
    # given a contact just created
    s = await scene(session)
    first = await create(sessions, s, name="Charles Babbage", email="charles@example.com")

    # when the same request arrives again (a double click, a retry), the name cased differently
    again = await create(sessions, s, name="charles babbage", email="CHARLES@example.com")

    # then it is the same contact, and nothing more was written
    assert again["contact"]["id"] == first["contact"]["id"]
    assert [verb for verb, _id, _details in await activities(sessions)] == ["contact.created"]


async def test_a_new_default_billing_contact_takes_the_mark_from_the_previous_one(
        sessions: Sessions, session: AsyncSession) -> None:
    # given Ada's default billing contact
    s = await scene(session)
    old = (await create(sessions, s, name="Old Billing", role="BILLING", defaultBilling=True))["contact"]

    # when another billing contact is made the default
    new = await create(sessions, s, name="New Billing", role="BILLING", defaultBilling=True)

    # then only the new one is the default, and the trail says where the mark came from
    assert new["contact"]["isDefaultBilling"] is True
    assert await rows(sessions, "SELECT name, is_default_billing FROM contact ORDER BY id") == [
        ("Old Billing", False), ("New Billing", True)]
    assert (await activities(sessions))[-1][2]["default_billing_from"] == db_id(old["id"])


async def test_bad_input_is_refused_field_by_field(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    assert await refused(sessions, s, name="   ") == (["input", "name"], "REQUIRED")
    assert await refused(sessions, s, name="x" * 201) == (["input", "name"], "INVALID")
    assert await refused(sessions, s, name="Ann", email="not an address") == (["input", "email"], "INVALID")
    assert await refused(sessions, s, name="Ann", phone="12") == (["input", "phone"], "INVALID")
    assert await refused(sessions, s, name="Ann", role="ON_SITE", defaultBilling=True) == (
        ["input", "defaultBilling"], "INVALID")


async def test_an_unknown_or_merged_customer_is_refused(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    merged = await factories.customer(session, display_name="Old Ada", merged_into_id=s.ada.id)
    await session.commit()
    assert await refused(sessions, s, customerId=ghost("Customer"), name="Ann") == (["input", "customerId"],
                                                                                 "NOT_FOUND")
    assert await refused(sessions, s, customerId=gid("Property", s.home), name="Ann") == (
        ["input", "customerId"], "NOT_FOUND")
    assert await refused(sessions, s, customerId=gid("Customer", merged), name="Ann") == (
        ["input", "customerId"], "CONFLICT")


async def test_only_the_office_may_add_contacts(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    await assert_refused_to_outsiders(sessions, s, "contactCreate", "ContactCreateInput",
                                      {"customerId": gid("Customer", s.ada), "name": "Mallory"}, CONTACT)
