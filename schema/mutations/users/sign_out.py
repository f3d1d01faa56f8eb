"""signOut: end the current session, or all of the user's sessions."""

from __future__ import annotations

from typing import Annotated

import strawberry

from auth.permissions import AllowAny
from auth.sessions import clear_session_cookie, revoke_session, revoke_user_sessions
from auth.viewer import ANONYMOUS
from schema.mutations.base import Call, MutationPayload, mutation
from schema.mutations.users import INPUT


@strawberry.input(description="Sign out.")
class SignOutInput:
    everywhere: bool = strawberry.field(default=False,
                                        description="End all of your sessions (every browser and device).")


@strawberry.type(description="The result of signing out.")
class SignOutPayload(MutationPayload):
    signed_out: bool = strawberry.field(
        default=False, description="Whether a session was ended (false when there was none, or for an API token).")


@mutation(permission=AllowAny, description="End the current session (and clear the cookie); `everywhere` ends all "
                                           "of your sessions. API tokens are revoked with apiTokenRevoke instead.")
async def sign_out(
    call: Call, input: Annotated[SignOutInput | None, strawberry.argument(description=INPUT)] = None,
) -> SignOutPayload:
    viewer = call.viewer
    if input is not None and input.everywhere and viewer.user_id is not None and viewer.api_token_id is None:
        ended = await revoke_user_sessions(call.session, viewer.user_id) > 0
    else:
        ended = viewer.session_id is not None and await revoke_session(call.session, viewer.session_id)
    clear_session_cookie(call.context.response, secure=call.context.deployment.is_production)
    if viewer.session_id is not None:
        call.context.become(ANONYMOUS)
    return SignOutPayload(signed_out=ended)
