"""The domain's enums as GraphQL enums (the values are the models' own)."""

from __future__ import annotations

import strawberry

from models import enums

Role = strawberry.enum(enums.Role, description="What a user is to the company.")
CustomerStatus = strawberry.enum(enums.CustomerStatus, description="Whether a customer is in use.")
CustomerKind = strawberry.enum(enums.CustomerKind, description="What kind of client a customer is.")
ContactRole = strawberry.enum(enums.ContactRole, description="What a contact does for the account.")
PropertyType = strawberry.enum(enums.PropertyType, description="The kind of service location.")
JobStatus = strawberry.enum(
    enums.JobStatus,
    description="Where a job is: PENDING → ON_THE_WAY → STARTED → FINISHED, or CANCELLED.",
)
FileKind = strawberry.enum(enums.FileKind, description="What an attached file shows.")
InvoiceStatus = strawberry.enum(enums.InvoiceStatus, description="Where an invoice is in its life.")
BatchStatus = strawberry.enum(enums.BatchStatus, description="Where a batch invoice is in its life.")
PaymentMethod = strawberry.enum(enums.PaymentMethod, description="How money was paid.")
TransactionStatus = strawberry.enum(enums.TransactionStatus, description="Where a payment stands.")
NoteVisibility = strawberry.enum(enums.NoteVisibility, description="Who may read a note.")
NotificationKind = strawberry.enum(enums.NotificationKind, description="What a notification is about.")
