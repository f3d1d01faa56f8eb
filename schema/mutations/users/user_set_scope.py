"""userSetScope: what a customer user sees (money or not; some properties or all)."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers import users
from schema.mutations.base import Call, MutationPayload, input_id, mutation, optional_input_ids
from schema.mutations.users import INPUT
from schema.users import User


@strawberry.input(description="What a customer user may see.")
class UserSetScopeInput:
    user_id: relay.GlobalID = strawberry.field(description="A customer user.")
    finances: bool = strawberry.field(description="Whether the user sees money (invoices, batches, payments).")
    property_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None, description="Limit the user to these properties of its customer; null or empty: all of them.")


@strawberry.type(description="The result of userSetScope.")
class UserSetScopePayload(MutationPayload):
    user: User | None = strawberry.field(description="The user as it now is.")


@mutation(permission=IsOffice,
          description="Office: what a customer user sees (money or not; some properties or all).")
async def user_set_scope(
    call: Call, input: Annotated[UserSetScopeInput, strawberry.argument(description=INPUT)],
) -> UserSetScopePayload:
    user = await users.user_set_scope(call.session, call.viewer, input_id(input, "user_id", "User"),
                                      finances=input.finances,
                                      property_ids=optional_input_ids(input, "property_ids", "Property"))
    return UserSetScopePayload(user=user)  # type: ignore[arg-type]  # the type reads the model
