"""userSetActive: the office enables or disables a user."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import users
from schema.mutations.base import Call, MutationPayload, input_id, mutation
from schema.mutations.users import INPUT
from schema.users import User


@strawberry.input(description="Enable or disable a user.")
class UserSetActiveInput:
    user_id: relay.GlobalID = strawberry.field(description="The user.")
    active: bool = strawberry.field(description="False signs the user out everywhere at once and stops sign-ins.")


@strawberry.type(description="The result of userSetActive.")
class UserSetActivePayload(MutationPayload):
    user: User | None = strawberry.field(description="The user as it now is.")


@mutation(permission=IsOffice, description="Office: enable or disable a user (staff users: owner only). Disabling "
                                           "ends their sessions and pending codes at once.")
async def user_set_active(
    call: Call, input: Annotated[UserSetActiveInput, strawberry.argument(description=INPUT)],
) -> UserSetActivePayload:
    user = await users.user_set_active(call.session, call.viewer, input_id(input, "user_id", "User"), input.active)
    return UserSetActivePayload(user=user)  # type: ignore[arg-type]  # the type reads the model
