"""recurringPlanPause: the office pauses a recurring plan: no new visits, and its coming Pending visits
nobody touched are cancelled."""

from __future__ import annotations

import strawberry

from auth.permissions import IsOffice
from resolvers import plans
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.plans.payloads import RecurringPlanPayload


@strawberry.input(description="The plan to pause.")
class RecurringPlanPauseInput:
    plan_id: strawberry.ID = strawberry.field(description="The plan.")


@mutation(permission=IsOffice, description="Office: pause a recurring plan: "
                                           "no new visits, and its coming Pending visits nobody touched are cancelled.")
async def recurring_plan_pause(call: Call, input: RecurringPlanPauseInput) -> RecurringPlanPayload:
    plan, outcome = await plans.pause_plan(call.session, call.viewer, input_id(input, "plan_id", "RecurringPlan"))
    return RecurringPlanPayload.of(plan, outcome)
