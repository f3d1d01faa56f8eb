"""noteUpdate: new text or visibility, the trail says when a note became visible; office only."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests import factories
from tests.factories_crm import CRM_TABLES, Sessions, assert_refused_to_outsiders, note, scene
from tests.factories_customers import activities
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import gid

NOTE = "note { id body visibleToCustomer }"


async def test_a_note_made_visible_says_so_in_the_trail(sessions: Sessions, session: AsyncSession) -> None:
    # given an internal note
    s = await scene(session)
    row = await note(session, s.ada, "Windows done on the 3rd.")

    # when it is reworded and made visible
    payload = await mutate(sessions, s.office, "noteUpdate", "NoteUpdateInput",
                           {"noteId": gid("Note", row), "text": "Windows done on the 3rd!", "visibleToCustomer": True},
                           NOTE)

    # then both changed, and the trail records that the customer now sees it
    assert payload["note"] == {"id": gid("Note", row), "body": "Windows done on the 3rd!", "visibleToCustomer": True}
    assert await activities(sessions) == [("note.updated", row.id, {"fields": ["text", "visibleToCustomer"],
                                                                    "visible_to_customer": True})]


async def test_the_same_values_again_write_nothing(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await note(session, s.ada, "Same", visible=True)
    before = await database_state(sessions, CRM_TABLES)
    payload = await mutate(sessions, s.office, "noteUpdate", "NoteUpdateInput",
                           {"noteId": gid("Note", row), "text": " Same ", "visibleToCustomer": True}, NOTE)
    assert payload["userErrors"] == []
    assert await database_state(sessions, CRM_TABLES) == before


async def test_bad_changes_are_refused(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await note(session, s.ada, "Keep")
    merged = await factories.customer(session, merged_into_id=s.ada.id)
    old = await note(session, merged, "Old")
    before = await database_state(sessions, CRM_TABLES)
    cases: list[tuple[dict[str, Any], tuple[list[str], str]]] = [
             ({"noteId": gid("Note", row), "text": " "}, (["input", "text"], "REQUIRED")),
             ({"noteId": gid("Note", row), "text": "x" * 5_001}, (["input", "text"], "INVALID")),
             ({"noteId": gid("Note", row), "visibleToCustomer": None}, (["input", "visibleToCustomer"], "REQUIRED")),
             ({"noteId": ghost("Note"), "text": "x"}, (["input", "noteId"], "NOT_FOUND")),
             ({"noteId": gid("Notice", row), "text": "x"}, (["input", "noteId"], "NOT_FOUND")),
             ({"noteId": gid("Note", old), "text": "x"}, (["input", "noteId"], "CONFLICT"))]
    for variables, expected in cases:
        payload = await mutate(sessions, s.office, "noteUpdate", "NoteUpdateInput", variables, NOTE)
        assert only_error(payload) == expected, variables
    assert await database_state(sessions, CRM_TABLES) == before


async def test_only_the_office_may_change_notes(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await note(session, s.ada, "Internal", visible=False)
    await assert_refused_to_outsiders(sessions, s, "noteUpdate", "NoteUpdateInput",
                                      {"noteId": gid("Note", row), "visibleToCustomer": True}, NOTE)
