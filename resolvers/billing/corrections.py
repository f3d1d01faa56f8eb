"""A client asking the office to correct an invoice or a transaction, and the office's answer.

A request is about something the client may read (an invoice, or a transaction of their account); it is
readable by whoever may read that record (`auth.scope`), so the office sees it with the record.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from auth.scope import readable
from auth.viewer import Viewer
from models import CorrectionRequest, Invoice, PaymentTransaction
from models.enums import CorrectionStatus
from models.problems import Forbidden, ProblemCode, UserInputError
from resolvers.billing.invoices import NO_SUCH
from resolvers.billing.lifecycle import credit_invoice
from resolvers.crm import record_activity

MESSAGE_LENGTH = 2000


def _message(value: str | None, field: str, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise UserInputError.one(("input", field), ProblemCode.REQUIRED, f"Write the {what}.")
    if len(text) > MESSAGE_LENGTH:
        raise UserInputError.one(("input", field), ProblemCode.INVALID,
                                 f"Keep the {what} under {MESSAGE_LENGTH} characters.")
    return text


async def create_correction_request(session: AsyncSession, viewer: Viewer, *, message: str,
                                    invoice_id: int | None = None, transaction_id: int | None = None,
                                    ) -> CorrectionRequest:
    """A client (with finances) asks for a correction of one of their invoices or transactions."""
    if not viewer.is_client or viewer.customer_id is None or not viewer.sees_money:
        raise Forbidden("Only a client user who sees the account's invoices may request corrections.")
    if (invoice_id is None) == (transaction_id is None):
        raise UserInputError.one(("input", "invoiceId"), ProblemCode.REQUIRED,
                                 "Choose the invoice or the transaction to correct (one of them).")
    text = _message(message, "message", "message")
    subject: Any
    if invoice_id is not None:
        statement: sa.Select[Any] = readable(viewer, Invoice).where(col(Invoice.id) == invoice_id)
        subject = (await session.execute(statement)).scalar()
        if subject is None:
            raise UserInputError.one(("input", "invoiceId"), ProblemCode.NOT_FOUND, NO_SUCH.format(what="invoice"))
    else:
        statement = readable(viewer, PaymentTransaction).where(col(PaymentTransaction.id) == transaction_id)
        subject = (await session.execute(statement)).scalar()
        if subject is None:
            raise UserInputError.one(("input", "transactionId"), ProblemCode.NOT_FOUND,
                                     NO_SUCH.format(what="transaction"))
    request = CorrectionRequest(customer_id=subject.customer_id, invoice_id=invoice_id,
                                transaction_id=transaction_id, requested_by_user_id=viewer.user_id, message=text)
    session.add(request)
    await session.flush()
    record_activity(session, viewer, subject=request, verb="correction.requested",
                    customer_id=subject.customer_id, invoice_id=invoice_id, transaction_id=transaction_id)
    await session.flush()
    return request


CREDIT_FIELD = ("input", "creditAmount")


async def answer_correction_request(session: AsyncSession, viewer: Viewer, *, request_id: int, answer: str,
                                    credit_amount: Decimal | None = None) -> CorrectionRequest:
    """The office answers an open request (status ANSWERED); an answered one is not answered again.

    With `credit_amount` the office accepts it with a credit document of that amount on the request's invoice
    (as invoiceCredit does, the answer being its reason), in the same transaction: both happen or neither.
    """
    text = _message(answer, "answer", "answer")
    statement: sa.Select[Any] = (
        readable(viewer, CorrectionRequest).where(col(CorrectionRequest.id) == request_id)
        .with_for_update().execution_options(populate_existing=True)
    )
    request: CorrectionRequest | None = (await session.execute(statement)).scalar()
    if request is None:
        raise UserInputError.one(("input", "id"), ProblemCode.NOT_FOUND, NO_SUCH.format(what="correction request"))
    if request.status is not CorrectionStatus.OPEN:
        raise UserInputError.one(("input", "id"), ProblemCode.CONFLICT, "This request is already answered.")
    if credit_amount is not None:
        await _credit(session, viewer, request, credit_amount, text)
    request.status = CorrectionStatus.ANSWERED
    request.answer = text
    request.answered_by_user_id = viewer.user_id
    request.answered_at = datetime.now(UTC)
    session.add(request)
    record_activity(session, viewer, subject=request, verb="correction.answered", customer_id=request.customer_id)
    await session.flush()
    return request


async def _credit(session: AsyncSession, viewer: Viewer, request: CorrectionRequest, amount: Decimal,
                  reason: str) -> None:
    if request.invoice_id is None:
        raise UserInputError.one(CREDIT_FIELD, ProblemCode.NOT_ALLOWED,
                                 "This request is about a payment, not an invoice: answer it without a credit.")
    try:
        await credit_invoice(session, viewer, invoice_id=request.invoice_id, amount=amount, reason=reason)
    except UserInputError as refused:
        # The credit's problems are about the amount the office typed here (or the invoice it cannot credit).
        raise UserInputError([replace(problem, field=CREDIT_FIELD) for problem in refused.problems]) from None


def correction_requests_statement(viewer: Viewer, *, status: CorrectionStatus | None = None) -> sa.Select[Any]:
    """The requests the viewer may read, newest first."""
    statement = readable(viewer, CorrectionRequest)
    if status is not None:
        statement = statement.where(col(CorrectionRequest.status) == status)
    return statement.order_by(col(CorrectionRequest.id).desc())
