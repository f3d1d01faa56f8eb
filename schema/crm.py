"""The office's records about a customer. Only notes of CUSTOMER visibility ever reach a client."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON

import models
from auth.permissions import MONEY, OFFICE_ONLY, money_only, office_only
from resolvers import stats
from resolvers.tags import carriers_of_tags
from schema.common import Money
from schema.context import Info
from schema.enums import NoteVisibility

if TYPE_CHECKING:
    from schema.customers import Customer
    from schema.jobs import Job
    from schema.properties import Property
    from schema.staff import Service
    from schema.users import User


@strawberry.type(description="A label the office puts on customers. Office only.")
class Tag(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="The label.")
    color: str | None = strawberry.field(description="A CSS colour for the label.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Tag)

    @strawberry.field(description="How many customers carry it (merged ones included).")
    async def customer_count(self, root: strawberry.Parent[models.Tag], info: Info) -> int:
        count: int = await info.context.loaders.values("tag.customerCount", carriers_of_tags, 0).load(root.id)
        return count


@strawberry.type(description="A to-do about a customer, for one staff user, who is notified once when it comes "
                             "due. Office only.")
class Reminder(relay.Node):
    id: relay.NodeID[int]
    text: str = strawberry.field(description="What to do.")
    due_at: datetime | None = strawberry.field(description="When (UTC).")
    done_at: datetime | None = strawberry.field(description="When it was done (UTC).")

    @strawberry.field(description=f"When its assignee was notified that it came due (UTC); null while it has not "
                                  f"come due, or since its due time or assignee changed. {OFFICE_ONLY}",
                      extensions=office_only())
    def notified_at(self, root: strawberry.Parent[models.Reminder]) -> datetime | None:
        return root.notified_at

    @strawberry.field(description=f"When it was written (UTC). {OFFICE_ONLY}", extensions=office_only())
    def created_at(self, root: strawberry.Parent[models.Reminder]) -> datetime | None:
        return root.created_at

    @strawberry.field(description=f"The customer it is about. {OFFICE_ONLY}", extensions=office_only())
    async def customer(self, root: strawberry.Parent[models.Reminder], info: Info,
                       ) -> Annotated[Customer, strawberry.lazy("schema.customers")] | None:
        return await info.context.loaders.by_id(models.Customer).load(root.customer_id)  # type: ignore[return-value]

    @strawberry.field(description=f"The staff user it is for (notified when it comes due). {OFFICE_ONLY}",
                      extensions=office_only())
    async def assignee(self, root: strawberry.Parent[models.Reminder], info: Info,
                       ) -> Annotated[User, strawberry.lazy("schema.users")] | None:
        if root.assigned_user_id is None:
            return None
        return await info.context.loaders.by_id(models.User).load(root.assigned_user_id)  # type: ignore[return-value]

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Reminder)


@strawberry.type(description="A banner the office sees on a customer. Office only.")
class Notice(relay.Node):
    id: relay.NodeID[int]
    text: str = strawberry.field(description="The notice.")
    active: bool = strawberry.field(description="Whether it is shown.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Notice)


@strawberry.type(description="A note on an account, optionally about one property or job. Internal notes are for "
                             "staff; a note visible to the customer is also shown to the customer's users and "
                             "tokens: account-wide ones to all of them, one about a property or job only to those "
                             "who may see that property or job. Clients never receive internal notes.")
class Note(relay.Node):
    id: relay.NodeID[int]
    visibility: NoteVisibility = strawberry.field(description="INTERNAL (staff) or CUSTOMER (the client too).")
    body: str = strawberry.field(description="The note.")
    created_at: datetime = strawberry.field(description="When it was written (UTC).")
    updated_at: datetime = strawberry.field(description="When it was last changed (UTC).")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Note)

    @strawberry.field(description="Whether the customer's users see it (visibility CUSTOMER).")
    def visible_to_customer(self, root: strawberry.Parent[models.Note]) -> bool:
        return root.visibility == NoteVisibility.CUSTOMER

    @strawberry.field(description="The property it is about (a job's property for a note about a job); null for "
                                  "an account-wide note.")
    async def property(self, root: strawberry.Parent[models.Note], info: Info,
                       ) -> Annotated[Property, strawberry.lazy("schema.properties")] | None:
        if root.property_id is None:
            return None
        return await info.context.loaders.by_id(models.Property).load(root.property_id)  # type: ignore[return-value]

    @strawberry.field(description="The job it is about, if any.")
    async def job(self, root: strawberry.Parent[models.Note], info: Info,
                  ) -> Annotated[Job, strawberry.lazy("schema.jobs")] | None:
        if root.job_id is None:
            return None
        return await info.context.loaders.by_id(models.Job).load(root.job_id)  # type: ignore[return-value]


@strawberry.type(description="One entry of the append-only history of who did what. Office only.")
class Activity(relay.Node):
    id: relay.NodeID[int]
    verb: str = strawberry.field(description="What happened, e.g. `customer.created`.")
    subject_type: str = strawberry.field(description="The kind of record it happened to.")
    subject_id: int = strawberry.field(description="The record's database id.")
    actor_user_id: int | None = strawberry.field(description="The user who did it (database id).")
    details: JSON = strawberry.field(description="What changed.")
    created_at: datetime = strawberry.field(description="When (UTC).")

    @strawberry.field(description=f"The user who did it, to name them (`actorUserId`'s user); null when the "
                                  f"system did it. {OFFICE_ONLY}", extensions=office_only())
    async def actor(self, root: strawberry.Parent[models.Activity], info: Info,
                    ) -> Annotated[User, strawberry.lazy("schema.users")] | None:
        if root.actor_user_id is None:
            return None
        return await info.context.loaders.by_id(models.User).load(root.actor_user_id)  # type: ignore[return-value]

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Activity)


@strawberry.type(description="A catalog service and on how many of the customer's finished jobs it was done.")
class ServiceUse:
    service_id: strawberry.Private[int]
    jobs: int = strawberry.field(description="Finished jobs with this service (a job counts once).")

    @strawberry.field(description="The service.")
    async def service(self, info: Info) -> Annotated[Service, strawberry.lazy("schema.staff")] | None:
        return await info.context.loaders.by_id(models.Service).load(self.service_id)  # type: ignore[return-value]


@strawberry.type(description="A customer's figures at a glance, as the viewer may see them: visits are the finished "
                             "jobs (a field employee's own only); money from issued invoices (not draft, not void).")
class CustomerStats:
    jobs_completed: int = strawberry.field(description="Finished jobs.")
    first_job_on: date | None = strawberry.field(
        description="The first finished job's scheduled day (company time zone); null without one.")
    last_job_on: date | None = strawberry.field(
        description="The last finished job's scheduled day (company time zone); null without one.")
    average_days_between_visits: float | None = strawberry.field(
        description="(last − first) / (visits − 1) in days, to one decimal; null with fewer than two visits.")
    total_invoiced: Money | None = strawberry.field(
        description=f"Sum of the issued invoices' totals. {MONEY}", extensions=money_only())
    average_invoiced: Money | None = strawberry.field(
        description=f"The issued invoices' average total; null without invoices. {MONEY}", extensions=money_only())
    open_balance: Money | None = strawberry.field(
        description=f"What is left to pay on open and partially paid invoices after completed payments. {MONEY}",
        extensions=money_only())
    top_services: list[ServiceUse] = strawberry.field(
        description=f"The services on the most finished jobs, at most {stats.TOP_SERVICES}, most used first.")


def stats_type(values: stats.CustomerStats) -> CustomerStats:
    def cents(value: int | None) -> Money | None:
        return None if value is None else Money(cents=value)

    return CustomerStats(
        jobs_completed=values.jobs_completed, first_job_on=values.first_job_on, last_job_on=values.last_job_on,
        average_days_between_visits=values.average_days_between_visits,
        total_invoiced=cents(values.invoiced_cents), average_invoiced=cents(values.average_invoice_cents),
        open_balance=cents(values.open_balance_cents),
        top_services=[ServiceUse(service_id=use.service_id, jobs=use.jobs) for use in values.top_services],
    )


async def load_stats(info: Info, customer_id: int) -> CustomerStats | None:
    """The customer's stats through a per-request loader: a page of customers costs three statements in all."""
    context = info.context
    loader: DataLoader[int, stats.CustomerStats | None] | None = context.__dict__.get("_stats_loader")
    if loader is None:
        viewer = context.viewer

        async def load_many(keys: list[int]) -> list[stats.CustomerStats | None]:
            async with context.sessions() as session:
                found = await stats.customer_stats(session, viewer, list(keys))
            return [found.get(key) for key in keys]

        loader = context.__dict__["_stats_loader"] = DataLoader(load_fn=load_many)
    values = await loader.load(customer_id)
    return None if values is None else stats_type(values)
