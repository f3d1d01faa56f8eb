"""Root lists of invoices, batches and transactions, scoped by `auth.scope`."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import col

from auth.scope import readable
from auth.viewer import Viewer
from models import Batch, Invoice, PaymentTransaction
from models.enums import InvoiceStatus, TransactionStatus
from resolvers.reads import NEWEST_INVOICES, NEWEST_TRANSACTIONS


def invoices_statement(viewer: Viewer, *, statuses: list[InvoiceStatus] | None = None,
                       customer_id: int | None = None, property_id: int | None = None) -> sa.Select[Any]:
    statement = readable(viewer, Invoice)
    if statuses:
        statement = statement.where(col(Invoice.status).in_(statuses))
    if customer_id is not None:
        statement = statement.where(col(Invoice.customer_id) == customer_id)
    if property_id is not None:
        statement = statement.where(col(Invoice.property_id) == property_id)
    return statement.order_by(*NEWEST_INVOICES)


def batches_statement(viewer: Viewer, *, customer_id: int | None = None) -> sa.Select[Any]:
    statement = readable(viewer, Batch)
    if customer_id is not None:
        statement = statement.where(col(Batch.customer_id) == customer_id)
    return statement.order_by(col(Batch.id).desc())


def transactions_statement(viewer: Viewer, *, statuses: list[TransactionStatus] | None = None,
                           customer_id: int | None = None) -> sa.Select[Any]:
    statement = readable(viewer, PaymentTransaction)
    if statuses:
        statement = statement.where(col(PaymentTransaction.status).in_(statuses))
    if customer_id is not None:
        statement = statement.where(col(PaymentTransaction.customer_id) == customer_id)
    return statement.order_by(*NEWEST_TRANSACTIONS)
