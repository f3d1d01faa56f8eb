"""The one GraphQL schema: every domain's types, the root Query, Mutation and Subscription."""

from __future__ import annotations

import strawberry
from strawberry.tools import merge_types

from schema import billing, crm, customers, files, jobs, properties, staff
from schema.mutations.billing import BillingMutations
from schema.mutations.customers import CustomerMutations
from schema.mutations.jobs import JobMutations
from schema.query import Query

MUTATIONS = (CustomerMutations, JobMutations, BillingMutations)
_WITH_FIELDS = tuple(m for m in MUTATIONS if m.__strawberry_definition__.fields)
Mutation = merge_types("Mutation", _WITH_FIELDS) if _WITH_FIELDS else None

# Types reached only through `node(id:)` or interfaces must be listed so they exist in the schema.
NODE_TYPES = [
    customers.Customer, customers.Contact, properties.Property, jobs.Job, jobs.JobLine, jobs.ChecklistItem,
    jobs.JobStatusChange, billing.Invoice, billing.InvoiceLine, billing.Batch, billing.Transaction,
    billing.Allocation, staff.Employee, staff.Team, staff.Service, files.File, crm.Note, crm.Tag, crm.Reminder,
    crm.Notice, crm.Activity,
]


def build_schema(*, extensions: list[object] | None = None) -> strawberry.Schema:
    return strawberry.Schema(query=Query, mutation=Mutation, types=NODE_TYPES,
                             extensions=extensions or [])  # type: ignore[arg-type]
