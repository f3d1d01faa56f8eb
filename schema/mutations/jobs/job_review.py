"""jobReview: the client's word on a finished job (stars, comment, a problem for the office)."""

from __future__ import annotations

import strawberry
from strawberry import relay

import models
from auth.permissions import IsClientUser
from resolvers import reviews
from schema.jobs import Job
from schema.mutations.base import Call, MutationPayload, input_id, mutation


@strawberry.input(description="A review of a finished job.")
class JobReviewInput:
    job_id: relay.GlobalID = strawberry.field(description="The finished job.")
    rating: int = strawberry.field(description="1 to 5 stars.")
    comment: str | None = strawberry.field(default=None, description="What to say (required with a problem).")
    problem: bool = strawberry.field(default=False, description="Something was wrong: the office follows it up.")


@strawberry.type(description="The result of jobReview.")
class JobReviewPayload(MutationPayload):
    job: Job | None = strawberry.field(description="The job with its review; null when userErrors say why not.")


@mutation(permission=IsClientUser, description=(
    "Review a finished job (or change the review) within the company's review window (7 days after it finished "
    "by default). A flagged problem opens a reminder and a notification for the office. A client's portal user "
    "who sees the job."))
async def job_review(call: Call, input: JobReviewInput) -> JobReviewPayload:
    review = await reviews.review_job(call.session, call.viewer, job_id=input_id(input, "job_id", "Job"),
                                      rating=input.rating, comment=input.comment, problem=input.problem)
    job = await call.session.get(models.Job, review.job_id)
    return JobReviewPayload(job=job)  # type: ignore[arg-type]  # the type reads the model
