"""contactUpdate: change a contact's name, role, e-mail, phone or default-billing mark."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from models.enums import ContactRole
from resolvers import contacts as rules
from schema.customers import Contact
from schema.mutations.base import Call, MutationPayload, input_id, mutation
from schema.mutations.changes import given


@strawberry.input(description="Changes to a contact: only the fields given change.")
class ContactUpdateInput:
    contact_id: relay.GlobalID = strawberry.field(description="The contact to change.")
    name: str | None = strawberry.field(default=strawberry.UNSET, description="A new name (cannot be blank).")
    role: ContactRole | None = strawberry.field(default=strawberry.UNSET, description="A new role.")
    email: str | None = strawberry.field(default=strawberry.UNSET, description="A new e-mail; null clears it.")
    phone: str | None = strawberry.field(default=strawberry.UNSET, description="A new phone; null clears it.")
    default_billing: bool | None = strawberry.field(
        default=strawberry.UNSET,
        description="true makes this the default billing contact (the previous one loses the mark); false unmarks.")


@strawberry.type(description="The result of contactUpdate.")
class ContactUpdatePayload(MutationPayload):
    contact: Contact | None = strawberry.field(description="The contact as saved; null when nothing was saved.")


@mutation(permission=IsOffice, description=(
    "Change a contact: only the fields given, with the same checks as contactCreate. The default billing "
    "contact must keep the BILLING role. Office only (OWNER, OFFICE)."))
async def contact_update(call: Call, input: ContactUpdateInput) -> ContactUpdatePayload:
    contact = await rules.update_contact(
        call.session, call.viewer, input_id(input, "contact_id", "Contact"),
        rules.ContactChanges(name=given(input.name), role=given(input.role), email=given(input.email),
                             phone=given(input.phone), default_billing=given(input.default_billing)))
    return ContactUpdatePayload(contact=contact)  # type: ignore[arg-type]  # the type reads the model
