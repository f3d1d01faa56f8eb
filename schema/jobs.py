"""Job and what hangs off it: service lines, crew, checklist, status history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay

import models
from auth.permissions import MONEY, OFFICE_ONLY, STAFF_ONLY, money_only, office_only, staff_only
from resolvers import reads
from resolvers.billing.arithmetic import line_amount
from resolvers.checklists import done_by_names
from resolvers.reviews import review_closes_at
from schema.common import Money, money, restricted_money_field
from schema.context import Info
from schema.enums import JobStatus
from schema.staff import Employee, Service, Team

if TYPE_CHECKING:
    from schema.billing import Invoice
    from schema.cards import JobReview
    from schema.customers import Customer
    from schema.files import File
    from schema.plans import RecurringPlan
    from schema.properties import Property


@strawberry.type(description="A service on a job: quantity × unit price.")
class JobLine(relay.Node):
    id: relay.NodeID[int]
    description: str = strawberry.field(description="What is done.")
    quantity: Decimal = strawberry.field(description="How many units.")
    taxable: bool = strawberry.field(description="Whether tax applies.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.JobLine)

    unit_price: Money | None = restricted_money_field("unit_price_cents", "Price of one unit.")

    @strawberry.field(description=f"Quantity × unit price. {MONEY}", extensions=money_only())
    async def amount(self, root: strawberry.Parent[models.JobLine], info: Info) -> Money | None:
        return await money(info, line_amount(root.quantity, root.unit_price_cents))

    @strawberry.field(description="The catalog service the line was made from (what `jobUpdate(services:)` takes to "
                                  f"keep it); null for a line without one. {STAFF_ONLY}", extensions=staff_only())
    async def service(self, root: strawberry.Parent[models.JobLine], info: Info) -> Service | None:
        if root.service_id is None:
            return None
        return await info.context.loaders.by_id(models.Service).load(root.service_id)  # type: ignore[return-value]


@strawberry.type(description="A step of a job's checklist.")
class ChecklistItem(relay.Node):
    id: relay.NodeID[int]
    label: str = strawberry.field(description="What to check.")
    required: bool = strawberry.field(description="Whether the job cannot be finished while it is open.")
    done_at: datetime | None = strawberry.field(description="When it was done (UTC); null while open.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.ChecklistItem)

    @strawberry.field(description="Whether it is done.")
    def done(self, root: strawberry.Parent[models.ChecklistItem]) -> bool:
        return root.done_at is not None

    @strawberry.field(description=f"Who ticked it off (their name); null while open. {STAFF_ONLY}",
                      extensions=staff_only())
    async def done_by_name(self, root: strawberry.Parent[models.ChecklistItem], info: Info) -> str | None:
        if root.done_at is None or root.done_by_user_id is None:
            return None
        name: str | None = await info.context.loaders.values("checklist.doneBy", done_by_names).load(
            root.done_by_user_id)
        return name


@strawberry.type(description="One move of a job's status: from, to, when, and (for staff) who and why.")
class JobStatusChange(relay.Node):
    id: relay.NodeID[int]
    from_status: JobStatus | None = strawberry.field(description="The status before (null at creation).")
    to_status: JobStatus = strawberry.field(description="The status after.")
    created_at: datetime = strawberry.field(name="changedAt", description="When it changed (UTC).")
    reason: str | None = strawberry.field(description=f"Why, for corrections. {STAFF_ONLY}",
                                          extensions=staff_only())
    changed_by_user_id: int | None = strawberry.field(description=f"Who moved it (user id). {STAFF_ONLY}",
                                                      extensions=staff_only())

    @strawberry.field(description="Who moved it: their name (else their employee's, else the username). "
                                  f"{STAFF_ONLY}", extensions=staff_only())
    async def changed_by(self, root: strawberry.Parent[models.JobStatusChange], info: Info) -> str | None:
        if root.changed_by_user_id is None:
            return None
        name: str | None = await info.context.loaders.values("user.shownName", done_by_names).load(
            root.changed_by_user_id)
        return name

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.JobStatusChange)


@strawberry.type(description="One visit to a property: when, who, what, and where it stands.")
class Job(relay.Node):
    id: relay.NodeID[int]
    scheduled_start: datetime = strawberry.field(description="When it is scheduled to start (UTC).")
    scheduled_end: datetime | None = strawberry.field(description="When it is scheduled to end (UTC).")
    status: JobStatus = strawberry.field(description="Pending, On the Way, Started, Finished or Cancelled.")
    started_at: datetime | None = strawberry.field(description="When work started (UTC).")
    finished_at: datetime | None = strawberry.field(description="When work finished (UTC).")
    client_notes: str | None = strawberry.field(description="Notes the client may read.")
    internal_notes: str | None = strawberry.field(
        description=f"The office's notes for the staff on this job (what to bring, what to watch for): the office "
                    f"and the assigned field employees read them. {STAFF_ONLY}", extensions=staff_only()
    )

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Job)

    @strawberry.field(description="Where the job is.")
    async def property(self, root: strawberry.Parent[models.Job], info: Info,
                       ) -> Annotated[Property, strawberry.lazy("schema.properties")] | None:
        return await info.context.loaders.by_id(models.Property).load(root.property_id)  # type: ignore[return-value]

    @strawberry.field(description="Whose job it is.")
    async def customer(self, root: strawberry.Parent[models.Job], info: Info,
                       ) -> Annotated[Customer, strawberry.lazy("schema.customers")] | None:
        return await info.context.loaders.by_id(models.Customer).load(root.customer_id)  # type: ignore[return-value]

    @strawberry.field(description="The services done, as lines.")
    async def services(self, root: strawberry.Parent[models.Job], info: Info) -> list[JobLine]:
        return await info.context.loaders.all_children(reads.LINES_OF_JOB).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description=f"Sum of the lines. {MONEY}", extensions=money_only())
    async def total(self, root: strawberry.Parent[models.Job], info: Info) -> Money | None:
        cents = await info.context.loaders.values("job.total", reads.job_totals, 0).load(root.id)
        return await money(info, cents)

    @strawberry.field(description="The team sent.")
    async def team(self, root: strawberry.Parent[models.Job], info: Info) -> Team | None:
        if root.team_id is None:
            return None
        return await info.context.loaders.by_id(models.Team).load(root.team_id)  # type: ignore[return-value]

    @strawberry.field(description="The employees assigned.")
    async def employees(self, root: strawberry.Parent[models.Job], info: Info) -> list[Employee]:
        return await info.context.loaders.all_children(reads.EMPLOYEES_OF_JOB).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="The checklist, in order.")
    async def checklist(self, root: strawberry.Parent[models.Job], info: Info) -> list[ChecklistItem]:
        return await info.context.loaders.all_children(reads.CHECKLIST_OF_JOB).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="Every status move, oldest first.")
    async def status_history(self, root: strawberry.Parent[models.Job], info: Info) -> list[JobStatusChange]:
        return await info.context.loaders.all_children(reads.HISTORY_OF_JOB).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="Photos and documents the viewer may see.")
    async def files(self, root: strawberry.Parent[models.Job], info: Info,
                    ) -> list[Annotated[File, strawberry.lazy("schema.files")]]:
        return await info.context.loaders.all_children(reads.FILES_OF_JOB).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description="The invoice billing this job (not void). Null without finances.")
    async def invoice(self, root: strawberry.Parent[models.Job], info: Info,
                      ) -> Annotated[Invoice, strawberry.lazy("schema.billing")] | None:
        invoices = await info.context.loaders.all_children(reads.CURRENT_INVOICE_OF_JOB).load(root.id)  # type: ignore[arg-type]
        return invoices[0] if invoices else None

    @strawberry.field(description="The client's review, if one was written (the office, and the client's users "
                                  "who see the job).")
    async def review(self, root: strawberry.Parent[models.Job], info: Info,
                     ) -> Annotated[JobReview, strawberry.lazy("schema.cards")] | None:
        reviews = await info.context.loaders.all_children(reads.REVIEW_OF_JOB).load(root.id)  # type: ignore[arg-type]
        return reviews[0] if reviews else None

    @strawberry.field(description="Until when the client may review (or change its review of) this finished job "
                                  "(UTC); null while it is not finished.")
    async def review_closes_at(self, root: strawberry.Parent[models.Job], info: Info) -> datetime | None:
        company: Any = await info.context.company()
        return review_closes_at(root, company.review_window_days)

    @strawberry.field(description="Every invoice that billed this job, void ones included. Empty without finances.")
    async def invoices(self, root: strawberry.Parent[models.Job], info: Info,
                       ) -> list[Annotated[Invoice, strawberry.lazy("schema.billing")]]:
        return await info.context.loaders.all_children(reads.INVOICES_OF_JOB).load(root.id)  # type: ignore[arg-type]

    @strawberry.field(description=f"The recurring plan that generated this visit, if any. {OFFICE_ONLY}",
                      extensions=office_only())
    async def plan(self, root: strawberry.Parent[models.Job], info: Info,
                   ) -> Annotated[RecurringPlan, strawberry.lazy("schema.plans")] | None:
        if root.plan_id is None:
            return None
        return await info.context.loaders.by_id(models.RecurringPlan).load(root.plan_id)  # type: ignore[return-value]

    @strawberry.field(description=f"The plan's date this visit is (company time zone); null for a job made by "
                                  f"hand. {OFFICE_ONLY}", extensions=office_only())
    def occurrence_date(self, root: strawberry.Parent[models.Job]) -> date | None:
        return root.occurrence_date

    @strawberry.field(description=f"When a person edited or moved this generated visit: its plan's later changes "
                                  f"leave it alone since. Null otherwise. {OFFICE_ONLY}", extensions=office_only())
    def plan_detached_at(self, root: strawberry.Parent[models.Job]) -> datetime | None:
        return root.plan_detached_at
