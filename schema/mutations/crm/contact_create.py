"""contactCreate: a person on a customer's account, with a role."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from models.enums import ContactRole
from resolvers import contacts as rules
from schema.customers import Contact
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="A new contact on a customer's account.")
class ContactCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer (not a merged one).")
    name: str = strawberry.field(description="Full name (required; trimmed, inner spaces collapsed).")
    role: ContactRole = strawberry.field(default=ContactRole.OWNER,
                                         description="Billing, approver, owner or on-site.")
    email: str | None = strawberry.field(default=None, description="E-mail address: validated, stored lower case.")
    phone: str | None = strawberry.field(
        default=None, description="Phone number in any format (US without a country code), stored in E.164.")
    default_billing: bool = strawberry.field(
        default=False, description="Make this the customer's default billing contact (role must be BILLING); the "
                                   "previous default loses the mark.")


@strawberry.type(description="The result of contactCreate.")
class ContactCreatePayload(MutationPayload):
    contact: Contact | None = strawberry.field(description="The contact; null when nothing was saved.")


@mutation(permission=IsOffice, description=(
    "Add a person to a customer's account. E-mail and phone are normalised like a customer's. Sending the same "
    "contact again (same name however cased, role, e-mail, phone) returns the existing one: a retry adds nothing. "
    "Office only (OWNER, OFFICE)."))
async def contact_create(call: Call, input: ContactCreateInput) -> ContactCreatePayload:
    contact = await rules.create_contact(call.session, call.viewer, rules.NewContact(
        customer_id=input_id(input, "customer_id", "Customer"), name=input.name, role=input.role,
        email=input.email, phone=input.phone, default_billing=input.default_billing))
    return ContactCreatePayload(contact=contact)  # type: ignore[arg-type]  # the type reads the model
