"""How the graph's edges are read: which rows hang under which parent, in which order.

Every edge is a `Children` spec that the request's loaders batch (one statement per level) and scope
(through `auth.scope`). GraphQL types name the spec; they never write queries.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from models import (
    Allocation,
    Batch,
    ChecklistItem,
    Contact,
    Employee,
    Invoice,
    InvoiceJob,
    InvoiceLine,
    Job,
    JobAssignment,
    JobLine,
    JobStatusChange,
    PaymentTransaction,
    Property,
    StoredFile,
    TeamMember,
)
from models.enums import InvoiceStatus, TransactionStatus
from resolvers.loaders import Children


def c(model: Any, name: str) -> Any:
    """A model's column (typed loosely: SQLModel's class attributes look like plain values to mypy)."""
    return getattr(model, name)


NEWEST_JOBS = (c(Job, "scheduled_start").desc(), c(Job, "id").desc())
NEWEST_INVOICES = (c(Invoice, "issued_on").desc().nulls_first(), c(Invoice, "id").desc())
NEWEST_TRANSACTIONS = (c(PaymentTransaction, "occurred_at").desc(), c(PaymentTransaction, "id").desc())

CONTACTS_OF_CUSTOMER = Children("customer.contacts", Contact, c(Contact, "customer_id"),
                                (c(Contact, "name"), c(Contact, "id")))
PROPERTIES_OF_CUSTOMER = Children("customer.properties", Property, c(Property, "customer_id"),
                                  (c(Property, "name"), c(Property, "id")))
JOBS_OF_CUSTOMER = Children("customer.jobs", Job, c(Job, "customer_id"), NEWEST_JOBS)
JOBS_OF_PROPERTY = Children("property.jobs", Job, c(Job, "property_id"), NEWEST_JOBS)
INVOICES_OF_CUSTOMER = Children("customer.invoices", Invoice, c(Invoice, "customer_id"), NEWEST_INVOICES)
INVOICES_OF_PROPERTY = Children("property.invoices", Invoice, c(Invoice, "property_id"), NEWEST_INVOICES)
BATCHES_OF_CUSTOMER = Children("customer.batches", Batch, c(Batch, "customer_id"),
                               (c(Batch, "id").desc(),))
TRANSACTIONS_OF_CUSTOMER = Children("customer.transactions", PaymentTransaction,
                                    c(PaymentTransaction, "customer_id"), NEWEST_TRANSACTIONS)
FILES_OF_PROPERTY = Children("property.files", StoredFile, c(StoredFile, "property_id"),
                             (c(StoredFile, "id").desc(),))

LINES_OF_JOB = Children("job.lines", JobLine, c(JobLine, "job_id"), (c(JobLine, "position"), c(JobLine, "id")))
CHECKLIST_OF_JOB = Children("job.checklist", ChecklistItem, c(ChecklistItem, "job_id"),
                            (c(ChecklistItem, "position"), c(ChecklistItem, "id")))
HISTORY_OF_JOB = Children("job.statusHistory", JobStatusChange, c(JobStatusChange, "job_id"),
                          (c(JobStatusChange, "id"),))
FILES_OF_JOB = Children("job.files", StoredFile, c(StoredFile, "job_id"), (c(StoredFile, "id"),))
EMPLOYEES_OF_JOB = Children(
    "job.employees", Employee, c(JobAssignment, "job_id"), (c(Employee, "name"), c(Employee, "id")),
    join=(JobAssignment, c(JobAssignment, "employee_id") == c(Employee, "id")),
)
INVOICES_OF_JOB = Children(
    "job.invoices", Invoice, c(InvoiceJob, "job_id"), NEWEST_INVOICES,
    join=(InvoiceJob, c(InvoiceJob, "invoice_id") == c(Invoice, "id")),
)
CURRENT_INVOICE_OF_JOB = Children(
    "job.invoice", Invoice, c(InvoiceJob, "job_id"), (c(Invoice, "id").desc(),),
    join=(InvoiceJob, c(InvoiceJob, "invoice_id") == c(Invoice, "id")),
    where=c(Invoice, "status") != InvoiceStatus.VOID,
)
JOBS_OF_INVOICE = Children(
    "invoice.jobs", Job, c(InvoiceJob, "invoice_id"), (c(Job, "scheduled_start"), c(Job, "id")),
    join=(InvoiceJob, c(InvoiceJob, "job_id") == c(Job, "id")),
)
LINES_OF_INVOICE = Children("invoice.lines", InvoiceLine, c(InvoiceLine, "invoice_id"),
                            (c(InvoiceLine, "position"), c(InvoiceLine, "id")))
ALLOCATIONS_OF_INVOICE = Children("invoice.allocations", Allocation, c(Allocation, "invoice_id"),
                                  (c(Allocation, "id"),))
TRANSACTIONS_OF_INVOICE = Children(
    "invoice.transactions", PaymentTransaction, c(Allocation, "invoice_id"), NEWEST_TRANSACTIONS,
    join=(Allocation, c(Allocation, "transaction_id") == c(PaymentTransaction, "id")),
)
INVOICES_OF_BATCH = Children("batch.invoices", Invoice, c(Invoice, "batch_id"),
                             (c(Invoice, "issued_on"), c(Invoice, "id")))
TRANSACTIONS_OF_BATCH = Children("batch.transactions", PaymentTransaction, c(PaymentTransaction, "batch_id"),
                                 NEWEST_TRANSACTIONS)
ALLOCATIONS_OF_TRANSACTION = Children("transaction.allocations", Allocation, c(Allocation, "transaction_id"),
                                      (c(Allocation, "id"),))
MEMBERS_OF_TEAM = Children(
    "team.members", Employee, c(TeamMember, "team_id"), (c(Employee, "name"),),
    join=(TeamMember, c(TeamMember, "employee_id") == c(Employee, "id")),
)


def paid_cents_of_invoices(invoice_ids: list[int]) -> sa.Select[Any]:
    """What completed payments have applied to each invoice: the only source of `amountPaid`."""
    return (
        sa.select(c(Allocation, "invoice_id"), sa.func.sum(c(Allocation, "amount_cents")))
        .join(PaymentTransaction, c(PaymentTransaction, "id") == c(Allocation, "transaction_id"))
        .where(c(Allocation, "invoice_id").in_(invoice_ids),
               c(PaymentTransaction, "status") == TransactionStatus.COMPLETED)
        .group_by(c(Allocation, "invoice_id"))
    )


def job_totals(job_ids: list[int]) -> sa.Select[Any]:
    """Each job's total from its lines (quantity × price, rounded half up per line)."""
    amount = sa.func.round(c(JobLine, "quantity") * c(JobLine, "unit_price_cents"))
    return (
        sa.select(c(JobLine, "job_id"), sa.cast(sa.func.sum(amount), sa.BigInteger))
        .where(c(JobLine, "job_id").in_(job_ids))
        .group_by(c(JobLine, "job_id"))
    )


