"""noteCreate: internal by default, visible on request, about the customer's own property or job; office only."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests import factories
from tests.factories_crm import CRM_TABLES, Scene, Sessions, assert_refused_to_outsiders, db_id, rows, scene
from tests.factories_customers import activities
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import gid

NOTE = "note { id body visibility visibleToCustomer property { name } job { id } }"


async def create(sessions: Sessions, s: Scene, **fields: Any) -> dict[str, Any]:
    return await mutate(sessions, s.office, "noteCreate", "NoteCreateInput",
                        {"customerId": gid("Customer", s.ada)} | fields, NOTE)


async def refused(sessions: Sessions, s: Scene, **fields: Any) -> tuple[list[str] | None, str]:
    before = await database_state(sessions, CRM_TABLES)
    payload = await create(sessions, s, **fields)
    assert payload["note"] is None
    assert await database_state(sessions, CRM_TABLES) == before
    return only_error(payload)


async def test_a_note_is_internal_by_default(sessions: Sessions, session: AsyncSession) -> None:
    # given Ada
    s = await scene(session)

    # when the office writes a note without saying who sees it
    payload = await create(sessions, s, text="  Prefers texts to calls.\n")

    # then it is internal, account-wide, by the office user, and in the trail
    assert payload["userErrors"] == []
    assert payload["note"] | {"id": None} == {"id": None, "body": "Prefers texts to calls.", "visibility": "INTERNAL",
                                              "visibleToCustomer": False, "property": None, "job": None}
    note_id = db_id(payload["note"]["id"])
    assert await rows(sessions, "SELECT author_user_id FROM note") == [(s.office.user_id,)]
    assert await activities(sessions) == [("note.created", note_id, {"visible_to_customer": False,
                                                                     "property_id": None, "job_id": None})]


async def test_a_visible_note_about_a_job_is_about_its_property_too(sessions: Sessions,
                                                                    session: AsyncSession) -> None:
    s = await scene(session)
    payload = await create(sessions, s, text="We found the spare key.", visibleToCustomer=True,
                           jobId=gid("Job", s.job))
    assert payload["note"]["visibility"] == "CUSTOMER"
    assert payload["note"]["property"] == {"name": "Home"}
    assert payload["note"]["job"] == {"id": gid("Job", s.job)}
    # and a note about a property alone
    cabin = await create(sessions, s, text="Cabin road closes in winter.", propertyId=gid("Property", s.cabin))
    assert (cabin["note"]["property"], cabin["note"]["job"]) == ({"name": "Cabin"}, None)


async def test_the_same_note_sent_twice_is_written_once(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    first = await create(sessions, s, text="Call before coming.")
    before = await database_state(sessions, CRM_TABLES)
    again = await create(sessions, s, text="Call before coming.")
    assert again["note"]["id"] == first["note"]["id"]
    assert await database_state(sessions, CRM_TABLES) == before
    # but the same text made visible is another note
    visible = await create(sessions, s, text="Call before coming.", visibleToCustomer=True)
    assert visible["note"]["id"] != first["note"]["id"]


async def test_bad_input_is_refused(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    elsewhere = await factories.property_(session, s.grace, name="Grace's")
    their_job = await factories.job(session, elsewhere)
    merged = await factories.customer(session, merged_into_id=s.ada.id)
    await session.commit()
    assert await refused(sessions, s, text=" ") == (["input", "text"], "REQUIRED")
    assert await refused(sessions, s, text="x" * 5_001) == (["input", "text"], "INVALID")
    assert await refused(sessions, s, text="Hi", propertyId=gid("Property", elsewhere)) == (
        ["input", "propertyId"], "INVALID")
    assert await refused(sessions, s, text="Hi", jobId=gid("Job", their_job)) == (["input", "jobId"], "INVALID")
    assert await refused(sessions, s, text="Hi", jobId=gid("Job", s.job), propertyId=gid("Property", s.cabin)) == (
        ["input", "jobId"], "INVALID")
    assert await refused(sessions, s, text="Hi", propertyId=ghost("Property")) == (["input", "propertyId"],
                                                                                "NOT_FOUND")
    assert await refused(sessions, s, text="Hi", jobId=gid("Property", s.home)) == (["input", "jobId"], "NOT_FOUND")
    assert await refused(sessions, s, text="Hi", customerId=ghost("Customer")) == (["input", "customerId"],
                                                                                 "NOT_FOUND")
    assert await refused(sessions, s, text="Hi", customerId=gid("Customer", merged)) == (["input", "customerId"],
                                                                                       "CONFLICT")


async def test_only_the_office_may_write_notes(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    await assert_refused_to_outsiders(sessions, s, "noteCreate", "NoteCreateInput",
                                      {"customerId": gid("Customer", s.ada), "text": "Hi",
                                       "visibleToCustomer": True}, NOTE)
