"""correctionRequestAnswer: the office answers a client's correction request."""

from __future__ import annotations

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


@mutation(permission=IsOffice, description="Answer a client's correction request. Office only.")
async def correction_request_answer(call: Call, input: CorrectionRequestAnswerInput) -> CorrectionRequestPayload:
    request = await corrections.answer_correction_request(
        call.session, call.viewer, request_id=input_id(input, "id", "CorrectionRequest"), answer=input.answer)
    return CorrectionRequestPayload(correction_request=request)  # type: ignore[arg-type]  # reads the model
