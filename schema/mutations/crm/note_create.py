"""noteCreate: a note on a customer, internal unless made visible to the customer."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import notes as rules
from schema.crm import Note
from schema.mutations.base import Call, MutationPayload, input_id, mutation, optional_input_id


@strawberry.input(description="A new note on a customer.")
class NoteCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer (not a merged one).")
    text: str = strawberry.field(description="The note (required, at most 5,000 characters).")
    visible_to_customer: bool = strawberry.field(
        default=False, description="Show it to the customer's users in the portal; internal (staff only) if false.")
    property_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The customer's property it is about, if any.")
    job_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The customer's job it is about, if any (the note is then about its property).")


@strawberry.type(description="The result of noteCreate.")
class NoteCreatePayload(MutationPayload):
    note: Note | None = strawberry.field(description="The note; null when nothing was saved.")


@mutation(permission=IsOffice, description=(
    "Write a note on a customer, optionally about one of its properties or jobs. Internal by default; with "
    "`visibleToCustomer: true` the customer's users and tokens read it too (a note about a property or job only "
    "those who see that property or job). The same note sent again (same author, target and text as the "
    "customer's latest note) returns that note. Office only (OWNER, OFFICE)."))
async def note_create(call: Call, input: NoteCreateInput) -> NoteCreatePayload:
    note = await rules.create_note(call.session, call.viewer, rules.NewNote(
        customer_id=input_id(input, "customer_id", "Customer"), text=input.text,
        visible_to_customer=input.visible_to_customer,
        property_id=optional_input_id(input, "property_id", "Property"),
        job_id=optional_input_id(input, "job_id", "Job")))
    return NoteCreatePayload(note=note)  # type: ignore[arg-type]  # the type reads the model
