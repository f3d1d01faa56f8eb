"""requestLoginCode: e-mail a sign-in code to a username's address."""

from __future__ import annotations

from typing import Annotated

import strawberry

from auth import codes
from auth.permissions import AllowAny
from schema.mutations.base import Call, MutationPayload, mutation
from schema.mutations.users import INPUT
from schema.mutations.users.client import client_of


@strawberry.input(description="Ask for a sign-in code by e-mail.")
class RequestLoginCodeInput:
    username: str = strawberry.field(description="Your username (not case-sensitive).")


@strawberry.type(description="The answer to a code request: the same whoever the username belongs to.")
class RequestLoginCodePayload(MutationPayload):
    message: str | None = strawberry.field(description="What happens next (null when there are userErrors).")


@mutation(permission=AllowAny, description=(
    "E-mail a 6-digit sign-in code to a username's address. The answer is the same whether or not the username "
    "exists or may sign in; at most 5 codes per 15 minutes per username and 20 per hour per client."))
async def request_login_code(
    call: Call, input: Annotated[RequestLoginCodeInput, strawberry.argument(description=INPUT)],
) -> RequestLoginCodePayload:
    address, _agent = client_of(call.info)
    message = await codes.request_login_code(call.session, input.username, client_address=address)
    return RequestLoginCodePayload(message=message)
