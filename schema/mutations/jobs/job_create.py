"""jobCreate: schedule a job at one of a customer's properties."""

from __future__ import annotations

from datetime import datetime

import strawberry

from auth.permissions import IsOffice
from resolvers import jobs
from schema.mutations.base import Call, input_id, input_ids, mutation, optional_input_id
from schema.mutations.jobs.payloads import JobPayload, JobServiceInput, lines


@strawberry.input(description="A new job at one of a customer's properties.")
class JobCreateInput:
    customer_id: strawberry.ID = strawberry.field(description="Whose job it is.")
    property_id: strawberry.ID = strawberry.field(description="Where: one of that customer's properties.")
    scheduled_start: datetime = strawberry.field(
        description="When it starts (with a time zone offset; taken as UTC without one).")
    scheduled_end: datetime | None = strawberry.field(default=None,
                                                      description="When it ends: after the start.")
    team_id: strawberry.ID | None = strawberry.field(default=None, description="The team sent.")
    employee_ids: list[strawberry.ID] = strawberry.field(default_factory=list,
                                                         description="The employees assigned (active ones).")
    services: list[JobServiceInput] = strawberry.field(default_factory=list,
                                                       description="The services, in order, as lines.")
    client_notes: str | None = strawberry.field(default=None, description="Notes the client may read.")
    internal_notes: str | None = strawberry.field(default=None, description="The office's private notes.")


@mutation(permission=IsOffice, description="Schedule a job at one of a customer's properties (office only).")
async def job_create(call: Call, input: JobCreateInput) -> JobPayload:
    saved = await jobs.create_job(call.session, call.viewer, jobs.JobDraft(
        customer_id=input_id(input, "customer_id", "Customer"),
        property_id=input_id(input, "property_id", "Property"),
        scheduled_start=input.scheduled_start, scheduled_end=input.scheduled_end,
        team_id=optional_input_id(input, "team_id", "Team"),
        employee_ids=tuple(input_ids(input, "employee_ids", "Employee")), services=lines(input.services),
        client_notes=input.client_notes, internal_notes=input.internal_notes,
    ))
    return JobPayload(job=saved)  # type: ignore[arg-type]  # the type reads the model
