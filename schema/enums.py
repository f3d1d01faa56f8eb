"""The domain's enums as GraphQL enums: the model enums themselves, registered with descriptions."""

from __future__ import annotations

import strawberry

from models.enums import (
    BatchStatus,
    ContactRole,
    CustomerKind,
    CustomerStatus,
    FileKind,
    InvoiceStatus,
    JobStatus,
    NoteVisibility,
    NotificationKind,
    PaymentMethod,
    PlanBilling,
    PlanFrequency,
    PlanStatus,
    PropertyType,
    Role,
    TransactionStatus,
)
from models.problems import ProblemCode

strawberry.enum(Role, description="What a user is to the company.")
strawberry.enum(CustomerStatus, description="Whether a customer is in use.")
strawberry.enum(CustomerKind, description="What kind of client a customer is.")
strawberry.enum(ContactRole, description="What a contact does for the account.")
strawberry.enum(PropertyType, description="The kind of service location.")
strawberry.enum(JobStatus, description="Where a job is: PENDING → ON_THE_WAY → STARTED → FINISHED, or CANCELLED.")
strawberry.enum(FileKind, description="What an attached file shows.")
strawberry.enum(InvoiceStatus, description="Where an invoice is in its life.")
strawberry.enum(BatchStatus, description="Where a batch invoice is in its life.")
strawberry.enum(PaymentMethod, description="How money was paid.")
strawberry.enum(TransactionStatus, description="Where a payment stands.")
strawberry.enum(NoteVisibility, description="Who may read a note.")
strawberry.enum(NotificationKind, description="What a notification is about.")
strawberry.enum(PlanStatus, description="Whether a recurring plan generates visits.")
strawberry.enum(PlanFrequency, description="A recurring plan's rule: WEEKLY on weekdays every N weeks, "
                                           "MONTHLY_BY_DAY on a day of the month, MONTHLY_BY_WEEKDAY on the n-th "
                                           "weekday (e.g. the last Friday), every N months.")
strawberry.enum(PlanBilling, description="How a recurring plan is billed: PER_VISIT (each finished visit, by the "
                                         "office) or MONTHLY (one invoice on the 1st for the previous month).")

strawberry.enum(ProblemCode, name="UserErrorCode", description="Why a mutation did not do what was asked.")
UserErrorCode = ProblemCode
"""The GraphQL face of `models.problems.ProblemCode`: generated from it, so every raised code exists here."""

__all__ = [
    "BatchStatus", "ContactRole", "CustomerKind", "CustomerStatus", "FileKind", "InvoiceStatus", "JobStatus",
    "NoteVisibility", "NotificationKind", "PaymentMethod", "PlanBilling", "PlanFrequency", "PlanStatus",
    "PropertyType", "Role", "TransactionStatus", "UserErrorCode",
]
