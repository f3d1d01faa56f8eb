"""employeeUpdate: the owner changes an employee, retires them, or gives them a sign-in user."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOwner
from resolvers import staff
from schema.mutations.base import Call, input_id, mutation, optional_input_id
from schema.mutations.changes import given
from schema.mutations.staff.payloads import EmployeePayload, EmployeeUserInput


@strawberry.input(description="Changes to an employee: leave a field out to keep it.")
class EmployeeUpdateInput:
    id: strawberry.ID = strawberry.field(description="The employee to change.")
    name: str | None = strawberry.field(default=strawberry.UNSET, description="A new name (not blank).")
    email: str | None = strawberry.field(default=strawberry.UNSET, description="A new e-mail; null clears it.")
    phone: str | None = strawberry.field(default=strawberry.UNSET, description="A new phone; null clears it.")
    active: bool | None = strawberry.field(
        default=strawberry.UNSET,
        description="false retires them: not on new jobs or teams, and their EMPLOYEE sign-in user is disabled "
                    "(enable it again with userSetActive). Jobs they worked keep them.")
    user_id: strawberry.ID | None = strawberry.field(
        default=None, description="Link an existing staff user who then signs in as this employee.")
    new_user: EmployeeUserInput | None = strawberry.field(
        default=None, description="Create an EMPLOYEE user who signs in as this employee.")


@mutation(permission=IsOwner, description="Owner: change an employee (only the fields given), retire them "
                                          "(`active: false`), or give them a sign-in user.")
async def employee_update(call: Call, input: EmployeeUpdateInput) -> EmployeePayload:
    saved = await staff.update_employee(call.session, call.viewer, input_id(input, "id", "Employee"),
                                        staff.EmployeeChanges(
        name=given(input.name), email=given(input.email), phone=given(input.phone), active=given(input.active),
        user_id=optional_input_id(input, "user_id", "User"),
        new_user=input.new_user.value() if input.new_user is not None else None))
    return EmployeePayload(employee=saved)  # type: ignore[arg-type]  # the type reads the model
