"""recurringPlanCreate: the office sets up repeat work at one of a customer's properties."""

from __future__ import annotations

from datetime import date, time

import strawberry

from auth.permissions import IsOffice
from models.enums import PlanBilling, PlanFrequency
from resolvers import plans
from schema.mutations.base import Call, input_id, input_ids, mutation, optional_input_id
from schema.mutations.jobs.payloads import JobServiceInput, lines
from schema.mutations.plans.payloads import RecurringPlanPayload
from schema.plans import Weekday


@strawberry.input(description="A new recurring plan. Times and dates are in the company's time zone.")
class RecurringPlanCreateInput:
    customer_id: strawberry.ID = strawberry.field(description="Whose plan it is.")
    property_id: strawberry.ID = strawberry.field(description="Where: one of that customer's properties in use.")
    name: str = strawberry.field(description="What the office calls it (\"Every other Friday clean\").")
    frequency: PlanFrequency = strawberry.field(description="WEEKLY, MONTHLY_BY_DAY or MONTHLY_BY_WEEKDAY.")
    start_date: date = strawberry.field(description="The first date the rule may fall on.")
    start_time: time = strawberry.field(description="When each visit starts (local time, e.g. 09:00).")
    end_time: time = strawberry.field(description="When each visit ends, the same day.")
    services: list[JobServiceInput] = strawberry.field(
        description="The services of every visit (at least one); prices default to the catalog's.")
    interval: int = strawberry.field(default=1, description="Every N weeks (1–52) or months (1–12).")
    weekdays: list[Weekday] = strawberry.field(
        default_factory=list, description="WEEKLY: the days; MONTHLY_BY_WEEKDAY: exactly one day.")
    month_day: int | None = strawberry.field(default=None, description="MONTHLY_BY_DAY: 1–31 (a shorter month "
                                                                       "uses its last day).")
    week_of_month: int | None = strawberry.field(default=None, description="MONTHLY_BY_WEEKDAY: 1–4, or -1 for "
                                                                           "the last.")
    end_date: date | None = strawberry.field(default=None, description="The last date a visit may fall on.")
    occurrence_count: int | None = strawberry.field(default=None, description="Stop after this many visits.")
    team_id: strawberry.ID | None = strawberry.field(default=None, description="The team sent.")
    employee_ids: list[strawberry.ID] = strawberry.field(default_factory=list,
                                                         description="The employees assigned to every visit.")
    billing: PlanBilling = strawberry.field(default=PlanBilling.PER_VISIT,
                                            description="PER_VISIT or MONTHLY (one invoice a month).")
    client_notes: str | None = strawberry.field(default=None, description="Notes on every visit the client reads.")
    internal_notes: str | None = strawberry.field(default=None, description="The office's notes for the staff.")


@mutation(permission=IsOffice, description="Office: set up a recurring plan; its visits up to the company's horizon "
                                           "are generated at once as Pending jobs.")
async def recurring_plan_create(call: Call, input: RecurringPlanCreateInput) -> RecurringPlanPayload:
    plan, outcome = await plans.create_plan(call.session, call.viewer, plans.PlanDraft(
        customer_id=input_id(input, "customer_id", "Customer"),
        property_id=input_id(input, "property_id", "Property"),
        name=input.name, frequency=input.frequency, start_date=input.start_date, start_time=input.start_time,
        end_time=input.end_time, interval=input.interval, weekdays=tuple(day.value for day in input.weekdays),
        month_day=input.month_day, week_of_month=input.week_of_month, end_date=input.end_date,
        occurrence_count=input.occurrence_count, team_id=optional_input_id(input, "team_id", "Team"),
        employee_ids=tuple(input_ids(input, "employee_ids", "Employee")), services=lines(input.services),
        billing=input.billing, client_notes=input.client_notes, internal_notes=input.internal_notes,
    ))
    return RecurringPlanPayload.of(plan, outcome)
