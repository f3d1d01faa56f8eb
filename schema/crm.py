"""The office's records about a customer. Only notes of CUSTOMER visibility ever reach a client."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

import models
from auth.permissions import OFFICE_ONLY, office_only
from schema.context import Info
from schema.enums import NoteVisibility

if TYPE_CHECKING:
    from schema.customers import Customer
    from schema.jobs import Job
    from schema.properties import Property
    from schema.users import User


@strawberry.type(description="A label the office puts on customers. Office only.")
class Tag(relay.Node):
    id: relay.NodeID[int]
    name: str = strawberry.field(description="The label.")
    color: str | None = strawberry.field(description="A CSS colour for the label.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Tag)


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

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.Activity)
