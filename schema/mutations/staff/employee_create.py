"""employeeCreate: the owner adds an employee, optionally with a sign-in user."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOwner
from resolvers import staff
from schema.mutations.base import Call, mutation, optional_input_id
from schema.mutations.staff.payloads import EmployeePayload, EmployeeUserInput


@strawberry.input(description="A new employee. To let them sign in, link an existing staff user (`userId`) or "
                              "create one (`newUser`), not both.")
class EmployeeCreateInput:
    name: str = strawberry.field(description="Full name.")
    email: str | None = strawberry.field(default=None, description="E-mail (staff only).")
    phone: str | None = strawberry.field(default=None, description="Phone (staff only).")
    active: bool = strawberry.field(default=True, description="Whether they can be put on jobs and teams.")
    user_id: strawberry.ID | None = strawberry.field(
        default=None, description="An existing staff user (owner or office, not yet an employee) who signs in as "
                                  "this employee.")
    new_user: EmployeeUserInput | None = strawberry.field(
        default=None, description="Create an EMPLOYEE user who signs in as this employee.")


@mutation(permission=IsOwner, description="Owner: add an employee, optionally with a sign-in user (linked or new).")
async def employee_create(call: Call, input: EmployeeCreateInput) -> EmployeePayload:
    saved = await staff.create_employee(call.session, call.viewer, staff.EmployeeDraft(
        name=input.name, email=input.email, phone=input.phone, active=input.active,
        user_id=optional_input_id(input, "user_id", "User"),
        new_user=input.new_user.value() if input.new_user is not None else None))
    return EmployeePayload(employee=saved)  # type: ignore[arg-type]  # the type reads the model
