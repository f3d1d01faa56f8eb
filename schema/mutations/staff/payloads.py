"""Payloads and inputs the staff and catalog mutations share."""

from __future__ import annotations

import strawberry

from resolvers import staff
from schema.mutations.base import MutationPayload
from schema.staff import Employee, Service, Team


@strawberry.type(description="The result of creating or changing an employee.")
class EmployeePayload(MutationPayload):
    employee: Employee | None = strawberry.field(description="The employee as saved; null when nothing was saved.")


@strawberry.type(description="The result of creating or changing a team.")
class TeamPayload(MutationPayload):
    team: Team | None = strawberry.field(description="The team as saved; null when nothing was saved.")


@strawberry.type(description="The result of creating or changing a service or its checklist template.")
class ServicePayload(MutationPayload):
    service: Service | None = strawberry.field(description="The service as saved; null when nothing was saved.")


@strawberry.input(description="A sign-in user made for an employee (role EMPLOYEE); they sign in with e-mailed codes.")
class EmployeeUserInput:
    username: str = strawberry.field(description="3–40 letters, digits, '.', '_' or '-'; unique ignoring case.")
    email: str | None = strawberry.field(default=None,
                                         description="Where sign-in codes go; the employee's e-mail when left out.")
    send_credentials: bool = strawberry.field(
        default=False, description="E-mail a welcome with the username and the sign-in link now.")

    def value(self) -> staff.NewSignIn:
        return staff.NewSignIn(username=self.username, email=self.email, send_credentials=self.send_credentials)
