"""How the graph's edges are read: which rows hang under which parent, in which order.

Every edge is a `Children` spec that the request's loaders batch (one statement per level) and scope
(through `auth.scope`). GraphQL types name the spec; they never write queries.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import col

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
    JobReview,
    JobStatusChange,
    PaymentTransaction,
    Property,
    SavedPaymentMethod,
    StoredFile,
    TeamMember,
    User,
)
from models.enums import InvoiceStatus, TransactionStatus
from resolvers.loaders import Children

NEWEST_JOBS = (col(Job.scheduled_start).desc(), col(Job.id).desc())
NEWEST_INVOICES = (col(Invoice.issued_on).desc().nulls_first(), col(Invoice.id).desc())
NEWEST_TRANSACTIONS = (col(PaymentTransaction.occurred_at).desc(), col(PaymentTransaction.id).desc())

CONTACTS_OF_CUSTOMER = Children("customer.contacts", Contact, col(Contact.customer_id),
                                (col(Contact.name), col(Contact.id)))
PROPERTIES_OF_CUSTOMER = Children("customer.properties", Property, col(Property.customer_id),
                                  (col(Property.name), col(Property.id)))
JOBS_OF_CUSTOMER = Children("customer.jobs", Job, col(Job.customer_id), NEWEST_JOBS)
JOBS_OF_PROPERTY = Children("property.jobs", Job, col(Job.property_id), NEWEST_JOBS)
INVOICES_OF_CUSTOMER = Children("customer.invoices", Invoice, col(Invoice.customer_id), NEWEST_INVOICES)
INVOICES_OF_PROPERTY = Children("property.invoices", Invoice, col(Invoice.property_id), NEWEST_INVOICES)
BATCHES_OF_CUSTOMER = Children("customer.batches", Batch, col(Batch.customer_id),
                               (col(Batch.id).desc(),))
TRANSACTIONS_OF_CUSTOMER = Children("customer.transactions", PaymentTransaction,
                                    col(PaymentTransaction.customer_id), NEWEST_TRANSACTIONS)
FILES_OF_PROPERTY = Children("property.files", StoredFile, col(StoredFile.property_id),
                             (col(StoredFile.id).desc(),))

PAYMENT_METHODS_OF_CUSTOMER = Children("customer.paymentMethods", SavedPaymentMethod,
                                       col(SavedPaymentMethod.customer_id),
                                       (col(SavedPaymentMethod.is_default).desc(), col(SavedPaymentMethod.id).desc()))
REVIEW_OF_JOB = Children("job.review", JobReview, col(JobReview.job_id), (col(JobReview.id),))

LINES_OF_JOB = Children("job.lines", JobLine, col(JobLine.job_id), (col(JobLine.position), col(JobLine.id)))
CHECKLIST_OF_JOB = Children("job.checklist", ChecklistItem, col(ChecklistItem.job_id),
                            (col(ChecklistItem.position), col(ChecklistItem.id)))
HISTORY_OF_JOB = Children("job.statusHistory", JobStatusChange, col(JobStatusChange.job_id),
                          (col(JobStatusChange.id),))
FILES_OF_JOB = Children("job.files", StoredFile, col(StoredFile.job_id), (col(StoredFile.id),))
EMPLOYEES_OF_JOB = Children(
    "job.employees", Employee, col(JobAssignment.job_id), (col(Employee.name), col(Employee.id)),
    join=(JobAssignment, col(JobAssignment.employee_id) == col(Employee.id)),
)
INVOICES_OF_JOB = Children(
    "job.invoices", Invoice, col(InvoiceJob.job_id), NEWEST_INVOICES,
    join=(InvoiceJob, col(InvoiceJob.invoice_id) == col(Invoice.id)),
)
CURRENT_INVOICE_OF_JOB = Children(
    "job.invoice", Invoice, col(InvoiceJob.job_id), (col(Invoice.id).desc(),),
    join=(InvoiceJob, col(InvoiceJob.invoice_id) == col(Invoice.id)),
    where=col(Invoice.status) != InvoiceStatus.VOID,
)
JOBS_OF_INVOICE = Children(
    "invoice.jobs", Job, col(InvoiceJob.invoice_id), (col(Job.scheduled_start), col(Job.id)),
    join=(InvoiceJob, col(InvoiceJob.job_id) == col(Job.id)),
)
LINES_OF_INVOICE = Children("invoice.lines", InvoiceLine, col(InvoiceLine.invoice_id),
                            (col(InvoiceLine.position), col(InvoiceLine.id)))
ALLOCATIONS_OF_INVOICE = Children("invoice.allocations", Allocation, col(Allocation.invoice_id),
                                  (col(Allocation.id),))
TRANSACTIONS_OF_INVOICE = Children(
    "invoice.transactions", PaymentTransaction, col(Allocation.invoice_id), NEWEST_TRANSACTIONS,
    join=(Allocation, col(Allocation.transaction_id) == col(PaymentTransaction.id)),
)
INVOICES_OF_BATCH = Children("batch.invoices", Invoice, col(Invoice.batch_id),
                             (col(Invoice.issued_on), col(Invoice.id)))
TRANSACTIONS_OF_BATCH = Children("batch.transactions", PaymentTransaction, col(PaymentTransaction.batch_id),
                                 NEWEST_TRANSACTIONS)
ALLOCATIONS_OF_TRANSACTION = Children("transaction.allocations", Allocation, col(Allocation.transaction_id),
                                      (col(Allocation.id),))
MEMBERS_OF_TEAM = Children(
    "team.members", Employee, col(TeamMember.team_id), (col(Employee.name),),
    join=(TeamMember, col(TeamMember.employee_id) == col(Employee.id)),
)


def paid_cents_of_invoices(invoice_ids: list[int]) -> sa.Select[Any, Any]:
    """What completed payments have applied to each invoice: the only source of `amountPaid`."""
    return (
        sa.select(col(Allocation.invoice_id), sa.func.sum(col(Allocation.amount_cents)))
        .join(PaymentTransaction, col(PaymentTransaction.id) == col(Allocation.transaction_id))
        .where(col(Allocation.invoice_id).in_(invoice_ids),
               col(PaymentTransaction.status) == TransactionStatus.COMPLETED)
        .group_by(col(Allocation.invoice_id))
    )


def job_totals(job_ids: list[int]) -> sa.Select[Any, Any]:
    """Each job's total from its lines (quantity × price, rounded half up per line)."""
    amount = sa.func.round(col(JobLine.quantity) * col(JobLine.unit_price_cents))
    return (
        sa.select(col(JobLine.job_id), sa.cast(sa.func.sum(amount), sa.BigInteger))
        .where(col(JobLine.job_id).in_(job_ids))
        .group_by(col(JobLine.job_id))
    )


