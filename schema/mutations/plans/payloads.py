"""The payload every recurring-plan mutation returns: the plan, and what the change did to its future visits."""

from __future__ import annotations

from typing import Any

import strawberry

from resolvers import plans
from schema.jobs import Job
from schema.mutations.base import MutationPayload
from schema.plans import RecurringPlan


@strawberry.type(description="The result of creating or changing a recurring plan: the plan, and what happened to its "
                             "coming visits (jobs). Untouched Pending visits follow the plan; the others are listed "
                             "in `leftAlone`.")
class RecurringPlanPayload(MutationPayload):
    plan: RecurringPlan | None = strawberry.field(description="The plan, as saved; null when nothing was.")
    jobs_created: int = strawberry.field(default=0, description="Visits generated (up to the company's horizon).")
    jobs_updated: int = strawberry.field(default=0, description="Pending visits rewritten to the plan (time, crew, "
                                                                "services, notes).")
    jobs_cancelled: int = strawberry.field(default=0, description="Pending visits cancelled: the plan no longer has "
                                                                  "their date (skipped, paused, rule changed).")
    jobs_restored: int = strawberry.field(default=0, description="Visits the plan had cancelled, Pending again.")
    left_alone: list[Job] = strawberry.field(
        default_factory=list, description="Coming visits the change did not touch: on the way, started, finished, "
                                          "or edited or moved by a person.")

    @classmethod
    def of(cls, plan: Any, outcome: plans.Outcome) -> RecurringPlanPayload:
        return cls(plan=plan, jobs_created=outcome.created, jobs_updated=outcome.updated,
                   jobs_cancelled=outcome.cancelled, jobs_restored=outcome.restored,
                   left_alone=outcome.left_alone)  # type: ignore[arg-type]  # the types read the models
