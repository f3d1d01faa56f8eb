"""Payloads that several billing mutations share, and the "exactly one of two ids" rule."""

from __future__ import annotations

import strawberry

from models.problems import ProblemCode, UserInputError
from schema.billing import Invoice, Transaction
from schema.corrections import CorrectionRequest
from schema.mutations.base import MutationPayload, input_path, optional_input_id

IDEMPOTENCY_KEY = ("A key the client makes once per payment it means to make (a UUID, at most 100 characters), "
                   "sent again on every retry: a request repeating it gets the payment recorded under it back "
                   "instead of recording another; the same key with other details is refused "
                   "(IDEMPOTENCY_KEY_REUSED).")
"""The description of money mutations' `idempotencyKey` input field."""


@strawberry.type(description="The result of invoiceCreate.")
class InvoicePayload(MutationPayload):
    invoice: Invoice | None = strawberry.field(description="The new invoice; null when userErrors say why not.")


@strawberry.type(description="The result of paymentReport and paymentReview.")
class PaymentTransactionPayload(MutationPayload):
    transaction: Transaction | None = strawberry.field(
        description="The payment and its allocations; null when userErrors say why not.")


@strawberry.type(description="The result of correctionRequestCreate and correctionRequestAnswer.")
class CorrectionRequestPayload(MutationPayload):
    correction_request: CorrectionRequest | None = strawberry.field(
        description="The request; null when userErrors say why not.")


def one_of(input: object, first: str, first_type: str, second: str, second_type: str,
           ) -> tuple[int | None, int | None]:
    """Exactly one of two optional ids, decoded; REQUIRED at the first when none or both are given."""
    if (getattr(input, first) is None) == (getattr(input, second) is None):
        first_path, second_path = input_path(input, first), input_path(input, second)
        raise UserInputError.one(first_path, ProblemCode.REQUIRED,
                                 f"Give {first_path[-1]} or {second_path[-1]} (one of them).")
    return optional_input_id(input, first, first_type), optional_input_id(input, second, second_type)
