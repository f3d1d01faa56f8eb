"""recurringPlanSkip: the office leaves one coming date of a plan out."""

from __future__ import annotations

from datetime import date

import strawberry

from auth.permissions import IsOffice
from resolvers import plans
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.plans.payloads import RecurringPlanPayload


@strawberry.input(description="One coming date of a plan to leave out.")
class RecurringPlanSkipInput:
    plan_id: strawberry.ID = strawberry.field(description="The plan.")
    date: date = strawberry.field(description="One of the plan's coming dates (company time zone).")


@mutation(permission=IsOffice, description="Office: skip one coming date of a plan. Its Pending visit is cancelled "
                                           "unless someone touched it (then it is left alone and listed).")
async def recurring_plan_skip(call: Call, input: RecurringPlanSkipInput) -> RecurringPlanPayload:
    plan, outcome = await plans.skip_date(call.session, call.viewer, input_id(input, "plan_id", "RecurringPlan"),
                                          input.date)
    return RecurringPlanPayload.of(plan, outcome)
