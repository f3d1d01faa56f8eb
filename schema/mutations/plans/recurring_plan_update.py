"""recurringPlanUpdate: the office changes a plan; its untouched future Pending visits follow."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import strawberry

from auth.permissions import IsOffice
from models.enums import PlanBilling, PlanFrequency
from models.problems import Problem, ProblemCode, UserInputError
from resolvers import plans
from resolvers.values import KEEP
from schema.mutations.base import Call, input_id, input_ids, input_path, mutation, optional_input_id
from schema.mutations.changes import given
from schema.mutations.jobs.payloads import JobServiceInput, lines
from schema.mutations.plans.payloads import RecurringPlanPayload
from schema.plans import Weekday

REQUIRED = ("name", "frequency", "start_date", "start_time", "end_time", "interval", "billing", "weekdays",
            "services", "employee_ids")
"""Fields that can be changed but not cleared (a list is changed by giving the whole new list)."""


@strawberry.input(description="What to change in a recurring plan: leave a field out to keep it. The customer and "
                              "the property stay (a plan elsewhere is a new plan).")
class RecurringPlanUpdateInput:
    plan_id: strawberry.ID = strawberry.field(description="The plan.")
    name: str | None = strawberry.field(default=strawberry.UNSET, description="Its name.")
    frequency: PlanFrequency | None = strawberry.field(default=strawberry.UNSET, description="The rule's kind.")
    start_date: date | None = strawberry.field(default=strawberry.UNSET, description="The first date.")
    start_time: time | None = strawberry.field(default=strawberry.UNSET, description="Visit start (local).")
    end_time: time | None = strawberry.field(default=strawberry.UNSET, description="Visit end (local).")
    interval: int | None = strawberry.field(default=strawberry.UNSET, description="Every N weeks or months.")
    weekdays: list[Weekday] | None = strawberry.field(default=strawberry.UNSET, description="The weekdays.")
    month_day: int | None = strawberry.field(default=strawberry.UNSET, description="MONTHLY_BY_DAY's day.")
    week_of_month: int | None = strawberry.field(default=strawberry.UNSET,
                                                 description="MONTHLY_BY_WEEKDAY's week (1–4, -1).")
    end_date: date | None = strawberry.field(default=strawberry.UNSET, description="The last date; null: none.")
    occurrence_count: int | None = strawberry.field(default=strawberry.UNSET,
                                                    description="How many visits; null: no limit.")
    team_id: strawberry.ID | None = strawberry.field(default=strawberry.UNSET, description="The team; null: none.")
    employee_ids: list[strawberry.ID] | None = strawberry.field(default=strawberry.UNSET,
                                                                description="The whole new crew.")
    services: list[JobServiceInput] | None = strawberry.field(default=strawberry.UNSET,
                                                              description="The whole new list of services.")
    billing: PlanBilling | None = strawberry.field(default=strawberry.UNSET, description="PER_VISIT or MONTHLY.")
    client_notes: str | None = strawberry.field(default=strawberry.UNSET, description="Notes the client reads.")
    internal_notes: str | None = strawberry.field(default=strawberry.UNSET, description="The office's notes.")


def _changes(input: RecurringPlanUpdateInput) -> plans.PlanChanges:
    cleared = [Problem(input_path(input, name), ProblemCode.REQUIRED, "This can't be cleared; leave it out to keep "
                       "it.") for name in REQUIRED if getattr(input, name) is None]
    if cleared:
        raise UserInputError(cleared)
    values: dict[str, Any] = {name: given(getattr(input, name)) for name in (
        "name", "frequency", "start_date", "start_time", "end_time", "interval", "month_day", "week_of_month",
        "end_date", "occurrence_count", "billing", "client_notes", "internal_notes")}
    if input.weekdays is not strawberry.UNSET:
        values["weekdays"] = tuple(day.value for day in input.weekdays or [])
    if input.team_id is not strawberry.UNSET:
        values["team_id"] = optional_input_id(input, "team_id", "Team")
    if input.employee_ids is not strawberry.UNSET:
        values["employee_ids"] = tuple(input_ids(input, "employee_ids", "Employee"))
    if input.services is not strawberry.UNSET:
        values["services"] = lines(input.services or [])
    return plans.PlanChanges(**{name: value for name, value in values.items() if value is not KEEP})


@mutation(permission=IsOffice, description="Office: change a recurring plan. Its coming Pending visits nobody touched "
                                           "follow (rewritten, cancelled, restored or generated); the others are "
                                           "left alone and listed.")
async def recurring_plan_update(call: Call, input: RecurringPlanUpdateInput) -> RecurringPlanPayload:
    plan, outcome = await plans.update_plan(call.session, call.viewer, input_id(input, "plan_id", "RecurringPlan"),
                                            _changes(input))
    return RecurringPlanPayload.of(plan, outcome)
