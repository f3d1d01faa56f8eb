"""Which rows a viewer may reach: one "readable" condition per model, used by every read path.

Root fields, connections, loaders and `node(id:)` all filter through `readable(viewer, Model)`, so a row
outside the viewer's scope behaves exactly like a row that does not exist.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Mapped
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel, col

from auth.viewer import Viewer
from models import (
    Activity,
    Allocation,
    ApiToken,
    AutopayCharge,
    Batch,
    ChecklistItem,
    ChecklistTemplateItem,
    Contact,
    CorrectionRequest,
    Customer,
    CustomerTag,
    Employee,
    Invoice,
    InvoiceJob,
    InvoiceLine,
    Job,
    JobAssignment,
    JobLine,
    JobReview,
    JobStatusChange,
    Note,
    Notice,
    Notification,
    PaymentTransaction,
    Property,
    RecurringPlan,
    RecurringPlanService,
    Reminder,
    SavedPaymentMethod,
    Service,
    StoredFile,
    Tag,
    Team,
    User,
)
from models.enums import NoteVisibility

M = TypeVar("M", bound=SQLModel)
NOTHING: ColumnElement[bool] = sa.false()
EVERYTHING: ColumnElement[bool] = sa.true()


def _assigned_job_ids(viewer: Viewer) -> sa.Select[Any]:
    return sa.select(col(JobAssignment.job_id)).where(col(JobAssignment.employee_id) == viewer.employee_id)


def _client_customer(viewer: Viewer, customer_id: Mapped[int]) -> ColumnElement[bool]:
    return customer_id == viewer.customer_id


def _client_property(viewer: Viewer, column: Mapped[Any]) -> ColumnElement[bool]:
    if viewer.property_ids is None:
        return EVERYTHING
    return column.in_(sorted(viewer.property_ids))


def customer_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_office:
        return EVERYTHING
    if viewer.is_client:
        return col(Customer.id) == viewer.customer_id
    if viewer.role is not None and viewer.employee_id is not None:
        return col(Customer.id).in_(
            sa.select(col(Job.customer_id)).where(col(Job.id).in_(_assigned_job_ids(viewer)))
        )
    return NOTHING


def property_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_office:
        return EVERYTHING
    if viewer.is_client:
        return sa.and_(_client_customer(viewer, col(Property.customer_id)), _client_property(viewer, col(Property.id)))
    if viewer.role is not None and viewer.employee_id is not None:
        return col(Property.id).in_(
            sa.select(col(Job.property_id)).where(col(Job.id).in_(_assigned_job_ids(viewer)))
        )
    return NOTHING


def job_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_office:
        return EVERYTHING
    if viewer.is_client:
        return sa.and_(_client_customer(viewer, col(Job.customer_id)), _client_property(viewer, col(Job.property_id)))
    if viewer.role is not None and viewer.employee_id is not None:
        return col(Job.id).in_(_assigned_job_ids(viewer))
    return NOTHING


def invoice_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_office:
        return EVERYTHING
    if viewer.is_client and viewer.finances:
        condition = _client_customer(viewer, col(Invoice.customer_id))
        if viewer.property_ids is not None:
            condition = sa.and_(condition, _client_property(viewer, col(Invoice.property_id)))
        return condition
    return NOTHING


def account_condition(customer_id: Mapped[int]) -> Callable[[Viewer], ColumnElement[bool]]:
    """Batches and transactions belong to the whole account: office, or a client seeing all of it."""

    def condition(viewer: Viewer) -> ColumnElement[bool]:
        if viewer.is_office:
            return EVERYTHING
        if viewer.is_client and viewer.sees_whole_account:
            return _client_customer(viewer, customer_id)
        return NOTHING

    return condition


def _through(parent_condition: Callable[[Viewer], ColumnElement[bool]], parent_id: Mapped[Any],
             child_fk: Mapped[Any]) -> Callable[[Viewer], ColumnElement[bool]]:
    """A child row is readable when its parent row is (`child_fk IN (SELECT parent_id WHERE readable)`)."""

    def condition(viewer: Viewer) -> ColumnElement[bool]:
        if viewer.is_office:
            return EVERYTHING
        return child_fk.in_(sa.select(parent_id).where(parent_condition(viewer)))

    return condition


def _staff_catalog(viewer: Viewer) -> ColumnElement[bool]:
    return EVERYTHING if viewer.is_staff else NOTHING


def _employee_condition(viewer: Viewer) -> ColumnElement[bool]:
    """Clients see the employees assigned to their readable jobs (the crew on the way)."""
    if viewer.is_staff:
        return EVERYTHING
    if viewer.is_client:
        return col(Employee.id).in_(
            sa.select(col(JobAssignment.employee_id)).where(
                col(JobAssignment.job_id).in_(sa.select(col(Job.id)).where(job_condition(viewer)))
            )
        )
    return NOTHING


def _team_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_staff:
        return EVERYTHING
    if viewer.is_client:
        return col(Team.id).in_(
            sa.select(col(Job.team_id)).where(job_condition(viewer))
        )
    return NOTHING


def _file_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_office:
        return EVERYTHING
    job_or_property = sa.or_(
        col(StoredFile.job_id).in_(sa.select(col(Job.id)).where(job_condition(viewer))),
        sa.and_(
            col(StoredFile.job_id).is_(None),
            col(StoredFile.property_id).in_(sa.select(col(Property.id)).where(property_condition(viewer))),
        ),
    )
    if viewer.is_client:
        return sa.and_(col(StoredFile.visible_to_client).is_(True), job_or_property)
    return job_or_property


def _office_only(viewer: Viewer) -> ColumnElement[bool]:
    return EVERYTHING if viewer.is_office else NOTHING


def _note_condition(viewer: Viewer) -> ColumnElement[bool]:
    """Staff read every note of the customers they reach; clients (users and tokens) only customer-facing ones,
    and a client limited to some properties only the account-wide ones and those about its properties' jobs
    and properties (a note about a job follows the job's scope)."""
    if viewer.is_office:
        return EVERYTHING
    reachable = col(Note.customer_id).in_(sa.select(col(Customer.id)).where(customer_condition(viewer)))
    if not viewer.is_client:
        return reachable
    visible = sa.and_(reachable, col(Note.visibility) == NoteVisibility.CUSTOMER)
    if viewer.property_ids is None:
        return visible
    about = sa.or_(
        sa.and_(col(Note.job_id).is_(None), col(Note.property_id).is_(None)),
        sa.and_(col(Note.job_id).is_(None), _client_property(viewer, col(Note.property_id))),
        col(Note.job_id).in_(sa.select(col(Job.id)).where(job_condition(viewer))),
    )
    return sa.and_(visible, about)


def _user_condition(viewer: Viewer) -> ColumnElement[bool]:
    """The office sees every user; anyone else only themselves."""
    if viewer.is_office:
        return EVERYTHING
    if viewer.user_id is not None:
        return col(User.id) == viewer.user_id
    return NOTHING


def _notification_condition(viewer: Viewer) -> ColumnElement[bool]:
    """A user's own notifications, and nobody else's (the office neither)."""
    if viewer.user_id is None:
        return NOTHING
    return col(Notification.user_id) == viewer.user_id


def _correction_condition(viewer: Viewer) -> ColumnElement[bool]:
    """A correction request is readable with the invoice or transaction it is about."""
    if viewer.is_office:
        return EVERYTHING
    return sa.or_(
        col(CorrectionRequest.invoice_id).in_(sa.select(col(Invoice.id)).where(invoice_condition(viewer))),
        col(CorrectionRequest.transaction_id).in_(
            sa.select(col(PaymentTransaction.id)).where(account_condition(col(PaymentTransaction.customer_id))(viewer))
        ),
    )


def _review_condition(viewer: Viewer) -> ColumnElement[bool]:
    """The office reads every review; a client the reviews of the jobs it sees (one per job: its account's
    word, never another account's). Field employees don't: ratings are the office's to read."""
    if viewer.is_office:
        return EVERYTHING
    if viewer.is_client:
        return col(JobReview.job_id).in_(sa.select(col(Job.id)).where(job_condition(viewer)))
    return NOTHING


def _service_condition(viewer: Viewer) -> ColumnElement[bool]:
    return EVERYTHING if viewer.is_authenticated else NOTHING


CONDITIONS: dict[type[Any], Callable[[Viewer], ColumnElement[bool]]] = {
    Customer: customer_condition,
    Property: property_condition,
    Job: job_condition,
    Invoice: invoice_condition,
    Batch: account_condition(col(Batch.customer_id)),
    PaymentTransaction: account_condition(col(PaymentTransaction.customer_id)),
    Contact: _through(customer_condition, col(Customer.id), col(Contact.customer_id)),
    JobLine: _through(job_condition, col(Job.id), col(JobLine.job_id)),
    ChecklistItem: _through(job_condition, col(Job.id), col(ChecklistItem.job_id)),
    JobStatusChange: _through(job_condition, col(Job.id), col(JobStatusChange.job_id)),
    JobAssignment: _through(job_condition, col(Job.id), col(JobAssignment.job_id)),
    InvoiceLine: _through(invoice_condition, col(Invoice.id), col(InvoiceLine.invoice_id)),
    InvoiceJob: _through(invoice_condition, col(Invoice.id), col(InvoiceJob.invoice_id)),
    Allocation: _through(invoice_condition, col(Invoice.id), col(Allocation.invoice_id)),
    Employee: _employee_condition,
    Team: _team_condition,
    Service: _service_condition,
    ChecklistTemplateItem: _staff_catalog,
    StoredFile: _file_condition,
    Note: _note_condition,
    Tag: _office_only,
    CustomerTag: _office_only,
    Reminder: _office_only,
    Notice: _office_only,
    # Recurring plans are the office's planning tool: clients see the visits (jobs) they produce, never the plan
    # (its internal notes and prices included); field employees see their assigned jobs only.
    RecurringPlan: _office_only,
    RecurringPlanService: _office_only,
    Activity: _office_only,
    User: _user_condition,
    ApiToken: _office_only,
    Notification: _notification_condition,
    CorrectionRequest: _correction_condition,
    SavedPaymentMethod: account_condition(col(SavedPaymentMethod.customer_id)),
    AutopayCharge: _office_only,
    JobReview: _review_condition,
}


def readable_condition(viewer: Viewer, model: type[Any]) -> ColumnElement[bool]:
    """The WHERE clause of what `viewer` may read of `model`; a model without a rule is unreadable."""
    rule = CONDITIONS.get(model)
    return rule(viewer) if rule is not None else NOTHING


def readable(viewer: Viewer, model: type[M]) -> sa.Select[M]:
    """`SELECT model WHERE <viewer may read it>`: the start of every read."""
    return sa.select(model).where(readable_condition(viewer, model))
