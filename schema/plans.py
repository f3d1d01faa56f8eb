"""RecurringPlan: repeat work at one property, its services, crew, rule and next visits (office only)."""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

import models
from auth.permissions import OFFICE_ONLY, office_only
from resolvers import plans
from resolvers.billing.arithmetic import line_amount
from schema.common import Money, money
from schema.context import Info
from schema.enums import PlanBilling, PlanFrequency, PlanStatus
from schema.errors import PublicError
from schema.staff import Employee, Service, Team

if TYPE_CHECKING:
    from schema.customers import Customer
    from schema.jobs import Job
    from schema.properties import Property


@strawberry.enum(description="A day of the week.")
class Weekday(enum.Enum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


@strawberry.type(description="A service every visit of a plan gets: quantity × unit price, set on the plan.")
class PlanService:
    description: str = strawberry.field(description="What is done.")
    quantity: Decimal = strawberry.field(description="How many units.")
    taxable: bool = strawberry.field(description="Whether tax applies.")

    @strawberry.field(description="The catalog service.")
    async def service(self, root: strawberry.Parent[models.RecurringPlanService], info: Info) -> Service | None:
        return await info.context.loaders.by_id(models.Service).load(root.service_id)  # type: ignore[return-value]

    @strawberry.field(description="Price of one unit (the catalog's when the plan was set, or the office's own).")
    async def unit_price(self, root: strawberry.Parent[models.RecurringPlanService], info: Info) -> Money:
        return await money(info, root.unit_price_cents)

    @strawberry.field(description="Quantity × unit price, per visit.")
    async def amount(self, root: strawberry.Parent[models.RecurringPlanService], info: Info) -> Money:
        return await money(info, line_amount(root.quantity, root.unit_price_cents))


@strawberry.type(description="One coming visit of a plan: its date in the company's time zone, its times, and the "
                             "job generated for it (null until the generator reaches its date).")
class PlanOccurrence:
    date: date = strawberry.field(description="The visit's date (company time zone).")
    start: datetime = strawberry.field(description="When it starts (UTC).")
    end: datetime = strawberry.field(description="When it ends (UTC).")
    job: Annotated[Job, strawberry.lazy("schema.jobs")] | None = strawberry.field(
        description="The Pending job made for it, or whatever became of that job; null when not generated yet.")


@strawberry.type(description="Repeat work at one property: services, crew, a time window and a rule in the company's "
                             "time zone; its visits are generated ahead as ordinary Pending jobs. Office only.")
class RecurringPlan(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="What the office calls it (\"Every other Friday clean\").")
    status: PlanStatus = strawberry.field(description="Active (visits are generated) or paused.")
    frequency: PlanFrequency = strawberry.field(description="Weekly on weekdays, monthly on a day, or monthly on "
                                                            "the n-th weekday.")
    interval: int = strawberry.field(description="Every N weeks (weekly) or N months (monthly).")
    month_day: int | None = strawberry.field(description="MONTHLY_BY_DAY: the day (a shorter month uses its "
                                                         "last day).")
    week_of_month: int | None = strawberry.field(description="MONTHLY_BY_WEEKDAY: 1–4, or -1 for the last.")
    start_time: time = strawberry.field(description="When each visit starts, company time zone.")
    end_time: time = strawberry.field(description="When each visit ends, company time zone.")
    start_date: date = strawberry.field(description="The first date the rule may fall on.")
    end_date: date | None = strawberry.field(description="The last date it may fall on; null for no end.")
    occurrence_count: int | None = strawberry.field(description="Stop after this many visits (from the start date, "
                                                                "skipped ones included); null for no limit.")
    skipped_dates: list[date] = strawberry.field(description="Dates of the rule left out, oldest first.")
    billing: PlanBilling = strawberry.field(description="Per visit (the office invoices finished jobs) or one "
                                                        "invoice a month for the month's finished visits.")
    client_notes: str | None = strawberry.field(description="Notes copied onto each visit, which the client reads.")
    internal_notes: str | None = strawberry.field(
        description=f"The office's notes, copied onto each visit for the staff. {OFFICE_ONLY}",
        extensions=office_only())
    created_at: datetime = strawberry.field(description="When the plan was made (UTC).")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.RecurringPlan)

    @strawberry.field(description="The weekdays: WEEKLY's days, or MONTHLY_BY_WEEKDAY's one day.")
    def weekdays(self, root: strawberry.Parent[models.RecurringPlan]) -> list[Weekday]:
        return [Weekday(day) for day in root.weekdays or []]

    @strawberry.field(description="Whose plan it is.")
    async def customer(self, root: strawberry.Parent[models.RecurringPlan], info: Info,
                       ) -> Annotated[Customer, strawberry.lazy("schema.customers")] | None:
        return await info.context.loaders.by_id(models.Customer).load(root.customer_id)  # type: ignore[return-value]

    @strawberry.field(description="Where the visits are.")
    async def property(self, root: strawberry.Parent[models.RecurringPlan], info: Info,
                       ) -> Annotated[Property, strawberry.lazy("schema.properties")] | None:
        return await info.context.loaders.by_id(models.Property).load(root.property_id)  # type: ignore[return-value]

    @strawberry.field(description="The team sent.")
    async def team(self, root: strawberry.Parent[models.RecurringPlan], info: Info) -> Team | None:
        if root.team_id is None:
            return None
        return await info.context.loaders.by_id(models.Team).load(root.team_id)  # type: ignore[return-value]

    @strawberry.field(description="The employees assigned to every visit.")
    async def employees(self, root: strawberry.Parent[models.RecurringPlan], info: Info) -> list[Employee]:
        return await info.context.loaders.all_children(plans.EMPLOYEES_OF_PLAN).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="The services of every visit, in order.")
    async def services(self, root: strawberry.Parent[models.RecurringPlan], info: Info) -> list[PlanService]:
        return await info.context.loaders.all_children(plans.SERVICES_OF_PLAN).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="The time zone the plan's times and dates are in (the company's).")
    async def time_zone(self, info: Info) -> str:
        return (await info.context.company()).time_zone

    @strawberry.field(description=f"The next visits from now, soonest first (skipped dates left out; none while "
                                  f"paused; fewer when the plan ends). `first`: 1 to {plans.MAX_NEXT}.")
    async def next_occurrences(self, root: strawberry.Parent[models.RecurringPlan], info: Info,
                               first: int = 5) -> list[PlanOccurrence]:
        if not 1 <= first <= plans.MAX_NEXT:
            raise PublicError(f"Ask for 1 to {plans.MAX_NEXT} occurrences (first).")
        company = await info.context.company()
        coming = plans.next_occurrences(root, company if company.id is not None else None, first)
        jobs = await info.context.loaders.all_children(plans.UPCOMING_JOBS_OF_PLAN).load(root.id)  # type: ignore[arg-type]
        by_date = {job.occurrence_date: job for job in jobs}
        return [PlanOccurrence(date=visit.day, start=visit.start, end=visit.end, job=by_date.get(visit.day))
                for visit in coming]
