"""correctionRequestAnswer: the office answers a client's correction request."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from strawberry import relay

from auth.permissions import IsOffice
from resolvers.billing import corrections
from schema.mutations.base import Call, input_id, mutation
from schema.mutations.billing.payloads import CorrectionRequestPayload


@strawberry.input(description="Answer a client's correction request.")
class CorrectionRequestAnswerInput:
    id: relay.GlobalID = strawberry.field(description="The open correction request.")
    answer: str = strawberry.field(description="The answer, shown to the client.")
    credit_amount: Decimal | None = strawberry.field(
        default=None,
        description="Accept it with a credit of this many dollars on the request's (paid or partially paid) "
                    "invoice: a credit document as invoiceCredit makes, the answer being its reason, made with the "
                    "answer or not at all. Leave out to answer only (decline, or explain).")


@mutation(permission=IsOffice, description=(
    "Answer a client's correction request, optionally accepting it with a credit on its invoice. Office only."))
async def correction_request_answer(call: Call, input: CorrectionRequestAnswerInput) -> CorrectionRequestPayload:
    request = await corrections.answer_correction_request(
        call.session, call.viewer, request_id=input_id(input, "id", "CorrectionRequest"), answer=input.answer,
        credit_amount=input.credit_amount)
    return CorrectionRequestPayload(correction_request=request)  # type: ignore[arg-type]  # reads the model
