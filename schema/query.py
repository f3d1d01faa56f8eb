"""The root Query: every list the viewer may page through, and `node(id:)`."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay

import models
from auth.scope import readable
from resolvers.billing.listing import batches_statement, invoices_statement, transactions_statement
from resolvers.customers import customers_statement
from resolvers.jobs import jobs_statement
from resolvers.loaders import root_page
from resolvers.tags import tags_statement
from schema.billing import Batch, Invoice, Transaction
from schema.context import Info
from schema.crm import Tag
from schema.customers import Customer
from schema.enums import CustomerKind, CustomerStatus, InvoiceStatus, JobStatus, TransactionStatus
from schema.errors import PublicError
from schema.jobs import Job
from schema.properties import Property
from schema.relay import Connection, WrongId, connection, decode_global_id, window
from schema.staff import Employee, Service, Team

# GraphQL type name → table: `node(id:)` loads through the same scoped loader as every other read, and a
# global id of one type never resolves an object of another.
NODE_MODELS: dict[str, type[Any]] = {
    "Customer": models.Customer, "Contact": models.Contact, "Property": models.Property, "Job": models.Job,
    "JobLine": models.JobLine, "ChecklistItem": models.ChecklistItem, "JobStatusChange": models.JobStatusChange,
    "Invoice": models.Invoice, "InvoiceLine": models.InvoiceLine, "Batch": models.Batch,
    "Transaction": models.PaymentTransaction, "Allocation": models.Allocation, "Employee": models.Employee,
    "Team": models.Team, "Service": models.Service, "File": models.StoredFile, "Note": models.Note,
    "Tag": models.Tag, "Reminder": models.Reminder, "Notice": models.Notice, "Activity": models.Activity,
    "User": models.User, "ApiToken": models.ApiToken,
    "CorrectionRequest": models.CorrectionRequest, "SavedPaymentMethod": models.SavedPaymentMethod,
    "JobReview": models.JobReview, "RecurringPlan": models.RecurringPlan,
}


def _database_id(global_id: relay.GlobalID, type_name: str) -> int | None:
    try:
        return decode_global_id(global_id, type_name)
    except WrongId:
        return None


@strawberry.input(description="Which jobs to list.")
class JobFilter:
    statuses: list[JobStatus] | None = strawberry.field(default=None, description="Only these statuses.")
    customer_id: relay.GlobalID | None = strawberry.field(default=None, description="Only this customer's.")
    property_ids: list[relay.GlobalID] | None = strawberry.field(default=None, description="Only at these properties.")
    scheduled_from: datetime | None = strawberry.field(default=None, description="Scheduled at or after.")
    scheduled_to: datetime | None = strawberry.field(default=None, description="Scheduled before.")
    oldest_first: bool = strawberry.field(default=False, description="Soonest first (a day's route).")
    uninvoiced: bool = strawberry.field(
        default=False,
        description="Only jobs on no invoice (a void invoice doesn't count): with statuses [FINISHED], what is "
                    "still to bill. Matches nothing for viewers without finances.")


@strawberry.input(description="Which customers to list.")
class CustomerFilter:
    tags: list[str] | None = strawberry.field(
        default=None,
        description="Only customers carrying ALL of these tags (names, however cased; like a CRM's filter chips, "
                    "each chip narrows the list). Tags are office-only: for anyone else this matches no customer.")
    kind: CustomerKind | None = strawberry.field(
        default=None, description="Only this kind of customer (residential, business, property manager).")


@strawberry.input(description="Which invoices to list.")
class InvoiceFilter:
    statuses: list[InvoiceStatus] | None = strawberry.field(default=None, description="Only these statuses.")
    customer_id: relay.GlobalID | None = strawberry.field(default=None, description="Only this customer's.")
    property_id: relay.GlobalID | None = strawberry.field(default=None, description="Only for this property.")


async def _load_node(info: Info, global_id: relay.GlobalID) -> Any:
    model = NODE_MODELS.get(global_id.type_name)
    database_id = _database_id(global_id, global_id.type_name) if model else None
    if model is None or database_id is None:
        return None
    return await info.context.loaders.by_id(model).load(database_id)


def _id_or_none(global_id: relay.GlobalID | None, type_name: str, argument: str) -> int | None:
    return None if global_id is None else _argument_id(global_id, type_name, argument)


def _argument_id(global_id: relay.GlobalID, type_name: str, argument: str) -> int:
    """A query argument's id: another type's id is the caller's mistake, told as a GraphQL error."""
    try:
        return decode_global_id(global_id, type_name)
    except WrongId:
        raise PublicError(f"`{argument}` must be a {type_name} id.") from None


