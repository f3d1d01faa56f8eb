"""userUnlock: the office unlocks an account that too many wrong codes locked."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import users
from schema.mutations.base import Call, MutationPayload, input_id, mutation
from schema.mutations.users import INPUT
from schema.users import User


@strawberry.input(description="Unlock an account locked by too many wrong codes.")
class UserUnlockInput:
    user_id: relay.GlobalID = strawberry.field(description="The user.")


@strawberry.type(description="The result of userUnlock.")
class UserUnlockPayload(MutationPayload):
    user: User | None = strawberry.field(description="The user as it now is.")


@mutation(permission=IsOffice, description="Office: unlock an account that too many wrong codes locked (staff "
                                           "users: owner only).")
async def user_unlock(
    call: Call, input: Annotated[UserUnlockInput, strawberry.argument(description=INPUT)],
) -> UserUnlockPayload:
    user = await users.user_unlock(call.session, call.viewer, input_id(input, "user_id", "User"))
    return UserUnlockPayload(user=user)  # type: ignore[arg-type]  # the type reads the model
