"""signIn: a username and the e-mailed code start a session."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from auth import codes
from auth.authenticate import viewer_for_session
from auth.permissions import AllowAny
from auth.sessions import set_session_cookie
from models.problems import Problem, ProblemCode
from schema.mutations.base import Call, MutationPayload, mutation
from schema.mutations.users import INPUT
from schema.mutations.users.client import client_of
from schema.users import User


@strawberry.input(description="Sign in with a username and the code e-mailed to it.")
class SignInInput:
    username: str = strawberry.field(description="Your username (not case-sensitive).")
    code: str = strawberry.field(description="The 6-digit code from the newest e-mail (spaces are ignored).")


@strawberry.type(description="A new session: the browser gets an HttpOnly cookie, API clients use `token`.")
class SignInPayload(MutationPayload):
    user: User | None = strawberry.field(description="Who signed in.")
    token: str | None = strawberry.field(
        description="The session token for API clients (`Authorization: Bearer <token>`); browsers use the cookie.")
    expires_at: datetime | None = strawberry.field(
        description="When the session ends unless used (each use pushes it 30 days out).")


@mutation(permission=AllowAny, description=(
    "Sign in with the username and the newest e-mailed code: starts a session (an HttpOnly cookie for browsers, "
    "`token` for API clients). A code works once, for 10 minutes, and dies after 5 wrong tries."))
async def sign_in(call: Call, input: Annotated[SignInInput, strawberry.argument(description=INPUT)]) -> SignInPayload:
    address, agent = client_of(call.info)
    outcome = await codes.sign_in(call.session, input.username, input.code, client_address=address,
                                  user_agent=agent)
    if outcome.problem is not None or outcome.token is None or outcome.user_session is None:
        # Returned, not raised: the transaction commits, so a wrong code's counters stick.
        return SignInPayload.refused([outcome.problem or Problem(("code",), ProblemCode.INVALID,
                                                                 codes.BAD_CODE_MESSAGE)])
    set_session_cookie(call.context.response, outcome.token, secure=call.context.deployment.is_production)
    call.context.become(await viewer_for_session(call.session, outcome.token))  # the rest answers as the new user
    return SignInPayload(user=outcome.user, token=outcome.token,  # type: ignore[arg-type]  # the type reads the model
                         expires_at=outcome.user_session.expires_at)
