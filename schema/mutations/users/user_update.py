"""userUpdate: change a user's e-mail or name."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import users
from schema.mutations.base import Call, MutationPayload, input_id, mutation
from schema.mutations.users import INPUT
from schema.users import User


@strawberry.input(description="Change a user's e-mail or name.")
class UserUpdateInput:
    user_id: relay.GlobalID = strawberry.field(description="The user.")
    email: str | None = strawberry.field(
        default=None, description="A new e-mail address (omit: unchanged). Signs the user out everywhere.")
    name: str | None = strawberry.field(default=None, description="A new name (omit: unchanged; empty: none).")


@strawberry.type(description="The result of userUpdate.")
class UserUpdatePayload(MutationPayload):
    user: User | None = strawberry.field(description="The user as it now is.")


@mutation(permission=IsOffice, description="Office: change a user's e-mail or name (staff users: owner only). A "
                                           "new e-mail ends their sessions and pending codes at once.")
async def user_update(
    call: Call, input: Annotated[UserUpdateInput, strawberry.argument(description=INPUT)],
) -> UserUpdatePayload:
    user = await users.user_update(call.session, call.viewer, input_id(input, "user_id", "User"),
                                   email=input.email, name=input.name)
    return UserUpdatePayload(user=user)  # type: ignore[arg-type]  # the type reads the model
