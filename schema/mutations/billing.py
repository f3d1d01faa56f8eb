"""Mutations of the billing domain (one function each, registered on the type below)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import cast

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

from auth.viewer import Viewer
from models.enums import PaymentMethod
from resolvers.billing import batches, invoices, payments
from resolvers.errors import Problem, UserInputError
from schema.billing import Batch, Invoice, Transaction
from schema.common import Money, UserError, money
from schema.context import Info
from schema.mutations.base import decode_id, require, run_mutation

OFFICE_ONLY = "Only office staff may do this."


def _id(global_id: relay.GlobalID, type_name: str, *path: str) -> int:
    """A global id in the input to a database id; another type's id is NOT_FOUND at ["input", *path]."""
    try:
        return decode_id(global_id, type_name, path[0])
    except UserInputError as error:
        raise UserInputError([dataclasses.replace(problem, field=("input", *path))
                              for problem in error.problems]) from None


def _ids(global_ids: Sequence[relay.GlobalID], type_name: str, field: str) -> list[int]:
    """A list of global ids; every one of another type is reported, each NOT_FOUND at its index."""
    ids: list[int] = []
    problems: list[Problem] = []
    for index, global_id in enumerate(global_ids):
        try:
            ids.append(_id(global_id, type_name, field, str(index)))
        except UserInputError as error:
            problems += error.problems
    if problems:
        raise UserInputError(problems)
    return ids


@strawberry.input(description="Bill finished jobs of one customer on a new invoice.")
class InvoiceCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer billed.")
    job_ids: list[relay.GlobalID] = strawberry.field(
        description="Finished jobs of that customer not yet on an invoice (a void invoice doesn't count). "
                    "Their lines are copied in the jobs' scheduled order."
    )
    issue: bool = strawberry.field(
        default=True,
        description="Issue it now (OPEN, dated today, due after the payment terms) or keep it as a DRAFT. "
                    "A draft takes its number now too.",
    )
    notes: str | None = strawberry.field(default=None, description="Notes printed on the invoice.")
    due_on: date | None = strawberry.field(
        default=None, description="The due date, instead of today plus the payment terms; not before today."
    )


@strawberry.type(description="The result of invoiceCreate.")
class InvoicePayload:
    invoice: Invoice | None = strawberry.field(
        description="The new invoice; null when userErrors say why not."
    )
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty when it worked.")


@strawberry.input(description="Gather open invoices of one customer into a batch invoice.")
class BatchCreateInput:
    customer_id: relay.GlobalID = strawberry.field(description="The customer whose invoices are gathered.")
    invoice_ids: list[relay.GlobalID] = strawberry.field(
        description="Open or partially paid invoices of that customer, none already in an open batch."
    )
    notes: str | None = strawberry.field(default=None, description="Notes printed on the batch.")


@strawberry.type(description="The result of batchCreate.")
class BatchPayload:
    batch: Batch | None = strawberry.field(description="The new batch; null when userErrors say why not.")
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty when it worked.")


@strawberry.input(description="A payment the office received (cash, check, transfer…), recorded completed.")
class PaymentRecordInput:
    customer_id: relay.GlobalID = strawberry.field(description="Who paid.")
    amount: Decimal = strawberry.field(description="The amount received in dollars: more than 0, at most 2 "
                                                   "decimals.")
    method: PaymentMethod = strawberry.field(description="How it was paid.")
    occurred_at: datetime | None = strawberry.field(
        default=None,
        description="When it was received (default: now). Without a zone: the company's local time.",
    )
    reference: str | None = strawberry.field(default=None, description="Check number, transfer reference…")
    note: str | None = strawberry.field(default=None, description="A note on the payment.")
    invoice_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None,
        description="Apply it to these invoices of the customer, in this order. Leave out (with batchId) to "
                    "apply it to the customer's oldest open invoices first.",
    )
    batch_id: relay.GlobalID | None = strawberry.field(
        default=None, description="Apply it to this batch's invoices, oldest first (not with invoiceIds)."
    )


@strawberry.type(description="The result of paymentRecord.")
class PaymentRecordPayload:
    transaction: Transaction | None = strawberry.field(
        description="The recorded payment and its allocations; null when userErrors say why not."
    )
    unapplied_amount: Money | None = strawberry.field(
        description="What no invoice's balance could take: kept as the customer's credit (0 when all "
                    "applied)."
    )
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty when it worked.")


async def invoice_create(info: Info, input: InvoiceCreateInput) -> InvoicePayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)

    async def work(session: AsyncSession, viewer: Viewer) -> object:
        return await invoices.create_invoice(
            session, viewer, customer_id=_id(input.customer_id, "Customer", "customerId"),
            job_ids=_ids(input.job_ids, "Job", "jobIds"), issue=input.issue, notes=input.notes,
            due_on=input.due_on,
        )

    invoice, errors = await run_mutation(info, work)
    return InvoicePayload(invoice=cast("Invoice | None", invoice), user_errors=errors)


async def batch_create(info: Info, input: BatchCreateInput) -> BatchPayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)

    async def work(session: AsyncSession, viewer: Viewer) -> object:
        return await batches.create_batch(
            session, viewer, customer_id=_id(input.customer_id, "Customer", "customerId"),
            invoice_ids=_ids(input.invoice_ids, "Invoice", "invoiceIds"), notes=input.notes,
        )

    batch, errors = await run_mutation(info, work)
    return BatchPayload(batch=cast("Batch | None", batch), user_errors=errors)


async def payment_record(info: Info, input: PaymentRecordInput) -> PaymentRecordPayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)

    async def work(session: AsyncSession, viewer: Viewer) -> payments.RecordedPayment:
        return await payments.record_payment(
            session, viewer, customer_id=_id(input.customer_id, "Customer", "customerId"),
            amount=input.amount, method=input.method, occurred_at=input.occurred_at,
            reference=input.reference, note=input.note,
            invoice_ids=None if input.invoice_ids is None else _ids(input.invoice_ids, "Invoice", "invoiceIds"),
            batch_id=None if input.batch_id is None else _id(input.batch_id, "Batch", "batchId"),
        )

    recorded, errors = await run_mutation(info, work)
    if recorded is None:
        return PaymentRecordPayload(transaction=None, unapplied_amount=None, user_errors=errors)
    return PaymentRecordPayload(transaction=cast("Transaction", recorded.transaction),
                                unapplied_amount=await money(info, recorded.unapplied_cents), user_errors=[])


@strawberry.type
class BillingMutations:
    invoice_create: InvoicePayload = strawberry.mutation(
        resolver=invoice_create,
        description="Bill finished jobs of one customer on a new, numbered invoice. Office only.",
    )
    batch_create: BatchPayload = strawberry.mutation(
        resolver=batch_create,
        description="Gather open invoices of one customer into a numbered batch. Office only.",
    )
    payment_record: PaymentRecordPayload = strawberry.mutation(
        resolver=payment_record,
        description="Record a payment received and apply it to invoices (what is left is credit). "
                    "Office only.",
    )
