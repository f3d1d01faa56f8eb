"""portalUserCreate: the office creates a customer's portal user."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import users
from schema.mutations.base import Call, MutationPayload, input_id, mutation, optional_input_ids
from schema.mutations.users import INPUT
from schema.users import User


@strawberry.input(description="A portal user for a customer.")
class PortalUserCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer the user belongs to.")
    username: str = strawberry.field(description="3–40 letters, digits, '.', '_' or '-'; unique ignoring case.")
    email: str = strawberry.field(description="Where sign-in codes (and the welcome) are sent.")
    send_credentials: bool = strawberry.field(
        description="E-mail a welcome with the username and the sign-in link now.")
    finances: bool = strawberry.field(default=True,
                                      description="Whether the user sees money (invoices, batches, payments).")
    property_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None, description="Limit the user to these properties of the customer (omit: all of them).")
    name: str | None = strawberry.field(default=None, description="The person's name.")


@strawberry.type(description="The result of portalUserCreate.")
class PortalUserCreatePayload(MutationPayload):
    user: User | None = strawberry.field(description="The new user.")


@mutation(permission=IsOffice, description="Office: create a customer's portal user; with `sendCredentials`, "
                                           "e-mail them their username and the sign-in link.")
async def portal_user_create(
    call: Call, input: Annotated[PortalUserCreateInput, strawberry.argument(description=INPUT)],
) -> PortalUserCreatePayload:
    user = await users.portal_user_create(
        call.session, call.viewer, customer_id=input_id(input, "customer_id", "Customer"), username=input.username,
        email=input.email, send_credentials=input.send_credentials, finances=input.finances,
        property_ids=optional_input_ids(input, "property_ids", "Property"), name=input.name)
    return PortalUserCreatePayload(user=user)  # type: ignore[arg-type]  # the type reads the model
