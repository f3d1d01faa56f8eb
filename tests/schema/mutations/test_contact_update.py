"""contactUpdate: partial changes, the same checks as contactCreate, the default billing mark moves, office only."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from models import Contact
from models.enums import ContactRole
from tests import factories
from tests.factories_crm import CRM_TABLES, Scene, Sessions, assert_refused_to_outsiders, contact, rows, scene
from tests.factories_customers import activities
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import gid

CONTACT = "contact { id name role email phone isDefaultBilling }"


async def update(sessions: Sessions, s: Scene, row: Contact, **fields: Any) -> dict[str, Any]:
    return await mutate(sessions, s.office, "contactUpdate", "ContactUpdateInput",
                        {"contactId": gid("Contact", row)} | fields, CONTACT)


async def refused(sessions: Sessions, s: Scene, row: Contact, **fields: Any) -> tuple[list[str] | None, str]:
    before = await database_state(sessions, CRM_TABLES)
    payload = await update(sessions, s, row, **fields)
    assert payload["contact"] is None
    assert await database_state(sessions, CRM_TABLES) == before
    return only_error(payload)


async def test_only_the_fields_given_change(sessions: Sessions, session: AsyncSession) -> None:
    # given Ada's bookkeeper
    s = await scene(session)
    row = await contact(session, s.ada)

    # when the phone is retyped and the e-mail cleared
    payload = await update(sessions, s, row, phone="555.010.9999", email=None)

    # then those change, the rest stays, and the trail names the fields
    assert payload["userErrors"] == []
    assert payload["contact"] | {"id": None} == {"id": None, "name": "Charles Babbage", "role": "BILLING",
                                                 "email": None, "phone": "+15550109999", "isDefaultBilling": False}
    assert await activities(sessions) == [("contact.updated", row.id, {"fields": ["email", "phone"]})]


async def test_the_same_values_again_record_nothing(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await contact(session, s.ada)
    before = await database_state(sessions, CRM_TABLES)
    payload = await update(sessions, s, row, name="Charles Babbage", phone="(555) 010-2030")
    assert payload["userErrors"] == []
    assert await database_state(sessions, CRM_TABLES) == before


async def test_making_a_contact_the_default_billing_one_moves_the_mark(sessions: Sessions,
                                                                       session: AsyncSession) -> None:
    # given Ada's default billing contact and another billing contact
    s = await scene(session)
    old = await contact(session, s.ada, name="Old", is_default_billing=True)
    new = await contact(session, s.ada, name="New")

    # when the other one is made the default
    payload = await update(sessions, s, new, defaultBilling=True)

    # then the mark moved, in one step
    assert payload["contact"]["isDefaultBilling"] is True
    assert await rows(sessions, "SELECT name, is_default_billing FROM contact ORDER BY id") == [
        ("Old", False), ("New", True)]
    assert await activities(sessions) == [
        ("contact.updated", new.id, {"fields": ["defaultBilling"], "default_billing_from": old.id})]


async def test_bad_changes_are_refused(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await contact(session, s.ada, is_default_billing=True)
    other = await contact(session, s.ada, name="Site Sam", role=ContactRole.ON_SITE)
    assert await refused(sessions, s, row, name=" ") == (["input", "name"], "REQUIRED")
    assert await refused(sessions, s, row, name=None) == (["input", "name"], "REQUIRED")
    assert await refused(sessions, s, row, email="nope") == (["input", "email"], "INVALID")
    assert await refused(sessions, s, row, phone="+1 555") == (["input", "phone"], "INVALID")
    assert await refused(sessions, s, row, role=None) == (["input", "role"], "REQUIRED")
    assert await refused(sessions, s, row, defaultBilling=None) == (["input", "defaultBilling"], "REQUIRED")
    # the default billing contact keeps the BILLING role; an on-site contact cannot become the default
    assert await refused(sessions, s, row, role="APPROVER") == (["input", "role"], "INVALID")
    assert await refused(sessions, s, other, defaultBilling=True) == (["input", "defaultBilling"], "INVALID")


async def test_an_unknown_contact_or_a_merged_customers_contact_is_refused(sessions: Sessions,
                                                                            session: AsyncSession) -> None:
    s = await scene(session)
    merged = await factories.customer(session, display_name="Old Ada", merged_into_id=s.ada.id)
    row = await contact(session, merged)
    before = await database_state(sessions, CRM_TABLES)
    for contact_id, expected in ((ghost("Contact"), "NOT_FOUND"), (gid("Customer", s.ada), "NOT_FOUND"),
                                 (gid("Contact", row), "CONFLICT")):
        payload = await mutate(sessions, s.office, "contactUpdate", "ContactUpdateInput",
                               {"contactId": contact_id, "name": "X"}, CONTACT)
        assert only_error(payload) == (["input", "contactId"], expected)
    assert await database_state(sessions, CRM_TABLES) == before


async def test_only_the_office_may_change_contacts(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await contact(session, s.ada)
    await assert_refused_to_outsiders(sessions, s, "contactUpdate", "ContactUpdateInput",
                                      {"contactId": gid("Contact", row), "email": "mallory@example.com"}, CONTACT)
