"""contactDelete: a contact leaves the account, the trail keeps who it was; office only."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from tests import factories
from tests.factories_crm import CRM_TABLES, Sessions, assert_refused_to_outsiders, contact, rows, scene
from tests.factories_customers import activities
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import gid

DELETED = "deletedContactId"


async def test_a_contact_is_removed_and_the_trail_keeps_it(sessions: Sessions, session: AsyncSession) -> None:
    # given Ada's bookkeeper
    s = await scene(session)
    row = await contact(session, s.ada, is_default_billing=True)

    # when the office removes them
    payload = await mutate(sessions, s.office, "contactDelete", "ContactDeleteInput",
                           {"contactId": gid("Contact", row)}, DELETED)

    # then the contact is gone, and the trail says who it was
    assert payload == {DELETED: gid("Contact", row), "userErrors": []}
    assert await rows(sessions, "SELECT id FROM contact") == []
    assert await activities(sessions) == [
        ("contact.deleted", row.id, {"name": "Charles Babbage", "role": "BILLING", "default_billing": True})]

    # and deleting it again finds nothing and changes nothing
    before = await database_state(sessions, CRM_TABLES)
    again = await mutate(sessions, s.office, "contactDelete", "ContactDeleteInput",
                         {"contactId": gid("Contact", row)}, DELETED)
    assert only_error(again) == (["input", "contactId"], "NOT_FOUND")
    assert await database_state(sessions, CRM_TABLES) == before


async def test_wrong_ids_and_merged_customers_are_refused(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    merged = await factories.customer(session, display_name="Old Ada", merged_into_id=s.ada.id)
    row = await contact(session, merged)
    before = await database_state(sessions, CRM_TABLES)
    for contact_id, expected in ((ghost("Contact"), "NOT_FOUND"), (gid("Note", row), "NOT_FOUND"),
                                 (gid("Contact", row), "CONFLICT")):
        payload = await mutate(sessions, s.office, "contactDelete", "ContactDeleteInput",
                               {"contactId": contact_id}, DELETED)
        assert only_error(payload) == (["input", "contactId"], expected)
    assert await database_state(sessions, CRM_TABLES) == before


async def test_only_the_office_may_remove_contacts(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await contact(session, s.ada)
    await assert_refused_to_outsiders(sessions, s, "contactDelete", "ContactDeleteInput",
                                      {"contactId": gid("Contact", row)}, DELETED)
