"""Mutations of an invoice's life (issue, void, bad debt, credit), client-reported payments and their review,
and correction requests. The rules are in `resolvers.billing.lifecycle`, `.reported_payments`, `.corrections`."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import cast

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry import relay

import models
from auth.viewer import Viewer
from models.enums import PaymentMethod
from resolvers.billing import corrections, lifecycle, reported_payments
from resolvers.errors import UserInputError
from schema.billing import Invoice, Transaction
from schema.common import UserError
from schema.context import Info
from schema.corrections import CorrectionRequest
from schema.mutations.base import require, run_mutation
from schema.mutations.billing import OFFICE_ONLY, InvoicePayload, _id

CLIENT_WITH_FINANCES = "Only a client user who sees the account's invoices may do this."


def _one_of(first: relay.GlobalID | None, first_type: str, first_field: str, second: relay.GlobalID | None,
            second_type: str, second_field: str) -> tuple[int | None, int | None]:
    """Exactly one of two ids: each decoded (NOT_FOUND when of another type), or REQUIRED at the first."""
    if (first is None) == (second is None):
        raise UserInputError.one(("input", first_field), "REQUIRED",
                                 f"Give {first_field} or {second_field} (one of them).")
    if first is not None:
        return _id(first, first_type, first_field), None
    assert second is not None
    return None, _id(second, second_type, second_field)


# --- invoice lifecycle ------------------------------------------------------------------------------------


@strawberry.input(description="Issue a draft invoice: it becomes OPEN, dated today, and its client is told.")
class InvoiceIssueInput:
    invoice_id: relay.GlobalID = strawberry.field(description="The draft invoice.")
    due_on: date | None = strawberry.field(
        default=None,
        description="The due date (not before today). Default: the draft's due date if still ahead, else today "
                    "plus the payment terms.",
    )


@strawberry.input(description="Void a draft, or an open invoice on which nothing is paid.")
class InvoiceVoidInput:
    invoice_id: relay.GlobalID = strawberry.field(description="The invoice to void.")
    reason: str = strawberry.field(description="Why it is voided (required; kept in the invoice's history).")


@strawberry.input(description="Write off an open or partially paid invoice as bad debt.")
class InvoiceMarkBadDebtInput:
    invoice_id: relay.GlobalID = strawberry.field(description="The invoice to write off.")
    reason: str | None = strawberry.field(default=None, description="Why (kept in the invoice's history).")


@strawberry.input(description="Correct a paid or partially paid invoice with a credit document.")
class InvoiceCreditInput:
    invoice_id: relay.GlobalID = strawberry.field(description="The paid or partially paid invoice to correct.")
    amount: Decimal | None = strawberry.field(
        default=None,
        description="The credit in dollars (more than 0, at most 2 decimals, at most what is not yet credited). "
                    "Default: all of the invoice's total not yet credited.",
    )
    reason: str = strawberry.field(description="Why (required; printed on the credit document).")


@strawberry.type(description="The result of invoiceCredit.")
class InvoiceCreditPayload:
    credit: Invoice | None = strawberry.field(
        description="The new credit document (an invoice with a negative total that corrects the original); "
                    "null when userErrors say why not."
    )
    invoice: Invoice | None = strawberry.field(description="The corrected invoice, unchanged; null on errors.")
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty when it worked.")


async def invoice_issue(info: Info, input: InvoiceIssueInput) -> InvoicePayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)

    async def work(session: AsyncSession, viewer: Viewer) -> object:
        return await lifecycle.issue_invoice(session, viewer, invoice_id=_id(input.invoice_id, "Invoice",
                                                                              "invoiceId"), due_on=input.due_on)

    invoice, errors = await run_mutation(info, work)
    return InvoicePayload(invoice=cast("Invoice | None", invoice), user_errors=errors)


async def invoice_void(info: Info, input: InvoiceVoidInput) -> InvoicePayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)

    async def work(session: AsyncSession, viewer: Viewer) -> object:
        return await lifecycle.void_invoice(session, viewer, invoice_id=_id(input.invoice_id, "Invoice",
                                                                             "invoiceId"), reason=input.reason)

    invoice, errors = await run_mutation(info, work)
    return InvoicePayload(invoice=cast("Invoice | None", invoice), user_errors=errors)


async def invoice_mark_bad_debt(info: Info, input: InvoiceMarkBadDebtInput) -> InvoicePayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)

    async def work(session: AsyncSession, viewer: Viewer) -> object:
        return await lifecycle.mark_bad_debt(session, viewer, invoice_id=_id(input.invoice_id, "Invoice",
                                                                              "invoiceId"), reason=input.reason)

    invoice, errors = await run_mutation(info, work)
    return InvoicePayload(invoice=cast("Invoice | None", invoice), user_errors=errors)


async def invoice_credit(info: Info, input: InvoiceCreditInput) -> InvoiceCreditPayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)

    async def work(session: AsyncSession, viewer: Viewer) -> object:
        return await lifecycle.credit_invoice(session, viewer, invoice_id=_id(input.invoice_id, "Invoice",
                                                                               "invoiceId"),
                                              amount=input.amount, reason=input.reason)

    credit, errors = await run_mutation(info, work)
    if credit is None:
        return InvoiceCreditPayload(credit=None, invoice=None, user_errors=errors)
    original = await info.context.loaders.by_id(models.Invoice).load(
        cast("models.Invoice", credit).corrects_invoice_id or 0)
    return InvoiceCreditPayload(credit=cast("Invoice", credit), invoice=cast("Invoice | None", original),
                                user_errors=[])


# --- client-reported payments ------------------------------------------------------------------------------


@strawberry.input(description="A payment the client made outside the portal, for the office to approve.")
class PaymentReportInput:
    invoice_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The invoice paid (give this or batchId)."
    )
    batch_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The batch paid (give this or invoiceId)."
    )
    amount: Decimal = strawberry.field(description="The amount paid in dollars: more than 0, at most 2 decimals.")
    method: PaymentMethod = strawberry.field(description="How it was paid: ZELLE, CHECK, BANK_TRANSFER, CASH or "
                                                         "ACH (cards are paid online).")
    occurred_at: datetime | None = strawberry.field(
        default=None, description="When it was paid (default: now). Without a zone: the company's local time."
    )
    reference: str | None = strawberry.field(default=None, description="Check number, Zelle or transfer "
                                                                       "reference, to help the office find it.")


@strawberry.input(description="Approve or reject a payment a client reported.")
class PaymentReviewInput:
    transaction_id: relay.GlobalID = strawberry.field(description="The payment awaiting approval.")
    approve: bool = strawberry.field(description="True: the money arrived (COMPLETED, applied to the "
                                                 "invoices now). False: it did not (FAILED).")
    note: str | None = strawberry.field(
        default=None, description="A note for the client (required to reject): shown on the payment."
    )


@strawberry.type(description="The result of paymentReport and paymentReview.")
class PaymentTransactionPayload:
    transaction: Transaction | None = strawberry.field(
        description="The payment and its allocations; null when userErrors say why not."
    )
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty when it worked.")


async def payment_report(info: Info, input: PaymentReportInput) -> PaymentTransactionPayload:
    viewer = info.context.viewer
    require(viewer.is_client and viewer.sees_money, CLIENT_WITH_FINANCES)

    async def work(session: AsyncSession, viewer: Viewer) -> object:
        invoice_id, batch_id = _one_of(input.invoice_id, "Invoice", "invoiceId", input.batch_id, "Batch",
                                       "batchId")
        return await reported_payments.report_payment(
            session, viewer, amount=input.amount, method=input.method, invoice_id=invoice_id, batch_id=batch_id,
            occurred_at=input.occurred_at, reference=input.reference,
        )

    transaction, errors = await run_mutation(info, work)
    return PaymentTransactionPayload(transaction=cast("Transaction | None", transaction), user_errors=errors)


async def payment_review(info: Info, input: PaymentReviewInput) -> PaymentTransactionPayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)

    async def work(session: AsyncSession, viewer: Viewer) -> object:
        return await reported_payments.review_payment(
            session, viewer, transaction_id=_id(input.transaction_id, "Transaction", "transactionId"),
            approve=input.approve, note=input.note,
        )

    transaction, errors = await run_mutation(info, work)
    return PaymentTransactionPayload(transaction=cast("Transaction | None", transaction), user_errors=errors)


# --- correction requests -------------------------------------------------------------------------------------


@strawberry.input(description="Ask the office to correct an invoice or a transaction.")
class CorrectionRequestCreateInput:
    invoice_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The invoice to correct (give this or transactionId)."
    )
    transaction_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The transaction to correct (give this or invoiceId)."
    )
    message: str = strawberry.field(description="What is wrong and what it should be.")


@strawberry.input(description="Answer a client's correction request.")
class CorrectionRequestAnswerInput:
    id: relay.GlobalID = strawberry.field(description="The open correction request.")
    answer: str = strawberry.field(description="The answer, shown to the client.")


@strawberry.type(description="The result of correctionRequestCreate and correctionRequestAnswer.")
class CorrectionRequestPayload:
    correction_request: CorrectionRequest | None = strawberry.field(
        description="The request; null when userErrors say why not."
    )
    user_errors: list[UserError] = strawberry.field(description="What to fix; empty when it worked.")


async def correction_request_create(info: Info, input: CorrectionRequestCreateInput) -> CorrectionRequestPayload:
    viewer = info.context.viewer
    require(viewer.is_client and viewer.sees_money, CLIENT_WITH_FINANCES)

    async def work(session: AsyncSession, viewer: Viewer) -> object:
        invoice_id, transaction_id = _one_of(input.invoice_id, "Invoice", "invoiceId", input.transaction_id,
                                             "Transaction", "transactionId")
        return await corrections.create_correction_request(
            session, viewer, message=input.message, invoice_id=invoice_id, transaction_id=transaction_id,
        )

    request, errors = await run_mutation(info, work)
    return CorrectionRequestPayload(correction_request=cast("CorrectionRequest | None", request),
                                    user_errors=errors)


async def correction_request_answer(info: Info, input: CorrectionRequestAnswerInput) -> CorrectionRequestPayload:
    require(info.context.viewer.is_office, OFFICE_ONLY)

    async def work(session: AsyncSession, viewer: Viewer) -> object:
        return await corrections.answer_correction_request(
            session, viewer, request_id=_id(input.id, "CorrectionRequest", "id"), answer=input.answer,
        )

    request, errors = await run_mutation(info, work)
    return CorrectionRequestPayload(correction_request=cast("CorrectionRequest | None", request),
                                    user_errors=errors)


@strawberry.type
class BillingLifecycleMutations:
    invoice_issue: InvoicePayload = strawberry.mutation(
        resolver=invoice_issue,
        description="Issue a draft invoice (DRAFT → OPEN); its client's users are notified. Office only.",
    )
    invoice_void: InvoicePayload = strawberry.mutation(
        resolver=invoice_void,
        description="Void a draft, or an open invoice with nothing paid, giving a reason. Office only.",
    )
    invoice_mark_bad_debt: InvoicePayload = strawberry.mutation(
        resolver=invoice_mark_bad_debt,
        description="Write off an open or partially paid invoice as bad debt. Office only.",
    )
    invoice_credit: InvoiceCreditPayload = strawberry.mutation(
        resolver=invoice_credit,
        description="Correct a paid or partially paid invoice with a credit document (a new invoice with a "
                    "negative total); the original stays as it is. Office only.",
    )
    payment_report: PaymentTransactionPayload = strawberry.mutation(
        resolver=payment_report,
        description="Report a payment made outside the portal; it awaits the office's approval (TO_APPROVAL) "
                    "and pays nothing until approved. Client users with finances only.",
    )
    payment_review: PaymentTransactionPayload = strawberry.mutation(
        resolver=payment_review,
        description="Approve (applied now, client notified) or reject a payment a client reported. Office only.",
    )
    correction_request_create: CorrectionRequestPayload = strawberry.mutation(
        resolver=correction_request_create,
        description="Ask the office to correct an invoice or a transaction. Client users with finances only.",
    )
    correction_request_answer: CorrectionRequestPayload = strawberry.mutation(
        resolver=correction_request_answer,
        description="Answer a client's correction request. Office only.",
    )
