"""jobSetStatus: move a job along its workflow."""

from __future__ import annotations

import strawberry

from auth.permissions import IsAuthenticated
from models.enums import JobStatus
from resolvers import jobs
from schema.jobs import Job, JobStatusChange
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="Move a job to another status.")
class JobSetStatusInput:
    job_id: strawberry.ID = strawberry.field(description="The job.")
    status: JobStatus = strawberry.field(description="The status to move it to.")
    reason: str | None = strawberry.field(
        default=None, description="Why; required for an office correction (a move off the normal path).")


@strawberry.type(description="The result of moving a job's status.")
class JobSetStatusPayload(MutationPayload):
    job: Job | None = strawberry.field(description="The job with its new status; null when it did not move.")
    status_change: JobStatusChange | None = strawberry.field(
        description="The history entry written for this move; null when it did not move.")


@mutation(permission=IsAuthenticated, description=(
    "Move a job along Pending → On the Way → Started → Finished (or Cancelled): its assigned employees and the "
    "office; the office may also correct a status with a reason."))
async def job_set_status(call: Call, input: JobSetStatusInput) -> JobSetStatusPayload:
    job, change = await jobs.set_job_status(call.session, call.viewer, input_id(input, "job_id", "Job"),
                                            input.status, input.reason)
    return JobSetStatusPayload(job=job, status_change=change)  # type: ignore[arg-type]  # types read models
