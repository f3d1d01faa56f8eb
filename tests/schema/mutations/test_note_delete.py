"""noteDelete: the note is gone, the trail keeps that it was there; a repeat is NOT_FOUND; office only."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories_crm import CRM_TABLES, Sessions, assert_refused_to_outsiders, note, rows, scene
from tests.factories_customers import activities
from tests.factories_jobs import database_state, ghost, mutate, only_error
from tests.graphql import gid

DELETED = "deletedNoteId"


async def test_a_deleted_note_is_gone_and_the_trail_keeps_it(sessions: Sessions, session: AsyncSession) -> None:
    # given a visible note about Ada's job
    s = await scene(session)
    row = await note(session, s.ada, "See you Tuesday", visible=True, job=s.job)

    # when the office deletes it
    payload = await mutate(sessions, s.office, "noteDelete", "NoteDeleteInput", {"noteId": gid("Note", row)}, DELETED)

    # then it is gone and the trail says what it was about
    assert payload == {DELETED: gid("Note", row), "userErrors": []}
    assert await rows(sessions, "SELECT id FROM note") == []
    assert await activities(sessions) == [("note.deleted", row.id, {
        "visible_to_customer": True, "property_id": s.home.id, "job_id": s.job.id})]

    # and a second delete finds nothing
    before = await database_state(sessions, CRM_TABLES)
    again = await mutate(sessions, s.office, "noteDelete", "NoteDeleteInput", {"noteId": gid("Note", row)}, DELETED)
    assert only_error(again) == (["input", "noteId"], "NOT_FOUND")
    assert await database_state(sessions, CRM_TABLES) == before


async def test_a_wrong_id_is_not_found(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    for note_id in (ghost("Note"), gid("Customer", s.ada)):
        payload = await mutate(sessions, s.office, "noteDelete", "NoteDeleteInput", {"noteId": note_id}, DELETED)
        assert only_error(payload) == (["input", "noteId"], "NOT_FOUND")


async def test_only_the_office_may_delete_notes(sessions: Sessions, session: AsyncSession) -> None:
    s = await scene(session)
    row = await note(session, s.ada, "Keep me", visible=True)
    await assert_refused_to_outsiders(sessions, s, "noteDelete", "NoteDeleteInput", {"noteId": gid("Note", row)},
                                      DELETED)
