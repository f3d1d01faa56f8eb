"""recurringPlanResume: the office resumes a paused plan: the visits it cancelled come back and missing
ones are generated."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOffice
from resolvers import plans
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.plans.payloads import RecurringPlanPayload


@strawberry.input(description="The plan to resume.")
class RecurringPlanResumeInput:
    plan_id: strawberry.ID = strawberry.field(description="The plan.")


@mutation(permission=IsOffice, description="Office: resume a paused plan: "
                                           "the visits it cancelled come back and missing ones are generated.")
async def recurring_plan_resume(call: Call, input: RecurringPlanResumeInput) -> RecurringPlanPayload:
    plan, outcome = await plans.resume_plan(call.session, call.viewer, input_id(input, "plan_id", "RecurringPlan"))
    return RecurringPlanPayload.of(plan, outcome)
