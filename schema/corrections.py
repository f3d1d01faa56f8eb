"""Correction requests: a client asks the office to correct an invoice or a transaction; the office answers.

Readable with the record it is about (`auth.scope`): the office, and the client users who see that record.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from sqlmodel import col
from strawberry import relay

import models
from models.enums import CorrectionStatus
from resolvers.billing.corrections import correction_requests_statement
from resolvers.loaders import Children, root_page
from schema.context import Info
from schema.relay import Connection, connection, window

if TYPE_CHECKING:
    from schema.billing import Invoice, Transaction
    from schema.customers import Customer

strawberry.enum(CorrectionStatus, description="Whether the office has answered a correction request.")

NEWEST = (col(models.CorrectionRequest.id).desc(),)
REQUESTS_OF_INVOICE = Children("invoice.correctionRequests", models.CorrectionRequest,
                               col(models.CorrectionRequest.invoice_id), NEWEST)
REQUESTS_OF_TRANSACTION = Children("transaction.correctionRequests", models.CorrectionRequest,
                                   col(models.CorrectionRequest.transaction_id), NEWEST)


@strawberry.type(description="A client's request to correct an invoice or a transaction, and the office's "
                             "answer.")
class CorrectionRequest(relay.Node):
    id: relay.NodeID[int]
    status: CorrectionStatus = strawberry.field(description="OPEN until the office answers, then ANSWERED.")
    message: str = strawberry.field(description="What the client asks to correct.")
    answer: str | None = strawberry.field(description="The office's answer; null until answered.")
    created_at: datetime = strawberry.field(description="When the client asked (UTC).")
    answered_at: datetime | None = strawberry.field(description="When the office answered (UTC).")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, models.CorrectionRequest)

    @strawberry.field(description="The invoice it is about, if it is about one.")
    async def invoice(self, root: strawberry.Parent[models.CorrectionRequest], info: Info,
                      ) -> Annotated[Invoice, strawberry.lazy("schema.billing")] | None:
        if root.invoice_id is None:
            return None
        return await info.context.loaders.by_id(models.Invoice).load(root.invoice_id)  # type: ignore[return-value]

    @strawberry.field(description="The transaction it is about, if it is about one.")
    async def transaction(self, root: strawberry.Parent[models.CorrectionRequest], info: Info,
                          ) -> Annotated[Transaction, strawberry.lazy("schema.billing")] | None:
        if root.transaction_id is None:
            return None
        return await info.context.loaders.by_id(models.PaymentTransaction).load(  # type: ignore[return-value]
            root.transaction_id)

    @strawberry.field(description="The customer asking.")
    async def customer(self, root: strawberry.Parent[models.CorrectionRequest], info: Info,
                       ) -> Annotated[Customer, strawberry.lazy("schema.customers")] | None:
        return await info.context.loaders.by_id(models.Customer).load(root.customer_id)  # type: ignore[return-value]


async def requests_of_invoice(info: Info, invoice_id: int) -> list[CorrectionRequest]:
    return await info.context.loaders.all_children(REQUESTS_OF_INVOICE).load(invoice_id)  # type: ignore[no-any-return]


async def requests_of_transaction(info: Info, transaction_id: int) -> list[CorrectionRequest]:
    return await info.context.loaders.all_children(REQUESTS_OF_TRANSACTION).load(transaction_id)  # type: ignore[no-any-return]


@strawberry.type(description="Correction requests.")
class CorrectionQueries:
    @strawberry.field(description="Correction requests the viewer may read (the office: all), newest first.")
    async def correction_requests(self, info: Info, status: CorrectionStatus | None = None,
                                  first: int | None = None, after: str | None = None,
                                  ) -> Connection[CorrectionRequest]:
        statement = correction_requests_statement(info.context.viewer, status=status)
        return connection(await root_page(info.context.sessions, statement, window(info, first, after)))  # type: ignore[no-any-return]
