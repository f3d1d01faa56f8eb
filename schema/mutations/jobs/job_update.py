"""jobUpdate: change a job's schedule, crew, services or notes."""

from __future__ import annotations

from datetime import datetime

import strawberry

from auth.permissions import IsOffice
from resolvers import jobs
from schema.mutations.base import Call, input_id, input_ids, mutation
from schema.mutations.changes import changed, given
from schema.mutations.jobs.payloads import JobPayload, JobServiceInput, lines


@strawberry.input(description="Changes to a job; leave a field out to keep it.")
class JobUpdateInput:
    id: strawberry.ID = strawberry.field(description="The job to change.")
    scheduled_start: datetime | None = strawberry.field(default=strawberry.UNSET, description="A new start.")
    scheduled_end: datetime | None = strawberry.field(
        default=strawberry.UNSET, description="A new end (null for none): after the start.")
    team_id: strawberry.ID | None = strawberry.field(default=strawberry.UNSET,
                                                     description="Another team (null for none).")
    employee_ids: list[strawberry.ID] | None = strawberry.field(
        default=strawberry.UNSET, description="The employees assigned from now on ([] for nobody).")
    services: list[JobServiceInput] | None = strawberry.field(
        default=strawberry.UNSET,
        description="Replaces every line ([] for none). Refused once the job is Finished or Cancelled, or "
                    "while an invoice that is not void bills it.")
    client_notes: str | None = strawberry.field(default=strawberry.UNSET, description="New client notes.")
    internal_notes: str | None = strawberry.field(default=strawberry.UNSET, description="New internal notes.")


@mutation(permission=IsOffice, description="Change a job's schedule, crew, services or notes (office only).")
async def job_update(call: Call, input: JobUpdateInput) -> JobPayload:
    job_id = input_id(input, "id", "Job")
    saved = await jobs.update_job(call.session, call.viewer, job_id, jobs.JobChanges(
        scheduled_start=given(input.scheduled_start), scheduled_end=given(input.scheduled_end),
        team_id=changed(input.team_id, lambda _: input_id(input, "team_id", "Team")),
        employee_ids=changed(input.employee_ids, lambda _: tuple(input_ids(input, "employee_ids", "Employee"))),
        services=changed(input.services, lines),
        client_notes=given(input.client_notes), internal_notes=given(input.internal_notes),
    ))
    return JobPayload(job=saved)  # type: ignore[arg-type]  # the type reads the model
