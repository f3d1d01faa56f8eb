"""noteUpdate: a note's new text, or who sees it."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import notes as rules
from schema.crm import Note
from schema.mutations.base import Call, MutationPayload, input_id, mutation
from schema.mutations.changes import given


@strawberry.input(description="Changes to a note: only the fields given change.")
class NoteUpdateInput:
    note_id: relay.GlobalID = strawberry.field(description="The note.")
    text: str | None = strawberry.field(default=strawberry.UNSET,
                                       description="The new text (cannot be blank; at most 5,000 characters).")
    visible_to_customer: bool | None = strawberry.field(
        default=strawberry.UNSET, description="true shows it to the customer's users; false makes it internal.")


@strawberry.type(description="The result of noteUpdate.")
class NoteUpdatePayload(MutationPayload):
    note: Note | None = strawberry.field(description="The note as saved; null when nothing was saved.")


@mutation(permission=IsOffice, description=(
    "Change a note's text or visibility (what it is about stays: delete and write a new note to move it). "
    "Office only (OWNER, OFFICE)."))
async def note_update(call: Call, input: NoteUpdateInput) -> NoteUpdatePayload:
    note = await rules.update_note(call.session, call.viewer, input_id(input, "note_id", "Note"), rules.NoteChanges(
        text=given(input.text), visible_to_customer=given(input.visible_to_customer)))
    return NoteUpdatePayload(note=note)  # type: ignore[arg-type]  # the type reads the model