@strawberry.type(description="Everything the viewer may read, from the top.")
class Query:
    @strawberry.field(description="Fetch any object by its global id (null when it is not readable).")
    async def node(self, info: Info, id: relay.GlobalID) -> relay.Node | None:
        return await _load_node(info, id)  # type: ignore[no-any-return]

    @strawberry.field(description="Fetch several objects by global id, in order (null where not readable).")
    async def nodes(self, info: Info, ids: list[relay.GlobalID]) -> list[relay.Node | None]:
        if len(ids) > 100:
            raise PublicError("Ask for at most 100 ids at once.")
        # Loaded together, so each type's ids go to the database in one statement.
        return list(await asyncio.gather(*(_load_node(info, global_id) for global_id in ids)))

    @strawberry.field(description="Customers, by name; with `search`, best matches by name, billing name, e-mail "
                                  "or phone (any format), then those whose e-mail, phone digits, billing address "
                                  "or a property's address (street, city, postal code) contain it; `filter.tags` "
                                  "keeps those carrying all the tags given, `filter.kind` one kind.")
    async def customers(self, info: Info, search: str | None = None, status: CustomerStatus | None = None,
                        filter: CustomerFilter | None = None, first: int | None = None, after: str | None = None,
                        ) -> Connection[Customer]:
        tags = filter.tags if filter is not None else None
        kind = filter.kind if filter is not None else None
        statement = customers_statement(info.context.viewer, search=search, status=status, tags=tags, kind=kind)
        return connection(await root_page(info.context.sessions, statement, window(info, first, after)))  # type: ignore[no-any-return]

    @strawberry.field(description="Properties, by name.")
    async def properties(self, info: Info, customer_id: relay.GlobalID | None = None, first: int | None = None,
                         after: str | None = None) -> Connection[Property]:
        statement = readable(info.context.viewer, models.Property)
        owner = _id_or_none(customer_id, "Customer", "customerId")
        if owner is not None:
            statement = statement.where(models.Property.customer_id == owner)  # type: ignore[arg-type]
        statement = statement.order_by(models.Property.name, models.Property.id)  # type: ignore[arg-type]
        return connection(await root_page(info.context.sessions, statement, window(info, first, after)))  # type: ignore[no-any-return]

    @strawberry.field(description="Jobs, newest scheduled first unless `oldestFirst`.")
    async def jobs(self, info: Info, filter: JobFilter | None = None, first: int | None = None,
                   after: str | None = None) -> Connection[Job]:
        f = filter or JobFilter()
        statement = jobs_statement(
            info.context.viewer,
            statuses=list(f.statuses) if f.statuses else None,
            customer_id=_id_or_none(f.customer_id, "Customer", "filter.customerId"),
            property_ids=[_argument_id(p, "Property", "filter.propertyIds") for p in f.property_ids or []],
            scheduled_from=f.scheduled_from, scheduled_to=f.scheduled_to, oldest_first=f.oldest_first,
            uninvoiced=f.uninvoiced,
        )
        return connection(await root_page(info.context.sessions, statement, window(info, first, after)))  # type: ignore[no-any-return]

    @strawberry.field(description="Invoices, newest first. Empty for viewers without finances.")
    async def invoices(self, info: Info, filter: InvoiceFilter | None = None, first: int | None = None,
                       after: str | None = None) -> Connection[Invoice]:
        f = filter or InvoiceFilter()
        statement = invoices_statement(
            info.context.viewer, statuses=list(f.statuses) if f.statuses else None,
            customer_id=_id_or_none(f.customer_id, "Customer", "filter.customerId"),
            property_id=_id_or_none(f.property_id, "Property", "filter.propertyId"),
        )
        return connection(await root_page(info.context.sessions, statement, window(info, first, after)))  # type: ignore[no-any-return]

    @strawberry.field(description="Batch invoices, newest first. Empty for viewers without finances.")
    async def batches(self, info: Info, customer_id: relay.GlobalID | None = None, first: int | None = None,
                      after: str | None = None) -> Connection[Batch]:
        statement = batches_statement(info.context.viewer,
                                      customer_id=_id_or_none(customer_id, "Customer", "customerId"))
        return connection(await root_page(info.context.sessions, statement, window(info, first, after)))  # type: ignore[no-any-return]

    @strawberry.field(description="Payments, newest first. Empty for viewers without finances.")
    async def transactions(self, info: Info, statuses: list[TransactionStatus] | None = None,
                           customer_id: relay.GlobalID | None = None, first: int | None = None,
                           after: str | None = None) -> Connection[Transaction]:
        statement = transactions_statement(info.context.viewer, statuses=list(statuses) if statuses else None,
                                           customer_id=_id_or_none(customer_id, "Customer", "customerId"))
        return connection(await root_page(info.context.sessions, statement, window(info, first, after)))  # type: ignore[no-any-return]

    @strawberry.field(description="The service catalog.")
    async def services(self, info: Info) -> list[Service]:
        statement = readable(info.context.viewer, models.Service).order_by(models.Service.name)  # type: ignore[arg-type]
        return await info.context.loaders.fetch_all(statement)  # type: ignore[no-any-return]

    @strawberry.field(description="Employees the viewer may see, by name.")
    async def employees(self, info: Info) -> list[Employee]:
        statement = readable(info.context.viewer, models.Employee).order_by(models.Employee.name)  # type: ignore[arg-type]
        return await info.context.loaders.fetch_all(statement)  # type: ignore[no-any-return]

    @strawberry.field(description="Every tag, by name (for the tag filter and renaming). Office only: empty for "
                                  "everyone else.")
    async def tags(self, info: Info) -> list[Tag]:
        return await info.context.loaders.fetch_all(tags_statement(info.context.viewer))  # type: ignore[no-any-return]

    @strawberry.field(description="Teams the viewer may see, by name.")
    async def teams(self, info: Info) -> list[Team]:
        statement = readable(info.context.viewer, models.Team).order_by(models.Team.name)  # type: ignore[arg-type]
        return await info.context.loaders.fetch_all(statement)  # type: ignore[no-any-return]