def batch_totals(batch_ids: list[int]) -> sa.Select[Any]:
    """Per batch: (batch id, (subtotal, tax, total)) over its invoices that are not void."""
    return (
        sa.select(
            col(Invoice.batch_id),
            sa.func.json_build_array(
                sa.func.sum(col(Invoice.subtotal_cents)), sa.func.sum(col(Invoice.tax_cents)),
                sa.func.sum(col(Invoice.total_cents)),
            ),
        )
        .where(col(Invoice.batch_id).in_(batch_ids), col(Invoice.status) != InvoiceStatus.VOID)
        .group_by(col(Invoice.batch_id))
    )


def batch_paid_cents(batch_ids: list[int]) -> sa.Select[Any, Any]:
    """Per batch: completed payments applied to its invoices, whichever payment they came from."""
    return (
        sa.select(col(Invoice.batch_id), sa.func.sum(col(Allocation.amount_cents)))
        .join(Allocation, col(Allocation.invoice_id) == col(Invoice.id))
        .join(PaymentTransaction, col(PaymentTransaction.id) == col(Allocation.transaction_id))
        .where(col(Invoice.batch_id).in_(batch_ids),
               col(PaymentTransaction.status) == TransactionStatus.COMPLETED)
        .group_by(col(Invoice.batch_id))
    )


def user_display_names(user_ids: list[int]) -> sa.Select[Any, Any]:
    """(user id, name or else username): who changed a setting, as a person reads it."""
    statement: sa.Select[Any, Any] = sa.select(
        col(User.id), sa.func.coalesce(col(User.name), col(User.username))).where(col(User.id).in_(user_ids))
    return statement
