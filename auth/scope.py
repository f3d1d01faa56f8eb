"""Which rows a viewer may reach: one "readable" condition per model, used by every read path.

Root fields, connections, loaders and `node(id:)` all filter through `readable(viewer, Model)`, so a row
outside the viewer's scope behaves exactly like a row that does not exist.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel

from auth.viewer import Viewer
from models import (
    Activity,
    Allocation,
    ApiToken,
    Batch,
    ChecklistItem,
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
    JobStatusChange,
    Note,
    Notice,
    Notification,
    PaymentTransaction,
    Property,
    Reminder,
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


def _col(model: Any, name: str) -> Any:
    return getattr(model, name)


def _assigned_job_ids(viewer: Viewer) -> sa.Select[Any]:
    return sa.select(_col(JobAssignment, "job_id")).where(_col(JobAssignment, "employee_id") == viewer.employee_id)


def _client_customer(viewer: Viewer, model: Any) -> ColumnElement[bool]:
    return _col(model, "customer_id") == viewer.customer_id  # type: ignore[no-any-return]


def _client_property(viewer: Viewer, column: Any) -> ColumnElement[bool]:
    if viewer.property_ids is None:
        return EVERYTHING
    return column.in_(sorted(viewer.property_ids))  # type: ignore[no-any-return]


def customer_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_office:
        return EVERYTHING
    if viewer.is_client:
        return _col(Customer, "id") == viewer.customer_id  # type: ignore[no-any-return]
    if viewer.role is not None and viewer.employee_id is not None:
        return _col(Customer, "id").in_(  # type: ignore[no-any-return]
            sa.select(_col(Job, "customer_id")).where(_col(Job, "id").in_(_assigned_job_ids(viewer)))
        )
    return NOTHING


def property_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_office:
        return EVERYTHING
    if viewer.is_client:
        return sa.and_(_client_customer(viewer, Property), _client_property(viewer, _col(Property, "id")))
    if viewer.role is not None and viewer.employee_id is not None:
        return _col(Property, "id").in_(  # type: ignore[no-any-return]
            sa.select(_col(Job, "property_id")).where(_col(Job, "id").in_(_assigned_job_ids(viewer)))
        )
    return NOTHING


def job_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_office:
        return EVERYTHING
    if viewer.is_client:
        return sa.and_(_client_customer(viewer, Job), _client_property(viewer, _col(Job, "property_id")))
    if viewer.role is not None and viewer.employee_id is not None:
        return _col(Job, "id").in_(_assigned_job_ids(viewer))  # type: ignore[no-any-return]
    return NOTHING


def invoice_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_office:
        return EVERYTHING
    if viewer.is_client and viewer.finances:
        condition = _client_customer(viewer, Invoice)
        if viewer.property_ids is not None:
            condition = sa.and_(condition, _client_property(viewer, _col(Invoice, "property_id")))
        return condition
    return NOTHING


def account_condition(model: Any) -> Callable[[Viewer], ColumnElement[bool]]:
    """Batches and transactions belong to the whole account: office, or a client seeing all of it."""

    def condition(viewer: Viewer) -> ColumnElement[bool]:
        if viewer.is_office:
            return EVERYTHING
        if viewer.is_client and viewer.sees_whole_account:
            return _client_customer(viewer, model)
        return NOTHING

    return condition


def _through(parent_condition: Callable[[Viewer], ColumnElement[bool]], parent: Any, fk: str, child: Any,
             ) -> Callable[[Viewer], ColumnElement[bool]]:
    """A child row is readable when its parent row is."""

    def condition(viewer: Viewer) -> ColumnElement[bool]:
        if viewer.is_office:
            return EVERYTHING
        return _col(child, fk).in_(  # type: ignore[no-any-return]
            sa.select(_col(parent, "id")).where(parent_condition(viewer))
        )

    return condition


def _staff_catalog(viewer: Viewer) -> ColumnElement[bool]:
    return EVERYTHING if viewer.is_staff else NOTHING


def _employee_condition(viewer: Viewer) -> ColumnElement[bool]:
    """Clients see the employees assigned to their readable jobs (the crew on the way)."""
    if viewer.is_staff:
        return EVERYTHING
    if viewer.is_client:
        return _col(Employee, "id").in_(  # type: ignore[no-any-return]
            sa.select(_col(JobAssignment, "employee_id")).where(
                _col(JobAssignment, "job_id").in_(sa.select(_col(Job, "id")).where(job_condition(viewer)))
            )
        )
    return NOTHING


def _team_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_staff:
        return EVERYTHING
    if viewer.is_client:
        return _col(Team, "id").in_(  # type: ignore[no-any-return]
            sa.select(_col(Job, "team_id")).where(job_condition(viewer))
        )
    return NOTHING


def _file_condition(viewer: Viewer) -> ColumnElement[bool]:
    if viewer.is_office:
        return EVERYTHING
    job_or_property = sa.or_(
        _col(StoredFile, "job_id").in_(sa.select(_col(Job, "id")).where(job_condition(viewer))),
        sa.and_(
            _col(StoredFile, "job_id").is_(None),
            _col(StoredFile, "property_id").in_(sa.select(_col(Property, "id")).where(property_condition(viewer))),
        ),
    )
    if viewer.is_client:
        return sa.and_(_col(StoredFile, "visible_to_client").is_(True), job_or_property)
    return job_or_property


def _office_only(viewer: Viewer) -> ColumnElement[bool]:
    return EVERYTHING if viewer.is_office else NOTHING


def _note_condition(viewer: Viewer) -> ColumnElement[bool]:
    """Staff read every note of the customers they reach; clients only customer-facing ones."""
    if viewer.is_office:
        return EVERYTHING
    reachable = _col(Note, "customer_id").in_(sa.select(_col(Customer, "id")).where(customer_condition(viewer)))
    if viewer.is_client:
        return sa.and_(reachable, _col(Note, "visibility") == NoteVisibility.CUSTOMER)
    return reachable  # type: ignore[no-any-return]


def _user_condition(viewer: Viewer) -> ColumnElement[bool]:
    """The office sees every user; anyone else only themselves."""
    if viewer.is_office:
        return EVERYTHING
    if viewer.user_id is not None:
        return _col(User, "id") == viewer.user_id  # type: ignore[no-any-return]
    return NOTHING


def _notification_condition(viewer: Viewer) -> ColumnElement[bool]:
    """A user's own notifications, and nobody else's (the office neither)."""
    if viewer.user_id is None:
        return NOTHING
    return _col(Notification, "user_id") == viewer.user_id  # type: ignore[no-any-return]


def _correction_condition(viewer: Viewer) -> ColumnElement[bool]:
    """A correction request is readable with the invoice or transaction it is about."""
    if viewer.is_office:
        return EVERYTHING
    return sa.or_(
        _col(CorrectionRequest, "invoice_id").in_(sa.select(_col(Invoice, "id")).where(invoice_condition(viewer))),
        _col(CorrectionRequest, "transaction_id").in_(
            sa.select(_col(PaymentTransaction, "id")).where(account_condition(PaymentTransaction)(viewer))
        ),
    )


def _service_condition(viewer: Viewer) -> ColumnElement[bool]:
    return EVERYTHING if viewer.is_authenticated else NOTHING


CONDITIONS: dict[type[Any], Callable[[Viewer], ColumnElement[bool]]] = {
    Customer: customer_condition,
    Property: property_condition,
    Job: job_condition,
    Invoice: invoice_condition,
    Batch: account_condition(Batch),
    PaymentTransaction: account_condition(PaymentTransaction),
    Contact: _through(customer_condition, Customer, "customer_id", Contact),
    JobLine: _through(job_condition, Job, "job_id", JobLine),
    ChecklistItem: _through(job_condition, Job, "job_id", ChecklistItem),
    JobStatusChange: _through(job_condition, Job, "job_id", JobStatusChange),
    JobAssignment: _through(job_condition, Job, "job_id", JobAssignment),
    InvoiceLine: _through(invoice_condition, Invoice, "invoice_id", InvoiceLine),
    InvoiceJob: _through(invoice_condition, Invoice, "invoice_id", InvoiceJob),
    Allocation: _through(invoice_condition, Invoice, "invoice_id", Allocation),
    Employee: _employee_condition,
    Team: _team_condition,
    Service: _service_condition,
    StoredFile: _file_condition,
    Note: _note_condition,
    Tag: _office_only,
    CustomerTag: _office_only,
    Reminder: _office_only,
    Notice: _office_only,
    Activity: _office_only,
    User: _user_condition,
    ApiToken: _office_only,
    Notification: _notification_condition,
    CorrectionRequest: _correction_condition,
}


def readable_condition(viewer: Viewer, model: type[Any]) -> ColumnElement[bool]:
    """The WHERE clause of what `viewer` may read of `model`; a model without a rule is unreadable."""
    rule = CONDITIONS.get(model)
    return rule(viewer) if rule is not None else NOTHING


def readable(viewer: Viewer, model: type[M]) -> sa.Select[M]:
    """`SELECT model WHERE <viewer may read it>`: the start of every read."""
    return sa.select(model).where(readable_condition(viewer, model))