def batch_totals(batch_ids: list[int]) -> sa.Select[Any]:
    """Per batch: (batch id, (subtotal, tax, total)) over its invoices that are not void."""
    return (
        sa.select(
            c(Invoice, "batch_id"),
            sa.func.json_build_array(
                sa.func.sum(c(Invoice, "subtotal_cents")), sa.func.sum(c(Invoice, "tax_cents")),
                sa.func.sum(c(Invoice, "total_cents")),
            ),
        )
        .where(c(Invoice, "batch_id").in_(batch_ids), c(Invoice, "status") != InvoiceStatus.VOID)
        .group_by(c(Invoice, "batch_id"))
    )


def batch_paid_cents(batch_ids: list[int]) -> sa.Select[Any]:
    """Per batch: completed payments applied to its invoices, whichever payment they came from."""
    return (
        sa.select(c(Invoice, "batch_id"), sa.func.sum(c(Allocation, "amount_cents")))
        .join(Allocation, c(Allocation, "invoice_id") == c(Invoice, "id"))
        .join(PaymentTransaction, c(PaymentTransaction, "id") == c(Allocation, "transaction_id"))
        .where(c(Invoice, "batch_id").in_(batch_ids),
               c(PaymentTransaction, "status") == TransactionStatus.COMPLETED)
        .group_by(c(Invoice, "batch_id"))
    )
