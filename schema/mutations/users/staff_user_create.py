"""staffUserCreate: the owner creates a staff user."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry import relay

from auth.permissions import IsOwner
from models.enums import Role
from resolvers import users
from schema.mutations.base import Call, MutationPayload, mutation, optional_input_id
from schema.mutations.users import INPUT
from schema.users import User


@strawberry.input(description="A staff user (owner only).")
class StaffUserCreateInput:
    role: Role = strawberry.field(description="OWNER, OFFICE or EMPLOYEE.")
    username: str = strawberry.field(description="3–40 letters, digits, '.', '_' or '-'; unique ignoring case.")
    email: str = strawberry.field(description="Where sign-in codes are sent.")
    employee_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The employee this user signs in as (required for EMPLOYEE).")
    name: str | None = strawberry.field(default=None, description="The person's name.")
    send_credentials: bool = strawberry.field(
        default=False, description="E-mail a welcome with the username and the sign-in link now.")


@strawberry.type(description="The result of staffUserCreate.")
class StaffUserCreatePayload(MutationPayload):
    user: User | None = strawberry.field(description="The new user.")


@mutation(permission=IsOwner,
          description="Owner: create a staff user (OWNER, OFFICE, or EMPLOYEE linked to an employee).")
async def staff_user_create(
    call: Call, input: Annotated[StaffUserCreateInput, strawberry.argument(description=INPUT)],
) -> StaffUserCreatePayload:
    user = await users.staff_user_create(
        call.session, call.viewer, role=input.role, username=input.username, email=input.email,
        employee_id=optional_input_id(input, "employee_id", "Employee"), name=input.name,
        send_credentials=input.send_credentials)
    return StaffUserCreatePayload(user=user)  # type: ignore[arg-type]  # the type reads the model
