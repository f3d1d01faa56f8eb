"""noteDelete: a note gone (the trail keeps that it was there)."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import notes as rules
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="The note to delete.")
class NoteDeleteInput:
    note_id: relay.GlobalID = strawberry.field(description="The note.")


@strawberry.type(description="The result of noteDelete.")
class NoteDeletePayload(MutationPayload):
    deleted_note_id: relay.GlobalID | None = strawberry.field(
        description="The id of the deleted note; null when nothing was deleted.")


@mutation(permission=IsOffice, description=(
    "Delete a note. The activity trail records that it was deleted and whether the customer could see it. A "
    "second call finds nothing (NOT_FOUND). Office only (OWNER, OFFICE)."))
async def note_delete(call: Call, input: NoteDeleteInput) -> NoteDeletePayload:
    note = await rules.delete_note(call.session, call.viewer, input_id(input, "note_id", "Note"))
    return NoteDeletePayload(deleted_note_id=relay.GlobalID("Note", str(note.id)))
