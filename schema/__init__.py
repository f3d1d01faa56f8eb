"""The one GraphQL schema: every domain's types, the root Query and Mutation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import strawberry

from schema import billing, cards, corrections, crm, customers, files, jobs, plans, properties, staff, users
from schema.access import AccessQueries
from schema.common import BOUNDED_DECIMAL
from schema.company import CompanyQueries
from schema.corrections import CorrectionQueries
from schema.dashboard import DashboardQueries
from schema.duplicates import DuplicateQueries
from schema.input_guard import InputGuard
from schema.merge import MergeQueries
from schema.mutations import Mutation
from schema.online_payments import OnlinePaymentQueries
from schema.query import Query as RootQuery
from schema.reminders import ReminderQueries
from schema.subscriptions import JobEventQueries, Subscription
from schema.users import AuthQueries


@strawberry.type(description="Everything the viewer may read, from the top.")
class Query(RootQuery, DuplicateQueries, AuthQueries, DashboardQueries, JobEventQueries, OnlinePaymentQueries,
            CorrectionQueries, CompanyQueries, ReminderQueries, MergeQueries, AccessQueries):
    pass


# Types reached only through `node(id:)` or interfaces must be listed so they exist in the schema.
NODE_TYPES = [
    customers.Customer, customers.Contact, properties.Property, jobs.Job, jobs.JobLine, jobs.ChecklistItem,
    jobs.JobStatusChange, billing.Invoice, billing.InvoiceLine, billing.Batch, billing.Transaction,
    billing.Allocation, staff.Employee, staff.Team, staff.Service, files.File, crm.Note, crm.Tag, crm.Reminder,
    crm.Notice, crm.Activity, users.User, users.ApiToken, corrections.CorrectionRequest, cards.SavedPaymentMethod,
    cards.JobReview, plans.RecurringPlan,
]


def build_schema(*, extensions: list[Any] | None = None) -> strawberry.Schema:
    """The schema; `extensions` (e.g. the endpoint's limits) come first, then the input rules every caller
    gets (`schema.input_guard`, and Decimal inputs bounded by `schema.common.BOUNDED_DECIMAL`)."""
    return strawberry.Schema(query=Query, mutation=Mutation, subscription=Subscription, types=NODE_TYPES,
                             extensions=[*(extensions or []), InputGuard],
                             scalar_overrides={Decimal: BOUNDED_DECIMAL})
