"""apiTokenCreate: the office issues an API token for a customer's integration."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from auth import tokens
from auth.permissions import IsOffice
from schema.mutations.base import Call, MutationPayload, input_id, mutation, optional_input_ids
from schema.mutations.users import INPUT
from schema.users import ApiToken


@strawberry.input(description="An API token for a customer's integration.")
class ApiTokenCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer the token acts for.")
    name: str = strawberry.field(description="What will use it, e.g. \"PM software\".")
    finances: bool = strawberry.field(description="Whether the token sees money (invoices, payments, prices).")
    property_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None, description="Limit the token to these properties of the customer (omit: all of them).")


@strawberry.type(description="The result of apiTokenCreate: the only time the token is shown.")
class ApiTokenCreatePayload(MutationPayload):
    api_token: ApiToken | None = strawberry.field(description="The token's record.")
    token: str | None = strawberry.field(
        description="The token (dop_…): store it now, it is never shown again. Send `Authorization: Bearer <token>`.")


@mutation(permission=IsOffice, description="Office: issue an API token for a customer's integration; the token is "
                                           "in this payload only.")
async def api_token_create(
    call: Call, input: Annotated[ApiTokenCreateInput, strawberry.argument(description=INPUT)],
) -> ApiTokenCreatePayload:
    row, token = await tokens.create_api_token(
        call.session, call.viewer, customer_id=input_id(input, "customer_id", "Customer"), name=input.name,
        finances=input.finances, property_ids=optional_input_ids(input, "property_ids", "Property"))
    return ApiTokenCreatePayload(api_token=row, token=token)  # type: ignore[arg-type]  # the type reads the model
