"""apiTokenRevoke: the office revokes an API token."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from auth import tokens
from auth.permissions import IsOffice
from schema.mutations.base import Call, MutationPayload, input_id, mutation
from schema.mutations.users import INPUT
from schema.users import ApiToken


@strawberry.input(description="Revoke an API token.")
class ApiTokenRevokeInput:
    id: relay.GlobalID = strawberry.field(description="The token.")


@strawberry.type(description="The result of apiTokenRevoke.")
class ApiTokenRevokePayload(MutationPayload):
    api_token: ApiToken | None = strawberry.field(description="The token, now revoked.")


@mutation(permission=IsOffice, description="Office: revoke an API token; it stops working on its next request.")
async def api_token_revoke(
    call: Call, input: Annotated[ApiTokenRevokeInput, strawberry.argument(description=INPUT)],
) -> ApiTokenRevokePayload:
    row = await tokens.revoke_api_token(call.session, call.viewer, input_id(input, "id", "ApiToken"))
    return ApiTokenRevokePayload(api_token=row)  # type: ignore[arg-type]  # the type reads the model
