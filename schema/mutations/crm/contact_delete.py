"""contactDelete: remove a person from a customer's account."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import contacts as rules
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="The contact to remove.")
class ContactDeleteInput:
    contact_id: relay.GlobalID = strawberry.field(description="The contact.")


@strawberry.type(description="The result of contactDelete.")
class ContactDeletePayload(MutationPayload):
    deleted_contact_id: relay.GlobalID | None = strawberry.field(
        description="The id of the removed contact; null when nothing was removed.")


@mutation(permission=IsOffice, description=(
    "Remove a contact from its customer's account; the activity trail keeps who it was. A second call for the "
    "same contact finds nothing (NOT_FOUND) and changes nothing. Office only (OWNER, OFFICE)."))
async def contact_delete(call: Call, input: ContactDeleteInput) -> ContactDeletePayload:
    contact = await rules.delete_contact(call.session, call.viewer, input_id(input, "contact_id", "Contact"))
    return ContactDeletePayload(deleted_contact_id=relay.GlobalID("Contact", str(contact.id)))
