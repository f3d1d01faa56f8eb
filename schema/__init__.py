"""The one GraphQL schema: every domain's types, the root Query and Mutation."""

from __future__ import annotations

from typing import Any

import strawberry

from schema import billing, crm, customers, files, jobs, properties, staff, users
from schema.duplicates import DuplicateQueries
from schema.mutations.billing import BillingMutations
from schema.mutations.customers import CustomerMutations
from schema.mutations.jobs import JobMutations
from schema.query import Query as RootQuery
from schema.users import AuthMutations, AuthQueries


@strawberry.type(description="Everything the viewer may read, from the top.")
class Query(RootQuery, DuplicateQueries, AuthQueries):
    pass


@strawberry.type(
    description="Every change: one input, one transaction, a payload with the changed object and `userErrors`."
)
class Mutation(AuthMutations, CustomerMutations, JobMutations, BillingMutations):
    pass


# Types reached only through `node(id:)` or interfaces must be listed so they exist in the schema.
NODE_TYPES = [
    customers.Customer, customers.Contact, properties.Property, jobs.Job, jobs.JobLine, jobs.ChecklistItem,
    jobs.JobStatusChange, billing.Invoice, billing.InvoiceLine, billing.Batch, billing.Transaction,
    billing.Allocation, staff.Employee, staff.Team, staff.Service, files.File, crm.Note, crm.Tag, crm.Reminder,
    crm.Notice, crm.Activity, users.User, users.ApiToken,
]


def build_schema(*, extensions: list[Any] | None = None) -> strawberry.Schema:
    return strawberry.Schema(query=Query, mutation=Mutation, types=NODE_TYPES, extensions=extensions or [])
