"""correctionRequestCreate: a client asks the office to correct an invoice or a transaction."""

from __future__ import annotations

import strawberry
from strawberry import relay

from auth.permissions import IsClientWithFinances
from resolvers.billing import corrections
from schema.mutations.base import Call, mutation
from schema.mutations.billing.payloads import CorrectionRequestPayload, one_of


@strawberry.input(description="Ask the office to correct an invoice or a transaction.")
class CorrectionRequestCreateInput:
    invoice_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The invoice to correct (give this or transactionId)."
    )
    transaction_id: relay.GlobalID | None = strawberry.field(
        default=None, description="The transaction to correct (give this or invoiceId)."
    )
    message: str = strawberry.field(description="What is wrong and what it should be.")


@mutation(permission=IsClientWithFinances, description="Ask the office to correct an invoice or a transaction. "
                                                       "Client users with finances only.")
async def correction_request_create(call: Call, input: CorrectionRequestCreateInput) -> CorrectionRequestPayload:
    invoice_id, transaction_id = one_of(input, "invoice_id", "Invoice", "transaction_id", "Transaction")
    request = await corrections.create_correction_request(
        call.session, call.viewer, message=input.message, invoice_id=invoice_id, transaction_id=transaction_id)
    return CorrectionRequestPayload(correction_request=request)  # type: ignore[arg-type]  # reads the model
